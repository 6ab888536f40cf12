#pragma once
// Crosstab: coded items (or cases) per code, grouped by one or two document fields —
// the count and percentage tables of a paper (the published Table 3 is region ×
// characteristic). Counted in SQL, so a project of any size is never loaded whole.

#include "analysis/grouping.h"
#include "analysis/rounding.h"
#include "store/codingcounts.h"
#include "store/project.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace caselens::analysis {

enum class Unit { Segment, Case };
enum class PercentBase { Row, Column, Total };

struct CrosstabSpec {
    QStringList by;                  // empty = overall figures
    Unit unit = Unit::Segment;
    PercentBase percent = PercentBase::Row;
    Rounding rounding = Rounding::HalfUp;
    int decimals = 2;
    QString status = QStringLiteral("accepted"); // accepted | suggested | all
    QString coder;                   // only this coder's codings, when set
    QString lang = QStringLiteral("zh");

    // What is counted (status and coder), as the store counts it.
    store::CountingBasis counting() const { return {status, coder}; }
};

struct CrosstabRow {
    QStringList key;        // one value per `by` field
    QList<qint64> counts;   // per code, in `codes` order
    qint64 total = 0;       // items in the row (segment) or cases in the group (case)
    QList<double> percent;
};

struct Crosstab {
    CrosstabSpec spec;
    QStringList codes;      // code keys in codebook order
    QStringList codeNames;  // in spec.lang
    QStringList codeDimensions;
    QList<CrosstabRow> groups;
    CrosstabRow totals;
    GroupLabels labels;
    QString unitName() const { return spec.unit == Unit::Case ? QStringLiteral("case") : QStringLiteral("segment"); }
};

Result<Crosstab> computeCrosstab(store::Project &project, const CrosstabSpec &spec);

// Parses the CLI words (segment|case, row|column|total, half-up|largest-remainder).
std::optional<Unit> unitFromName(const QString &s);
std::optional<PercentBase> percentFromName(const QString &s);
std::optional<Rounding> roundingFromName(const QString &s);

} // namespace caselens::analysis
