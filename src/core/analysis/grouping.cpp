#include "analysis/grouping.h"

#include "metadata/casemeta.h"
#include "metadata/gazetteer.h"
#include "store/documentstore.h"

#include <QCollator>
#include <QCoreApplication>

namespace caselens::analysis {

namespace {
// The translation context of this file's messages (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::analysis::Grouping)
};
}

Result<QList<GroupField>> groupFields(store::Project &project, const QStringList &by)
{
    static const QStringList builtin = {QStringLiteral("region"), QStringLiteral("year"), QStringLiteral("type"), QStringLiteral("province"),
                                        QStringLiteral("unit"), QStringLiteral("case")};
    QList<GroupField> out;
    for (const QString &name : by) {
        QString field = metadata::builtinFieldFor(name).isEmpty() ? name : metadata::builtinFieldFor(name);
        if (name == QStringLiteral("案例") || name.compare(QLatin1String("case"), Qt::CaseInsensitive) == 0)
            field = QStringLiteral("case");
        if (builtin.contains(field)) {
            out.append({field, true});
            continue;
        }
        if (!store::DocumentStore(project).attributeNames().contains(name))
            return makeError(Tr::tr("There is nothing called \"%1\" to group by: use region, year, type, province, unit, case, "
                                "none, or an attribute of the documents.")
                                 .arg(name),
                             ErrorKind::InvalidInput);
        out.append({name, false});
    }
    return out;
}

QString GroupLabels::fieldLabel(const QString &field) const
{
    const bool en = m_lang == QLatin1String("en");
    static const QHash<QString, std::pair<QString, QString>> names = {
        {QStringLiteral("region"), {QStringLiteral("区域"), QStringLiteral("Region")}},
        {QStringLiteral("year"), {QStringLiteral("年份"), QStringLiteral("Year")}},
        {QStringLiteral("type"), {QStringLiteral("案例类别"), QStringLiteral("Case type")}},
        {QStringLiteral("province"), {QStringLiteral("省份"), QStringLiteral("Province")}},
        {QStringLiteral("unit"), {QStringLiteral("申报单位"), QStringLiteral("Submitting unit")}},
        {QStringLiteral("case"), {QStringLiteral("案例"), QStringLiteral("Case")}},
    };
    if (names.contains(field))
        return en ? names.value(field).second : names.value(field).first;
    return field;
}

QString GroupLabels::label(const QString &field, const QString &value) const
{
    const bool en = m_lang == QLatin1String("en");
    if (value.isEmpty() || value == kNoValue)
        return en ? QStringLiteral("(not set)") : QStringLiteral("（未填）");
    if (field == QLatin1String("region"))
        return m_scheme.displayName(value, m_lang);
    if (field == QLatin1String("type"))
        return metadata::caseTypeName(value, m_lang);
    if (field == QLatin1String("province"))
        return metadata::Gazetteer::builtin().displayName(value, m_lang);
    if (field == QLatin1String("case")) {
        const QString title = m_caseTitles.value(value.toLongLong());
        return title.isEmpty() ? QLatin1Char('#') + value : QStringLiteral("#%1 %2").arg(value, title);
    }
    return value;
}

void GroupLabels::sortValues(const QString &field, QStringList &values, const QHash<QString, qint64> &weights) const
{
    auto rankIn = [](const QStringList &order, const QString &v) {
        const qsizetype i = order.indexOf(v);
        return i < 0 ? order.size() : i;
    };
    auto lastIfNone = [](const QString &v) { return v.isEmpty() || v == kNoValue; };
    if (field == QLatin1String("region")) {
        QStringList order;
        for (const auto &r : m_scheme.regions())
            order.append(r.id);
        std::stable_sort(values.begin(), values.end(), [&](const QString &a, const QString &b) {
            if (lastIfNone(a) != lastIfNone(b))
                return lastIfNone(b);
            return rankIn(order, a) < rankIn(order, b);
        });
    } else if (field == QLatin1String("type")) {
        QStringList order;
        for (const auto &t : metadata::caseTypes())
            order.append(t.id);
        std::stable_sort(values.begin(), values.end(), [&](const QString &a, const QString &b) {
            if (lastIfNone(a) != lastIfNone(b))
                return lastIfNone(b);
            return rankIn(order, a) < rankIn(order, b);
        });
    } else if (field == QLatin1String("province") && !weights.isEmpty()) {
        QStringList order;
        for (const auto &p : metadata::Gazetteer::builtin().provinces())
            order.append(p.id);
        std::stable_sort(values.begin(), values.end(), [&](const QString &a, const QString &b) {
            if (lastIfNone(a) != lastIfNone(b))
                return lastIfNone(b);
            if (weights.value(a) != weights.value(b))
                return weights.value(a) > weights.value(b);
            return rankIn(order, a) < rankIn(order, b);
        });
    } else {
        QCollator collator(QLocale(m_lang == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh_CN")));
        collator.setNumericMode(true);
        std::stable_sort(values.begin(), values.end(), [&](const QString &a, const QString &b) {
            if (lastIfNone(a) != lastIfNone(b))
                return lastIfNone(b);
            return collator.compare(a, b) < 0;
        });
    }
}

} // namespace caselens::analysis
