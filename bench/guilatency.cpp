// caselens-gui-bench: how long the workbench keeps its main thread busy. A timer that
// should fire every 5 ms records how late each firing is while the window opens a
// project, imports a folder of case files, runs the coders on worker threads, and fills
// the segments, matrix and search views; the longest delay is the longest time the
// window could not answer the user.
//
//   caselens-gui-bench PROJECT_TO_CREATE TEXT_FOLDER [--json FILE]
//   caselens-gui-bench --views PROJECT [--json FILE]
//   caselens-gui-bench --team WINDOW_ADDRESS REVIEWER_ADDRESS [--json FILE]
// TEXT_FOLDER holds case files and metadata.csv (caselens-cli demo DIR --texts). With
// --views only the last part runs, on a project made before: opening it in a new window
// and filling the views that read the whole project. With --team a window opens the team
// project at WINDOW_ADDRESS on its review page, another reviewer (REVIEWER_ADDRESS) decides
// suggestions, and each is timed from the decision to the window's review queue read
// again with it (bench/run-team.sh).

#include "store/newproject.h"
#include "review/reviewservice.h"
#include "store/project.h"
#include "document/projectdocument.h"
#include "document/teamlink.h"
#include "store/codingstore.h"
#include "store/server/teamsession.h"
#include "views/mainwindow.h"
#include "models/codebookmodel.h"
#include "pages/codebookdock.h"
#include "pages/matrixpage.h"
#include "pages/reviewpage.h"
#include "pages/searchpage.h"
#include "pages/segmentspage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>
#include <algorithm>

using namespace caselens;

namespace {

// Fires every `interval` ms on the main thread and keeps how late each firing was.
class LatencyProbe {
public:
    explicit LatencyProbe(int intervalMs = 5) : m_interval(intervalMs)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_delays.push_back(std::max(0.0, double(now - m_last) / 1e6 - m_interval));
            m_last = now;
        });
    }
    void start()
    {
        m_delays.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double max() const { return m_delays.empty() ? 0 : *std::max_element(m_delays.begin(), m_delays.end()); }
    double percentile(double p) const
    {
        if (m_delays.empty())
            return 0;
        std::vector<double> d = m_delays;
        std::sort(d.begin(), d.end());
        return d.at(std::min(d.size() - 1, size_t(p * double(d.size()))));
    }
    int over(double ms) const { return int(std::count_if(m_delays.begin(), m_delays.end(), [ms](double d) { return d > ms; })); }
    size_t samples() const { return m_delays.size(); }

private:
    int m_interval;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<double> m_delays;
};

QJsonObject report(const QString &what, const LatencyProbe &probe, double wallMs, const QString &summary)
{
    QTextStream(stdout) << QStringLiteral("%1: %2 s; main thread longest delay %3 ms, 99th percentile %4 ms, %5 of %6 firings over 100 ms%7")
                               .arg(what)
                               .arg(wallMs / 1000, 0, 'f', 2)
                               .arg(probe.max(), 0, 'f', 1)
                               .arg(probe.percentile(0.99), 0, 'f', 1)
                               .arg(probe.over(100))
                               .arg(probe.samples())
                               .arg(summary.isEmpty() ? QString() : QStringLiteral(" (") + summary + QStringLiteral(")"))
                        << Qt::endl;
    return {{QStringLiteral("name"), what}, {QStringLiteral("wall_ms"), wallMs}, {QStringLiteral("max_delay_ms"), probe.max()},
            {QStringLiteral("p99_delay_ms"), probe.percentile(0.99)}, {QStringLiteral("over_100ms"), probe.over(100)},
            {QStringLiteral("samples"), qint64(probe.samples())}};
}

// Runs background work in the window and waits for it, the probe running throughout.
QJsonObject measureWork(gui::MainWindow &w, const QString &what, const std::function<void()> &start)
{
    LatencyProbe probe;
    QEventLoop loop;
    QString summary;
    auto c = QObject::connect(&w, &gui::MainWindow::backgroundWorkFinished, [&](const QString &s) {
        summary = s;
        loop.quit();
    });
    QElapsedTimer wall;
    probe.start();
    wall.start();
    start();
    loop.exec();
    // Let the window take in what the work left behind (models, repaint) before stopping.
    QTimer::singleShot(50, &loop, &QEventLoop::quit);
    loop.exec();
    probe.stop();
    QObject::disconnect(c);
    return report(what, probe, double(wall.nsecsElapsed()) / 1e6 - 50, summary);
}

// Asks a view for something it reads off the window's thread and waits until it is on
// screen (its `filled` signal), the probe running throughout.
template<typename Page>
QJsonObject measureView(gui::MainWindow &w, const QString &what, const QString &view, Page *page, const std::function<void()> &ask)
{
    LatencyProbe probe;
    QEventLoop loop;
    // Only the answer to `ask` counts (or, without one, to showing the view): what a view
    // shows first while it has nothing to read is not it.
    bool armed = !ask, done = false;
    auto c = QObject::connect(page, &Page::filled, &loop, [&] {
        if (!armed)
            return;
        done = true; // a page that reads on the window's thread is filled before the loop runs
        loop.quit();
    });
    QElapsedTimer wall;
    probe.start();
    wall.start();
    w.showView(view);
    if (ask) {
        armed = true;
        ask();
    }
    if (!done)
        loop.exec();
    const double ms = double(wall.nsecsElapsed()) / 1e6;
    // The repaint of what came.
    QTimer::singleShot(50, &loop, &QEventLoop::quit);
    loop.exec();
    probe.stop();
    QObject::disconnect(c);
    return report(what, probe, ms, QString());
}

// Opens a full project in a fresh window, through to its first paint, then fills the
// views that read the whole project.
void openAndFillViews(const QString &projectPath, QJsonArray &results)
{
        LatencyProbe probe;
        QElapsedTimer wall;
        probe.start();
        wall.start();
        gui::MainWindow fresh;
        fresh.resize(1400, 900);
        fresh.openProject(projectPath);
        fresh.show();
        QEventLoop loop;
        QTimer::singleShot(0, &loop, &QEventLoop::quit);
        loop.exec();
        const double ms = double(wall.nsecsElapsed()) / 1e6;
        probe.stop();
        results.append(report(QStringLiteral("open the project in a new window"), probe, ms, QString()));

        // The views that read a whole project's codings or text.
        results.append(measureView(fresh, QStringLiteral("review queue, first shown"), QStringLiteral("review"), fresh.reviewPage(), nullptr));
        const QString firstCode = fresh.codebookDock()->model()->codes().value(0).key;
        results.append(measureView(fresh, QStringLiteral("retrieved segments of %1").arg(firstCode), QStringLiteral("segments"),
                                   fresh.segmentsPage(), [&] { fresh.segmentsPage()->setCodes({firstCode}); }));
        results.append(measureView(fresh, QStringLiteral("code matrix by region"), QStringLiteral("matrix"), fresh.matrixPage(),
                                   [&] { fresh.matrixPage()->setGrouping(QStringLiteral("region")); }));
        results.append(measureView(fresh, QStringLiteral("code matrix by province"), QStringLiteral("matrix"), fresh.matrixPage(),
                                   [&] { fresh.matrixPage()->setGrouping(QStringLiteral("province")); }));
        results.append(measureView(fresh, QStringLiteral("code matrix case by case"), QStringLiteral("matrix"), fresh.matrixPage(),
                                   [&] { fresh.matrixPage()->setGrouping(QStringLiteral("case")); }));
        results.append(measureView(fresh, QStringLiteral("keyword in context: 教师"), QStringLiteral("search"), fresh.searchPage(),
                                   [&] { fresh.searchPage()->search(QStringLiteral("教师")); }));
        results.append(measureView(fresh, QStringLiteral("keyword in context: 学"), QStringLiteral("search"), fresh.searchPage(),
                                   [&] { fresh.searchPage()->search(QStringLiteral("学")); }));
    }

// Waits, painting, until `done` holds or `ms` pass.
bool waitUntil(const std::function<bool()> &done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return done();
}

int measureTeamRefresh(const QString &windowAt, const QString &reviewerAt, QJsonArray &results)
{
    gui::MainWindow w;
    w.resize(1400, 900);
    w.show();
    QString error;
    if (!w.openTeamProject(windowAt, &error) || !waitUntil([&] { return w.teamLink()->isOnline(); }, 30000)) {
        QTextStream(stderr) << "The team project did not open: " << error << Qt::endl;
        return 1;
    }
    w.showView(QStringLiteral("review"));
    auto reviewer = store::server::TeamSession::open(reviewerAt);
    auto waiting = reviewer ? (*reviewer)->waitingSuggestions(20) : Result<QList<qint64>>(reviewer.error());
    if (!waiting) {
        QTextStream(stderr) << waiting.error().message << Qt::endl;
        return 1;
    }
    std::vector<double> times;
    LatencyProbe probe;
    probe.start();
    for (qint64 id : *waiting) {
        // The copy was made from the server: the suggestion has the server's id in it.
        auto suggestion = store::CodingStore(w.document().project()).get(id);
        const QString guid = suggestion ? suggestion->guid : QString();
        auto decidedHere = [&] {
            auto c = store::CodingStore(w.document().project()).byGuid(guid);
            return c && c->has_value() && (*c)->status == QLatin1String("accepted");
        };
        bool received = false, shown = false;
        auto onSynced = QObject::connect(w.teamLink(), &gui::TeamLink::synced, [&] { received = received || decidedHere(); });
        auto onFilled = QObject::connect(w.reviewPage(), &gui::ReviewPage::filled, [&] { shown = shown || received; });
        QElapsedTimer t;
        t.start();
        if (!(*reviewer)->decide(id, true))
            continue;
        const bool ok = waitUntil([&] { return shown; }, 10000);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        QObject::disconnect(onSynced);
        QObject::disconnect(onFilled);
        if (ok)
            times.push_back(ms);
        waitUntil([] { return false; }, 100); // the page settles
    }
    probe.stop();
    std::sort(times.begin(), times.end());
    QJsonObject o = report(QStringLiteral("a decision on the server to the window's review queue"), probe, times.empty() ? 0 : times.at(times.size() / 2),
                           QStringLiteral("%1 of %2 shown; p50 %3 ms, max %4 ms")
                               .arg(times.size())
                               .arg(waiting->size())
                               .arg(times.empty() ? 0 : times.at(times.size() / 2), 0, 'f', 1)
                               .arg(times.empty() ? 0 : times.back(), 0, 'f', 1));
    o.insert(QStringLiteral("decision_to_window_p50_ms"), times.empty() ? 0 : times.at(times.size() / 2));
    o.insert(QStringLiteral("decision_to_window_max_ms"), times.empty() ? 0 : times.back());
    results.append(o);
    return times.size() == size_t(waiting->size()) ? 0 : 1;
}

void writeJson(const QStringList &args, const QJsonArray &results)
{
    const qsizetype j = args.indexOf(QStringLiteral("--json"));
    if (j > 0 && j + 1 < args.size()) {
        QFile f(args.at(j + 1));
        if (f.open(QIODevice::WriteOnly))
            f.write(QJsonDocument(results).toJson());
    }
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        QTextStream(stderr) << "usage: caselens-gui-bench PROJECT_TO_CREATE TEXT_FOLDER [--json FILE]\n"
                               "       caselens-gui-bench --views PROJECT [--json FILE]\n"
                               "       caselens-gui-bench --team WINDOW_ADDRESS REVIEWER_ADDRESS [--json FILE]"
                            << Qt::endl;
        return 2;
    }
    if (args.at(1) == QLatin1String("--team") && args.size() >= 4) {
        QJsonArray results;
        const int failed = measureTeamRefresh(args.at(2), args.at(3), results);
        writeJson(args, results);
        return failed;
    }
    if (args.at(1) == QLatin1String("--views")) {
        QJsonArray results;
        openAndFillViews(args.at(2), results);
        writeJson(args, results);
        return 0;
    }
    const QString projectPath = args.at(1), folder = args.at(2);
    QFile::remove(projectPath);
    if (auto p = store::createProject(projectPath); !p) {
        QTextStream(stderr) << p.error().message << Qt::endl;
        return 1;
    }
    QJsonArray results;
    gui::MainWindow w;
    w.resize(1400, 900);
    w.show();
    QString error;
    if (!w.openProject(projectPath, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    import::ImportOptions options;
    options.metadataCsv = folder + QStringLiteral("/metadata.csv");
    results.append(measureWork(w, QStringLiteral("import %1").arg(folder), [&] { w.importPaths({folder}, options); }));
    results.append(measureWork(w, QStringLiteral("lexicon coding"), [&] { w.runEngine(QStringLiteral("lexicon")); }));
    {
        // A reviewer's work, not measured: accept the confident lexicon suggestions so the
        // learned coder has examples.
        review::ReviewService reviewer(w.document().project(), QStringLiteral("bench-reviewer"));
        auto ids = w.document().project().db().prepare(QStringLiteral("SELECT id FROM codings WHERE status = 'suggested' AND confidence >= 0.8"));
        QList<qint64> toAccept;
        while (ids && ids->next())
            toAccept.append(ids->int64(0));
        store::Transaction tx(w.document().project().db());
        for (qint64 id : toAccept)
            (void)reviewer.accept(id);
        (void)tx.commit();
    }
    results.append(measureWork(w, QStringLiteral("training the learned coder"), [&] { w.trainLearned(); }));
    results.append(measureWork(w, QStringLiteral("learned coding"), [&] { w.runEngine(QStringLiteral("learned")); }));

    openAndFillViews(projectPath, results);
    writeJson(args, results);
    return 0;
}
