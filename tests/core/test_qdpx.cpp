// REFI-QDA project exchange: round trip of the demo, the structure the REFI-QDA 1.5
// project schema defines, a file in the shape another tool writes, hostile archives.

#include "store/newproject.h"
#include "testsupport.h"

#include "coding/codingrun.h"
#include "coding/lexiconcoder.h"
#include "demo/demogenerator.h"
#include "store/codestore.h"
#include "store/memostore.h"
#include "exchange/qdpxexport.h"
#include "review/sampler.h"
#include "import/docximporter.h"
#include "exchange/qdpximport.h"
#include "store/documentstore.h"
#include "text/unicode.h"
#include "text/personaldata.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

using namespace caselens;

namespace {

QString writeBytes(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    return testsupport::writeFile(dir, name, bytes);
}

QStringList codingRows(store::Project &p)
{
    QStringList out;
    auto st = p.db().prepare(QStringLiteral("SELECT d.title, c.start_pos, c.end_pos, k.key, r.name FROM codings c JOIN documents d ON d.id = c.document_id "
                                            "JOIN codes k ON k.id = c.code_id JOIN coders r ON r.id = c.coder_id WHERE c.status = 'accepted' "
                                            "ORDER BY d.title, c.start_pos, k.key"));
    while (st->next())
        out.append(QStringLiteral("%1|%2|%3|%4|%5").arg(st->text(0)).arg(st->int64(1)).arg(st->int64(2)).arg(st->text(3), st->text(4)));
    return out;
}

} // namespace

TEST_CASE("qdpx round trip: the demo exported and imported keeps documents, codes and accepted codings", "[qdpx]")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.caselens"));
    REQUIRE(demo::buildDemoProject(a, demo::DemoOptions{40, 9}).ok());
    auto pa = store::Project::open(a);
    REQUIRE(pa.ok());
    const QString qdpx = dir.filePath(QStringLiteral("a.qdpx"));
    auto exported = exchange::exportQdpx(**pa, qdpx);
    REQUIRE(exported.ok());
    CHECK(exported->sources == 40);
    // Stable GUIDs: a second export writes the same project.qde but for the modified time.
    const QString qdpx2 = dir.filePath(QStringLiteral("b.qdpx"));
    REQUIRE(exchange::exportQdpx(**pa, qdpx2).ok());
    QFile f1(qdpx), f2(qdpx2);
    REQUIRE(f1.open(QIODevice::ReadOnly));
    REQUIRE(f2.open(QIODevice::ReadOnly));
    QByteArray x1 = *testsupport::zipEntry(f1.readAll(), QStringLiteral("project.qde"));
    QByteArray x2 = *testsupport::zipEntry(f2.readAll(), QStringLiteral("project.qde"));
    static const QRegularExpression modified(QStringLiteral("modifiedDateTime=\"[^\"]*\""));
    CHECK(QString::fromUtf8(x1).remove(modified) == QString::fromUtf8(x2).remove(modified));

    const QString b = dir.filePath(QStringLiteral("b.caselens"));
    auto imported = exchange::importQdpx(qdpx, b);
    REQUIRE(imported.ok());
    CHECK(imported->sources == 40);
    CHECK(imported->codings == exported->codings);
    auto pb = store::Project::open(b);
    REQUIRE(pb.ok());
    // Same documents (titles and texts), same metadata, same codes, same codings by the same coders.
    auto docsA = store::DocumentStore(**pa).list();
    auto docsB = store::DocumentStore(**pb).list();
    REQUIRE(docsA.size() == docsB.size());
    for (int i = 0; i < docsA.size(); ++i) {
        CHECK(docsA.at(i).meta.title == docsB.at(i).meta.title);
        CHECK(*store::DocumentStore(**pa).text(docsA.at(i).id) == *store::DocumentStore(**pb).text(docsB.at(i).id));
        CHECK(docsA.at(i).meta.year == docsB.at(i).meta.year);
        CHECK(docsA.at(i).meta.province == docsB.at(i).meta.province);
        CHECK(docsA.at(i).meta.region == docsB.at(i).meta.region);
        CHECK(docsA.at(i).meta.caseType == docsB.at(i).meta.caseType);
    }
    CHECK(codingRows(**pa) == codingRows(**pb));
    CHECK((*pb)->db().scalar(QStringLiteral("SELECT count(*) FROM codes WHERE is_codable = 1"))->toInt() == 10);
}

TEST_CASE("qdpx round trip: suggestions stay suggestions and a memo comes back once", "[qdpx]")
{
    // Issue "REFI-QDA exchange": re-importing an export with suggestions made every
    // unreviewed suggestion an accepted human coding; a memo doubled on each trip.
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.caselens"));
    REQUIRE(demo::buildDemoProject(a, demo::DemoOptions{12, 4}).ok());
    auto pa = store::Project::open(a);
    REQUIRE(pa.ok());
    coding::LexiconCoder lexicon(store::CodeStore(**pa).codebook());
    auto firstThree = store::DocumentFilter::parse(QStringLiteral("1-3"), {});
    auto run = coding::runCoder(**pa, lexicon, *firstThree, 0.0);
    REQUIRE(run.ok());
    REQUIRE(run->suggestions > 0);
    REQUIRE(store::MemoStore(**pa).write(store::MemoTarget::Project, 0, QStringLiteral("组长"), QStringLiteral("编码说明\n先读全文再编码。")).ok());
    const QString qdpx = dir.filePath(QStringLiteral("a.qdpx"));
    exchange::QdpxOptions options;
    options.includeSuggestions = true;
    auto exported = exchange::exportQdpx(**pa, qdpx, options);
    REQUIRE(exported.ok());
    CHECK(exported->suggestions == run->suggestions);

    const QString b = dir.filePath(QStringLiteral("b.caselens"));
    auto imported = exchange::importQdpx(qdpx, b);
    REQUIRE(imported.ok());
    CHECK(imported->notes.join(QLatin1Char(' ')).contains(QStringLiteral("suggestions came back as suggestions")));
    auto pb = store::Project::open(b);
    REQUIRE(pb.ok());
    auto scalar = [&](const char *sql) { return (*pb)->db().scalar(QString::fromUtf8(sql))->toLongLong(); };
    CHECK(scalar("SELECT count(*) FROM codings c JOIN coders r ON r.id = c.coder_id WHERE c.status = 'suggested' AND c.origin = 'ai' "
                 "AND r.name = 'lexicon' AND r.kind = 'engine' AND c.confidence > 0 AND c.rationale LIKE 'cue terms:%'")
          == run->suggestions);
    CHECK(scalar("SELECT count(*) FROM codings c JOIN coders r ON r.id = c.coder_id WHERE r.name = 'lexicon' AND c.origin = 'human'") == 0);
    // The accepted human codings are as they were.
    CHECK(codingRows(**pa) == codingRows(**pb));
    auto memos = store::MemoStore(**pb).all();
    REQUIRE(memos.ok());
    REQUIRE(memos->size() == 1);
    CHECK(memos->first().text == QStringLiteral("编码说明\n先读全文再编码。"));
    CHECK(memos->first().author == QStringLiteral("组长"));
    // Codings and coders keep their identities: a project sent out and back can be matched.
    auto guids = [](store::Project &p, const char *sql) {
        QStringList out;
        auto st = p.db().prepare(QString::fromUtf8(sql));
        while (st->next())
            out.append(st->text(0));
        out.sort();
        return out;
    };
    const char *codingGuids = "SELECT guid FROM codings WHERE status IN ('accepted', 'suggested')";
    const char *coderGuids = "SELECT name || ' ' || guid || ' ' || kind FROM coders";
    CHECK(guids(**pa, codingGuids) == guids(**pb, codingGuids));
    CHECK(guids(**pa, coderGuids) == guids(**pb, coderGuids));
}

TEST_CASE("qdpx structure follows the REFI-QDA project schema", "[qdpx]")
{
    // The schema (REFI-QDA 1.5) is not copied here; these checks follow the structure it
    // defines: root, namespace, child order, required attributes, GUID and time formats.
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.caselens"));
    REQUIRE(demo::buildDemoProject(a, demo::DemoOptions{10, 3}).ok());
    auto p = store::Project::open(a);
    REQUIRE(review::drawSample(**p, {QStringLiteral("check"), 4, 1, QStringLiteral("document"), {}}).ok());
    REQUIRE((*p)->db().exec(QStringLiteral("INSERT INTO memos(target_kind, target_id, text, created_at, updated_at, guid) "
                                           "VALUES ('document', 2, '这一案例值得细读。', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', "
                                           "'eeeeeeee-eeee-eeee-eeee-eeeeeeeeeeee')")).ok());
    coding::LexiconCoder lexicon(store::CodeStore(**p).codebook());
    REQUIRE(coding::runCoder(**p, lexicon, *store::DocumentFilter::parse({}, {}), 0.0).ok());
    const QString qdpx = dir.filePath(QStringLiteral("a.qdpx"));
    REQUIRE(exchange::exportQdpx(**p, qdpx, {true}).ok());
    QFile f(qdpx);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray zip = f.readAll();
    const QByteArray xml = *testsupport::zipEntry(zip, QStringLiteral("project.qde"));
    static const QRegularExpression guid(QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    static const QRegularExpression time(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"));
    const QHash<QString, QStringList> required = {
        {QStringLiteral("Project"), {QStringLiteral("name")}},
        {QStringLiteral("User"), {QStringLiteral("guid")}},
        {QStringLiteral("Code"), {QStringLiteral("guid"), QStringLiteral("name"), QStringLiteral("isCodable")}},
        {QStringLiteral("Variable"), {QStringLiteral("guid"), QStringLiteral("name"), QStringLiteral("typeOfVariable")}},
        {QStringLiteral("Case"), {QStringLiteral("guid")}},
        {QStringLiteral("TextSource"), {QStringLiteral("guid"), QStringLiteral("plainTextPath")}},
        {QStringLiteral("PlainTextSelection"), {QStringLiteral("guid"), QStringLiteral("startPosition"), QStringLiteral("endPosition")}},
        {QStringLiteral("Coding"), {QStringLiteral("guid")}},
        {QStringLiteral("CodeRef"), {QStringLiteral("targetGUID")}},
        {QStringLiteral("VariableRef"), {QStringLiteral("targetGUID")}},
        {QStringLiteral("SourceRef"), {QStringLiteral("targetGUID")}},
    };
    const QStringList projectOrder = {QStringLiteral("Users"), QStringLiteral("CodeBook"), QStringLiteral("Variables"), QStringLiteral("Cases"),
                                      QStringLiteral("Sources"), QStringLiteral("Notes"), QStringLiteral("Links"), QStringLiteral("Sets"),
                                      QStringLiteral("Graphs"), QStringLiteral("Description")};
    QXmlStreamReader r(xml);
    int depth = 0, lastChild = -1, selections = 0;
    QSet<QString> guids, referenced, internalFiles;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement()) {
            if (r.isEndElement())
                --depth;
            continue;
        }
        ++depth;
        const QString name = r.name().toString();
        if (depth == 1) {
            CHECK(name == QStringLiteral("Project"));
            CHECK(r.namespaceUri() == QStringLiteral("urn:QDA-XML:project:1.0"));
        }
        if (depth == 2) {
            const int at = int(projectOrder.indexOf(name));
            CHECK(at > lastChild);
            lastChild = at;
        }
        for (const QString &a : required.value(name))
            CHECK(r.attributes().hasAttribute(a));
        if (r.attributes().hasAttribute(QStringLiteral("guid"))) {
            const QString g = r.attributes().value(QStringLiteral("guid")).toString();
            CHECK(guid.match(g).hasMatch());
            CHECK_FALSE(guids.contains(g)); // unique
            guids.insert(g);
        }
        if (r.attributes().hasAttribute(QStringLiteral("targetGUID")))
            referenced.insert(r.attributes().value(QStringLiteral("targetGUID")).toString());
        for (const char *t : {"creationDateTime", "modifiedDateTime"})
            if (r.attributes().hasAttribute(QString::fromLatin1(t)))
                CHECK(time.match(r.attributes().value(QString::fromLatin1(t)).toString()).hasMatch());
        if (name == QStringLiteral("Code"))
            CHECK((r.attributes().value(QStringLiteral("isCodable")) == QStringLiteral("true") || r.attributes().value(QStringLiteral("isCodable")) == QStringLiteral("false")));
        if (name == QStringLiteral("TextSource")) {
            const QString path = r.attributes().value(QStringLiteral("plainTextPath")).toString();
            CHECK(path.startsWith(QStringLiteral("internal://")));
            internalFiles.insert(QStringLiteral("sources/") + path.mid(11));
        }
        if (name == QStringLiteral("PlainTextSelection")) {
            ++selections;
            CHECK(r.attributes().value(QStringLiteral("startPosition")).toLongLong() < r.attributes().value(QStringLiteral("endPosition")).toLongLong());
        }
    }
    CHECK_FALSE(r.hasError());
    CHECK(selections > 0);
    for (const QString &ref : referenced)
        CHECK(guids.contains(ref)); // every reference points at an element of the project
    for (const QString &file : internalFiles)
        CHECK(testsupport::zipEntry(zip, file).ok());
    CHECK(xml.contains("CaseLens AI suggestion, not reviewed")); // asked for, and marked
    CHECK(xml.contains("这一案例值得细读。"));                       // memos as notes
    CHECK(xml.contains("<Set ") );                                    // samples as sets
    CHECK(xml.count("<MemberSource") == 4);
}

TEST_CASE("a qdpx in the shape another tool writes imports, with its quirks reported", "[qdpx]")
{
    QTemporaryDir dir;
    // CRLF line ends, a character outside the BMP counted as two units by the other tool,
    // a selection with only a description, a case variable, a note, a set.
    const QString text = QStringLiteral("第一段：教师培训。\r\n\r\n第二段𠀀：学生自主学习。");
    const qint64 secondStartUtf16 = text.indexOf(QStringLiteral("学生"));
    const QByteArray qde = QStringLiteral(R"(<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Other tool" origin="SomeQDA 2.0">
 <Users><User guid="11111111-1111-1111-1111-111111111111" name="Li Lei"/></Users>
 <CodeBook><Codes>
  <Code guid="22222222-2222-2222-2222-222222222222" name="Teacher training" isCodable="true" color="#112233"/>
  <Code guid="33333333-3333-3333-3333-333333333333" name="Autonomy" isCodable="true"/>
 </Codes></CodeBook>
 <Variables><Variable guid="44444444-4444-4444-4444-444444444444" name="学段" typeOfVariable="Text"/></Variables>
 <Cases><Case guid="55555555-5555-5555-5555-555555555555" name="Case A">
  <VariableValue><VariableRef targetGUID="44444444-4444-4444-4444-444444444444"/><TextValue>小学</TextValue></VariableValue>
  <SourceRef targetGUID="66666666-6666-6666-6666-666666666666"/></Case></Cases>
 <Sources>
  <TextSource guid="66666666-6666-6666-6666-666666666666" name="interview.txt" plainTextPath="internal://66666666-6666-6666-6666-666666666666.txt">
   <PlainTextSelection guid="77777777-7777-7777-7777-777777777777" startPosition="4" endPosition="8" creatingUser="11111111-1111-1111-1111-111111111111">
    <Coding guid="88888888-8888-8888-8888-888888888888" creatingUser="11111111-1111-1111-1111-111111111111"><CodeRef targetGUID="22222222-2222-2222-2222-222222222222"/></Coding>
   </PlainTextSelection>
   <PlainTextSelection guid="99999999-9999-9999-9999-999999999999" startPosition="%1" endPosition="%2">
    <Coding guid="aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa"><CodeRef targetGUID="33333333-3333-3333-3333-333333333333"/></Coding>
   </PlainTextSelection>
   <PlainTextSelection guid="bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb" startPosition="0" endPosition="3"><Description>just a note</Description></PlainTextSelection>
  </TextSource>
 </Sources>
 <Notes><Note guid="cccccccc-cccc-cccc-cccc-cccccccccccc" name="Memo"><PlainTextContent>Remember to check case A.</PlainTextContent></Note></Notes>
 <Sets><Set guid="dddddddd-dddd-dddd-dddd-dddddddddddd" name="S"/></Sets>
</Project>)").arg(secondStartUtf16).arg(text.size()).toUtf8();
    const QString qdpx = writeBytes(dir, QStringLiteral("other.qdpx"),
                                    testsupport::makeZip({{QStringLiteral("project.qde"), qde},
                                                          {QStringLiteral("sources/66666666-6666-6666-6666-666666666666.txt"), text.toUtf8()}}));
    const QString target = dir.filePath(QStringLiteral("o.caselens"));
    auto r = exchange::importQdpx(qdpx, target);
    REQUIRE(r.ok());
    CHECK(r->sources == 1);
    CHECK(r->codings == 2);
    CHECK(r->memos == 2); // the note, and what was said about the uncoded selection
    const QString notes = r->notes.join(QStringLiteral(" | "));
    CHECK(notes.contains(QStringLiteral("UTF-16")));
    CHECK(notes.contains(QStringLiteral("no code")));
    CHECK(notes.contains(QStringLiteral("1 × empty Set")));
    auto p = store::Project::open(target);
    REQUIRE(p.ok());
    store::DocumentStore docs(**p);
    const QString stored = *docs.text(1);
    CHECK(stored == QStringLiteral("第一段：教师培训。\n第二段𠀀：学生自主学习。"));
    CHECK(docs.row(1)->meta.attributes.value(QStringLiteral("学段")) == QStringLiteral("小学"));
    auto st = (*p)->db().prepare(QStringLiteral("SELECT c.start_pos, c.end_pos, k.key, r.name FROM codings c JOIN codes k ON k.id = c.code_id "
                                                "JOIN coders r ON r.id = c.coder_id ORDER BY c.start_pos"));
    REQUIRE(st->next());
    CHECK(text::midCodePoints(stored, st->int64(0), st->int64(1)) == QStringLiteral("教师培训"));
    CHECK(st->text(2) == QStringLiteral("teacher_training"));
    CHECK(st->text(3) == QStringLiteral("Li Lei"));
    REQUIRE(st->next());
    CHECK(text::midCodePoints(stored, st->int64(0), st->int64(1)) == QStringLiteral("学生自主学习。"));
    CHECK(st->text(3) == QStringLiteral("imported"));
    // The uncoded selection's description is a memo on the case that quotes the passage.
    auto onCase = store::MemoStore(**p).memosOn(store::MemoTarget::Document, 1);
    REQUIRE(onCase.ok());
    REQUIRE(onCase->size() == 1);
    CHECK(onCase->first().text == QStringLiteral("「第一段」\njust a note"));
}

TEST_CASE("hostile qdpx archives are refused with a clear message and nothing written outside", "[qdpx]")
{
    QTemporaryDir dir;
    const QByteArray minimal = "<?xml version=\"1.0\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><CodeBook><Codes>"
                               "<Code guid=\"22222222-2222-2222-2222-222222222222\" name=\"A\" isCodable=\"true\"/></Codes></CodeBook>"
                               "<Sources><TextSource guid=\"66666666-6666-6666-6666-666666666666\" name=\"t\" plainTextPath=\"internal://66666666-6666-6666-6666-666666666666.txt\"/></Sources></Project>";
    auto attempt = [&](const QString &name, const QMap<QString, QByteArray> &entries, const exchange::QdpxLimits &limits = {}) {
        const QString file = writeBytes(dir, name + QStringLiteral(".qdpx"), testsupport::makeZip(entries));
        const QString target = dir.filePath(name + QStringLiteral(".caselens"));
        auto r = exchange::importQdpx(file, target, limits);
        REQUIRE_FALSE(r.ok());
        CHECK_FALSE(QFile::exists(target)); // refused before any project was made
        return r.error().message;
    };
    CHECK(attempt(QStringLiteral("traversal"), {{QStringLiteral("project.qde"), minimal}, {QStringLiteral("../evil.txt"), "x"}}).contains(QStringLiteral("leaves its folder")));
    CHECK(attempt(QStringLiteral("absolute"), {{QStringLiteral("project.qde"), minimal}, {QStringLiteral("/etc/evil"), "x"}}).contains(QStringLiteral("leaves its folder")));
    exchange::QdpxLimits small;
    small.maxEntryBytes = 1000; // stands in for a zip bomb: 1 MB of zeros compresses to about 1 KB
    CHECK(attempt(QStringLiteral("bomb"), {{QStringLiteral("project.qde"), minimal}, {QStringLiteral("sources/big.txt"), QByteArray(1 << 20, '\0')}}, small)
              .contains(QStringLiteral("expand")));
    QByteArray deep = "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\">";
    for (int i = 0; i < 300; ++i)
        deep += "<Description>";
    CHECK(attempt(QStringLiteral("deep"), {{QStringLiteral("project.qde"), deep}}).contains(QStringLiteral("nested")));
    CHECK(attempt(QStringLiteral("missing"), {{QStringLiteral("project.qde"), minimal}}).contains(QStringLiteral("missing")));
    CHECK(attempt(QStringLiteral("noqde"), {{QStringLiteral("readme.txt"), "hello"}}).contains(QStringLiteral("project.qde")));
    // Issue "Nothing lost", item 10: duplicate GUIDs moved one code's codings to another.
    QByteArray twoCodes = minimal;
    twoCodes.replace("</Codes>", "<Code guid=\"22222222-2222-2222-2222-222222222222\" name=\"B\" isCodable=\"true\"/></Codes>");
    CHECK(attempt(QStringLiteral("dupcode"), {{QStringLiteral("project.qde"), twoCodes},
                                              {QStringLiteral("sources/66666666-6666-6666-6666-666666666666.txt"), "text"}})
              .contains(QStringLiteral("same GUID")));
    QByteArray twoSources = minimal;
    twoSources.replace("</Sources>", "<TextSource guid=\"66666666-6666-6666-6666-666666666666\" name=\"u\" "
                                     "plainTextPath=\"internal://66666666-6666-6666-6666-666666666666.txt\"/></Sources>");
    CHECK(attempt(QStringLiteral("dupsource"), {{QStringLiteral("project.qde"), twoSources},
                                                {QStringLiteral("sources/66666666-6666-6666-6666-666666666666.txt"), "text"}})
              .contains(QStringLiteral("same GUID")));
    // Control characters in a source's text reach the project as replacement characters,
    // one for one, so positions hold and nothing raw reaches a terminal.
    {
        const QString file = writeBytes(dir, QStringLiteral("ctl.qdpx"),
                                        testsupport::makeZip({{QStringLiteral("project.qde"), minimal},
                                                              {QStringLiteral("sources/66666666-6666-6666-6666-666666666666.txt"),
                                                               QByteArray("ab\x1b[31mcd\0ef", 12)}}));
        const QString target = dir.filePath(QStringLiteral("ctl.caselens"));
        REQUIRE(exchange::importQdpx(file, target).ok());
        auto p = store::Project::open(target);
        REQUIRE(p.ok());
        const QString stored = *store::DocumentStore(**p).text(1);
        CHECK_FALSE(stored.contains(QChar(0x1b)));
        CHECK_FALSE(stored.contains(QChar(0)));
        CHECK(stored.size() == 12);
    }
    const QString notZip = writeBytes(dir, QStringLiteral("plain.qdpx"), "not a zip at all");
    CHECK_FALSE(exchange::importQdpx(notZip, dir.filePath(QStringLiteral("plain.caselens"))).ok());
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("evil.txt"))));
    CHECK_FALSE(QFile::exists(QDir(dir.path()).absoluteFilePath(QStringLiteral("../evil.txt"))));
}

TEST_CASE("anonymised export masks personal data with one mark per character", "[qdpx][privacy]")
{
    QTemporaryDir dir;
    auto p = store::createProject(dir.filePath(QStringLiteral("p.caselens")));
    REQUIRE(p.ok());
    store::NewDocument d;
    d.meta.title = QStringLiteral("案例");
    d.sourceName = QStringLiteral("a.txt");
    d.sourceFormat = QStringLiteral("txt");
    d.segmentation.text = QStringLiteral("联系人王小明，电话13812345678，邮箱 wang@school.cn，身份证11010119900307123X。王小明老师组织教研。");
    d.originalText = d.segmentation.text;
    d.segmentation.passages = {{text::PassageKind::Paragraph, 0, text::codePointLength(d.segmentation.text), -1}};
    REQUIRE(store::DocumentStore(**p).insert(d).ok());
    exchange::QdpxOptions options;
    options.anonymise = true;
    options.names = {QStringLiteral("王小明")};
    const QString qdpx = dir.filePath(QStringLiteral("anon.qdpx"));
    auto r = exchange::exportQdpx(**p, qdpx, options);
    REQUIRE(r.ok());
    CHECK(r->masked.value(QStringLiteral("name")) == 2);
    CHECK(r->masked.value(QStringLiteral("phone")) == 1);
    CHECK(r->masked.value(QStringLiteral("email")) == 1);
    CHECK(r->masked.value(QStringLiteral("id_number")) == 1);
    QFile f(qdpx);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray zip = f.readAll();
    QString text;
    const QByteArray qde = *testsupport::zipEntry(zip, QStringLiteral("project.qde"));
    const auto path = QRegularExpression(QStringLiteral("internal://([0-9a-f-]+\\.txt)")).match(QString::fromUtf8(qde));
    REQUIRE(path.hasMatch());
    text = QString::fromUtf8(*testsupport::zipEntry(zip, QStringLiteral("sources/") + path.captured(1)));
    CHECK_FALSE(text.contains(QStringLiteral("王小明")));
    CHECK_FALSE(text.contains(QStringLiteral("13812345678")));
    CHECK_FALSE(text.contains(QStringLiteral("wang@school.cn")));
    CHECK_FALSE(text.contains(QStringLiteral("11010119900307123X")));
    CHECK(text.contains(QStringLiteral("组织教研")));
    CHECK(text::codePointLength(text) == text::codePointLength(d.segmentation.text)); // positions still hold
}
