#include "testsupport.h"

#include "import/corpusimporter.h"
#include "import/docximporter.h"
#include "import/pdfimporter.h"

#include <catch2/catch.hpp>

using namespace caselens;
using namespace caselens::import;

namespace {

QByteArray para(const char *text, const char *ppr = "")
{
    return QByteArray("<w:p><w:pPr>") + ppr + "</w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
}

const QByteArray kNumbering =
    "<w:abstractNum w:abstractNumId=\"0\">"
    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
    "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%2）\"/></w:lvl>"
    "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%3.\"/></w:lvl>"
    "</w:abstractNum><w:num w:numId=\"7\"><w:abstractNumId w:val=\"0\"/></w:num>";

const QByteArray kStyles = "<w:style w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style>"
                           "<w:style w:styleId=\"a3\"><w:name w:val=\"标题 2\"/></w:style>";

QByteArray numbered(const char *text, int level)
{
    return para(text, QByteArray("<w:numPr><w:ilvl w:val=\"") + QByteArray::number(level) + "\"/><w:numId w:val=\"7\"/></w:numPr>");
}

} // namespace

TEST_CASE("docx: list levels, starts and labels out of Word's bounds are bounded", "[import][docx][hostile]")
{
    // Issue "Nothing lost", item 5: ilvl 2147483647 looped for ever; upperRoman starting
    // at 10^9 with %1 two hundred times exhausted memory.
    QByteArray hugeLabel;
    for (int i = 0; i < 200; ++i)
        hugeLabel += "%1";
    const QByteArray numbering = "<w:abstractNum w:abstractNumId=\"0\">"
                                 "<w:lvl w:ilvl=\"2147483647\"><w:start w:val=\"1000000000\"/><w:numFmt w:val=\"upperRoman\"/>"
                                 "<w:lvlText w:val=\"" + hugeLabel + "\"/></w:lvl>"
                                 "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1000000000\"/><w:numFmt w:val=\"upperRoman\"/>"
                                 "<w:lvlText w:val=\"" + hugeLabel + "\"/></w:lvl>"
                                 "</w:abstractNum><w:num w:numId=\"7\"><w:abstractNumId w:val=\"0\"/></w:num>";
    const QByteArray body = para("第一段。", "<w:numPr><w:ilvl w:val=\"2147483647\"/><w:numId w:val=\"7\"/></w:numPr>")
        + para("第二段。", "<w:numPr><w:ilvl w:val=\"200000000\"/><w:numId w:val=\"7\"/></w:numPr>")
        + para("第三段。", "<w:numPr><w:ilvl w:val=\"-5\"/><w:numId w:val=\"7\"/></w:numPr>");
    auto doc = DocxImporter().extract(testsupport::makeDocx(body, numbering), QStringLiteral("hostile.docx"));
    REQUIRE(doc.ok());
    REQUIRE(doc->paragraphs.size() == 3);
    for (const auto &p : doc->paragraphs)
        CHECK(p.text.size() <= 64 + 4);
    CHECK(doc->paragraphs.at(0).text.endsWith(QStringLiteral("第一段。")));
}

TEST_CASE("docx: paragraphs, heading styles, Chinese list numbering and table cells", "[import][docx]")
{
    const QByteArray body = para("智慧课堂建设案例", "<w:pStyle w:val=\"Heading1\"/>")
        + para("申报单位：杭州市某小学")
        + numbered("背景", 0)
        + para("学校推进数字化转型。")
        + numbered("做法", 0)
        + numbered("构建平台", 1)
        + numbered("开展培训", 2)
        + numbered("组织教研", 2)
        + numbered("完善评价", 1)
        + para("分节标题", "<w:pStyle w:val=\"a3\"/>")
        + "<w:tbl><w:tr><w:tc>" + para("指标") + "</w:tc><w:tc>" + para("数值") + "</w:tc></w:tr></w:tbl>"
        + "<w:p><w:r><w:t xml:space=\"preserve\">分成</w:t></w:r><w:r><w:t>两段</w:t></w:r><w:del><w:r><w:t>删掉</w:t></w:r></w:del></w:p>";
    auto doc = DocxImporter().extract(testsupport::makeDocx(body, kNumbering, kStyles), QStringLiteral("case.docx"));
    REQUIRE(doc.ok());
    QStringList texts;
    QList<bool> headings;
    for (const auto &p : doc->paragraphs) {
        texts.append(p.text);
        headings.append(p.heading);
    }
    CHECK(texts == QStringList{QStringLiteral("智慧课堂建设案例"), QStringLiteral("申报单位：杭州市某小学"), QStringLiteral("一、背景"),
                               QStringLiteral("学校推进数字化转型。"), QStringLiteral("二、做法"), QStringLiteral("（一）构建平台"),
                               QStringLiteral("1.开展培训"), QStringLiteral("2.组织教研"), QStringLiteral("（二）完善评价"),
                               QStringLiteral("分节标题"), QStringLiteral("指标"), QStringLiteral("数值"), QStringLiteral("分成两段")});
    CHECK(headings.at(0));
    CHECK(headings.at(9));
    CHECK_FALSE(headings.at(3));
    CHECK(doc->notes.join(QString()).contains(QStringLiteral("table")));
}

TEST_CASE("docx: damaged and hostile archives are refused", "[import][docx]")
{
    const QByteArray good = testsupport::makeDocx(para("正文内容。"));
    auto truncated = DocxImporter().extract(good.left(good.size() / 2), QStringLiteral("cut.docx"));
    REQUIRE_FALSE(truncated.ok());
    CHECK(truncated.error().message.contains(QStringLiteral("damaged")));

    auto notZip = DocxImporter().extract("just some text", QStringLiteral("fake.docx"));
    REQUIRE_FALSE(notZip.ok());

    QByteArray deep = "<w:p><w:r><w:t>x</w:t></w:r></w:p>";
    for (int i = 0; i < 400; ++i)
        deep = "<w:sdt>" + deep + "</w:sdt>";
    auto tooDeep = DocxImporter().extract(testsupport::makeDocx(deep), QStringLiteral("deep.docx"));
    REQUIRE_FALSE(tooDeep.ok());
    CHECK(tooDeep.error().message.contains(QStringLiteral("nested")));

    // A small archive whose XML expands past the limit.
    ImportLimits tight;
    tight.maxArchiveExpandedBytes = 1000;
    const QByteArray big = testsupport::makeDocx(para(QByteArray(5000, 'a').constData()));
    auto bomb = DocxImporter().extract(big, QStringLiteral("bomb.docx"), tight);
    REQUIRE_FALSE(bomb.ok());
    CHECK(bomb.error().message.contains(QStringLiteral("MB")));
}

TEST_CASE("PDF layout: hard wraps joined, repeated headers, footers and page numbers dropped", "[import][pdf]")
{
    const QList<QStringList> pages = {
        {QStringLiteral("中国教育信息化·2023年第5期"), QStringLiteral("一、背景"),
         QStringLiteral("近年来，学校围绕国家教育数字化战略行动，系统推进"), QStringLiteral("智慧校园建设，课堂教学方式发生了深刻变化，教"),
         QStringLiteral("师数字素养持续提升。"), QStringLiteral("- 1 -")},
        {QStringLiteral("中国教育信息化·2023年第5期"), QStringLiteral("二、做法"),
         QStringLiteral("学校建立教师研修共同体，每月开展一次数字化教学"), QStringLiteral("研讨，推动课堂持续改进。"), QStringLiteral("- 2 -")},
        {QStringLiteral("中国教育信息化·2023年第5期"), QStringLiteral("三、成效"), QStringLiteral("学生学习兴趣明显提高。"),
         QStringLiteral("第 3 页")},
    };
    QStringList notes;
    const auto paras = joinPdfPages(pages, &notes);
    QStringList texts;
    for (const auto &p : paras)
        texts.append(p.text);
    CHECK(texts == QStringList{QStringLiteral("一、背景"),
                               QStringLiteral("近年来，学校围绕国家教育数字化战略行动，系统推进智慧校园建设，课堂教学方式发生了深刻变化，教师数字素养持续提升。"),
                               QStringLiteral("二、做法"), QStringLiteral("学校建立教师研修共同体，每月开展一次数字化教学研讨，推动课堂持续改进。"),
                               QStringLiteral("三、成效"), QStringLiteral("学生学习兴趣明显提高。")});
    CHECK(notes.join(QStringLiteral(";")).contains(QStringLiteral("header")));
    CHECK(notes.join(QStringLiteral(";")).contains(QStringLiteral("page numbers")));
}

TEST_CASE("PDF importer refuses what is not a readable PDF", "[import][pdf]")
{
    CHECK_FALSE(PdfImporter().extract("not a pdf", QStringLiteral("x.pdf")).ok());
    CHECK_FALSE(PdfImporter().extract("%PDF-1.4\n garbage without objects", QStringLiteral("y.pdf")).ok());
}

TEST_CASE("csv and jsonl corpora map columns to case fields and attributes", "[import][corpus]")
{
    const QByteArray csv = "\xEF\xBB\xBF" "编号,title,年份,省份,案例类别,学段,text\n"
                           "A1,案例一,2022,广东,学校实践类,小学,\"第一段。\n第二段，含逗号。\"\n"
                           "A2,案例二,2024,beijing,regional_development,初中,正文二。\n"
                           "A3,案例三,2023,广东,学校实践类,高中,\n"
                           "A4,案例四,abc,广东,学校实践类,高中,正文四。\n";
    CorpusMapping mapping;
    mapping.idColumn = QStringLiteral("编号");
    auto r = CorpusImporter(mapping).extract(csv, QStringLiteral("corpus.csv"));
    REQUIRE(r.ok());
    REQUIRE(r->documents.size() == 2);
    const auto &d1 = r->documents.at(0);
    CHECK(d1.sourceName == QStringLiteral("corpus.csv#A1"));
    CHECK(d1.meta.title == QStringLiteral("案例一"));
    CHECK(d1.meta.year == 2022);
    CHECK(d1.meta.province == QStringLiteral("guangdong"));
    CHECK(d1.meta.caseType == QStringLiteral("school_practice"));
    CHECK(d1.meta.attributes.value(QStringLiteral("学段")) == QStringLiteral("小学"));
    CHECK(d1.paragraphs.size() == 2);
    CHECK(r->documents.at(1).meta.province == QStringLiteral("beijing"));
    REQUIRE(r->rejected.size() == 2);
    CHECK(r->rejected.at(0).message.contains(QStringLiteral("no text")));
    CHECK(r->rejected.at(1).message.contains(QStringLiteral("year")));

    const QByteArray jsonl = "{\"content\":\"正文甲。\",\"year\":2023,\"province\":\"湖北\",\"school\":\"某中学\"}\n"
                             "not json\n"
                             "{\"content\":\"正文乙。\",\"year\":2024,\"province\":\"四川省\"}\n";
    CorpusMapping m2;
    m2.textColumn = QStringLiteral("content");
    auto j = CorpusImporter(m2).extract(jsonl, QStringLiteral("corpus.jsonl"));
    REQUIRE(j.ok());
    REQUIRE(j->documents.size() == 2);
    CHECK(j->documents.at(0).meta.year == 2023);
    CHECK(j->documents.at(0).meta.province == QStringLiteral("hubei"));
    CHECK(j->documents.at(0).meta.attributes.value(QStringLiteral("school")) == QStringLiteral("某中学"));
    CHECK(j->documents.at(1).meta.province == QStringLiteral("sichuan"));
    REQUIRE(j->rejected.size() == 1);

    auto noText = CorpusImporter().extract("a,b\n1,2\n", QStringLiteral("x.csv"));
    REQUIRE_FALSE(noText.ok());
    CHECK(noText.error().message.contains(QStringLiteral("--text-column")));
}
