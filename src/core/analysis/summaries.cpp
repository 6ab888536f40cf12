#include "analysis/summaries.h"

#include "store/codestore.h"
#include "store/regionsetting.h"

#include <QHash>

namespace caselens::analysis {

Result<CaseTable> computeCaseTable(store::Project &project, const QStringList &by, Rounding rounding, int decimals,
                                   const QString &lang)
{
    auto scheme = store::activeRegionScheme(project);
    if (!scheme)
        return scheme.error();
    CaseTable t{by, {}, 0, GroupLabels(scheme.take(), lang)};
    auto grouping = groupFields(project, by);
    if (!grouping)
        return grouping.error();
    const QList<GroupField> &fields = *grouping;
    auto documents = store::groupDocuments(project, fields);
    if (!documents)
        return documents.error();
    QList<CaseCount> rows;
    QHash<QStringList, int> rowOf;
    for (const store::GroupedDocument &d : *documents) {
        QStringList key;
        for (const QString &v : d.key)
            key.append(v.isEmpty() ? kNoValue : v);
        auto it = rowOf.find(key);
        if (it == rowOf.end()) {
            it = rowOf.insert(key, int(rows.size()));
            rows.append(CaseCount{key, 0});
        }
        ++rows[*it].cases;
        ++t.total;
    }
    QList<QStringList> orders;
    for (int i = 0; i < fields.size(); ++i) {
        QStringList values;
        QHash<QString, qint64> weights;
        for (const auto &r : rows) {
            if (!values.contains(r.key.at(i)))
                values.append(r.key.at(i));
            weights[r.key.at(i)] += r.cases;
        }
        t.labels.sortValues(fields.at(i).name, values, weights);
        orders.append(values);
    }
    std::sort(rows.begin(), rows.end(), [&](const CaseCount &a, const CaseCount &b) {
        for (int i = 0; i < a.key.size(); ++i) {
            const qsizetype ra = orders.at(i).indexOf(a.key.at(i)), rb = orders.at(i).indexOf(b.key.at(i));
            if (ra != rb)
                return ra < rb;
        }
        return false;
    });
    QList<qint64> counts;
    for (const auto &r : rows)
        counts.append(r.cases);
    const QList<double> p = percentages(counts, t.total, decimals, rounding);
    for (int i = 0; i < rows.size(); ++i)
        rows[i].percent = p.at(i);
    t.rows = rows;
    return t;
}

Result<QList<DimensionShare>> computeDimensionShares(store::Project &project, const CrosstabSpec &spec)
{
    CrosstabSpec overall = spec;
    overall.by.clear();
    overall.unit = Unit::Segment;
    auto t = computeCrosstab(project, overall);
    if (!t)
        return t.error();
    QList<DimensionShare> out;
    for (const auto &sc : store::CodeStore(project).codes()) {
        if (sc.code.codable || !sc.code.parentKey.isEmpty())
            continue;
        DimensionShare d{sc.code.key, sc.code.name(spec.lang), 0, 0};
        for (int c = 0; c < t->codes.size(); ++c)
            if (t->codeDimensions.at(c) == sc.code.key)
                d.items += t->totals.counts.at(c);
        out.append(d);
    }
    QList<qint64> counts;
    qint64 total = 0;
    for (const auto &d : out) {
        counts.append(d.items);
        total += d.items;
    }
    const QList<double> p = percentages(counts, t->totals.total, spec.decimals, spec.rounding);
    for (int i = 0; i < out.size(); ++i)
        out[i].percent = p.at(i);
    return out;
}

Result<Cooccurrence> computeCooccurrence(store::Project &project, const CrosstabSpec &spec)
{
    Cooccurrence co;
    QHash<qint64, int> index;
    for (const auto &sc : store::CodeStore(project).codes(true)) {
        index.insert(sc.id, int(co.codes.size()));
        co.codes.append(sc.code.key);
        co.codeNames.append(sc.code.name(spec.lang));
    }
    const int n = int(co.codes.size());
    co.matrix = QList<QList<qint64>>(n, QList<qint64>(n, 0));
    // Each document's distinct codes, in document order; the pairs are counted here. A
    // self-join of codings grew with the square of a document's codings.
    auto coded = store::countCodedItems(project, spec.counting());
    if (!coded)
        return coded.error();
    co.counted = spec.counting().describe(spec.lang);
    QList<int> codesOfDocument;
    qint64 document = -1;
    auto countPairs = [&] {
        for (int a : codesOfDocument)
            for (int b : codesOfDocument)
                ++co.matrix[a][b];
        codesOfDocument.clear();
    };
    for (const store::CodedItems &c : *coded) {
        if (c.documentId != document) {
            countPairs();
            document = c.documentId;
        }
        const int code = index.value(c.codeId, -1);
        if (code >= 0)
            codesOfDocument.append(code);
    }
    countPairs();
    return co;
}

} // namespace caselens::analysis
