#include "command.h"

#include "store/projectcounts.h"
#include "store/documentstore.h"
#include "store/regionsetting.h"
#include "store/server/pgconnection.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace caselens::cli {

int runServerInfo(const QString &address, bool json);

int runInfo(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print as JSON."));
    p.addOption(json);
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file, or postgresql://… of a team project."));
    if (int rc = parseOrExit(p, args, "info", QStringLiteral("Shows what a project holds: counts, format version, region scheme."),
                             QStringLiteral("PROJECT [--json]"));
        rc >= 0)
        return rc;
    if (p.positionalArguments().size() != 1)
        return fail(QStringLiteral("caselens-cli info: give one project."), Usage);
    if (store::server::isServerAddress(p.positionalArguments().first()))
        return runServerInfo(p.positionalArguments().first(), p.isSet(json));
    auto project = openProject(p.positionalArguments().first());
    if (!project)
        return Failed;
    auto counts = store::countProject(*project);
    if (!counts)
        return fail(counts.error().message);
    const auto [documents, passages, codes, codings, accepted, suggested, coders] = *counts;
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
