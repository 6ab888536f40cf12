#include "command.h"

#include "metadata/gazetteer.h"
#include "store/documentstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace caselens::cli {

int runDocs(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print as JSON."));
    QCommandLineOption why(QStringLiteral("why"), QStringLiteral("Under each case, where every inferred value was read from."));
    p.addOption(json);
    p.addOption(why);
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project."));
    if (int rc = parseOrExit(p, args, "docs",
                             QStringLiteral("Lists the documents with their metadata, numbered 1, 2, 3… in import order. "
                                            "A * marks a value CaseLens inferred; confirm or correct it with `caselens-cli set`."),
                             QStringLiteral("PROJECT [--why] [--json]"));
        rc >= 0)
        return rc;
    if (p.positionalArguments().size() != 1)
        return fail(QStringLiteral("caselens-cli docs: give one project."), Usage);
    auto project = openProject(p.positionalArguments().first());
    if (!project)
        return Failed;
    const auto rows = store::DocumentStore(*project).list();
    if (p.isSet(json)) {
        QJsonArray arr;
        for (const auto &r : rows) {
            QJsonObject o{{QStringLiteral("id"), r.id},
                          {QStringLiteral("title"), r.meta.title},
                          {QStringLiteral("unit"), r.meta.unit},
                          {QStringLiteral("year"), r.meta.year ? QJsonValue(*r.meta.year) : QJsonValue()},
                          {QStringLiteral("province"), r.meta.province},
                          {QStringLiteral("region"), r.meta.region},
                          {QStringLiteral("type"), r.meta.caseType},
                          {QStringLiteral("inferred"), QJsonArray::fromStringList(r.meta.inferred)},
                          {QStringLiteral("source"), r.sourceName},
                          {QStringLiteral("format"), r.sourceFormat},
                          {QStringLiteral("encoding"), r.encoding},
                          {QStringLiteral("length"), r.length}};
            QJsonObject attrs;
            for (auto it = r.meta.attributes.cbegin(); it != r.meta.attributes.cend(); ++it)
                attrs.insert(it.key(), it.value());
            o.insert(QStringLiteral("attributes"), attrs);
            QJsonObject evidence;
            for (auto it = r.meta.evidence.cbegin(); it != r.meta.evidence.cend(); ++it)
                evidence.insert(it.key(), it.value());
            if (!evidence.isEmpty())
                o.insert(QStringLiteral("evidence"), evidence);
            if (!r.importNotes.isEmpty())
                o.insert(QStringLiteral("notes"), r.importNotes);
            arr.append(o);
        }
        out() << QJsonDocument(arr).toJson(QJsonDocument::Indented);
        return Ok;
    }
    auto mark = [](const store::DocumentRow &r, const char *f) {
        return r.meta.inferred.contains(QString::fromLatin1(f)) ? QStringLiteral("*") : QString();
    };
    out() << "  #  year  province      region    type                  title\n";
    for (const auto &r : rows) {
        out() << QString::number(r.id).rightJustified(3) << "  "
              << (r.meta.year ? QString::number(*r.meta.year) + mark(r, "year") : QStringLiteral("-")).leftJustified(5) << " "
              << (r.meta.province.isEmpty() ? QStringLiteral("-") : r.meta.province + mark(r, "province")).leftJustified(13) << " "
              << (r.meta.region.isEmpty() ? QStringLiteral("-") : r.meta.region + mark(r, "region")).leftJustified(9) << " "
              << (r.meta.caseType.isEmpty() ? QStringLiteral("-") : r.meta.caseType + mark(r, "type")).leftJustified(21) << " "
              << r.meta.title << mark(r, "title") << "\n";
        if (p.isSet(why))
            for (auto it = r.meta.evidence.cbegin(); it != r.meta.evidence.cend(); ++it)
                out() << "       " << it.key() << ": " << it.value() << "\n";
    }
    out() << rows.size() << " documents; * = inferred" << Qt::endl;
    return Ok;
}

} // namespace caselens::cli
