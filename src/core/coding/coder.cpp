#include "coding/coder.h"

namespace caselens::coding {

QJsonObject Coder::provenance() const
{
    QJsonObject o{{QStringLiteral("engine"), engine()}, {QStringLiteral("version"), version()}, {QStringLiteral("settings"), settings()}};
    if (!modelHash().isEmpty())
        o.insert(QStringLiteral("model_sha256"), modelHash());
    return o;
}

} // namespace caselens::coding
