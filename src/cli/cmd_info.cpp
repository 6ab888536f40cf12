#include "command.h"

#include "store/documentstore.h"
#include "store/regionsetting.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace caselens::cli {

int runInfo(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print as JSON."));
    p.addOption(json);
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project."));
    if (int rc = parseOrExit(p, args, "info", QStringLiteral("Shows what a project holds: counts, format version, region scheme."),
                             QStringLiteral("PROJECT [--json]"));
        rc >= 0)
        return rc;
    if (p.positionalArguments().size() != 1)
        return fail(QStringLiteral("caselens-cli info: give one project."), Usage);
    auto project = openProject(p.positionalArguments().first());
    if (!project)
        return Failed;
    auto &db = project->db();
    auto count = [&](const char *sql) { return db.scalar(QString::fromLatin1(sql)).ok() ? db.scalar(QString::fromLatin1(sql))->toLongLong() : 0; };
    const qint64 documents = count("SELECT count(*) FROM documents");
    const qint64 passages = count("SELECT count(*) FROM passages");
    const qint64 codes = count("SELECT count(*) FROM codes WHERE is_codable = 1");
    const qint64 codings = count("SELECT count(*) FROM codings");
    const qint64 accepted = count("SELECT count(*) FROM codings WHERE status = 'accepted'");
    const qint64 suggested = count("SELECT count(*) FROM codings WHERE status = 'suggested'");
    const qint64 coders = count("SELECT count(*) FROM coders");
    auto scheme = store::activeRegionScheme(*project);
    const QString schemeName = scheme ? scheme->id() : QStringLiteral("?");
    const QString synthetic = project->info(QStringLiteral("synthetic"));
    if (p.isSet(json)) {
        QJsonObject o{{QStringLiteral("name"), project->info(QStringLiteral("name"))},
                      {QStringLiteral("path"), project->path()},
                      {QStringLiteral("schema_version"), project->schemaVersion()},
                      {QStringLiteral("region_scheme"), schemeName},
                      {QStringLiteral("documents"), documents},
                      {QStringLiteral("passages"), passages},
                      {QStringLiteral("codes"), codes},
                      {QStringLiteral("codings"), codings},
                      {QStringLiteral("accepted"), accepted},
                      {QStringLiteral("suggested"), suggested},
                      {QStringLiteral("coders"), coders},
                      {QStringLiteral("synthetic"), !synthetic.isEmpty()}};
        if (!synthetic.isEmpty())
            o.insert(QStringLiteral("synthetic_note"), synthetic);
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Ok;
    }
    out() << "Project:        " << project->info(QStringLiteral("name")) << "\n"
          << "File:           " << project->path() << "\n";
    if (!synthetic.isEmpty())
        out() << "Synthetic:      " << synthetic << "\n";
    out() << "Format version: " << project->schemaVersion() << "\n"
          << "Region scheme:  " << schemeName << (scheme ? QStringLiteral(" (") + scheme->name(QStringLiteral("en")) + QLatin1Char(')') : QString()) << "\n"
          << "Documents:      " << documents << "\n"
          << "Passages:       " << passages << "\n"
          << "Codes:          " << codes << "\n"
          << "Codings:        " << codings << " (" << accepted << " accepted, " << suggested << " suggested)\n"
          << "Coders:         " << coders << Qt::endl;
    return Ok;
}

} // namespace caselens::cli
