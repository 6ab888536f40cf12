// caselens-team-bench: a team server under load. Publishes a project to an empty
// PostgreSQL database, adds ten reviewers, and measures
//   - publish and export-local, wall time;
//   - ten people deciding suggestions at once: decisions per second, and the median and
//     95th percentile of one decision (one transaction with its audit entry);
//   - from a decision to another person's session hearing of it (LISTEN/NOTIFY);
//   - a working copy receiving one decision (what an open window does on hearing it).
//
//   caselens-team-bench PROJECT postgresql://…/EMPTY_DATABASE [--json FILE]
// bench/run-team.sh runs it against a throwaway cluster (pg_virtualenv).

#include "store/codingstore.h"
#include "store/server/teamserver.h"
#include "store/server/teamsession.h"
#include "team/workingcopy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <atomic>
#include <thread>

using namespace caselens;
using namespace caselens::store::server;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min(v.size() - 1, size_t(p * double(v.size()))));
}

QString withUser(const QString &address, const QString &user, const QString &password)
{
    QString a = address;
    const int scheme = int(a.indexOf(QLatin1String("://"))) + 3;
    const int at = int(a.indexOf(QLatin1Char('@'), scheme));
    return a.left(scheme) + user + QLatin1Char(':') + password + QLatin1Char('@') + (at > 0 ? a.mid(at + 1) : a.mid(scheme));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        QTextStream(stderr) << "usage: caselens-team-bench PROJECT postgresql://…/EMPTY_DATABASE [--json FILE]" << Qt::endl;
        return 2;
    }
    const QString projectPath = args.at(1), address = args.at(2);
    QJsonObject results;
    auto project = store::Project::open(projectPath);
    if (!project) {
        QTextStream(stderr) << project.error().message << Qt::endl;
        return 1;
    }
    QElapsedTimer t;
    t.start();
    auto published = publishProject(**project, address);
    if (!published) {
        QTextStream(stderr) << published.error().message << Qt::endl;
        return 1;
    }
    results.insert(QStringLiteral("publish_s"), double(t.elapsed()) / 1000);
    out() << "publish: " << double(t.elapsed()) / 1000 << " s" << Qt::endl;

    constexpr int kPeople = 10, kEach = 200;
    for (int i = 0; i < kPeople; ++i) {
        qputenv("CASELENS_MEMBER_PASSWORD", QByteArray("pw") + QByteArray::number(i));
        if (Status s = addMember(address, QStringLiteral("reviewer%1").arg(i), MemberRole::Reviewer); !s) {
            QTextStream(stderr) << s.error().message << Qt::endl;
            return 1;
        }
    }
    auto lead = TeamSession::open(address);
    if (!lead) {
        QTextStream(stderr) << lead.error().message << Qt::endl;
        return 1;
    }
    auto waiting = (*lead)->waitingSuggestions(kPeople * kEach + 100);
    if (!waiting || waiting->size() < kPeople * kEach + 100) {
        QTextStream(stderr) << "the project needs at least " << kPeople * kEach + 100 << " open suggestions" << Qt::endl;
        return 1;
    }

    // Ten people deciding at once, each their own 200 suggestions.
    std::vector<std::vector<double>> latencies(kPeople);
    std::atomic<int> failures{0};
    QElapsedTimer wall;
    wall.start();
    std::vector<std::thread> people;
    for (int i = 0; i < kPeople; ++i)
        people.emplace_back([&, i] {
            auto me = TeamSession::open(withUser(address, QStringLiteral("reviewer%1").arg(i), QStringLiteral("pw%1").arg(i)));
            if (!me) {
                ++failures;
                return;
            }
            for (int k = 0; k < kEach; ++k) {
                QElapsedTimer one;
                one.start();
                if (!(*me)->decide(waiting->at(i * kEach + k), k % 3 != 0))
                    ++failures;
                latencies[size_t(i)].push_back(double(one.nsecsElapsed()) / 1e6);
            }
        });
    for (auto &p : people)
        p.join();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    std::vector<double> all;
    for (const auto &l : latencies)
        all.insert(all.end(), l.begin(), l.end());
    results.insert(QStringLiteral("decisions"), int(all.size()));
    results.insert(QStringLiteral("failures"), failures.load());
    results.insert(QStringLiteral("decisions_per_s"), double(all.size()) / seconds);
    results.insert(QStringLiteral("decision_p50_ms"), percentile(all, 0.5));
    results.insert(QStringLiteral("decision_p95_ms"), percentile(all, 0.95));
    out() << kPeople << " people, " << all.size() << " decisions in " << seconds << " s: " << double(all.size()) / seconds
          << " decisions/s; one decision p50 " << percentile(all, 0.5) << " ms, p95 " << percentile(all, 0.95) << " ms; " << failures.load()
          << " failed" << Qt::endl;

    // From a decision to another person hearing of it.
    auto listener = TeamSession::open(withUser(address, QStringLiteral("reviewer0"), QStringLiteral("pw0")));
    auto decider = TeamSession::open(withUser(address, QStringLiteral("reviewer1"), QStringLiteral("pw1")));
    if (!listener || !decider || !(*listener)->listen()) {
        QTextStream(stderr) << "cannot open the listening sessions" << Qt::endl;
        return 1;
    }
    std::vector<double> heard;
    for (int k = 0; k < 50; ++k) {
        QElapsedTimer one;
        one.start();
        if (!(*decider)->decide(waiting->at(kPeople * kEach + k), true))
            continue;
        for (;;) {
            const auto changes = (*listener)->changes(1000);
            if (changes.isEmpty() || one.elapsed() > 5000)
                break;
            if (std::any_of(changes.begin(), changes.end(), [](const TeamChange &c) { return c.by == QLatin1String("reviewer1"); })) {
                heard.push_back(double(one.nsecsElapsed()) / 1e6);
                break;
            }
        }
    }
    results.insert(QStringLiteral("notify_heard"), int(heard.size()));
    results.insert(QStringLiteral("notify_p50_ms"), percentile(heard, 0.5));
    results.insert(QStringLiteral("notify_max_ms"), heard.empty() ? 0 : *std::max_element(heard.begin(), heard.end()));
    out() << "decision to another session: " << heard.size() << " of 50 heard; p50 " << percentile(heard, 0.5) << " ms, max "
          << (heard.empty() ? 0 : *std::max_element(heard.begin(), heard.end())) << " ms" << Qt::endl;

    // What a window does when it hears of another person's decision: the notification
    // arrives, the working copy receives the cases that moved, and its pages read again.
    // Timed from the decision's start to the copy holding it.
    QTemporaryDir dir;
    const QString copyPath = dir.filePath(QStringLiteral("reviewer0.caselens"));
    const QString reviewer0 = withUser(address, QStringLiteral("reviewer0"), QStringLiteral("pw0"));
    if (auto checkedOut = team::checkOut(reviewer0, copyPath); !checkedOut) {
        QTextStream(stderr) << checkedOut.error().message << Qt::endl;
        return 1;
    }
    auto copy = store::Project::open(copyPath);
    auto window = TeamSession::open(reviewer0);
    if (!copy || !window || !(*window)->listen()) {
        QTextStream(stderr) << "The reviewer's working copy could not be opened." << Qt::endl;
        return 1;
    }
    std::vector<double> receives;
    for (int k = 0; k < 20; ++k) {
        const qint64 suggestion = waiting->at(kPeople * kEach + 50 + k);
        QElapsedTimer one;
        one.start();
        if (!(*decider)->decide(suggestion, true))
            continue;
        while ((*window)->changes(1000).isEmpty() && one.elapsed() < 5000) {
        }
        auto received = team::receive(**copy, **window);
        const double ms = double(one.nsecsElapsed()) / 1e6;
        // The copy was made from the server, so the suggestion has the server's id there.
        auto here = store::CodingStore(**copy).get(suggestion);
        if (received && !received->everything && here && here->status == QLatin1String("accepted"))
            receives.push_back(ms);
    }
    // A memo: the next receive takes the memos (not the whole server).
    std::vector<double> memoReceives, wholeReceives;
    for (int k = 0; k < 3; ++k) {
        store::Memo memo;
        memo.target = store::MemoTarget::Coding;
        memo.text = QStringLiteral("bench memo %1").arg(k);
        if (!(*decider)->writeMemo(memo, waiting->at(kPeople * kEach + 50 + k)))
            continue;
        QElapsedTimer one;
        one.start();
        if (auto received = team::receive(**copy, **window); received && !received->everything && received->memos == 1)
            memoReceives.push_back(double(one.nsecsElapsed()) / 1e6);
    }
    // The lead edits the codebook: the next receive takes the whole server.
    for (int k = 0; k < 2; ++k) {
        if (!(*lead)->connection().exec(QStringLiteral("UPDATE codes SET name_en = name_en || ' ' WHERE key = 'student_centered'")))
            continue;
        QElapsedTimer one;
        one.start();
        if (auto received = team::receive(**copy, **window); received && received->everything)
            wholeReceives.push_back(double(one.nsecsElapsed()) / 1e6);
    }
    auto maximum = [](const std::vector<double> &v) { return v.empty() ? 0 : *std::max_element(v.begin(), v.end()); };
    results.insert(QStringLiteral("decision_to_copy_p50_ms"), percentile(receives, 0.5));
    results.insert(QStringLiteral("decision_to_copy_max_ms"), maximum(receives));
    results.insert(QStringLiteral("memo_receive_p50_ms"), percentile(memoReceives, 0.5));
    results.insert(QStringLiteral("whole_receive_p50_ms"), percentile(wholeReceives, 0.5));
    out() << "a decision to another working copy (heard, received): " << receives.size() << " of 20; p50 " << percentile(receives, 0.5)
          << " ms, max " << maximum(receives) << " ms" << Qt::endl;
    out() << "receiving a memo: " << memoReceives.size() << " of 3; p50 " << percentile(memoReceives, 0.5) << " ms" << Qt::endl;
    out() << "receiving the whole server (after a codebook edit): " << wholeReceives.size() << " of 2; p50 " << percentile(wholeReceives, 0.5)
          << " ms" << Qt::endl;

    t.restart();
    auto exported = exportLocal(address, dir.filePath(QStringLiteral("back.caselens")));
    if (!exported) {
        QTextStream(stderr) << exported.error().message << Qt::endl;
        return 1;
    }
    results.insert(QStringLiteral("export_local_s"), double(t.elapsed()) / 1000);
    out() << "export-local: " << double(t.elapsed()) / 1000 << " s" << Qt::endl;

    const qsizetype j = args.indexOf(QStringLiteral("--json"));
    if (j > 0 && j + 1 < args.size()) {
        QFile f(args.at(j + 1));
        if (f.open(QIODevice::WriteOnly))
            f.write(QJsonDocument(results).toJson());
    }
    return failures.load() == 0 ? 0 : 1;
}
