// caselens-cli: CaseLens from the command line. Every subcommand lives in a file of
// its own (cmd_<name>.cpp) and registers in commands().

#include "command.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

using namespace caselens::cli;

static void printOverview()
{
    out() << "caselens-cli — CaseLens (案例透镜) content-analysis workbench, command line\n\n"
          << "Usage: caselens-cli COMMAND [options]   (caselens-cli COMMAND --help for one command)\n\n"
          << "Commands:\n";
    for (const Command &c : commands())
        out() << "  " << QString::fromLatin1(c.name).leftJustified(13) << QString::fromUtf8(c.summary) << "\n";
    out() << "\nA PROJECT may also be a team project's address (postgresql://person@server/database): the command works on\n"
          << "that person's working copy, which receives the others' work first and sends the command's work after.\n";
    out() << "\nExit codes: 0 done, 1 failed, 2 usage error, 3 done in part (see the report).\n";
    out().flush();
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("caselens-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASELENS_VERSION));
    QStringList args = app.arguments();
    args.removeFirst();
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")
        || args.first() == QLatin1String("help")) {
        printOverview();
        return args.isEmpty() ? Usage : Ok;
    }
    if (args.first() == QLatin1String("--version")) {
        out() << "caselens-cli " << CASELENS_VERSION << Qt::endl;
        return Ok;
    }
    const QString name = args.takeFirst();
    for (const Command &c : commands()) {
        if (name == QLatin1String(c.name))
            return sendTeamWork(c.run(args));
    }
    return fail(QStringLiteral("caselens-cli: there is no command \"%1\"; caselens-cli --help lists them.").arg(name), Usage);
}
