#include "analysis/tablebuilders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace caselens::analysis {

using exporting::Table;
using exporting::TableCell;

namespace {

bool en(const QString &lang) { return lang == QLatin1String("en"); }

QString groupLabel(const GroupLabels &labels, const QStringList &by, const QStringList &key)
{
    QStringList parts;
    for (int i = 0; i < key.size(); ++i)
        parts.append(labels.label(by.value(i), key.at(i)));
    return parts.join(QStringLiteral(" · "));
}

QString unitWord(const Crosstab &t)
{
    const bool e = en(t.spec.lang);
    return t.spec.unit == Unit::Case ? (e ? QStringLiteral("cases") : QStringLiteral("案例数")) : (e ? QStringLiteral("items") : QStringLiteral("条目数"));
}

QString captionFor(const Crosstab &t)
{
    const bool e = en(t.spec.lang);
    QStringList by;
    for (const QString &b : t.spec.by)
        by.append(e ? t.labels.fieldLabel(b).toLower() : t.labels.fieldLabel(b));
    if (by.isEmpty())
        return e ? QStringLiteral("Coded %1 by characteristic").arg(unitWord(t)) : QStringLiteral("各特征的编码%1").arg(unitWord(t));
    return e ? QStringLiteral("Coded %1 by %2 and characteristic").arg(unitWord(t), by.join(QStringLiteral(" and ")))
             : QStringLiteral("各%1的特征编码%2").arg(by.join(QStringLiteral("、")), unitWord(t));
}

QString percentNote(const Crosstab &t)
{
    const bool e = en(t.spec.lang);
    if (t.spec.unit == Unit::Case)
        return e ? QStringLiteral("Percent: share of the group's cases that have the code.") : QStringLiteral("百分比：该组案例中含有该特征的案例所占比例。");
    const QString rounding = t.spec.rounding == Rounding::LargestRemainder ? (e ? QStringLiteral("largest-remainder rounding") : QStringLiteral("最大余数法取整"))
                                                                           : (e ? QStringLiteral("half-up rounding") : QStringLiteral("四舍五入"));
    switch (t.spec.percent) {
    case PercentBase::Row: return e ? QStringLiteral("Percent of the row's items; %1.").arg(rounding) : QStringLiteral("百分比为占本行条目的比例；%1。").arg(rounding);
    case PercentBase::Column: return e ? QStringLiteral("Percent of the code's items; %1.").arg(rounding) : QStringLiteral("百分比为占该特征条目的比例；%1。").arg(rounding);
    case PercentBase::Total: return e ? QStringLiteral("Percent of all items; %1.").arg(rounding) : QStringLiteral("百分比为占全部条目的比例；%1。").arg(rounding);
    }
    return {};
}

QJsonObject codeMap(const QStringList &codes, const QList<qint64> &values)
{
    QJsonObject o;
    for (int i = 0; i < codes.size(); ++i)
        o.insert(codes.at(i), values.value(i));
    return o;
}

QJsonObject codeMap(const QStringList &codes, const QList<double> &values)
{
    QJsonObject o;
    for (int i = 0; i < codes.size(); ++i)
        o.insert(codes.at(i), values.value(i));
    return o;
}

} // namespace

Table paperTable(const Crosstab &t)
{
    const bool e = en(t.spec.lang);
    Table out;
    out.name = t.spec.by.isEmpty() ? QStringLiteral("overall") : t.spec.by.join(QLatin1Char('_'));
    out.caption = captionFor(t);
    QStringList by;
    for (const QString &b : t.spec.by)
        by.append(t.labels.fieldLabel(b));
    out.columns.append(by.isEmpty() ? (e ? QStringLiteral("Group") : QStringLiteral("组别")) : by.join(QStringLiteral(" · ")));
    out.columns.append(e ? QStringLiteral("Measure") : QStringLiteral("统计量"));
    out.columns.append(t.codeNames);
    out.columns.append(t.spec.unit == Unit::Case ? (e ? QStringLiteral("Cases") : QStringLiteral("案例数")) : (e ? QStringLiteral("Total") : QStringLiteral("合计")));
    const int d = t.spec.decimals;
    auto addRows = [&](const QString &label, const CrosstabRow &r) {
        QList<TableCell> counts{TableCell::fromText(label), TableCell::fromText(e ? QStringLiteral("Count") : QStringLiteral("计数"))};
        for (qint64 c : r.counts)
            counts.append(TableCell::fromNumber(double(c), 0));
        counts.append(TableCell::fromNumber(double(r.total), 0));
        QList<TableCell> pct{TableCell::fromText(QString()), TableCell::fromText(e ? QStringLiteral("%") : QStringLiteral("百分比(%)"))};
        double sum = 0;
        for (double p : r.percent) {
            pct.append(TableCell::fromNumber(p, d));
            sum += p;
        }
        if (t.spec.unit == Unit::Segment && t.spec.percent == PercentBase::Row)
            pct.append(TableCell::fromNumber(sum, d));
        else
            pct.append(TableCell::fromText(QString()));
        out.rows.append(counts);
        out.rows.append(pct);
    };
    for (const auto &g : t.groups)
        addRows(groupLabel(t.labels, t.spec.by, g.key), g);
    addRows(e ? QStringLiteral("Total") : QStringLiteral("合计"), t.totals);
    out.note = percentNote(t) + QLatin1Char(' ') + t.spec.counting().describe(t.spec.lang);
    return out;
}

Table transposedTable(const Crosstab &t)
{
    const bool e = en(t.spec.lang);
    Table out;
    out.name = (t.spec.by.isEmpty() ? QStringLiteral("overall") : t.spec.by.join(QLatin1Char('_'))) + QStringLiteral("_by_code");
    out.caption = captionFor(t);
    out.columns.append(e ? QStringLiteral("Characteristic") : QStringLiteral("特征"));
    for (const auto &g : t.groups) {
        const QString label = groupLabel(t.labels, t.spec.by, g.key);
        out.columns.append(label + (e ? QStringLiteral(" n") : QStringLiteral(" 计数")));
        out.columns.append(label + QStringLiteral(" %"));
    }
    out.columns.append(e ? QStringLiteral("Total n") : QStringLiteral("合计 计数"));
    out.columns.append(e ? QStringLiteral("Total %") : QStringLiteral("合计 %"));
    for (int c = 0; c < t.codes.size(); ++c) {
        QList<TableCell> row{TableCell::fromText(t.codeNames.at(c))};
        for (const auto &g : t.groups) {
            row.append(TableCell::fromNumber(double(g.counts.at(c)), 0));
            row.append(TableCell::fromNumber(g.percent.value(c), t.spec.decimals));
        }
        row.append(TableCell::fromNumber(double(t.totals.counts.at(c)), 0));
        row.append(TableCell::fromNumber(t.totals.percent.value(c), t.spec.decimals));
        out.rows.append(row);
    }
    out.note = percentNote(t) + QLatin1Char(' ') + t.spec.counting().describe(t.spec.lang);
    return out;
}

QByteArray crosstabJson(const Crosstab &t)
{
    QJsonArray groups;
    for (const auto &g : t.groups) {
        QJsonObject key;
        for (int i = 0; i < g.key.size(); ++i)
            key.insert(t.spec.by.at(i), g.key.at(i));
        QJsonObject labels;
        for (int i = 0; i < g.key.size(); ++i)
            labels.insert(t.spec.by.at(i), t.labels.label(t.spec.by.at(i), g.key.at(i)));
        groups.append(QJsonObject{{QStringLiteral("key"), key},
                                  {QStringLiteral("label"), labels},
                                  {QStringLiteral("counts"), codeMap(t.codes, g.counts)},
                                  {QStringLiteral("total"), g.total},
                                  {QStringLiteral("percent"), codeMap(t.codes, g.percent)}});
    }
    QJsonObject names;
    for (int i = 0; i < t.codes.size(); ++i)
        names.insert(t.codes.at(i), t.codeNames.at(i));
    const QJsonObject root{
        {QStringLiteral("by"), QJsonArray::fromStringList(t.spec.by)},
        {QStringLiteral("unit"), t.unitName()},
        {QStringLiteral("status"), t.spec.status},
        {QStringLiteral("counted"), t.spec.counting().describe(t.spec.lang)},
        {QStringLiteral("percent_base"), t.spec.percent == PercentBase::Row ? QStringLiteral("row")
                                         : t.spec.percent == PercentBase::Column ? QStringLiteral("column") : QStringLiteral("total")},
        {QStringLiteral("rounding"), t.spec.rounding == Rounding::LargestRemainder ? QStringLiteral("largest-remainder") : QStringLiteral("half-up")},
        {QStringLiteral("codes"), QJsonArray::fromStringList(t.codes)},
        {QStringLiteral("code_names"), names},
        {QStringLiteral("groups"), groups},
        {QStringLiteral("totals"), QJsonObject{{QStringLiteral("counts"), codeMap(t.codes, t.totals.counts)},
                                               {QStringLiteral("total"), t.totals.total},
                                               {QStringLiteral("percent"), codeMap(t.codes, t.totals.percent)}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Table caseTable(const CaseTable &t)
{
    const bool e = en(t.labels.lang());
    Table out;
    out.name = QStringLiteral("cases_") + (t.by.isEmpty() ? QStringLiteral("all") : t.by.join(QLatin1Char('_')));
    QStringList by;
    for (const QString &b : t.by)
        by.append(t.labels.fieldLabel(b));
    out.caption = e ? QStringLiteral("Cases by %1").arg(by.join(QStringLiteral(" and "))) : QStringLiteral("按%1统计的案例数").arg(by.join(QStringLiteral("、")));
    out.columns = {by.join(QStringLiteral(" · ")), e ? QStringLiteral("Cases") : QStringLiteral("案例数"), e ? QStringLiteral("%") : QStringLiteral("百分比(%)")};
    int decimals = 2;
    for (const auto &r : t.rows)
        out.rows.append({TableCell::fromText(groupLabel(t.labels, t.by, r.key)), TableCell::fromNumber(double(r.cases), 0),
                         TableCell::fromNumber(r.percent, decimals)});
    out.rows.append({TableCell::fromText(e ? QStringLiteral("Total") : QStringLiteral("合计")), TableCell::fromNumber(double(t.total), 0),
                     TableCell::fromNumber(t.total ? 100.0 : 0.0, decimals)});
    return out;
}

QByteArray caseTableJson(const CaseTable &t)
{
    QJsonArray groups;
    for (const auto &r : t.rows) {
        QJsonObject key, labels;
        for (int i = 0; i < r.key.size(); ++i) {
            key.insert(t.by.at(i), r.key.at(i));
            labels.insert(t.by.at(i), t.labels.label(t.by.at(i), r.key.at(i)));
        }
        groups.append(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("label"), labels},
                                  {QStringLiteral("cases"), r.cases}, {QStringLiteral("percent"), r.percent}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("by"), QJsonArray::fromStringList(t.by)},
                                     {QStringLiteral("groups"), groups},
                                     {QStringLiteral("total"), t.total}})
        .toJson(QJsonDocument::Indented);
}

Table dimensionTable(const QList<DimensionShare> &d, const CrosstabSpec &spec)
{
    const bool e = en(spec.lang);
    Table out;
    out.name = QStringLiteral("dimensions");
    out.caption = e ? QStringLiteral("Coded items by dimension") : QStringLiteral("两个维度的编码条目分布");
    out.columns = {e ? QStringLiteral("Dimension") : QStringLiteral("维度"), e ? QStringLiteral("Items") : QStringLiteral("条目数"),
                   e ? QStringLiteral("%") : QStringLiteral("百分比(%)")};
    for (const auto &x : d)
        out.rows.append({TableCell::fromText(x.name), TableCell::fromNumber(double(x.items), 0), TableCell::fromNumber(x.percent, spec.decimals)});
    out.note = spec.counting().describe(spec.lang);
    return out;
}

Table cooccurrenceTable(const Cooccurrence &c, const QString &lang)
{
    const bool e = en(lang);
    Table out;
    out.name = QStringLiteral("cooccurrence");
    out.caption = e ? QStringLiteral("Cases coded with both characteristics") : QStringLiteral("特征共现矩阵（同时含两个特征的案例数）");
    out.columns.append(e ? QStringLiteral("Characteristic") : QStringLiteral("特征"));
    out.columns.append(c.codeNames);
    for (int i = 0; i < c.codes.size(); ++i) {
        QList<TableCell> row{TableCell::fromText(c.codeNames.at(i))};
        for (int j = 0; j < c.codes.size(); ++j)
            row.append(TableCell::fromNumber(double(c.matrix.at(i).at(j)), 0));
        out.rows.append(row);
    }
    out.note = (e ? QStringLiteral("The diagonal counts the cases that have the characteristic. ") : QStringLiteral("对角线为含有该特征的案例数。"))
        + c.counted;
    return out;
}

} // namespace caselens::analysis
