#include "import/metadatainference.h"

#include "metadata/gazetteer.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace caselens::import {

namespace {

std::optional<int> findYear(const QString &s)
{
    static const QRegularExpression withNian(QStringLiteral("(20[0-4]\\d)\\s*年"));
    static const QRegularExpression bare(QStringLiteral("(?<!\\d)(20[0-4]\\d)(?!\\d)"));
    auto m = withNian.match(s);
    if (!m.hasMatch())
        m = bare.match(s);
    if (m.hasMatch())
        return m.captured(1).toInt();
    return std::nullopt;
}

QString inferCaseType(const QString &title, const QString &unit)
{
    const QString t = title + QLatin1Char(' ') + unit;
    if (t.contains(QStringLiteral("解决方案")) || t.contains(QStringLiteral("平台建设方案")))
        return QStringLiteral("solution");
    if (t.contains(QStringLiteral("研究")) && (t.contains(QStringLiteral("成果")) || t.contains(QStringLiteral("课题"))))
        return QStringLiteral("research_outcome");
    if (t.contains(QStringLiteral("区域")) || unit.contains(QStringLiteral("教育局")) || unit.contains(QStringLiteral("教育厅"))
        || unit.contains(QStringLiteral("教育委员会")) || unit.contains(QStringLiteral("教体局")))
        return QStringLiteral("regional_development");
    if (unit.contains(QStringLiteral("学校")) || unit.contains(QStringLiteral("中学")) || unit.contains(QStringLiteral("小学"))
        || unit.contains(QStringLiteral("幼儿园")) || unit.contains(QStringLiteral("学院")) || unit.contains(QStringLiteral("大学")))
        return QStringLiteral("school_practice");
    return {};
}

} // namespace

QString findSubmittingUnit(const QStringList &leadingLines)
{
    static const QRegularExpression labelled(QStringLiteral("^(?:申报单位|报送单位|单位|作者单位)\\s*[：:]\\s*(.+)$"));
    static const QRegularExpression unitLike(QStringLiteral(
        "^(?:[^，。；]{2,40}?(?:学校|中学|小学|幼儿园|学院|大学|教育局|教育厅|教育委员会|教育科学研究院|教研室|研究院|研究所|有限公司|中心))$"));
    for (const QString &line : leadingLines) {
        const auto m = labelled.match(line);
        if (m.hasMatch())
            return m.captured(1).trimmed();
    }
    for (int i = 1; i < leadingLines.size(); ++i) {
        if (unitLike.match(leadingLines.at(i)).hasMatch())
            return leadingLines.at(i);
    }
    return {};
}

void inferMetadata(metadata::CaseMeta &meta, const InferenceInput &input, const metadata::RegionScheme &scheme)
{
    const auto mark = [&](const char *field) {
        const QString f = QString::fromLatin1(field);
        if (!meta.inferred.contains(f))
            meta.inferred.append(f);
    };
    if (meta.title.isEmpty()) {
        meta.title = input.leadingLines.value(0);
        if (meta.title.isEmpty())
            meta.title = QFileInfo(input.fileName).completeBaseName();
        if (meta.title.size() > 120)
            meta.title = meta.title.left(120);
        mark("title");
    }
    if (meta.unit.isEmpty()) {
        meta.unit = findSubmittingUnit(input.leadingLines);
        if (!meta.unit.isEmpty())
            mark("unit");
    }
    if (!meta.year) {
        auto y = findYear(input.leadingLines.mid(0, 6).join(QLatin1Char('\n')));
        if (!y)
            y = findYear(QFileInfo(input.fileName).fileName());
        if (y) {
            meta.year = y;
            mark("year");
        }
    }
    if (meta.province.isEmpty()) {
        const auto &gaz = metadata::Gazetteer::builtin();
        QString p = gaz.findProvince(meta.title);
        if (p.isEmpty())
            p = gaz.findProvince(meta.unit);
        if (p.isEmpty())
            p = gaz.findProvince(input.leadingLines.mid(0, 4).join(QLatin1Char('\n')));
        if (!p.isEmpty()) {
            meta.province = p;
            mark("province");
        }
    }
    if (meta.region.isEmpty() && !meta.province.isEmpty()) {
        meta.region = scheme.regionOf(meta.province);
        if (!meta.region.isEmpty() && meta.inferred.contains(QStringLiteral("province")))
            mark("region");
    }
    if (meta.caseType.isEmpty()) {
        meta.caseType = inferCaseType(meta.title, meta.unit);
        if (!meta.caseType.isEmpty())
            mark("type");
    }
}

} // namespace caselens::import
