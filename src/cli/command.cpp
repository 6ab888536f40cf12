#include "command.h"

#include "store/server/teamsession.h"
#include "team/workingcopy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
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

namespace {
// The team projects this run opened through a working copy: what the command did in them
// is sent when it ends (sendTeamWork).
struct TeamCopy {
    QString address, path;
    QDateTime written; // when the copy (or its log) was last written, as the command began
};
QList<TeamCopy> g_teamCopies;

// The command wrote to the copy when its file or write-ahead log changed. (Work a command
// wrote unnoticed is not lost: opening the copy again sends it first.)
QDateTime lastWritten(const QString &path)
{
    return std::max(QFileInfo(path).lastModified(), QFileInfo(path + QStringLiteral("-wal")).lastModified());
}
} // namespace

// A team project: its working copy, with the others' work received first (the command sees
// the project as the server holds it). Without the server the copy is used as it is, and
// stderr says so.
static Result<QString> teamWorkingCopy(const QString &address)
{
    auto path = team::prepareWorkingCopy(address);
    if (!path)
        return path.error();
    auto session = store::server::TeamSession::open(address);
    if (!session) {
        if (session.error().kind != ErrorKind::Offline)
            return session.error();
        err() << "The team server cannot be reached; working on the copy " << *path << " as it is (its work is sent next time)." << Qt::endl;
    } else {
        auto copy = store::Project::open(*path);
        if (!copy)
            return copy.error();
        if (auto synced = team::sync(**copy, **session); !synced)
            return synced.error();
    }
    g_teamCopies.append({address, *path, lastWritten(*path)});
    return path;
}

int sendTeamWork(int code)
{
    for (const auto &[address, path, written] : std::as_const(g_teamCopies)) {
        if (lastWritten(path) == written)
            continue; // the command only read
        auto copy = store::Project::open(path);
        auto session = store::server::TeamSession::open(address);
        auto sent = copy && session ? team::send(**copy, **session) : Result<team::SendReport>(copy ? session.error() : copy.error());
        if (!sent) {
            err() << "Your work stays in the copy " << path << " and is sent next time: " << sent.error().message << Qt::endl;
            code = code == Ok ? Partial : code;
            continue;
        }
        if (!sent->sentNothing())
            err() << "Sent to " << store::server::displayAddress(address) << ": " << sent->coded << " codings, " << sent->decided << " decisions, "
                  << sent->removed << " removals, " << sent->memos << " memos" << Qt::endl;
        for (const QString &n : sent->notSent)
            err() << "  not sent (kept in the copy): " << n << Qt::endl;
        if (!sent->notSent.isEmpty() && code == Ok)
            code = Partial;
    }
    g_teamCopies.clear();
    return code;
}

std::unique_ptr<store::Project> openProject(const QString &where, store::OpenMode mode)
{
    QString path = where;
    if (store::server::isServerAddress(where)) {
        auto copy = teamWorkingCopy(where);
        if (!copy) {
            fail(copy.error().message);
            return nullptr;
        }
        path = *copy;
    }
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
