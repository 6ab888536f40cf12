#include "command.h"

#include "store/integritycheck.h"
#include "store/repair.h"

namespace caselens::cli {

int runCheck(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption repair(QStringLiteral("repair"), QStringLiteral("After a backup, rebuild the indexes and the full-text index, then check again."));
    p.addOption(repair);
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project."));
    if (int rc = parseOrExit(p, args, "check",
                             QStringLiteral("Checks a project: SQLite integrity, foreign keys, passages and codings inside their "
                                            "documents, codings on codable codes, the audit log. Exit 1 when something is wrong."),
                             QStringLiteral("PROJECT [--repair]"));
        rc >= 0)
        return rc;
    if (p.positionalArguments().size() != 1)
        return fail(QStringLiteral("caselens-cli check: give one project."), Usage);
    auto project = openProject(p.positionalArguments().first());
    if (!project)
        return Failed;
    if (p.isSet(repair)) {
        auto r = store::repairProject(*project);
        if (!r)
            return fail(r.error().message);
        out() << "Backup: " << r->backup << "\n";
        for (const QString &d : r->done)
            out() << "Repaired: " << d << "\n";
        out().flush();
    }
    const auto report = store::checkProject(*project);
    for (const QString &problem : report.problems)
        err() << problem << "\n";
    err().flush();
    if (!report.ok())
        return fail(QStringLiteral("%1 problem(s) found.").arg(report.problems.size()));
    out() << "OK: " << project->path() << " passes every check" << Qt::endl;
    return Ok;
}

} // namespace caselens::cli

namespace caselens::cli {

int runBackup(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project."));
    p.addPositionalArgument(QStringLiteral("COPY"), QStringLiteral("Where to write the copy."));
    if (int rc = parseOrExit(p, args, "backup",
                             QStringLiteral("Copies the project with SQLite's online backup; safe while the workbench or another command is using it."),
                             QStringLiteral("PROJECT COPY.caselens"));
        rc >= 0)
        return rc;
    if (p.positionalArguments().size() != 2)
        return fail(QStringLiteral("caselens-cli backup: give the project and where to copy it."), Usage);
    auto project = openProject(p.positionalArguments().first());
    if (!project)
        return Failed;
    if (Status s = project->backupTo(p.positionalArguments().at(1)); !s)
        return fail(s.error().message);
    out() << "Copied " << project->path() << " to " << p.positionalArguments().at(1) << Qt::endl;
    return Ok;
}

} // namespace caselens::cli
