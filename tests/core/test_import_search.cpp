#include "testsupport.h"

#include "import/importjob.h"
#include "import/metadatainference.h"
#include "store/documentstore.h"
#include "store/newproject.h"
#include "store/searchindex.h"

#include <QDir>
#include <catch2/catch.hpp>

using namespace caselens;

namespace {

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<store::Project> project;
    Fixture()
    {
        auto p = store::createProject(dir.filePath(QStringLiteral("p.caselens")));
        REQUIRE(p.ok());
        project = p.take();
    }
    import::ImportReport import(const QStringList &paths, import::ImportOptions options = {})
    {
        auto r = import::ImportJob(*project, options).run(paths);
        REQUIRE(r.ok());
        return *r;
    }
};

} // namespace

TEST_CASE("a real-looking case imports with passages and inferred metadata", "[import]")
{
    Fixture f;
    const QString path = testsupport::writeFile(f.dir, QStringLiteral("cases/tianhe.txt"), testsupport::sampleCaseText().toUtf8());
    auto report = f.import({path});
    REQUIRE(report.count(import::ImportOutcome::Imported) == 1);
    store::DocumentStore docs(*f.project);
    auto row = docs.row(1);
    REQUIRE(row.ok());
    CHECK(row->meta.title == QStringLiteral("数据赋能课堂变革：广州市天河区智慧教育实践案例"));
    CHECK(row->meta.unit == QStringLiteral("广州市天河区教育局"));
    CHECK(row->meta.year == 2023);
    CHECK(row->meta.province == QStringLiteral("guangdong"));
    CHECK(row->meta.region == QStringLiteral("east"));
    CHECK(row->meta.caseType == QStringLiteral("regional_development"));
    for (const char *f : {"year", "province", "region", "unit", "type"}) {
        CHECK(row->meta.inferred.contains(QString::fromLatin1(f)));
        CHECK_FALSE(row->meta.evidence.value(QString::fromLatin1(f)).isEmpty()); // kept with the document
    }
    CHECK(row->meta.evidence.value(QStringLiteral("year")).contains(QStringLiteral("2023")));
    CHECK(row->meta.evidence.value(QStringLiteral("province")).contains(QStringLiteral("广州市天河区")));
    // A value a person sets is no longer inferred, and keeps no evidence.
    REQUIRE(docs.setField(1, QStringLiteral("year"), QStringLiteral("2022")).ok());
    CHECK_FALSE(docs.row(1)->meta.evidence.contains(QStringLiteral("year")));
    CHECK(docs.row(1)->meta.evidence.contains(QStringLiteral("province")));
    const auto passages = docs.passages(1);
    int headings = 0, paragraphs = 0, sentences = 0;
    for (const auto &p : passages) {
        headings += p.kind == text::PassageKind::Heading;
        paragraphs += p.kind == text::PassageKind::Paragraph;
        sentences += p.kind == text::PassageKind::Sentence;
    }
    CHECK(headings == 8); // title, unit, 一、 二、 （一） 1.lead （二） 三、 (the bare "2023年" line is page clutter)
    CHECK(paragraphs == 5);
    CHECK(sentences == 7);
}

TEST_CASE("a title is a line that names a practice or a place, else the file's name, never a sentence", "[import]")
{
    const metadata::RegionScheme scheme = *metadata::RegionScheme::builtin(QStringLiteral("three"));
    auto titleOf = [&](const QString &fileName, const QStringList &lines) {
        metadata::CaseMeta meta;
        import::inferMetadata(meta, {fileName, lines}, scheme);
        return std::pair{meta.title, meta.evidence.value(QStringLiteral("title"))};
    };
    // Page furniture first (a reader's name): the title below it is taken.
    CHECK(titleOf(QStringLiteral("a.txt"), {QStringLiteral("电子报阅读机"), QStringLiteral("2025-10-13"), QStringLiteral("南山教育:为全国AI教育提供样本"),
                                            QStringLiteral("日期:08-26")})
              .first == QStringLiteral("南山教育:为全国AI教育提供样本"));
    // A figure's caption and lines with a full stop are not titles; with nothing else, the
    // file's name (without its numbering) is.
    const auto fromName = titleOf(QStringLiteral("07_罗山县潘新镇中心学校.txt"),
                                  {QStringLiteral("全日制远程直播教学远端学校分布图"), QStringLiteral("深化创新应用,推动融合提质。筑牢数字基座。"),
                                   QStringLiteral("为贯彻落实国家教育数字化战略行动,持续深入推进我市国家中小学智慧教育平台应用推广工作,信阳市教育体育局组织开展了征集活动。")});
    CHECK(fromName.first == QStringLiteral("罗山县潘新镇中心学校"));
    CHECK(fromName.second.contains(QStringLiteral("file name")));
    // A file named by number only says nothing: the first line it is, as before.
    CHECK(titleOf(QStringLiteral("case_001.txt"), {QStringLiteral("深化创新应用,推动融合提质。筑牢数字基座。")}).first
          == QStringLiteral("深化创新应用,推动融合提质。筑牢数字基座。"));
    // A title line at the top still wins over the file's name.
    CHECK(titleOf(QStringLiteral("03_别的名字.txt"), {QStringLiteral("区域构建智慧教育体系的长沙探索"), QStringLiteral("正文第一段。")}).first
          == QStringLiteral("区域构建智慧教育体系的长沙探索"));
}

TEST_CASE("a metadata sidecar keyed by file name overrides inference", "[import]")
{
    Fixture f;
    const QString a = testsupport::writeFile(f.dir, QStringLiteral("in/a.txt"), testsupport::sampleCaseText().toUtf8());
    const QString csv = testsupport::writeFile(f.dir, QStringLiteral("in/meta.csv"),
                                               "file,year,province,type,学段\na.txt,2024,四川,研究成果类,高中\n");
    import::ImportOptions options;
    options.metadataCsv = csv;
    auto report = f.import({f.dir.filePath(QStringLiteral("in"))}, options);
    REQUIRE(report.entries.size() == 1); // the sidecar itself is not imported
    auto row = store::DocumentStore(*f.project).row(1);
    CHECK(row->meta.year == 2024);
    CHECK(row->meta.province == QStringLiteral("sichuan"));
    CHECK(row->meta.region == QStringLiteral("west"));
    CHECK(row->meta.caseType == QStringLiteral("research_outcome"));
    CHECK(row->meta.attributes.value(QStringLiteral("学段")) == QStringLiteral("高中"));
    CHECK_FALSE(row->meta.inferred.contains(QStringLiteral("year")));
    CHECK_FALSE(row->meta.inferred.contains(QStringLiteral("province")));
}

TEST_CASE("the same content imported twice is recognised and not duplicated", "[import]")
{
    Fixture f;
    const QString a = testsupport::writeFile(f.dir, QStringLiteral("a.txt"), testsupport::sampleCaseText().toUtf8());
    // Same text in another encoding and with other line endings is the same document.
    QString crlf = testsupport::sampleCaseText();
    crlf.replace(QLatin1String("\n"), QLatin1String("\r\n"));
    QByteArray utf16("\xFF\xFE", 2);
    utf16 += QByteArray(reinterpret_cast<const char *>(crlf.utf16()), crlf.size() * 2);
    const QString b = testsupport::writeFile(f.dir, QStringLiteral("b.txt"), utf16);
    auto first = f.import({a});
    CHECK(first.count(import::ImportOutcome::Imported) == 1);
    auto second = f.import({a, b});
    CHECK(second.count(import::ImportOutcome::Duplicate) == 2);
    CHECK(store::DocumentStore(*f.project).count() == 1);
}

TEST_CASE("a folder of bad files imports every good file and names each bad one", "[import]")
{
    Fixture f;
    testsupport::writeFile(f.dir, QStringLiteral("in/good.txt"), testsupport::sampleCaseText().toUtf8());
    testsupport::writeFile(f.dir, QStringLiteral("in/sub/good2.md"), "# 标题二\n\n正文第二篇，北京市东城区。\n");
    testsupport::writeFile(f.dir, QStringLiteral("in/empty.txt"), "");
    testsupport::writeFile(f.dir, QStringLiteral("in/binary.dat"), QByteArray("\x7F" "ELF\x02\x01\x01\x00\x00\x00", 10));
    QByteArray broken = testsupport::sampleCaseText().toUtf8();
    broken[30] = char(0xC0);
    testsupport::writeFile(f.dir, QStringLiteral("in/broken.txt"), broken);
    const QByteArray docx = testsupport::makeDocx("<w:p><w:r><w:t>内容。</w:t></w:r></w:p>");
    testsupport::writeFile(f.dir, QStringLiteral("in/truncated.docx"), docx.left(docx.size() - 30));
    import::ImportOptions options;
    options.limits.maxFileBytes = 4096; // stands in for the 50 MB file; the CLI test uses a real one
    testsupport::writeFile(f.dir, QStringLiteral("in/huge.txt"), QByteArray(5000, 'x'));
    auto report = f.import({f.dir.filePath(QStringLiteral("in"))}, options);
    CHECK(report.count(import::ImportOutcome::Imported) == 2);
    CHECK(report.count(import::ImportOutcome::Failed) == 5);
    QMap<QString, QString> reasons;
    for (const auto &e : report.entries)
        if (e.outcome == import::ImportOutcome::Failed)
            reasons.insert(QFileInfo(e.source).fileName(), e.message);
    CHECK(reasons.value(QStringLiteral("empty.txt")).contains(QStringLiteral("empty")));
    CHECK(reasons.value(QStringLiteral("binary.dat")).contains(QStringLiteral("binary")));
    CHECK(reasons.value(QStringLiteral("broken.txt")).contains(QStringLiteral("UTF-8")));
    CHECK(reasons.value(QStringLiteral("truncated.docx")).contains(QStringLiteral("damaged")));
    CHECK(reasons.value(QStringLiteral("huge.txt")).contains(QStringLiteral("limit")));
}

TEST_CASE("mis-mapped punctuation is repaired on import and reported", "[import]")
{
    Fixture f;
    const QString path = testsupport::writeFile(
        f.dir, QStringLiteral("pdfish.txt"),
        QStringLiteral("智慧课堂案例\n学校建设智慧课堂袁推动教学改革遥教师开展研修袁提升数字素养遥学生积极参与袁效果明显遥\n").toUtf8());
    auto report = f.import({path});
    REQUIRE(report.count(import::ImportOutcome::Imported) == 1);
    CHECK(report.entries.first().notes.join(QString()).contains(QStringLiteral("repaired")));
    auto text = store::DocumentStore(*f.project).text(1);
    CHECK(text->contains(QStringLiteral("课堂，推动教学改革。")));
    auto row = store::DocumentStore(*f.project).row(1);
    CHECK(row->importNotes.contains(QStringLiteral("repaired")));
}

TEST_CASE("search finds one- and two-character Chinese words and Latin words", "[search]")
{
    Fixture f;
    testsupport::writeFile(f.dir, QStringLiteral("in/a.txt"), testsupport::sampleCaseText().toUtf8());
    testsupport::writeFile(f.dir, QStringLiteral("in/b.txt"),
                           QStringLiteral("另一个案例\n学校使用 AI 助教和 MOOC 平台。教研活动每周一次。\n").toUtf8());
    f.import({f.dir.filePath(QStringLiteral("in"))});
    store::SearchIndex index(*f.project);

    auto two = index.search(QStringLiteral("教师"));
    REQUIRE(two.ok());
    CHECK(two->size() == 4); // a heading and three paragraphs
    for (const auto &h : *two) {
        CHECK(h.match == QStringLiteral("教师"));
        CHECK(h.documentId == 1);
    }
    // 教研 occurs only in b; 教 alone in both.
    CHECK(*index.count(QStringLiteral("教研")) == 1);
    CHECK(*index.count(QStringLiteral("教")) >= 4);
    // Longer words are phrases: the characters must be adjacent.
    CHECK(*index.count(QStringLiteral("个性化学习")) == 1);
    CHECK(*index.count(QStringLiteral("学习个性化")) == 0);
    // The index knows which passages hold 数字, 字素 and 素养, not where: a passage with
    // all three apart is a candidate that the check against the text turns away.
    const qint64 before = *index.count(QStringLiteral("数字素养"));
    testsupport::writeFile(f.dir, QStringLiteral("more/c.txt"),
                           QStringLiteral("第三个案例\n推进数字化教学，开展字素分析，促进素养提升。\n学生的数字素养明显提升。\n").toUtf8());
    f.import({f.dir.filePath(QStringLiteral("more"))});
    CHECK(*index.count(QStringLiteral("数字素养")) == before + 1);
    auto apart = index.search(QStringLiteral("数字素养"));
    REQUIRE(apart->size() == before + 1);
    for (const auto &h : *apart)
        CHECK(h.match == QStringLiteral("数字素养"));
    CHECK(*index.documents(QStringLiteral("字素分析 素养提升")) == QSet<qint64>{3});
    // Latin is case-insensitive, whole words.
    CHECK(*index.count(QStringLiteral("ai")) == 1);
    CHECK(*index.count(QStringLiteral("mooc")) == 1);
    // Several terms: all must occur.
    CHECK(*index.count(QStringLiteral("教师 数据")) == 1);
    auto hits = index.search(QStringLiteral("天河区"));
    REQUIRE(hits.ok());
    REQUIRE_FALSE(hits->isEmpty());
    CHECK(hits->first().title.contains(QStringLiteral("天河区")));
    // Offsets are code points into the document.
    auto text = store::DocumentStore(*f.project).text(hits->first().documentId);
    CHECK(text->mid(hits->first().start, 3) == QStringLiteral("天河区"));
    CHECK_FALSE(index.search(QStringLiteral("，。")).ok());
    CHECK(*index.documents(QStringLiteral("教研")) == QSet<qint64>{2});
    CHECK(index.documents(QStringLiteral("教"))->size() == 3);
}

TEST_CASE("search finds exactly the passages that contain the words", "[search]")
{
    // Cross-check the index against a plain scan of every heading and paragraph.
    Fixture f;
    for (int i = 0; i < 12; ++i)
        testsupport::writeFile(f.dir, QStringLiteral("in/%1.txt").arg(i),
                               (testsupport::sampleCaseText() + QStringLiteral("补充第%1段：教学评一体化，课堂展示。\n").arg(i)).toUtf8());
    f.import({f.dir.filePath(QStringLiteral("in"))});
    store::SearchIndex index(*f.project);
    for (const QString &q : {QStringLiteral("课"), QStringLiteral("展"), QStringLiteral("教师"), QStringLiteral("课堂"), QStringLiteral("学习路径"),
                             QStringLiteral("教学评一体化"), QStringLiteral("化"), QStringLiteral("一体化课堂"), QStringLiteral("段教学"),
                             QStringLiteral("。")}) {
        auto scan = f.project->db().prepare(QStringLiteral(
            "SELECT count(*) FROM passages p JOIN documents d ON d.id = p.document_id WHERE p.kind <> 'sentence' "
            "AND instr(substr(d.text, p.start_pos + 1, p.end_pos - p.start_pos), ?1) > 0"));
        // Every query is also checked through the documents view and the search hits.
        auto docScan = f.project->db().prepare(QStringLiteral(
            "SELECT count(DISTINCT p.document_id) FROM passages p JOIN documents d ON d.id = p.document_id WHERE p.kind <> 'sentence' "
            "AND instr(substr(d.text, p.start_pos + 1, p.end_pos - p.start_pos), ?1) > 0"));
        docScan->bind(1, q);
        REQUIRE(docScan->next());
        if (q != QStringLiteral("。")) {
            CHECK(qint64(index.documents(q)->size()) == docScan->int64(0));
            CHECK(qint64(index.search(q, 100000)->size()) <= docScan->int64(0) * 1000);
        }
        scan->bind(1, q);
        REQUIRE(scan->next());
        const qint64 expected = scan->int64(0);
        auto counted = index.count(q);
        if (q == QStringLiteral("。")) {
            CHECK_FALSE(counted.ok()); // punctuation alone is nothing to search for
            continue;
        }
        REQUIRE(counted.ok());
        INFO("query " << q.toStdString());
        CHECK(*counted == expected);
        if (q != QStringLiteral("一体化课堂") && q != QStringLiteral("段教学"))
            CHECK(expected > 0); // the other two do not occur as written: nothing may be found
    }
}

TEST_CASE("the original text is kept only when cleaning changed it", "[import]")
{
    Fixture f;
    testsupport::writeFile(f.dir, QStringLiteral("in/a.txt"), testsupport::sampleCaseText().toUtf8());
    // U+2F08 is the Kangxi radical that PDF fonts emit for 人.
    testsupport::writeFile(f.dir, QStringLiteral("in/b.txt"), QStringLiteral("另一个案例\n学校以\u2F08为本推进教学改革。\n").toUtf8());
    f.import({f.dir.filePath(QStringLiteral("in"))});
    auto row = [&](int id, const char *column) {
        return f.project->db().scalar(QStringLiteral("SELECT %1 FROM documents WHERE id = %2").arg(QString::fromLatin1(column)).arg(id))->toString();
    };
    CHECK(row(1, "original_text").isEmpty());
    CHECK_FALSE(row(1, "text").isEmpty());
    CHECK(row(2, "original_text").contains(QChar(0x2F08)));
    CHECK(row(2, "text").contains(QStringLiteral("以人为本")));
}
