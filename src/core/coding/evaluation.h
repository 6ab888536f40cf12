#pragma once
// Evaluation: how well one coder's codings match a gold coder's, per code and overall,
// at paragraph level: precision, recall, F1 and Cohen's kappa per code, micro and
// macro F1.

#include "store/documentfilter.h"

#include <QList>
#include <QString>

namespace caselens::coding {

struct CodeScore {
    QString code;
    qint64 tp = 0, fp = 0, fn = 0, tn = 0;
    double precision = 0, recall = 0, f1 = 0, kappa = 0;
};

struct EvaluationReport {
    QList<CodeScore> codes;
    qint64 passages = 0;
    double microF1 = 0, macroF1 = 0, microPrecision = 0, microRecall = 0;
    double pooledKappa = 0; // Cohen's kappa over every (passage, code) decision, as the experts' 0.88 is reported
};

// Cohen's kappa of a 2×2 table: observed against chance agreement.
double kappa2x2(qint64 tp, qint64 fp, qint64 fn, qint64 tn);
// Scores from per-passage code sets over `passages` (passage ids), codes in `codeOrder`.
EvaluationReport scoreSets(const QList<qint64> &passages, const QHash<qint64, QSet<QString>> &predicted,
                           const QHash<qint64, QSet<QString>> &gold, const QStringList &codeOrder);

// `statuses` of the evaluated coder's codings that count as its answer.
Result<EvaluationReport> evaluateCoder(store::Project &project, const QString &coder, const QString &goldCoder,
                                       const store::DocumentFilter &filter,
                                       const QStringList &statuses = {QStringLiteral("suggested"), QStringLiteral("accepted")});

} // namespace caselens::coding
