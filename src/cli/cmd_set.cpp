#include "command.h"

#include "store/documentstore.h"

namespace caselens::cli {

int runSet(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project."));
    p.addPositionalArgument(QStringLiteral("DOC"), QStringLiteral("The document number."));
    p.addPositionalArgument(QStringLiteral("FIELD=VALUE"), QStringLiteral("title, unit, year, province, region, type, or any attribute name."));
    if (int rc = parseOrExit(p, args, "set",
                             QStringLiteral("Sets or confirms a document's metadata; the value is no longer marked inferred."),
                             QStringLiteral("PROJECT DOC FIELD=VALUE..."));
        rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    bool ok = false;
    const qint64 doc = pos.value(1).toLongLong(&ok);
    if (pos.size() < 3 || !ok)
        return fail(QStringLiteral("caselens-cli set: give the project, a document number and FIELD=VALUE."), Usage);
    auto project = openProject(pos.first());
    if (!project)
        return Failed;
    store::DocumentStore docs(*project);
    auto tx = project->transaction();
    for (const QString &assignment : pos.mid(2)) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(QStringLiteral("caselens-cli set: \"%1\" is not FIELD=VALUE.").arg(assignment), Usage);
        if (Status s = docs.setField(doc, assignment.left(eq).trimmed(), assignment.mid(eq + 1).trimmed()); !s)
            return fail(s.error().message);
    }
    if (Status s = tx.commit(); !s)
        return fail(s.error().message);
    out() << "Updated document " << doc << Qt::endl;
    return Ok;
}

} // namespace caselens::cli
