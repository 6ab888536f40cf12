#pragma once
// Adjudication: turns two coders' work into a consensus coder. Where they agree the
// consensus takes the code; each disagreement is decided by a person (code or omit)
// and every decision is recorded in the audit log.

#include "review/agreement.h"

namespace caselens::review {

struct AdjudicationDecision {
    qint64 unit = 0; // passage id
    QString code;
    bool apply = false; // true: the consensus codes it; false: omitted
};

struct AdjudicationReport {
    int agreedCopied = 0;
    int decided = 0;
    int stillOpen = 0; // disagreements without a decision
};

// The open disagreements of two coders on paragraphs, for a person to decide.
Result<QList<Disagreement>> disagreementsToDecide(store::Project &project, const QStringList &coders, const QString &sample = {});
Result<AdjudicationReport> adjudicate(store::Project &project, const QStringList &coders, const QString &consensus,
                                      const QList<AdjudicationDecision> &decisions, const QString &actor, const QString &sample = {});

} // namespace caselens::review
