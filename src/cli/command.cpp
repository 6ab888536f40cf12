#include "command.h"

#include <QCoreApplication>
#include <QFile>
#include <atomic>
#include <csignal>
#include <cstdio>

namespace caselens::cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(const QString &message, int code)
{
    out().flush();
    err() << message << Qt::endl;
    return code;
}

QCommandLineOption forceOption()
{
    return QCommandLineOption(QStringLiteral("force"), QStringLiteral("Replace the output file if it exists (never the project itself)."));
}

OutputTarget outputTarget(const QString &path, store::Project &project, bool force)
{
    return OutputTarget{path, force, force, {project.path()}};
}

int parseOrExit(QCommandLineParser &parser, const QStringList &args, const char *command, const QString &description,
                const QString &positionalSyntax)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    QStringList full = args;
    full.prepend(QStringLiteral("caselens-cli %1").arg(QString::fromLatin1(command)));
    if (!parser.parse(full)) {
        err() << "caselens-cli " << command << ": " << parser.errorText() << "\n"
              << "Try: caselens-cli " << command << " --help" << Qt::endl;
        return Usage;
    }
    if (parser.isSet(help)) {
        out() << "Usage: caselens-cli " << command << " " << positionalSyntax << "\n\n" << description << "\n\n";
        QString h = parser.helpText();
        const qsizetype at = h.indexOf(QLatin1String("Options:"));
        out() << (at >= 0 ? h.mid(at) : h);
        out().flush();
        return Ok;
    }
    return -1;
}

std::unique_ptr<store::Project> openProject(const QString &path, store::OpenMode mode)
{
    auto p = store::Project::open(path, mode);
    if (!p) {
        fail(p.error().message);
        return nullptr;
    }
    return p.take();
}

Result<QStringList> readNamesFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("Cannot read %1: %2.").arg(path, f.errorString()), ErrorKind::Io);
    QStringList names;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            names.append(line.trimmed());
    return names;
}

namespace {
std::atomic_bool g_interrupted{false};
// The first Ctrl-C asks to stop after the unit in hand; a second one stops at once.
void onInterrupt(int signal)
{
    if (g_interrupted.exchange(true)) {
        std::signal(signal, SIG_DFL);
        std::raise(signal);
    }
}
} // namespace

const std::atomic_bool &installInterruptFlag()
{
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    return g_interrupted;
}

} // namespace caselens::cli
