#include "import/metadatainference.h"

#include "metadata/gazetteer.h"
#include "text/segmenter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace caselens::import {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::import::MetadataInference)
};

QString quoted(const QString &line) { return QStringLiteral("“%1”").arg(line.size() > 40 ? line.left(40) + QStringLiteral("…") : line); }

// Labelled fields such as 单位名称：… or 入选年份：…, compiled once: they are tried on
// every leading line of every imported document.
QRegularExpression fieldPattern(const char *labels)
{
    return QRegularExpression(QStringLiteral("^\\s*(?:%1)\\s*[：:|]\\s*(.+)$").arg(QString::fromUtf8(labels)));
}
const QRegularExpression &unitField()
{
    static const QRegularExpression re = fieldPattern("单位名称|申报单位|报送单位|推荐单位|作者单位|单位");
    return re;
}
const QRegularExpression &yearField()
{
    static const QRegularExpression re = fieldPattern("入选年份|年份|年度|发布时间|发表时间|发布日期|日期|时间");
    return re;
}
const QRegularExpression &titleField()
{
    static const QRegularExpression re = fieldPattern("原标题|标题|题目|案例名称|案例题目");
    return re;
}

// The value of a labelled field, or empty.
QString fieldValue(const QString &line, const QRegularExpression &field)
{
    const auto m = field.match(line);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

// The first labelled unit field among `lines` (单位名称：江苏省苏州市), or empty.
QString unitFieldValue(const QStringList &lines)
{
    for (const QString &line : lines)
        if (QString v = fieldValue(line, unitField()); !v.isEmpty())
            return v;
    return {};
}

const QRegularExpression &fullDate()
{
    static const QRegularExpression re(QStringLiteral("(?<!\\d)(20[0-4]\\d)\\s*[-./年]\\s*(\\d{1,2})\\s*[-./月]\\s*(\\d{1,2})"));
    return re;
}

// Years the report itself speaks of: "2025年7月", "2020全球…大会", "2022年度". Not the ends of
// a plan's range (2024—2035年), not inside a cited title (《…2035》).
QList<int> yearsMentioned(const QString &line)
{
    static const QRegularExpression year(QStringLiteral("(?<![\\d—–\\-~至到])(20[0-4]\\d)(?![\\d])\\s*(年度|年|届|全球|世界|全国)?(?!\\s*[—–\\-~至]\\s*20)"));
    QList<int> out;
    int depth = 0;
    qsizetype last = 0;
    for (auto it = year.globalMatch(line); it.hasNext();) {
        const auto m = it.next();
        for (qsizetype k = last; k < m.capturedStart(); ++k) {
            if (line.at(k) == u'《')
                ++depth;
            else if (line.at(k) == u'》' && depth > 0)
                --depth;
        }
        last = m.capturedStart();
        if (depth > 0 || m.captured(2).isEmpty())
            continue;
        // "计划到2022年", "到2023年": a target, not when the report was written.
        const QStringView before = QStringView(line).mid(std::max<qsizetype>(0, m.capturedStart() - 2), std::min<qsizetype>(2, m.capturedStart()));
        if (before.endsWith(u'到') || before.endsWith(QStringLiteral("至")))
            continue;
        out.append(m.captured(1).toInt());
    }
    return out;
}

// Documents whose date is known, so that a report citing them was written no earlier.
// (Publication years of the documents as issued by the State Council and the Ministry of Education.)
int citedNoEarlierThan(const QString &text)
{
    static const QList<std::pair<const char16_t *, int>> known = {
        {u"教育强国建设规划纲要", 2025}, {u"关于加快推进教育数字化的意见", 2025}, {u"世界数字教育大会", 2024},
        {u"国家智慧教育公共服务平台", 2022}, {u"国家中小学智慧教育平台", 2022}, {u"教育数字化战略行动", 2022},
        {u"二十大", 2022}, {u"义务教育课程方案（2022年版）", 2022}, {u"双减", 2021}, {u"县域普通高中振兴行动计划", 2021},
        {u"关于加强“三个课堂”应用的指导意见", 2020}, {u"中国教育现代化2035", 2019}, {u"教育信息化2.0行动计划", 2018},
        {u"教育信息化十年发展规划", 2012}};
    int best = 0;
    for (const auto &[name, year] : known)
        if (text.contains(QString::fromUtf16(name)))
            best = std::max(best, year);
    return best;
}

struct Found {
    QString value;
    QString why;
};

Found findYear(const QStringList &lines, const QString &fileName)
{
    // A year standing alone, not part of a longer number.
    static const QRegularExpression bare(QStringLiteral("(?<!\\d)(20[0-4]\\d)(?!\\d)"));
    for (const QString &line : lines) {
        const QString v = fieldValue(line, yearField());
        if (const auto m = bare.match(v); !v.isEmpty() && m.hasMatch())
            return {m.captured(1), Tr::tr("labelled field %1").arg(quoted(line))};
    }
    // A short line with a whole date is a dateline or byline: when the page was published.
    for (const QString &line : lines) {
        if (line.size() > 60)
            continue;
        if (const auto m = fullDate().match(line); m.hasMatch())
            return {m.captured(1), Tr::tr("date line %1").arg(quoted(line))};
    }
    const QString all = lines.join(QLatin1Char('\n'));
    const int floor = citedNoEarlierThan(all);
    static const QRegularExpression annual(QStringLiteral("(?<!\\d)(20[0-4]\\d)\\s*年度"));
    for (const QString &line : lines) {
        if (const auto m = annual.match(line); m.hasMatch() && m.captured(1).toInt() >= floor)
            return {m.captured(1), Tr::tr("the year the report names as its own, %1").arg(quoted(line))};
    }
    for (const QString &line : lines) {
        const QList<int> years = yearsMentioned(line);
        if (years.isEmpty())
            continue;
        if (years.first() < floor)
            break;
        return {QString::number(years.first()), Tr::tr("the first year the report speaks of, %1").arg(quoted(line))};
    }
    if (floor > 0)
        return {QString::number(floor), Tr::tr("the newest document the report cites was issued in %1").arg(floor)};
    if (const auto m = bare.match(QFileInfo(fileName).fileName()); m.hasMatch())
        return {m.captured(1), Tr::tr("the file name")};
    return {};
}

// Where a mention of a place is not the case's location: a university that serves the
// whole country (北京师范大学), or a province sending aid (湖南援疆, 对口帮扶).
bool notTheCaseLocation(const QString &text, const metadata::Gazetteer::Mention &m)
{
    static const QRegularExpression institution(QStringLiteral("^[\\p{Han}]{0,4}?(?:大学|学院|师大|出版社|电教馆|研究院)"));
    static const QRegularExpression aid(QStringLiteral("^(?:省|市)?(?:援疆|援藏|援青|援助|对口支援|对口帮扶)"));
    const QString after = text.mid(m.end, 12);
    if (institution.match(after).hasMatch() || aid.match(after).hasMatch())
        return true;
    const QString before = text.mid(std::max<qsizetype>(0, m.start - 6), std::min<qsizetype>(6, m.start));
    return before.contains(QStringLiteral("对口")) || before.contains(QStringLiteral("援建")) || before.endsWith(QStringLiteral("帮扶"));
}

QString provinceIn(const QString &text)
{
    for (const auto &m : metadata::Gazetteer::builtin().mentions(text))
        if (!notTheCaseLocation(text, m))
            return m.province;
    return {};
}

// Regional shorthand such as 鄂东北 or 湘西: a province's one-character name and a direction.
QString provinceByShorthand(const QString &text)
{
    static const QList<std::pair<QChar, const char *>> shorthand = {
        {u'鄂', "hubei"}, {u'湘', "hunan"}, {u'粤', "guangdong"}, {u'皖', "anhui"}, {u'赣', "jiangxi"}, {u'豫', "henan"},
        {u'鲁', "shandong"}, {u'冀', "hebei"}, {u'闽', "fujian"}, {u'黔', "guizhou"}, {u'滇', "yunnan"}, {u'陇', "gansu"},
        {u'桂', "guangxi"}, {u'蜀', "sichuan"}, {u'晋', "shanxi"}, {u'浙', "zhejiang"}, {u'苏', "jiangsu"}, {u'川', "sichuan"}};
    static const QRegularExpression re(QStringLiteral("(?<![\\p{Han}])?([鄂湘粤皖赣豫鲁冀闽黔滇陇桂蜀晋浙苏川])(东北|东南|西北|西南|东|西|南|北|中)部?(?:地区|山区|农村|边远|的)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    for (const auto &[c, id] : shorthand)
        if (c == m.captured(1).at(0))
            return QString::fromLatin1(id);
    return {};
}

Found findProvince(const metadata::CaseMeta &meta, const QStringList &lines, const QString &labelledUnit)
{
    if (!labelledUnit.isEmpty())
        if (QString p = provinceIn(labelledUnit); !p.isEmpty())
            return {p, Tr::tr("the unit field “%1”").arg(labelledUnit)};
    if (QString p = provinceIn(meta.title); !p.isEmpty())
        return {p, Tr::tr("the title %1").arg(quoted(meta.title))};
    if (QString p = provinceIn(meta.unit); !p.isEmpty())
        return {p, Tr::tr("the unit “%1”").arg(meta.unit)};
    static const QRegularExpression byline(QStringLiteral("^(?:作者|文|来源|供稿|通讯员)\\s*[：:/|]"));
    for (const QString &line : lines)
        if (byline.match(line).hasMatch())
            if (QString p = provinceIn(line); !p.isEmpty())
                return {p, Tr::tr("the byline %1").arg(quoted(line))};
    // The body: the province mentioned most, the earliest on a tie; lists of other places
    // (陆续推送：北京市东城区，上海市长宁区…) count once per line at most.
    QMap<QString, int> count;
    QMap<QString, int> first;
    QMap<QString, QString> where;
    int order = 0;
    for (const QString &line : lines) {
        QSet<QString> seen;
        for (const auto &m : metadata::Gazetteer::builtin().mentions(line)) {
            if (notTheCaseLocation(line, m) || seen.contains(m.province))
                continue;
            seen.insert(m.province);
            ++order;
            count[m.province] += 1;
            if (!first.contains(m.province)) {
                first[m.province] = order;
                where[m.province] = line;
            }
        }
        if (seen.size() >= 3) // a list of places names none of them as the case's
            for (const QString &p : seen)
                count[p] -= 1;
    }
    QString best;
    for (auto it = count.cbegin(); it != count.cend(); ++it)
        if (it.value() > 0 && (best.isEmpty() || it.value() > count[best] || (it.value() == count[best] && first[it.key()] < first[best])))
            best = it.key();
    if (!best.isEmpty())
        return {best, Tr::tr("places named in the text, first %1").arg(quoted(where[best]))};
    for (const QString &line : lines)
        if (QString p = provinceByShorthand(line); !p.isEmpty())
            return {p, Tr::tr("the regional shorthand in %1").arg(quoted(line))};
    return {};
}

// Lines that are page furniture rather than a title: reading prompts, bylines, dates.
bool notATitle(const QString &line)
{
    static const QRegularExpression furniture(QStringLiteral(
        "^(?:作者|文/|来源|发表于|发布时间|编辑|责任编辑|记者|通讯员|关键词|摘要|导读|编者按|简\\s*介|首页|当前位置|点击|查看原文|阅读原文|\\|)"));
    static const QRegularExpression field(QStringLiteral("^[^：:|]{0,8}(?:名称|年份|单位|日期|时间|字号|作者|来源)\\s*[：:|]"));
    static const QRegularExpression caption(QStringLiteral("^(?:图\\s*\\d|表\\s*\\d|▲|<)|(?:示意图|分布图|流程图|结构图|框架图|截图)$"));
    // A title holds no full stop: a line with one is a sentence, or headings run together.
    return line.size() < 6 || line.size() > 60 || furniture.match(line).hasMatch() || field.match(line).hasMatch()
        || caption.match(line).hasMatch() || text::startsWithSectionNumber(line)
        || fullDate().match(line).hasMatch() || line.contains(u'。') || line.endsWith(u'：') || line.endsWith(u':')
        || line.contains(QStringLiteral(".jpg")) || line.contains(QStringLiteral(".png")) || line.contains(QStringLiteral("浏览"));
}

Found findTitle(const QStringList &lines)
{
    for (const QString &line : lines) {
        QString v = fieldValue(line, titleField());
        v.remove(QChar(u'《')).remove(QChar(u'》'));
        if (!v.isEmpty())
            return {v.trimmed(), Tr::tr("labelled field %1").arg(quoted(line))};
    }
    // A short line naming a place or an institution and a practice; the earliest of the best.
    static const QRegularExpression practice(QStringLiteral("教育|教学|课堂|学习|平台|数字|智慧|智能|信息化|建设|实践|探索|模式|赋能|创新|发展|改革"));
    static const QRegularExpression institution(QStringLiteral("学校|中学|小学|幼儿园|学院|大学|教育局|[区县市省](?!域)"));
    int bestScore = 0;
    QString best;
    bool firstCandidate = true;
    for (int i = 0; i < lines.size() && i < 16; ++i) {
        const QString &line = lines.at(i);
        if (notATitle(line))
            continue;
        const bool namesPractice = practice.match(line).hasMatch();
        const bool namesPlace = !metadata::Gazetteer::builtin().mentions(line).isEmpty() || institution.match(line).hasMatch();
        // Pages usually start with their title; a first line that names neither a
        // practice nor a place is page furniture (a reader's name, a menu).
        int score = firstCandidate && (namesPractice || namesPlace) ? 3 : 1;
        if (namesPractice || namesPlace)
            firstCandidate = false;
        if (namesPractice)
            score += 1;
        if (namesPlace)
            score += 2;
        if (line.startsWith(u'“') && line.endsWith(u'”'))
            score -= 2; // a slogan in quotes
        if (score > bestScore) {
            bestScore = score;
            best = line;
        }
        if (score >= 5)
            break;
    }
    if (!best.isEmpty())
        return {best, Tr::tr("a short line naming a place and a practice")};
    return {};
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
    static const QRegularExpression unitLike(QStringLiteral(
        "^(?:[^，。；,]{2,40}?(?:学校|中学|小学|幼儿园|学院|大学|教育局|教育厅|教育委员会|教育科学研究院|教研室|研究院|研究所|有限公司|中心))$"));
    static const QRegularExpression byline(QStringLiteral("^(?:文\\s*/|作者\\s*[：:|])"));
    if (QString v = unitFieldValue(leadingLines); !v.isEmpty())
        return v;
    for (int i = 1; i < leadingLines.size(); ++i) {
        const QString &line = leadingLines.at(i);
        if (!byline.match(line).hasMatch() && unitLike.match(line).hasMatch())
            return line;
    }
    return {};
}

void inferMetadata(metadata::CaseMeta &meta, const InferenceInput &input, const metadata::RegionScheme &scheme)
{
    const auto mark = [&](const char *field, const QString &why) {
        const QString f = QString::fromLatin1(field);
        if (!meta.inferred.contains(f))
            meta.inferred.append(f);
        if (!why.isEmpty())
            meta.evidence.insert(f, why);
    };
    const QStringList &lines = input.leadingLines;
    const QString labelledUnit = unitFieldValue(lines.mid(0, 12));
    if (meta.title.isEmpty()) {
        Found t = findTitle(lines);
        // A page that never states its title: people name such files after the case
        // (07_罗山县潘新镇中心学校.txt), which says more than its first sentence.
        static const QRegularExpression numbering(QStringLiteral("^[\\d\\s_.-]+"));
        const QString stem = QFileInfo(input.fileName).completeBaseName().remove(numbering).trimmed();
        const auto han = std::count_if(stem.begin(), stem.end(), [](QChar c) { return c.script() == QChar::Script_Han; });
        if (t.value.isEmpty() && han >= 4)
            t = {stem, Tr::tr("the file name")};
        if (t.value.isEmpty()) {
            t = {lines.value(0), Tr::tr("the first line")};
            if (t.value.isEmpty())
                t = {QFileInfo(input.fileName).completeBaseName(), Tr::tr("the file name")};
        }
        meta.title = t.value.size() > 120 ? t.value.left(120) : t.value;
        mark("title", t.why);
    }
    if (meta.unit.isEmpty()) {
        meta.unit = findSubmittingUnit(lines.mid(0, 12));
        if (!meta.unit.isEmpty())
            mark("unit", Tr::tr("a labelled field or a line naming an institution"));
    }
    if (!meta.year) {
        const Found y = findYear(lines, input.fileName);
        if (!y.value.isEmpty()) {
            meta.year = y.value.toInt();
            mark("year", y.why);
        }
    }
    if (meta.province.isEmpty()) {
        const Found p = findProvince(meta, lines, labelledUnit);
        if (!p.value.isEmpty()) {
            meta.province = p.value;
            mark("province", p.why);
        }
    }
    if (meta.region.isEmpty() && !meta.province.isEmpty()) {
        meta.region = scheme.regionOf(meta.province);
        if (!meta.region.isEmpty() && meta.inferred.contains(QStringLiteral("province")))
            mark("region", Tr::tr("the province"));
    }
    if (meta.caseType.isEmpty()) {
        meta.caseType = inferCaseType(meta.title, meta.unit);
        if (!meta.caseType.isEmpty())
            mark("type", Tr::tr("words of the title and unit"));
    }
}

} // namespace caselens::import
