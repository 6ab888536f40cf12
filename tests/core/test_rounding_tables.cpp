#include "testsupport.h"

#include "analysis/crosstab.h"
#include "analysis/rounding.h"
#include "analysis/summaries.h"
#include "analysis/tablebuilders.h"
#include "import/docximporter.h"
#include "store/codestore.h"
#include "store/codingstore.h"
#include "store/documentstore.h"
#include "store/newproject.h"
#include "support/csv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace caselens;
using namespace caselens::analysis;

TEST_CASE("half-up and largest-remainder percentages", "[analysis]")
{
    CHECK(percentages({1, 1, 1}, 3, 2, Rounding::HalfUp) == QList<double>{33.33, 33.33, 33.33});
    CHECK(percentages({1, 1, 1}, 3, 2, Rounding::LargestRemainder) == QList<double>{33.34, 33.33, 33.33});
    // 1/8 = 12.5 exactly: half-up goes up.
    CHECK(percentages({1, 7}, 8, 0, Rounding::HalfUp) == QList<double>{13, 88});
    CHECK(percentages({1, 7}, 8, 0, Rounding::LargestRemainder) == QList<double>{13, 87});
    // A row of the published table: largest remainder totals exactly 100.
    const QList<qint64> central = {212, 127, 213, 204, 91, 33, 211, 33, 189, 111};
    const auto lr = percentages(central, 1424, 2, Rounding::LargestRemainder);
    double sum = 0;
    for (double v : lr)
        sum += v;
    CHECK(sum == Approx(100.0).margin(1e-9));
    CHECK(lr.at(3) == Approx(14.32));
    CHECK(percentages(central, 1424, 2, Rounding::HalfUp).at(3) == Approx(14.33));
    CHECK(roundHalfUp(14.325, 2) == Approx(14.33));
    CHECK(percentages({0, 0}, 0, 2, Rounding::LargestRemainder) == QList<double>{0, 0});
}

namespace {

// Four hand-made cases in two regions and two years, coded by two coders.
std::unique_ptr<store::Project> handMade(QTemporaryDir &dir)
{
    auto p = store::createProject(dir.filePath(QStringLiteral("h.caselens")));
    REQUIRE(p.ok());
    auto project = p.take();
    store::DocumentStore docs(*project);
    store::CodeStore codes(*project);
    store::CodingStore codings(*project);
    const auto ids = codes.idsByKey();
    const qint64 a = *codes.ensureCoder(QStringLiteral("A"), QStringLiteral("human"));
    const qint64 b = *codes.ensureCoder(QStringLiteral("B"), QStringLiteral("human"));
    struct Spec { const char *province; const char *region; int year; const char *level; };
    const Spec specs[] = {{"beijing", "east", 2022, "小学"}, {"guangdong", "east", 2023, "中学"}, {"hubei", "central", 2022, "小学"}, {"sichuan", "west", 2023, "中学"}};
    int i = 0;
    for (const Spec &s : specs) {
        store::NewDocument d;
        d.meta.title = QStringLiteral("案例%1").arg(++i);
        d.meta.province = QString::fromLatin1(s.province);
        d.meta.region = QString::fromLatin1(s.region);
        d.meta.year = s.year;
        d.meta.attributes.insert(QStringLiteral("学段"), QString::fromUtf8(s.level));
        d.sourceName = d.meta.title;
        d.sourceFormat = QStringLiteral("txt");
        d.segmentation.text = QStringLiteral("第一段内容。\n第二段内容。%1").arg(i);
        d.originalText = d.segmentation.text;
        d.segmentation.passages = {{text::PassageKind::Paragraph, 0, 6, -1}, {text::PassageKind::Paragraph, 7, 14, -1}};
        REQUIRE(docs.insert(d).ok());
    }
    auto code = [&](qint64 doc, qint64 start, const char *key, qint64 coder, const char *status = "accepted") {
        store::NewCoding c;
        c.documentId = doc;
        c.start = start;
        c.end = start + 6;
        c.codeId = ids.value(QString::fromLatin1(key));
        c.coderId = coder;
        c.status = QString::fromLatin1(status);
        REQUIRE(codings.insert(c).ok());
    };
    code(1, 0, "student_centered", a);
    code(1, 7, "student_centered", a);
    code(1, 7, "teacher_development", a);
    code(2, 0, "teacher_development", a);
    code(3, 0, "student_centered", a);
    code(4, 0, "inclusion_equity", a);
    code(4, 7, "inclusion_equity", b);
    code(2, 7, "ethical_technology", a, "suggested");
    return project;
}

int col(const Crosstab &t, const char *key) { return int(t.codes.indexOf(QString::fromLatin1(key))); }

} // namespace

TEST_CASE("crosstabs on hand-made cases: units, bases, status, coder, two-level groups", "[analysis]")
{
    QTemporaryDir dir;
    auto p = handMade(dir);
    CrosstabSpec spec;
    spec.by = {QStringLiteral("region")};
    auto t = computeCrosstab(*p, spec);
    REQUIRE(t.ok());
    REQUIRE(t->groups.size() == 3);
    CHECK(t->groups.at(0).key == QStringList{QStringLiteral("east")});
    CHECK(t->groups.at(0).counts.at(col(*t, "student_centered")) == 2);
    CHECK(t->groups.at(0).counts.at(col(*t, "teacher_development")) == 2);
    CHECK(t->groups.at(0).total == 4);
    CHECK(t->groups.at(0).percent.at(col(*t, "student_centered")) == Approx(50.0));
    CHECK(t->totals.total == 7);

    spec.unit = Unit::Case; // case 1 has student_centered twice: one case
    t = computeCrosstab(*p, spec);
    REQUIRE(t.ok());
    CHECK(t->groups.at(0).counts.at(col(*t, "student_centered")) == 1);
    CHECK(t->groups.at(0).total == 2); // cases in the east
    CHECK(t->groups.at(0).percent.at(col(*t, "student_centered")) == Approx(50.0));

    spec.unit = Unit::Segment;
    spec.percent = PercentBase::Column;
    t = computeCrosstab(*p, spec);
    CHECK(t->groups.at(0).percent.at(col(*t, "student_centered")) == Approx(66.67));
    CHECK(t->groups.at(1).percent.at(col(*t, "student_centered")) == Approx(33.33));

    spec.percent = PercentBase::Row;
    spec.status = QStringLiteral("all");
    t = computeCrosstab(*p, spec);
    CHECK(t->totals.total == 8);
    spec.status = QStringLiteral("suggested");
    t = computeCrosstab(*p, spec);
    CHECK(t->totals.total == 1);
    spec.status = QStringLiteral("accepted");
    spec.coder = QStringLiteral("B");
    t = computeCrosstab(*p, spec);
    CHECK(t->totals.total == 1);
    spec.coder = QStringLiteral("nobody");
    CHECK_FALSE(computeCrosstab(*p, spec).ok());
    spec.coder.clear();

    spec.by = {QStringLiteral("region"), QStringLiteral("year")};
    t = computeCrosstab(*p, spec);
    REQUIRE(t.ok());
    QStringList keys;
    for (const auto &g : t->groups)
        keys.append(g.key.join(QLatin1Char('/')));
    CHECK(keys == QStringList{QStringLiteral("east/2022"), QStringLiteral("east/2023"), QStringLiteral("central/2022"), QStringLiteral("west/2023")});

    spec.by = {QStringLiteral("学段")};
    t = computeCrosstab(*p, spec);
    REQUIRE(t.ok());
    REQUIRE(t->groups.size() == 2);
    CHECK(t->groups.at(0).key.first() == QStringLiteral("小学")); // pinyin order: xiao before zhong
    spec.by = {QStringLiteral("no_such_field")};
    CHECK(computeCrosstab(*p, spec).error().kind == ErrorKind::InvalidInput);

    // Each case on its own (案例 or case): the four coded cases in number order, labelled
    // with number and title; case 1 holds two passages of student_centered.
    for (const char *name : {"case", "案例"}) {
        spec.by = {QString::fromUtf8(name)};
        t = computeCrosstab(*p, spec);
        REQUIRE(t.ok());
        keys.clear();
        for (const auto &g : t->groups)
            keys.append(g.key.first());
        CHECK(keys == QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")});
        CHECK(t->groups.at(0).counts.at(col(*t, "student_centered")) == 2);
        CHECK(t->groups.at(0).counts.at(col(*t, "teacher_development")) == 1);
        CHECK(t->groups.at(3).counts.at(col(*t, "inclusion_equity")) == 2);
        CHECK(t->labels.label(QStringLiteral("case"), QStringLiteral("3")) == QStringLiteral("#3 案例3"));
        CHECK(t->totals.total == 7);
    }
}

TEST_CASE("co-occurrence counts cases and dimension shares sum the codes of each dimension", "[analysis]")
{
    QTemporaryDir dir;
    auto p = handMade(dir);
    CrosstabSpec spec;
    auto co = computeCooccurrence(*p, spec);
    REQUIRE(co.ok());
    const int sc = int(co->codes.indexOf(QStringLiteral("student_centered")));
    const int td = int(co->codes.indexOf(QStringLiteral("teacher_development")));
    const int ie = int(co->codes.indexOf(QStringLiteral("inclusion_equity")));
    CHECK(co->matrix.at(sc).at(sc) == 2); // cases 1 and 3 (case 1 twice counts once)
    CHECK(co->matrix.at(sc).at(td) == 1); // case 1
    CHECK(co->matrix.at(td).at(sc) == 1);
    CHECK(co->matrix.at(td).at(td) == 2);
    CHECK(co->matrix.at(ie).at(sc) == 0);
    spec.coder = QStringLiteral("B");
    co = computeCooccurrence(*p, spec);
    CHECK(co->matrix.at(ie).at(ie) == 1);
    CHECK(co->matrix.at(sc).at(sc) == 0);
    spec.coder.clear();
    auto dims = computeDimensionShares(*p, spec);
    REQUIRE(dims.ok());
    REQUIRE(dims->size() == 2);
    CHECK(dims->at(0).items == 5); // student-centred ×3, inclusion ×2 (development goals)
    CHECK(dims->at(1).items == 2); // teacher development ×2 (practice approaches)
    CHECK(dims->at(0).percent + dims->at(1).percent == Approx(100.0));
}

TEST_CASE("crosstab JSON has the documented shape", "[analysis]")
{
    QTemporaryDir dir;
    auto p = handMade(dir);
    CrosstabSpec spec;
    spec.by = {QStringLiteral("region")};
    auto t = computeCrosstab(*p, spec);
    REQUIRE(t.ok());
    const QJsonObject o = QJsonDocument::fromJson(crosstabJson(*t)).object();
    CHECK(o.value(QStringLiteral("by")).toArray().first().toString() == QStringLiteral("region"));
    CHECK(o.value(QStringLiteral("unit")).toString() == QStringLiteral("segment"));
    CHECK(o.value(QStringLiteral("codes")).toArray().size() == 10);
    const QJsonObject east = o.value(QStringLiteral("groups")).toArray().first().toObject();
    CHECK(east.value(QStringLiteral("key")).toObject().value(QStringLiteral("region")).toString() == QStringLiteral("east"));
    CHECK(east.value(QStringLiteral("counts")).toObject().value(QStringLiteral("student_centered")).toInt() == 2);
    CHECK(east.value(QStringLiteral("total")).toInt() == 4);
    CHECK(east.value(QStringLiteral("percent")).toObject().value(QStringLiteral("student_centered")).toDouble() == Approx(50.0));
    CHECK(o.value(QStringLiteral("totals")).toObject().value(QStringLiteral("total")).toInt() == 7);
}

TEST_CASE("every export format carries the same figures", "[analysis][export]")
{
    QTemporaryDir dir;
    auto p = handMade(dir);
    CrosstabSpec spec;
    spec.by = {QStringLiteral("region")};
    spec.lang = QStringLiteral("en");
    auto t = computeCrosstab(*p, spec);
    REQUIRE(t.ok());
    const exporting::Table table = paperTable(*t);
    REQUIRE(table.columns.size() == 13); // group, measure, ten codes, total
    REQUIRE(table.rows.size() == 8);      // three regions and the total, count and % rows each

    SECTION("CSV: UTF-8 with BOM, parses back")
    {
        const QByteArray csv = exporting::toCsv({table});
        CHECK(csv.startsWith("\xEF\xBB\xBF"));
        auto parsed = parseCsv(QString::fromUtf8(csv));
        REQUIRE(parsed.ok());
        CHECK(parsed->header == table.columns);
        REQUIRE(parsed->rows.size() == 9); // the eight rows, then the note under the table
        CHECK(parsed->rows.at(8).mid(1).join(QString()).isEmpty());
        CHECK(parsed->rows.at(8).at(0).startsWith(QStringLiteral("Percent of the row's items")));
        CHECK(parsed->rows.at(8).at(0).contains(QStringLiteral("Counted:")));
        CHECK(parsed->rows.at(0).at(0) == QStringLiteral("East"));
        CHECK(parsed->rows.at(0).at(2) == QStringLiteral("2"));
        CHECK(parsed->rows.at(1).at(2) == QStringLiteral("50.00"));
    }
    SECTION("xlsx: one sheet, header row, numbers as numbers")
    {
        const QString path = dir.filePath(QStringLiteral("t.xlsx"));
        REQUIRE(exporting::writeXlsx({table, transposedTable(*t)}, path).ok());
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray zip = f.readAll();
        auto sheet = testsupport::zipEntry(zip, QStringLiteral("xl/worksheets/sheet1.xml"));
        auto sheet2 = testsupport::zipEntry(zip, QStringLiteral("xl/worksheets/sheet2.xml"));
        auto strings = testsupport::zipEntry(zip, QStringLiteral("xl/sharedStrings.xml"));
        REQUIRE(sheet.ok());
        REQUIRE(sheet2.ok());
        REQUIRE(strings.ok());
        CHECK(strings->contains("Student-centred teaching"));
        CHECK(strings->contains("East"));
        // The east count of student-centred teaching (2) and its share (50) are numeric cells.
        CHECK(sheet->contains("<v>2</v>"));
        CHECK(sheet->contains("<v>50</v>"));
        CHECK(sheet->contains("<v>7</v>"));
    }
    SECTION("LaTeX: booktabs structure with one & fewer than columns per row")
    {
        const QString tex = exporting::toLatex({table});
        CHECK(tex.contains(QStringLiteral("\\begin{tabular}{llrrrrrrrrrrr}")));
        CHECK(tex.indexOf(QStringLiteral("\\toprule")) < tex.indexOf(QStringLiteral("\\midrule")));
        CHECK(tex.indexOf(QStringLiteral("\\midrule")) < tex.indexOf(QStringLiteral("\\bottomrule")));
        const QStringList lines = tex.split(QLatin1Char('\n'));
        int dataRows = 0;
        for (const QString &l : lines) {
            if (l.endsWith(QStringLiteral("\\\\"))) {
                CHECK(l.count(QLatin1Char('&')) - l.count(QStringLiteral("\\&")) == 12);
                ++dataRows;
            }
        }
        CHECK(dataRows == 9);
        CHECK(tex.contains(QStringLiteral("Total")));
    }
    SECTION("Markdown and HTML")
    {
        const QString md = exporting::toMarkdown({table});
        CHECK(md.contains(QStringLiteral("| East | Count | 2 |")));
        CHECK(md.contains(QStringLiteral("|---|---|---:|")));
        const QString html = exporting::toHtml({table});
        CHECK(html.contains(QStringLiteral("<th>Student-centred teaching</th>")));
        CHECK(html.contains(QStringLiteral("<td class=\"n\">50.00</td>")));
    }
}

TEST_CASE("co-occurrence and case-unit counts agree with a plain self-join on the demo", "[analysis]")
{
    QTemporaryDir dir;
    auto p = testsupport::openDemo(dir, 150, 5);
    REQUIRE(p.ok());
    CrosstabSpec spec;
    auto co = computeCooccurrence(**p, spec);
    REQUIRE(co.ok());
    auto ids = store::CodeStore(**p).idsByKey();
    auto pair = (*p)->db().prepare(QStringLiteral(
        "SELECT count(DISTINCT a.document_id) FROM codings a JOIN codings b ON b.document_id = a.document_id "
        "WHERE a.status = 'accepted' AND b.status = 'accepted' AND a.code_id = ?1 AND b.code_id = ?2"));
    REQUIRE(pair.ok());
    qint64 nonZero = 0;
    for (int a = 0; a < co->codes.size(); ++a)
        for (int b = 0; b < co->codes.size(); ++b) {
            pair->bind(1, ids.value(co->codes.at(a))).bind(2, ids.value(co->codes.at(b)));
            REQUIRE(pair->next());
            CHECK(co->matrix.at(a).at(b) == pair->int64(0));
            nonZero += pair->int64(0) > 0;
            pair->reset();
        }
    CHECK(nonZero > 50);
    // The diagonal is the number of cases with the code: the case-unit table's total row.
    spec.unit = Unit::Case;
    auto t = computeCrosstab(**p, spec);
    REQUIRE(t.ok());
    for (int c = 0; c < t->codes.size(); ++c)
        CHECK(t->totals.counts.at(c) == co->matrix.at(int(co->codes.indexOf(t->codes.at(c)))).at(int(co->codes.indexOf(t->codes.at(c)))));
}

TEST_CASE("exported tables carry values as text: no formulas in CSV, no markup in Markdown", "[export][hostile]")
{
    // Issue "Nothing lost", item 9: cells beginning with = + - @ tab or CR were written raw
    // to CSV; Markdown passed <script>, link syntax, | and newlines through.
    exporting::Table t;
    t.columns = {QStringLiteral("case"), QStringLiteral("n")};
    for (const QString &hostile : {QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
                                   QStringLiteral("+1+1"), QStringLiteral("-2+3"), QStringLiteral("@SUM(A1)"), QStringLiteral("\tx"),
                                   QStringLiteral("\rx")})
        t.rows.append({exporting::TableCell::fromText(hostile), exporting::TableCell::fromNumber(-3.5, 1)});
    t.rows.append({exporting::TableCell::fromText(QStringLiteral("<script>alert(1)</script> [link](http://evil) a|b\nnext")),
                   exporting::TableCell::fromNumber(2, 0)});
    const QString csv = QString::fromUtf8(exporting::toCsv({t}));
    const QStringList lines = csv.split(QStringLiteral("\r\n"));
    for (int i = 1; i <= 7; ++i) {
        INFO(lines.at(i).toStdString());
        const QString first = lines.at(i).startsWith(QLatin1Char('"')) ? lines.at(i).mid(1) : lines.at(i);
        CHECK(first.startsWith(QLatin1Char('\'')));
        CHECK(lines.at(i).endsWith(QStringLiteral(",-3.5"))); // numbers stay numbers
    }
    const QString md = exporting::toMarkdown({t});
    CHECK_FALSE(md.contains(QStringLiteral("<script>")));
    CHECK(md.contains(QStringLiteral("&lt;script&gt;")));
    CHECK_FALSE(md.contains(QStringLiteral("[link](")));
    CHECK(md.contains(QStringLiteral("a\\|b")));
    // One line per row: the newline in the value did not end the row.
    int rows = 0;
    for (const QString &line : md.split(QLatin1Char('\n')))
        rows += line.startsWith(QLatin1String("| ")) ? 1 : 0;
    CHECK(rows == 1 + t.rows.size());
}

TEST_CASE("one passage, one count: a code applied twice to one passage counts once", "[analysis][counting]")
{
    // Issue "Nothing lost", item 11: accepting an engine's suggestion on a passage a person
    // had already coded the same way raised the table's count (381 → 384 in the window).
    QTemporaryDir dir;
    auto p = handMade(dir);
    store::CodeStore codes(*p);
    store::CodingStore codings(*p);
    const qint64 engine = *codes.ensureCoder(QStringLiteral("lexicon"), QStringLiteral("engine"));
    CrosstabSpec spec;
    spec.by = {QStringLiteral("region")};
    const auto before = computeCrosstab(*p, spec);
    REQUIRE(before.ok());
    // The engine's suggestion on document 1's first paragraph, accepted by a reviewer; and
    // coder B coding the same paragraph the same way.
    for (const qint64 coder : {engine, *codes.coderId(QStringLiteral("B"))}) {
        store::NewCoding c;
        c.documentId = 1;
        c.start = 0;
        c.end = 6;
        c.codeId = codes.idsByKey().value(QStringLiteral("student_centered"));
        c.coderId = coder;
        c.status = QStringLiteral("accepted");
        REQUIRE(codings.insert(c).ok());
    }
    const auto after = computeCrosstab(*p, spec);
    REQUIRE(after.ok());
    CHECK(after->groups.at(0).counts.at(col(*after, "student_centered")) == before->groups.at(0).counts.at(col(*before, "student_centered")));
    CHECK(after->totals.total == before->totals.total);
    // One coder's view counts that coder's codings only.
    spec.coder = QStringLiteral("B");
    const auto onlyB = computeCrosstab(*p, spec);
    REQUIRE(onlyB.ok());
    CHECK(onlyB->totals.counts.at(col(*onlyB, "student_centered")) == 1);
    // Co-occurrence reads the same basis.
    spec.coder.clear();
    const auto co = computeCooccurrence(*p, spec);
    REQUIRE(co.ok());
    CHECK(co->counted.contains(QStringLiteral("计数口径")));
    // Every exported table says what was counted.
    const exporting::Table table = paperTable(*after);
    CHECK(table.note.contains(QStringLiteral("计数口径")));
    CHECK(QString::fromUtf8(exporting::toCsv({table})).contains(QStringLiteral("计数口径")));
    spec.lang = QStringLiteral("en");
    CHECK(paperTable(*computeCrosstab(*p, spec)).note.contains(QStringLiteral("Counted: each coded passage once per characteristic")));
    CHECK(QString::fromUtf8(crosstabJson(*after)).contains(QStringLiteral("\"counted\"")));
}
