#include "analysis/crosstab.h"

#include "store/codestore.h"
#include "store/regionsetting.h"

#include <QCoreApplication>
#include <QHash>

namespace caselens::analysis {

namespace {
// The translation context of this file's messages (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::analysis::Crosstab)
};
}

std::optional<Unit> unitFromName(const QString &s)
{
    if (s == QLatin1String("segment") || s == QLatin1String("item") || s == QLatin1String("passage"))
        return Unit::Segment;
    if (s == QLatin1String("case") || s == QLatin1String("document"))
        return Unit::Case;
    return std::nullopt;
}

std::optional<PercentBase> percentFromName(const QString &s)
{
    if (s == QLatin1String("row"))
        return PercentBase::Row;
    if (s == QLatin1String("column"))
        return PercentBase::Column;
    if (s == QLatin1String("total"))
        return PercentBase::Total;
    return std::nullopt;
}

std::optional<Rounding> roundingFromName(const QString &s)
{
    if (s == QLatin1String("half-up"))
        return Rounding::HalfUp;
    if (s == QLatin1String("largest-remainder"))
        return Rounding::LargestRemainder;
    return std::nullopt;
}

Result<Crosstab> computeCrosstab(store::Project &project, const CrosstabSpec &spec)
{
    if (spec.status != QLatin1String("accepted") && spec.status != QLatin1String("suggested") && spec.status != QLatin1String("all"))
        return makeError(Tr::tr("Status must be accepted, suggested or all."), ErrorKind::InvalidInput);
    if (spec.by.size() > 2)
        return makeError(Tr::tr("Group by at most two fields (for example region,year)."), ErrorKind::InvalidInput);
    if (spec.decimals < 0 || spec.decimals > 6)
        return makeError(Tr::tr("Decimals must be between 0 and 6."), ErrorKind::InvalidInput);
    auto scheme = store::activeRegionScheme(project);
    if (!scheme)
        return scheme.error();
    if (!spec.coder.isEmpty() && !store::CodeStore(project).coderId(spec.coder))
        return makeError(Tr::tr("There is no coder called \"%1\" in this project.").arg(spec.coder), ErrorKind::NotFound);

    Crosstab t{spec, {}, {}, {}, {}, {}, GroupLabels(scheme.take(), spec.lang)};
    QHash<qint64, int> codeIndex;
    QHash<QString, QString> dimensionName;
    const auto allCodes = store::CodeStore(project).codes();
    for (const auto &sc : allCodes)
        if (!sc.code.codable)
            dimensionName.insert(sc.code.key, sc.code.name(spec.lang));
    for (const auto &sc : allCodes) {
        if (!sc.code.codable)
            continue;
        codeIndex.insert(sc.id, int(t.codes.size()));
        t.codes.append(sc.code.key);
        t.codeNames.append(sc.code.name(spec.lang));
        t.codeDimensions.append(sc.code.parentKey);
    }

    auto grouping = groupFields(project, spec.by);
    if (!grouping)
        return grouping.error();
    const QList<GroupField> &fields = *grouping;
    if (std::any_of(fields.begin(), fields.end(), [](const GroupField &f) { return f.name == QLatin1String("case"); })) {
        auto titles = store::documentTitles(project);
        if (!titles)
            return titles.error();
        t.labels.setCaseTitles(titles.take());
    }
    // Two narrow reads instead of a join: each document's group, then the codings counted
    // per (document, code). A case counts once however often the code was applied to it.
    QList<QStringList> groupKeys;                 // by group number
    QHash<QStringList, int> groupNumber;
    QHash<qint64, int> groupOfDocument;           // empty when not grouping: one group
    QList<qint64> casesInGroup;
    qint64 allCases = 0;
    {
        auto documents = store::groupDocuments(project, fields);
        if (!documents)
            return documents.error();
        if (fields.isEmpty()) {
            groupKeys.append(QStringList{});
            casesInGroup.append(0);
        }
        for (const store::GroupedDocument &d : *documents) {
            ++allCases;
            if (fields.isEmpty()) {
                ++casesInGroup[0];
                continue;
            }
            QStringList key;
            for (const QString &v : d.key)
                key.append(v.isEmpty() ? kNoValue : v);
            auto it = groupNumber.find(key);
            if (it == groupNumber.end()) {
                it = groupNumber.insert(key, int(groupKeys.size()));
                groupKeys.append(key);
                casesInGroup.append(0);
            }
            ++casesInGroup[*it];
            groupOfDocument.insert(d.id, *it);
        }
    }

    auto coded = store::countCodedItems(project, spec.counting());
    if (!coded)
        return coded.error();
    const int n = int(t.codes.size());
    QList<QList<qint64>> counts(groupKeys.size());
    for (const store::CodedItems &c : *coded) {
        const int ci = codeIndex.value(c.codeId, -1);
        const int g = fields.isEmpty() ? 0 : groupOfDocument.value(c.documentId, -1);
        if (ci < 0 || g < 0)
            continue;
        if (counts[g].isEmpty())
            counts[g].fill(0, n);
        counts[g][ci] += spec.unit == Unit::Case ? 1 : c.items;
    }

    // Groups with codings become rows; the case counts are the denominators of case-unit shares.
    QHash<QStringList, CrosstabRow> rows;
    QHash<QStringList, qint64> casesPerGroup;
    for (int g = 0; g < groupKeys.size(); ++g) {
        casesPerGroup.insert(groupKeys.at(g), casesInGroup.at(g));
        if (counts.at(g).isEmpty())
            continue;
        CrosstabRow &row = rows[groupKeys.at(g)];
        row.key = groupKeys.at(g);
        row.counts = counts.at(g);
    }

    // Order: each level by its field's order; provinces by their weight.
    QList<QStringList> keys = rows.keys();
    QList<QHash<QString, qint64>> weights(fields.size());
    for (const auto &r : rows)
        for (int i = 0; i < fields.size(); ++i)
            for (qint64 c : r.counts)
                weights[i][r.key.at(i)] += c;
    QList<QStringList> orderedValues;
    for (int i = 0; i < fields.size(); ++i) {
        QStringList values;
        for (const auto &k : keys)
            if (!values.contains(k.at(i)))
                values.append(k.at(i));
        t.labels.sortValues(fields.at(i).name, values, weights.at(i));
        orderedValues.append(values);
    }
    std::sort(keys.begin(), keys.end(), [&](const QStringList &a, const QStringList &b) {
        for (int i = 0; i < a.size(); ++i) {
            const qsizetype ra = orderedValues.at(i).indexOf(a.at(i)), rb = orderedValues.at(i).indexOf(b.at(i));
            if (ra != rb)
                return ra < rb;
        }
        return false;
    });

    t.totals.counts.fill(0, n);
    for (const auto &k : keys) {
        CrosstabRow row = rows.value(k);
        for (int c = 0; c < n; ++c) {
            row.total += row.counts.at(c);
            t.totals.counts[c] += row.counts.at(c);
        }
        if (spec.unit == Unit::Case)
            row.total = casesPerGroup.value(k);
        t.groups.append(row);
    }
    for (qint64 c : t.totals.counts)
        t.totals.total += c;
    if (spec.unit == Unit::Case)
        t.totals.total = allCases;

    // Percentages. Segment: share of the row's items, of the code's column, or of all.
    // Case: share of the group's cases that have the code.
    const qint64 grand = t.totals.total;
    auto rowPercent = [&](const CrosstabRow &r) {
        if (spec.unit == Unit::Case)
            return percentages(r.counts, r.total, spec.decimals, Rounding::HalfUp);
        if (spec.percent == PercentBase::Total)
            return percentages(r.counts, grand, spec.decimals, spec.rounding);
        return percentages(r.counts, r.total, spec.decimals, spec.rounding);
    };
    if (spec.unit == Unit::Segment && spec.percent == PercentBase::Column) {
        for (auto &r : t.groups)
            r.percent.fill(0.0, n);
        for (int c = 0; c < n; ++c) {
            QList<qint64> column;
            for (const auto &r : t.groups)
                column.append(r.counts.at(c));
            const QList<double> p = percentages(column, t.totals.counts.at(c), spec.decimals, spec.rounding);
            for (int g = 0; g < t.groups.size(); ++g)
                t.groups[g].percent[c] = p.at(g);
        }
        t.totals.percent = percentages(t.totals.counts, grand, spec.decimals, spec.rounding);
    } else if (spec.unit == Unit::Segment && spec.percent == PercentBase::Total && !t.groups.isEmpty()) {
        // All cells together total 100: round them as one set.
        QList<qint64> all;
        for (const auto &r : t.groups)
            all.append(r.counts);
        const QList<double> p = percentages(all, grand, spec.decimals, spec.rounding);
        for (int g = 0; g < t.groups.size(); ++g)
            t.groups[g].percent = p.mid(g * n, n);
        t.totals.percent = percentages(t.totals.counts, grand, spec.decimals, spec.rounding);
    } else {
        for (auto &r : t.groups)
            r.percent = rowPercent(r);
        t.totals.percent = rowPercent(t.totals);
    }
    return t;
}

} // namespace caselens::analysis
