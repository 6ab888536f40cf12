#include "exchange/extension.h"

#include "exchange/qdeproject.h"
#include "support/boundedjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace caselens::exchange {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::exchange::Extension)
};

constexpr const char *kFormat = "caselens-qdpx-extension";

} // namespace

QByteArray extensionToJson(const Extension &e)
{
    QJsonObject codings;
    for (auto it = e.codings.cbegin(); it != e.codings.cend(); ++it)
        codings.insert(it.key(), QJsonObject{{QStringLiteral("status"), it->status},
                                             {QStringLiteral("origin"), it->origin},
                                             {QStringLiteral("coder"), it->coder},
                                             {QStringLiteral("confidence"), it->confidence},
                                             {QStringLiteral("rationale"), it->rationale},
                                             {QStringLiteral("reviewer"), it->reviewer}});
    QJsonObject root{{QStringLiteral("format"), QString::fromLatin1(kFormat)},
                     {QStringLiteral("version"), 2},
                     {QStringLiteral("project_guid"), e.projectGuid},
                     {QStringLiteral("codings"), codings}};
    if (e.codebook)
        root.insert(QStringLiteral("codebook"), QJsonDocument::fromJson(codebook::codebookToJson(*e.codebook)).object());
    QJsonObject guids;
    for (auto it = e.codeGuids.cbegin(); it != e.codeGuids.cend(); ++it)
        guids.insert(it.key(), it.value());
    root.insert(QStringLiteral("code_guids"), guids);
    QJsonObject samples;
    for (auto it = e.samples.cbegin(); it != e.samples.cend(); ++it)
        samples.insert(it.key(), QJsonObject{{QStringLiteral("unit"), it->unit},
                                             {QStringLiteral("seed"), QString::number(it->seed)},
                                             {QStringLiteral("stratify"), it->stratify}});
    root.insert(QStringLiteral("samples"), samples);
    root.insert(QStringLiteral("engines"), QJsonArray::fromStringList(e.engines));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<Extension> extensionFromJson(const QByteArray &json)
{
    const BoundedJson parsed = parseJsonBounded(std::string_view(json.constData(), size_t(json.size())));
    if (!parsed.ok() || !parsed.value.is_object() || parsed.value.value("format", std::string()) != kFormat)
        return makeError(Tr::tr("%1 in the archive could not be read; engines' suggestions come in as codings of the coder named.").arg(kExtensionEntry),
                         ErrorKind::InvalidInput);
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    Extension e;
    e.projectGuid = root.value(QStringLiteral("project_guid")).toString();
    const QJsonObject codings = root.value(QStringLiteral("codings")).toObject();
    for (auto it = codings.begin(); it != codings.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        e.codings.insert(normalGuid(it.key()), {o.value(QStringLiteral("status")).toString(), o.value(QStringLiteral("origin")).toString(),
                                               o.value(QStringLiteral("coder")).toString(), o.value(QStringLiteral("reviewer")).toString(),
                                               o.value(QStringLiteral("rationale")).toString().left(2000),
                                               o.value(QStringLiteral("confidence")).toDouble()});
    }
    if (root.contains(QStringLiteral("codebook"))) {
        auto book = codebook::codebookFromJson(QJsonDocument(root.value(QStringLiteral("codebook")).toObject()).toJson());
        if (book)
            e.codebook = book.take();
    }
    const QJsonObject guids = root.value(QStringLiteral("code_guids")).toObject();
    for (auto it = guids.begin(); it != guids.end(); ++it)
        e.codeGuids.insert(it.key(), it.value().toString());
    const QJsonObject samples = root.value(QStringLiteral("samples")).toObject();
    for (auto it = samples.begin(); it != samples.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        e.samples.insert(it.key(), {o.value(QStringLiteral("unit")).toString(), o.value(QStringLiteral("seed")).toString().toULongLong(),
                                    o.value(QStringLiteral("stratify")).toString()});
    }
    for (const QJsonValue &v : root.value(QStringLiteral("engines")).toArray())
        e.engines.append(v.toString());
    return e;
}

} // namespace caselens::exchange
