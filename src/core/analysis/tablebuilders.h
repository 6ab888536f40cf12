#pragma once
// Turns analysis results into exportable tables in the layouts papers use, and the
// crosstab into the JSON shape scripts read.

#include "analysis/summaries.h"
#include "export/table.h"

#include <QByteArray>

namespace caselens::analysis {

// The published Table 3 layout: per group a row of counts and a row of percentages,
// codes as columns, then the totals.
exporting::Table paperTable(const Crosstab &t);
// Codes as rows, groups as columns (count and % side by side).
exporting::Table transposedTable(const Crosstab &t);
QByteArray crosstabJson(const Crosstab &t);

exporting::Table caseTable(const CaseTable &t);
QByteArray caseTableJson(const CaseTable &t);
// Under every table: how its percentages are taken and what was counted.
exporting::Table dimensionTable(const QList<DimensionShare> &d, const CrosstabSpec &spec);
exporting::Table cooccurrenceTable(const Cooccurrence &c, const QString &lang);

} // namespace caselens::analysis
