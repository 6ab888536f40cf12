#include "metadata/casemeta.h"

namespace caselens::metadata {

const QList<CaseType> &caseTypes()
{
    static const QList<CaseType> types = {
        {QStringLiteral("regional_development"), QStringLiteral("区域建设类"), QStringLiteral("Regional development")},
        {QStringLiteral("school_practice"), QStringLiteral("学校实践类"), QStringLiteral("School practice")},
        {QStringLiteral("research_outcome"), QStringLiteral("研究成果类"), QStringLiteral("Research outcome")},
        {QStringLiteral("solution"), QStringLiteral("解决方案类"), QStringLiteral("Solution")},
    };
    return types;
}

QString caseTypeId(const QString &text)
{
    const QString t = text.trimmed();
    for (const CaseType &c : caseTypes()) {
        if (t == c.id || t == c.zh || t == c.zh.chopped(1) || t.compare(c.en, Qt::CaseInsensitive) == 0)
            return c.id;
    }
    return {};
}

QString caseTypeName(const QString &id, const QString &lang)
{
    for (const CaseType &c : caseTypes()) {
        if (c.id == id)
            return lang == QLatin1String("en") ? c.en : c.zh;
    }
    return id;
}

QStringList builtinFields()
{
    return {QStringLiteral("title"), QStringLiteral("unit"), QStringLiteral("year"), QStringLiteral("province"),
            QStringLiteral("region"), QStringLiteral("type")};
}

QString builtinFieldFor(const QString &header)
{
    const QString h = header.trimmed().toLower();
    static const QList<std::pair<QString, QStringList>> names = {
        {QStringLiteral("title"), {QStringLiteral("title"), QStringLiteral("标题"), QStringLiteral("案例名称"), QStringLiteral("名称")}},
        {QStringLiteral("unit"), {QStringLiteral("unit"), QStringLiteral("submitting_unit"), QStringLiteral("申报单位"), QStringLiteral("单位")}},
        {QStringLiteral("year"), {QStringLiteral("year"), QStringLiteral("年份"), QStringLiteral("年度")}},
        {QStringLiteral("province"), {QStringLiteral("province"), QStringLiteral("省份"), QStringLiteral("省级行政区"), QStringLiteral("省")}},
        {QStringLiteral("region"), {QStringLiteral("region"), QStringLiteral("区域"), QStringLiteral("地区")}},
        {QStringLiteral("type"), {QStringLiteral("type"), QStringLiteral("case_type"), QStringLiteral("案例类别"), QStringLiteral("类别")}},
    };
    for (const auto &[field, aliases] : names) {
        if (aliases.contains(h))
            return field;
    }
    return {};
}

} // namespace caselens::metadata
