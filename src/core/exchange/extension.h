#pragma once
// CaseLens's own entry in a .qdpx (caselens/extension.json): what REFI-QDA cannot say,
// kept where other tools leave it alone and nobody reads it as text — that a coding is an
// engine's suggestion (status, score, reason, reviewer), each code's key, English name
// and descriptions, shortcut and cue terms, the lexicon rules, the project's identity
// (every GUID CaseLens derives comes from it) and each sample's draw.

#include "codebook/codebook.h"
#include "support/result.h"

#include <QHash>
#include <QJsonObject>
#include <optional>

namespace caselens::exchange {

inline const QString kExtensionEntry = QStringLiteral("caselens/extension.json");

struct CodingExtra {
    QString status, origin, coder, reviewer, rationale;
    double confidence = 0;
};

struct SampleExtra {
    QString unit; // document | passage
    quint64 seed = 0;
    QString stratify;
};

struct Extension {
    QString projectGuid;
    QHash<QString, CodingExtra> codings; // selection GUID (normal) → what an engine said
    std::optional<codebook::Codebook> codebook; // with CaseLens's keys
    QHash<QString, QString> codeGuids; // code key → GUID in this file
    QHash<QString, SampleExtra> samples; // sample name → how it was drawn
    QStringList engines; // users that are coding engines, not people
};

QByteArray extensionToJson(const Extension &extension);
// An error when the entry is not CaseLens's (another format, damaged, nested too deep).
Result<Extension> extensionFromJson(const QByteArray &json);

} // namespace caselens::exchange
