#pragma once
// Agreement: how consistently coders applied the codebook — percent agreement, Cohen's
// kappa per code and pooled, Krippendorff's alpha (nominal, any number of coders,
// missing data allowed), Fleiss' kappa for three or more coders, the 2×2 table of each
// code and the list of disagreements. The formulas are plain functions, checked against
// published worked examples in the tests.

#include "store/project.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <optional>

namespace caselens::review {

// One unit's value per coder; nullopt where a coder has no value (missing data).
using ReliabilityData = QList<QList<std::optional<int>>>; // [unit][coder]

double krippendorffAlphaNominal(const ReliabilityData &data);
// counts[unit][category]: how many raters put the unit in the category (same number of raters per unit).
double fleissKappa(const QList<QList<int>> &counts);
double cohenKappa(qint64 bothYes, qint64 firstOnly, qint64 secondOnly, qint64 bothNo);

struct CodeAgreement {
    QString code;
    qint64 bothYes = 0, firstOnly = 0, secondOnly = 0, bothNo = 0; // first two coders
    double percent = 0; // units where all present coders agree on the code
    double kappa = 0;   // Cohen's, first two coders
    double alpha = 0;   // Krippendorff's, all coders
    std::optional<double> fleiss; // three or more coders, units all of them coded
};

struct Disagreement {
    qint64 unit = 0;       // passage or document id
    qint64 documentId = 0;
    QString code;
    QStringList saidYes, saidNo;
};

struct AgreementReport {
    QStringList coders;
    QString unitKind;
    qint64 units = 0;
    double percentAgreement = 0; // units where every present coder gave the same set of codes
    double pooledKappa = 0;
    double alpha = 0;            // over all unit × code decisions
    QList<CodeAgreement> codes;
    QList<Disagreement> disagreements;
};

// Units are the paragraphs (or documents) of the documents at least one of the coders
// coded, limited to a stored sample when `sample` is given. A coder with no coding in a
// unit's document counts as missing there.
Result<AgreementReport> computeAgreement(store::Project &project, const QStringList &coders, const QString &unitKind,
                                         const QString &sample = {});

} // namespace caselens::review
