// caselens: opens the CaseLens workbench on a project — the one given, the last one
// used, or on first run the synthetic demo project. --screenshot renders a view to a
// PNG and exits (works with QT_QPA_PLATFORM=offscreen).

#include "demo/demogenerator.h"
#include "preferences.h"
#include "translations.h"
#include "models/codebookmodel.h"
#include "pages/codebookdock.h"
#include "pages/matrixpage.h"
#include "pages/reviewpage.h"
#include "pages/searchpage.h"
#include "pages/segmentspage.h"
#include "views/documentview.h"
#include "views/mainwindow.h"
#include "views/statsview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

using caselens::gui::MainWindow;

static QString demoPath(QTextStream &err)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/demo.caselens");
    if (!QFileInfo::exists(path)) {
        err << "Making the synthetic demo project at " << path << Qt::endl;
        auto built = caselens::demo::buildDemoProject(path, caselens::demo::DemoOptions{});
        if (!built) {
            err << built.error().message << Qt::endl;
            return {};
        }
    }
    return path;
}

namespace {

const QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Render a view to OUT.png and exit."), QStringLiteral("OUT.png"));
const QCommandLineOption view(QStringLiteral("view"),
                              QStringLiteral("cases, document, review, agreement, charts, segments (of the first code), matrix (by region) "
                                             "or search (教师, or --query)."),
                              QStringLiteral("VIEW"), QStringLiteral("cases"));
const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size for the screenshot (default 1400x900)."), QStringLiteral("WxH"),
                              QStringLiteral("1400x900"));
const QCommandLineOption doc(QStringLiteral("doc"), QStringLiteral("The document the document view shows (default: the first)."), QStringLiteral("N"));
const QCommandLineOption by(QStringLiteral("by"),
                            QStringLiteral("What the charts view groups by (region, the default, year, type or province), or the code matrix "
                                           "(those, case, or an attribute)."),
                            QStringLiteral("FIELD"));
const QCommandLineOption query(QStringLiteral("query"), QStringLiteral("What the search view searches for (default 教师)."), QStringLiteral("WORDS"),
                               QStringLiteral("教师"));

void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral("CaseLens (案例透镜): content analysis of case reports."));
    parser.addHelpOption();
    parser.addVersionOption();
    for (const QCommandLineOption &o : {screenshot, view, size, doc, by, query})
        parser.addOption(o);
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project to open (default: the last one, or the demo)."));
}

void name(QCoreApplication &app)
{
    app.setOrganizationName(QStringLiteral("CaseLens"));
    app.setApplicationName(QStringLiteral("CaseLens"));
    app.setApplicationVersion(QStringLiteral(CASELENS_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
    // --help and --version answer without a display: no window system is needed to say them.
    for (int i = 1; i < argc; ++i)
        if (QByteArrayList{"-h", "--help", "--help-all", "-v", "--version"}.contains(argv[i])) {
            QCoreApplication core(argc, argv);
            name(core);
            QCommandLineParser parser;
            describe(parser);
            parser.process(core); // prints and exits
            return 0;
        }
    QApplication app(argc, argv);
    name(app);
    caselens::gui::installLanguage(caselens::gui::prefs::language.value());
    QCommandLineParser parser;
    describe(parser);
    parser.process(app);

    QTextStream err(stderr);
    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty()) {
        const QString last = caselens::gui::prefs::lastProject.value();
        path = (!parser.isSet(screenshot) && QFileInfo::exists(last)) ? last : demoPath(err);
        if (path.isEmpty())
            return 1;
    }
    MainWindow window;
    QString error;
    if (!window.openProject(path, &error)) {
        err << error << Qt::endl;
        if (parser.isSet(screenshot))
            return 1;
    }
    const QStringList wh = parser.value(size).split(QLatin1Char('x'));
    window.resize(wh.value(0).toInt() > 0 ? wh.value(0).toInt() : 1400, wh.value(1).toInt() > 0 ? wh.value(1).toInt() : 900);
    if (parser.isSet(screenshot)) {
        // The review queue, segments, matrix and search read off the window's thread: the
        // picture waits for their answer (at most a minute).
        QEventLoop filled;
        bool done = false;
        auto quit = [&] {
            done = true;
            filled.quit();
        };
        QObject::connect(window.reviewPage(), &caselens::gui::ReviewPage::filled, &filled, quit);
        QObject::connect(window.segmentsPage(), &caselens::gui::SegmentsPage::filled, &filled, quit);
        QObject::connect(window.matrixPage(), &caselens::gui::MatrixPage::filled, &filled, quit);
        QObject::connect(window.searchPage(), &caselens::gui::SearchPage::filled, &filled, quit);
        const QString name = parser.value(view);
        if (!window.showView(name)) {
            err << "There is no view \"" << name << "\"; use cases, document, review, agreement, charts, segments, matrix or search."
                << Qt::endl;
            return 2;
        }
        const bool waits = QStringList{QStringLiteral("review"), QStringLiteral("segments"), QStringLiteral("matrix"), QStringLiteral("search")}.contains(name);
        if (name == QLatin1String("segments") && window.codebookDock()->model()->rowCount() > 0) {
            done = false; // the empty list shown first is not the picture
            window.segmentsPage()->setCodes({window.codebookDock()->model()->codes().first().key});
        } else if (name == QLatin1String("matrix")) {
            done = false;
            window.matrixPage()->setGrouping(parser.isSet(by) ? parser.value(by) : QStringLiteral("region"));
        } else if (name == QLatin1String("search")) {
            done = false;
            window.searchPage()->search(parser.value(query));
        }
        if (waits && !done) {
            QTimer::singleShot(60000, &filled, &QEventLoop::quit);
            filled.exec();
        }
        if (name == QLatin1String("charts") && parser.isSet(by))
            window.statsView()->setGrouping(parser.value(by));
        if (parser.isSet(doc)) {
            window.documentView()->showDocument(parser.value(doc).toLongLong());
            window.documentView()->nextSuggestion();
        }
        window.show();
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        if (!window.grab().save(parser.value(screenshot))) {
            err << "Cannot write " << parser.value(screenshot) << Qt::endl;
            return 1;
        }
        return 0;
    }
    window.show();
    window.askCoderNameIfUnset();
    return app.exec();
}
