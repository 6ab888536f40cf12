#include "text/punctuationrepair.h"

#include <QStringList>
#include <array>

namespace caselens::text {

namespace {

struct Mapping {
    char16_t standIn;
    char16_t mark;
    // Words in which the stand-in is a genuine character and must stay.
    const char16_t *const *keepWords;
};

// The stand-in characters are also ordinary characters; these common words keep them.
const char16_t *const kYuanKeep[] = {u"袁隆平", u"袁氏", u"袁老师", u"袁校长", u"姓袁", nullptr};
const char16_t *const kYaoKeep[] = {u"遥远", u"遥控", u"遥感", u"遥测", u"遥望", u"遥相", u"遥遥", u"逍遥", u"路遥", nullptr};
const char16_t *const kRaoKeep[] = {u"尧舜", u"唐尧", nullptr};
const char16_t *const kYeKeep[] = {u"视野", u"野外", u"田野", u"野生", u"原野", u"野营", u"分野", u"朝野", u"林野", nullptr};
const char16_t *const kYeClose[] = {u"陶冶", u"冶金", u"冶炼", u"冶铁", nullptr};
const char16_t *const kYuanOpen[] = {u"渊源", u"渊博", u"深渊", nullptr};
const char16_t *const kYuanClose[] = {u"冤枉", u"冤屈", nullptr};
const char16_t *const kYueKeep[] = {u"子曰", u"名曰", nullptr};
const char16_t *const kLeafKeep[] = {u"叶子", u"树叶", u"叶片", u"叶圣陶", u"叶老师", u"叶校长", u"中叶", u"末叶", u"叶脉", u"绿叶", u"红叶", u"茶叶", u"枝叶", u"叶绿", nullptr};
const char16_t *const kYeDragKeep[] = {u"摇曳", u"拖曳", nullptr};
const char16_t *const kCollegeKeep[] = {u"学院", u"医院", u"研究院", u"科学院", u"法院", u"剧院", u"书院", u"国务院", u"设计院", u"分院",
                                        u"本院", u"庭院", u"院校", u"院长", u"院系", u"院士", u"院落", u"院子", u"院内", u"全院",
                                        u"我院", u"该院", u"院级", u"院区", u"卫生院", u"福利院", u"戏院", u"影院", u"寺院", u"工程院",
                                        u"社科院", u"教科院", u"师范院", u"院所", u"院部", u"院团", u"院线", u"检察院", u"议院", u"孤儿院", nullptr};

const std::array<Mapping, 11> kMappings = {{
    {u'袁', u'，', kYuanKeep},
    {u'遥', u'。', kYaoKeep},
    {u'尧', u'、', kRaoKeep},
    {u'野', u'“', kYeKeep},
    {u'冶', u'”', kYeClose},
    {u'渊', u'（', kYuanOpen},
    {u'冤', u'）', kYuanClose},
    {u'曰', u'；', kYueKeep},
    {u'叶', u'《', kLeafKeep},
    {u'曳', u'》', kYeDragKeep},
    {u'院', u'：', kCollegeKeep},
}};

// Whether the stand-in at `pos` is part of one of `words`.
bool insideKeptWord(const QString &text, qsizetype pos, const char16_t *const *words)
{
    for (auto w = words; *w; ++w) {
        const QString word = QString::fromUtf16(*w);
        const qsizetype at = word.indexOf(text.at(pos));
        if (at < 0)
            continue;
        const qsizetype begin = pos - at;
        if (begin >= 0 && begin + word.size() <= text.size()
            && QStringView(text).mid(begin, word.size()) == word)
            return true;
    }
    return false;
}

} // namespace

bool looksMisMapped(const QString &text)
{
    const qsizetype fullStops = text.count(QChar(u'。'));
    const qsizetype commas = text.count(QChar(u'，'));
    const qsizetype yao = text.count(QChar(u'遥'));
    const qsizetype yuan = text.count(QChar(u'袁'));
    // Real Chinese prose has a full stop every few dozen characters. The pattern is many
    // stand-ins with the real marks (nearly) absent.
    return yao >= 3 && yuan >= 3 && (fullStops + commas) * 10 <= (yao + yuan);
}

int replaceStandIns(QString &text)
{
    int replaced = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        for (const Mapping &m : kMappings) {
            if (c == m.standIn && !insideKeptWord(text, i, m.keepWords)) {
                text[i] = QChar(m.mark);
                ++replaced;
                break;
            }
        }
    }
    return replaced;
}

PunctuationRepairReport repairMisMappedPunctuation(QString &text)
{
    PunctuationRepairReport report;
    if (!looksMisMapped(text))
        return report;
    report.applied = true;
    report.replaced = replaceStandIns(text);
    return report;
}

} // namespace caselens::text
