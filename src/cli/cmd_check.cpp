#include "command.h"

#include "store/integritycheck.h"
#include "store/repair.h"

namespace caselens::cli {

int runCheck(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption repair(QStringLiteral("repair"), QStringLiteral("After a backup, rebuild the indexes and the full-text index, then check again. A file SQLite finds damaged is left as it is and what can be read goes into NAME.recovered.caselens (exit 3)."));
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
    auto project = openProject(p.positionalArguments().first(), store::OpenMode::Inspect);
    if (!project)
        return Failed;
    if (p.isSet(repair)) {
        auto r = store::repairProject(*project);
        if (!r)
            return fail(r.error().message);
        out() << "Backup: " << r->backup << "\n";
        if (!r->recovered.isEmpty()) {
            for (const QString &d : r->done)
                out() << "Salvaged: " << d << "\n";
            for (const QString &l : r->lost)
                out() << "Lost: " << l << "\n";
            out() << "The project is damaged, so it was left as it was. What could be read is in " << r->recovered
                  << "; check it (caselens-cli check), then use it in place of the damaged file." << Qt::endl;
            auto recovered = store::Project::open(r->recovered, store::OpenMode::Inspect);
            if (!recovered)
                return fail(recovered.error().message);
            const auto report = store::checkProject(**recovered);
            for (const QString &problem : report.problems)
                err() << problem << "\n";
            return report.ok() ? Partial : fail(QStringLiteral("The recovered project still has %1 problem(s).").arg(report.problems.size()));
        }
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
    QCommandLineOption force = forceOption();
    p.addOption(force);
    if (int rc = parseOrExit(p, args, "backup",
                             QStringLiteral("Copies the project with SQLite's online backup; safe while the workbench or another command is using it."),
                             QStringLiteral("PROJECT COPY.caselens [--force]"));
        rc >= 0)
        return rc;
    if (p.positionalArguments().size() != 2)
        return fail(QStringLiteral("caselens-cli backup: give the project and where to copy it."), Usage);
    auto project = openProject(p.positionalArguments().first(), store::OpenMode::Inspect);
    if (!project)
        return Failed;
    if (Status s = checkOutputTarget(outputTarget(p.positionalArguments().at(1), *project, p.isSet(force))); !s)
        return fail(s.error().message);
    if (Status s = project->backupTo(p.positionalArguments().at(1)); !s)
        return fail(s.error().message);
    out() << "Copied " << project->path() << " to " << p.positionalArguments().at(1) << Qt::endl;
    return Ok;
}

} // namespace caselens::cli
