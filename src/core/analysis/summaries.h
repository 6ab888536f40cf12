#pragma once
// The other tables of a paper: cases by a field (year, region, type, province…), the
// shares of the two dimensions, and code co-occurrence over cases. All from SQL.

#include "analysis/crosstab.h"

namespace caselens::analysis {

struct CaseCount {
    QStringList key;
    qint64 cases = 0;
    double percent = 0;
};

struct CaseTable {
    QStringList by;
    QList<CaseCount> rows;
    qint64 total = 0;
    GroupLabels labels;
};

Result<CaseTable> computeCaseTable(store::Project &project, const QStringList &by, Rounding rounding, int decimals,
                                   const QString &lang);

struct DimensionShare {
    QString key;
    QString name;
    qint64 items = 0;
    double percent = 0;
};

Result<QList<DimensionShare>> computeDimensionShares(store::Project &project, const CrosstabSpec &spec);

struct Cooccurrence {
    QStringList codes;
    QStringList codeNames;
    QList<QList<qint64>> matrix; // cases having both codes; the diagonal: cases having the code
    QString counted;             // the counting basis, in the spec's language
};

Result<Cooccurrence> computeCooccurrence(store::Project &project, const CrosstabSpec &spec);

} // namespace caselens::analysis
