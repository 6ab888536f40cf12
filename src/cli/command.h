#pragma once
// The shape every caselens-cli subcommand shares: a name, a one-line summary, a
// parser of its own, and exit codes (0 done, 1 failed, 2 usage error, 3 partly done).

#include "store/project.h"
#include "support/outputfile.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <memory>

namespace caselens::cli {

enum ExitCode { Ok = 0, Failed = 1, Usage = 2, Partial = 3 };

struct Command {
    const char *name;
    const char *summary;
    std::function<int(const QStringList &args)> run;
};

const QList<Command> &commands();

QTextStream &out();
QTextStream &err();

// Parses `args` (the subcommand's own, without the program name); prints help and
// returns Ok on --help, prints one line and returns Usage on bad options. Returns -1
// when the caller should go on.
int parseOrExit(QCommandLineParser &parser, const QStringList &args, const char *command, const QString &description,
                const QString &positionalSyntax);

// Opens a project or prints the reason; nullptr then. A team server's address
// (postgresql://…) opens this person's working copy of it, up to date with the server.
std::unique_ptr<store::Project> openProject(const QString &path, store::OpenMode mode = store::OpenMode::Work);
// Sends what the command did in the team projects it opened; returns the exit code to end
// with (`code`, or Partial when some work could not be sent and stays in the copy).
int sendTeamWork(int code);

int fail(const QString &message, int code = Failed);

// --force, for every command that writes a file the user names.
QCommandLineOption forceOption();
// A file a command writes from `project`: never the project itself; an existing file or
// another project only with --force.
OutputTarget outputTarget(const QString &path, store::Project &project, bool force);

// One name per line (UTF-8), for masking; an error sentence when the file cannot be read.
Result<QStringList> readNamesFile(const QString &path);

// A progress line on stderr that rewrites itself, only when stderr is a terminal.
class ProgressLine;

// Sets a flag on Ctrl-C (or SIGTERM) so long work can stop after the unit in hand; a
// second signal ends the process at once.
const std::atomic_bool &installInterruptFlag();

} // namespace caselens::cli
