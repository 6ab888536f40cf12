#include "coding/coder.h"

namespace caselens::coding {

QList<QList<Suggestion>> Coder::suggestMany(const QStringList &passages, QStringList *failures, const DocumentContext &) const
{
    QList<QList<Suggestion>> out;
    out.reserve(passages.size());
    for (const QString &p : passages) {
        out.append(suggest(p));
        if (failures && !lastFailure().isEmpty())
            failures->append(lastFailure());
    }
    return out;
}

QJsonObject Coder::provenance() const
{
    QJsonObject o{{QStringLiteral("engine"), engine()}, {QStringLiteral("version"), version()}, {QStringLiteral("settings"), settings()}};
    if (!modelHash().isEmpty())
        o.insert(QStringLiteral("model_sha256"), modelHash());
    return o;
}

} // namespace caselens::coding
