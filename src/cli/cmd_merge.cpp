#include "command.h"

#include "team/projectmerge.h"

#include <QFileInfo>

namespace caselens::cli {

namespace {

void printReport(const team::MergeReport &r, bool dryRun)
{
    out() << (dryRun ? "Would bring from " : "From ") << r.from << ": " << r.documents << " documents, " << r.codes << " codes, " << r.coders
          << " coders, " << r.codings << " codings, " << r.decisions << " decisions, " << r.memos << " memos, " << r.samples << " samples, "
          << r.auditEntries << " audit entries; " << r.alreadyHere << " already here" << Qt::endl;
    for (const QString &c : r.conflicts)
        out() << "  conflict: " << c << Qt::endl;
    if (r.changedNothing())
        out() << "  nothing new" << Qt::endl;
}

} // namespace

int runMerge(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("Report what would come over and what conflicts, changing nothing."));
    p.addOption(dryRun);
    p.addPositionalArgument(QStringLiteral("INTO"), QStringLiteral("The project to merge into (a copy of it is kept first)."));
    p.addPositionalArgument(QStringLiteral("FROM"), QStringLiteral("One or more colleagues' copies of the project."));
    if (int rc = parseOrExit(p, args, "merge",
                             QStringLiteral("Brings colleagues' copies of a project into one: documents matched by content, codes by "
                                            "GUID then key, coders by name; their codings, decisions, memos, samples and audit log. The "
                                            "same thing twice stays once, so merging again changes nothing. Conflicts are reported with "
                                            "the rule that decided them (docs/teams.md). A copy of INTO is saved beside it first."),
                             QStringLiteral("INTO.caselens FROM.caselens… [--dry-run]"));
        rc >= 0)
        return rc;
    const QStringList positional = p.positionalArguments();
    if (positional.size() < 2)
        return fail(QStringLiteral("caselens-cli merge: give the project to merge into and at least one copy to merge from."), Usage);
    auto into = openProject(positional.first());
    if (!into)
        return Failed;
    if (!p.isSet(dryRun)) {
        // The same copy as before every step Undo cannot take back (and as the window's merge).
        auto backup = into->backupBefore(QStringLiteral("merge"));
        if (!backup)
            return fail(backup.error().message);
        out() << "Saved a copy of " << QFileInfo(into->path()).fileName() << " as " << *backup << Qt::endl;
    }
    for (const QString &from : positional.mid(1)) {
        auto report = team::mergeProject(*into, from, p.isSet(dryRun));
        if (!report)
            return fail(report.error().message);
        printReport(*report, p.isSet(dryRun));
    }
    return Ok;
}

} // namespace caselens::cli
