#pragma once
// GoldFile: labelled passages kept outside any project — one JSON object per line,
// {"id", "text", "codes": [keys]} — so any coder can be scored on text nobody
// imported. Every line is checked against the codebook; the first bad one is named.

#include "codebook/codebook.h"
#include "coding/coder.h"
#include "coding/evaluation.h"
#include "support/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace caselens::coding {

struct GoldPassage {
    QString id;
    QString text;
    QStringList codes;
    QString document; // optional "doc" field: the case a passage belongs to
};

// Reads and validates a gold file's bytes; `sourceName` names it in messages.
Result<QList<GoldPassage>> parseGoldFile(const QByteArray &bytes, const codebook::Codebook &book, const QString &sourceName);
Result<QList<GoldPassage>> readGoldFile(const QString &path, const codebook::Codebook &book);

struct GoldEvaluation {
    EvaluationReport report;
    QList<QList<Suggestion>> answers; // the coder's suggestions, one list per gold passage
};

// Asks `coder` once for every passage and scores its suggestions against the labels.
GoldEvaluation evaluateOnGold(const Coder &coder, const QList<GoldPassage> &gold, const codebook::Codebook &book);

} // namespace caselens::coding
