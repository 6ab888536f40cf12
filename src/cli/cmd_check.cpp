#include "command.h"

#include "store/integritycheck.h"

namespace caselens::cli {

int runCheck(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project."));
    if (int rc = parseOrExit(p, args, "check",
                             QStringLiteral("Checks a project: SQLite integrity, foreign keys, passages and codings inside their "
                                            "documents, codings on codable codes, the audit log. Exit 1 when something is wrong."),
                             QStringLiteral("PROJECT"));
        rc >= 0)
        return rc;
    if (p.positionalArguments().size() != 1)
        return fail(QStringLiteral("caselens-cli check: give one project."), Usage);
    auto project = openProject(p.positionalArguments().first());
    if (!project)
        return Failed;
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
