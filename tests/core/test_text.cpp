#include "testsupport.h"

#include "metadata/gazetteer.h"
#include "text/normaliser.h"
#include "text/punctuationrepair.h"
#include "text/segmenter.h"
#include "text/unicode.h"

#include <catch2/catch.hpp>

using namespace caselens::text;

TEST_CASE("normalising turns full-width letters and digits half-width and keeps Chinese punctuation", "[text]")
{
    CHECK(normaliseParagraph(QStringLiteral("２０２３年，ＡＩ助教：１２３。")) == QStringLiteral("2023年，AI助教：123。"));
    CHECK(normaliseParagraph(QStringLiteral("  智 慧\u3000课 堂  ")) == QStringLiteral("智慧课堂"));
    CHECK(normaliseParagraph(QStringLiteral("smart   education\tmodel")) == QStringLiteral("smart education model"));
    CHECK(normaliseParagraph(QStringLiteral("使用 AI 工具")) == QStringLiteral("使用 AI 工具"));
    CHECK(normaliseParagraph(QStringLiteral("零\u200B宽")) == QStringLiteral("零宽"));
    // PDF fonts map glyphs to Kangxi radicals and compatibility ideographs: ⼀⾏⽅ are 一行方.
    CHECK(normaliseParagraph(QStringLiteral("\u2F00、推\u2F8F数字化\u2F45式")) == QStringLiteral("一、推行数字化方式"));
    CHECK(normaliseLines(QStringLiteral("第一行\r\n\r\n  \n第二行\r第三行")) == QStringList{QStringLiteral("第一行"), QStringLiteral("第二行"), QStringLiteral("第三行")});
}

TEST_CASE("mis-mapped PDF punctuation is repaired only where the pattern shows", "[text]")
{
    QString broken = QStringLiteral("学校建设智慧课堂袁推动教学改革遥教师开展研修袁提升数字素养遥学院与医院合作袁拓宽视野遥"
                                    "学生积极参与袁效果明显遥叶指南曳提出院坚持以学生为中心遥");
    const auto report = repairMisMappedPunctuation(broken);
    CHECK(report.applied);
    CHECK(broken == QStringLiteral("学校建设智慧课堂，推动教学改革。教师开展研修，提升数字素养。学院与医院合作，拓宽视野。"
                                   "学生积极参与，效果明显。《指南》提出：坚持以学生为中心。"));

    // Ordinary text that happens to contain the stand-ins stays as it is.
    QString normal = QStringLiteral("袁老师在学院讲授遥感课程，拓宽学生视野。陶冶情操，叶圣陶说过。路遥知马力。袁隆平的故事。");
    const QString before = normal;
    CHECK_FALSE(repairMisMappedPunctuation(normal).applied);
    CHECK(normal == before);
}

TEST_CASE("section numbering starts headings and ICU cuts sentences", "[text]")
{
    Segmenter seg;
    const QList<SourceParagraph> paras = {
        {QStringLiteral("标题：智慧教育案例"), false},
        {QStringLiteral("一、背景"), false},
        {QStringLiteral("学校推进智慧课堂建设。教师开展个性化教学！学生是否受益？"), false},
        {QStringLiteral("（一）主要做法"), false},
        {QStringLiteral("1.构建智慧课堂。学校依托平台推动课堂改革。"), false},
        {QStringLiteral("（2）小标题"), false},
        {QStringLiteral("第三章 总结"), false},
    };
    const Segmentation s = seg.segment(paras);
    QStringList kinds;
    QStringList texts;
    for (const auto &p : s.passages) {
        kinds.append(passageKindName(p.kind));
        texts.append(midCodePoints(s.text, p.start, p.end));
    }
    CHECK(kinds == QStringList{QStringLiteral("heading"), QStringLiteral("heading"), QStringLiteral("paragraph"),
                               QStringLiteral("sentence"), QStringLiteral("sentence"), QStringLiteral("sentence"),
                               QStringLiteral("heading"), QStringLiteral("heading"), QStringLiteral("paragraph"),
                               QStringLiteral("sentence"), QStringLiteral("heading"), QStringLiteral("heading")});
    CHECK(texts.at(3) == QStringLiteral("学校推进智慧课堂建设。"));
    CHECK(texts.at(4) == QStringLiteral("教师开展个性化教学！"));
    CHECK(texts.at(5) == QStringLiteral("学生是否受益？"));
    CHECK(texts.at(7) == QStringLiteral("1.构建智慧课堂。"));
    CHECK(texts.at(8) == QStringLiteral("学校依托平台推动课堂改革。"));
    // A sentence points at its paragraph.
    CHECK(s.passages.at(3).parent == 2);
}

TEST_CASE("spans count code points, not UTF-16 units", "[text]")
{
    Segmenter seg;
    // U+20000 (𠀀) is outside the BMP: one code point, two UTF-16 units.
    const QString withAstral = QStringLiteral("𠀀字在前。后面的句子。");
    const Segmentation s = seg.segment({{QStringLiteral("标题"), false}, {withAstral, false}});
    REQUIRE(s.passages.size() == 4);
    const auto &second = s.passages.at(3);
    CHECK(second.start == 3 + 5); // "标题\n" is 3 code points, "𠀀字在前。" is 5
    CHECK(midCodePoints(s.text, second.start, second.end) == QStringLiteral("后面的句子。"));
    CHECK(codePointLength(withAstral) == withAstral.size() - 1);
    const CodePointMap map(withAstral);
    CHECK(map.toUtf16(1) == 2);
    CHECK(map.toCodePoint(2) == 1);
}

TEST_CASE("the gazetteer knows counties, leaves out names two provinces share, and reads 区域 as no place", "[text][gazetteer]")
{
    const auto &g = caselens::metadata::Gazetteer::builtin();
    CHECK(g.findProvince(QStringLiteral("临淄区教育和体育局")) == QStringLiteral("shandong"));
    CHECK(g.findProvince(QStringLiteral("上栗县推进1+N专递课堂")) == QStringLiteral("jiangxi"));
    CHECK(g.findProvince(QStringLiteral("鼓楼区实验小学")).isEmpty()); // 鼓楼区 is in five provinces
    CHECK(g.findProvince(QStringLiteral("推动江南区域教育协同发展")).isEmpty());
    // Leftmost, longest at each position: 北京市 then 海淀区, both Beijing.
    const auto m = g.mentions(QStringLiteral("北京市海淀区与广州市"));
    REQUIRE(m.size() == 3);
    CHECK(m.at(0).name == QStringLiteral("北京市"));
    CHECK(m.at(1).name == QStringLiteral("海淀区"));
    CHECK(m.at(2).province == QStringLiteral("guangdong"));
}
