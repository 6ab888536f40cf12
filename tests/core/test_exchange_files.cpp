// REFI-QDA files written by other tools (../shared/reference/refi-qda, read in place,
// never copied), and the demo sent out and back: every file imports with what it drops
// named and counted, every coding covers the text its tool meant, every export
// validates against the official schema, and a second trip changes nothing.

#include "testsupport.h"

#include "coding/codingrun.h"
#include "coding/lexiconcoder.h"
#include "demo/demogenerator.h"
#include "exchange/qdccodebook.h"
#include "exchange/qdeproject.h"
#include "exchange/qdpxexport.h"
#include "exchange/qdpximport.h"
#include "import/codebookfile.h"
#include "review/reviewservice.h"
#include "review/sampler.h"
#include "store/codestore.h"
#include "store/codingstore.h"
#include "store/documentstore.h"
#include "store/memostore.h"
#include "store/newproject.h"
#include "support/ziparchive.h"
#include "text/unicode.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace caselens;

namespace {

QString refiDir() { return QDir(QStringLiteral(CASELENS_SOURCE_DIR "/../shared/reference/refi-qda")).absolutePath(); }

bool haveSamples()
{
    if (QFile::exists(refiDir() + QStringLiteral("/Project-mrt2019.xsd")))
        return true;
    WARN("../shared/reference/refi-qda is not beside this checkout; the REFI-QDA sample files were not tried");
    return false;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every entry of an archive, project.qde with its times taken out (they say when the
// file was written, not what it holds).
QMap<QString, QByteArray> archiveContents(const QString &path)
{
    auto zip = ZipReader::open(readAll(path));
    REQUIRE(zip.ok());
    QMap<QString, QByteArray> out;
    static const QRegularExpression times(QStringLiteral(" (creationDateTime|modifiedDateTime)=\"[^\"]*\""));
    for (const auto &e : zip->entries()) {
        QByteArray bytes = *zip->read(e.name, 1 << 28);
        if (e.name.endsWith(QLatin1String(".qde")))
            bytes = QString::fromUtf8(bytes).remove(times).toUtf8();
        out.insert(e.name, bytes);
    }
    return out;
}

// xmllint (libxml2) against the official schema; the empty string when it validates.
QString schemaProblems(const QString &qdpx, const QTemporaryDir &dir)
{
    auto qde = testsupport::zipEntry(readAll(qdpx), QStringLiteral("project.qde"));
    if (!qde)
        return qde.error().message;
    const QString file = testsupport::writeFile(dir, QFileInfo(qdpx).completeBaseName() + QStringLiteral(".qde"), *qde);
    QProcess lint;
    lint.start(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--schema"), refiDir() + QStringLiteral("/Project-mrt2019.xsd"), file});
    if (!lint.waitForFinished(60000))
        return QStringLiteral("xmllint did not run (scripts/bootstrap.sh installs libxml2-utils)");
    return lint.exitCode() == 0 ? QString() : QString::fromUtf8(lint.readAllStandardError());
}

// The text each coded selection of a source covers, as the other tool meant it: its code
// points, with carriage returns and blank lines gone as CaseLens keeps the text.
QString covered(const QString &original, qint64 start, qint64 end)
{
    QString span = text::midCodePoints(original, start, end);
    span.remove(QLatin1Char('\r'));
    while (span.contains(QStringLiteral("\n\n")))
        span.replace(QStringLiteral("\n\n"), QStringLiteral("\n"));
    return span;
}

// Texts for f4's project.qde (its sources are not in the file): CRLF line ends, a byte
// order mark, characters outside the BMP, long enough for every selection.
QByteArray f4Text(int variant)
{
    QString t;
    for (int line = 0; t.size() < 1500; ++line)
        t += QStringLiteral("第%1行：受访教师谈到𠀀课堂里的数字工具 (interview %2), line %1 of the transcript.\r\n").arg(line).arg(variant);
    return QByteArray("\xEF\xBB\xBF") + t.toUtf8();
}

// Imports `qdpx`, checks every coding against the tool's own text, exports again, checks
// the export against the schema, and sends it round once more: the archives agree.
void tryFile(const QString &qdpx, const QTemporaryDir &dir, const QStringList &mustReport)
{
    INFO(qdpx.toStdString());
    const QString name = QFileInfo(qdpx).completeBaseName();
    const QString project = dir.filePath(name + QStringLiteral(".caselens"));
    auto imported = exchange::importQdpx(qdpx, project);
    REQUIRE(imported.ok());
    const QString notes = imported->notes.join(QStringLiteral(" | "));
    INFO(notes.toStdString());
    for (const QString &m : mustReport)
        CHECK(notes.contains(m));

    // Each coding covers the text its selection names in the other tool's file.
    auto archive = ZipReader::open(readAll(qdpx));
    REQUIRE(archive.ok());
    auto qde = exchange::parseQde(*archive->read(QStringLiteral("project.qde"), 1 << 28), 128);
    REQUIRE(qde.ok());
    auto p = store::Project::open(project);
    REQUIRE(p.ok());
    store::DocumentStore docs(**p);
    int checked = 0;
    for (const auto &row : docs.list()) {
        for (const auto &s : qde->sources) {
            if (exchange::normalGuid(s.guid) != row.guid)
                continue;
            QString original = s.content.value_or(QString());
            if (!s.content) {
                const QByteArray bytes = *archive->read(QStringLiteral("sources/") + s.plainTextPath.section(QStringLiteral("://"), -1), 1 << 28);
                original = QString::fromUtf8(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
            }
            const QString stored = *docs.text(row.id);
            auto codings = store::CodingStore(**p).ofDocument(row.id);
            REQUIRE(codings.ok());
            for (const auto &sel : s.selections)
                for (const auto &c : *codings)
                    if (c.guid == exchange::normalGuid(sel.guid)) {
                        CHECK(text::midCodePoints(stored, c.start, c.end) == covered(original, sel.start, sel.end));
                        ++checked;
                    }
        }
    }
    int selections = 0;
    for (const auto &s : qde->sources)
        for (const auto &sel : s.selections)
            selections += sel.codings.isEmpty() ? 0 : 1;
    CHECK(checked == selections);

    // Out again: valid, and a second trip gives the same archive.
    const QString once = dir.filePath(name + QStringLiteral("-1.qdpx"));
    REQUIRE(exchange::exportQdpx(**p, once, {true}).ok());
    CHECK(schemaProblems(once, dir).toStdString() == "");
    const QString again = dir.filePath(name + QStringLiteral("-2.caselens"));
    REQUIRE(exchange::importQdpx(once, again).ok());
    auto p2 = store::Project::open(again);
    REQUIRE(p2.ok());
    const QString twice = dir.filePath(name + QStringLiteral("-2.qdpx"));
    REQUIRE(exchange::exportQdpx(**p2, twice, {true}).ok());
    CHECK(archiveContents(once) == archiveContents(twice));
}

} // namespace

TEST_CASE("REFI-QDA files from ATLAS.ti, NVivo and f4 import, export valid and round trip unchanged", "[qdpx][refi]")
{
    if (!haveSamples())
        return;
    QTemporaryDir dir;
    const QString samples = refiDir() + QStringLiteral("/samples");
    tryFile(samples + QStringLiteral("/blank-atlas-project.qdpx"), dir, {});
    tryFile(samples + QStringLiteral("/target-atlas-project.qdpx"), dir, {});
    // NVivo's two sources hold no text: each is named and skipped, and the project passes its checks.
    tryFile(samples + QStringLiteral("/nvivo_project.qdpx"), dir, {QStringLiteral("was not imported: its text is empty")});
    {
        auto p = store::Project::open(dir.filePath(QStringLiteral("nvivo_project.caselens")));
        REQUIRE(p.ok());
        CHECK(store::CodeStore(**p).codebook().codes.size() == 262); // three levels of NVivo's codes, and not one default code
        CHECK(store::DocumentStore(**p).list().isEmpty());
    }

    // f4's project.qde, with texts of our own around it.
    QMap<QString, QByteArray> entries{{QStringLiteral("project.qde"), readAll(samples + QStringLiteral("/valid-document.xml"))}};
    int variant = 0;
    for (const char *guid : {"333e1cde-f6c3-46c8-98cb-6e92eb1169a1", "fb212a01-b4b5-41ba-bd9f-b66bb210b204", "834517f4-6e9f-4425-9bdd-a4be2d36e7a0",
                             "87c38791-4e98-494a-a0f9-905a813921b4"})
        entries.insert(QStringLiteral("sources/%1.txt").arg(QLatin1String(guid)), f4Text(++variant));
    // f4 keeps notes' text in files too.
    entries.insert(QStringLiteral("sources/768169b3-d336-4ef3-8060-83bcb776a23d.txt"), "Kommentar zum Test-Code");
    entries.insert(QStringLiteral("sources/7b5e2e19-bae9-4450-97d0-f548e3e4ec76.txt"), "Memo am codierten Snippet");
    entries.insert(QStringLiteral("sources/b4352c05-1171-41d9-9d27-401fd25cd8e7.txt"), "Memo am nicht codierten Snippet");
    const QString f4 = testsupport::writeFile(dir, QStringLiteral("f4.qdpx"), testsupport::makeZip(entries));
    tryFile(f4, dir, {QStringLiteral("carry no code")});
    auto p = store::Project::open(dir.filePath(QStringLiteral("f4.caselens")));
    REQUIRE(p.ok());
    CHECK((*p)->info(QStringLiteral("name")) == QStringLiteral("f4-Projekt"));
    store::MemoStore memos(**p);
    // Notes land on what they are about, their text read from their files.
    const qint64 code = store::CodeStore(**p).idsByKey().value(store::CodeStore(**p).codebook().codes.first().key);
    auto onCode = memos.memosOn(store::MemoTarget::Code, code);
    REQUIRE(onCode.ok());
    REQUIRE(onCode->size() == 1);
    CHECK(onCode->first().text == QStringLiteral("Kommentar zum Test-Code"));
    auto all = memos.all();
    REQUIRE(all.ok());
    QStringList texts;
    for (const auto &m : *all)
        texts.append(store::memoTargetName(m.target) + QStringLiteral(": ") + m.text.section(QLatin1Char('\n'), -1));
    texts.sort();
    CHECK(texts.contains(QStringLiteral("coding: Memo am codierten Snippet")));
    CHECK(texts.contains(QStringLiteral("document: Memo am nicht codierten Snippet")));
    CHECK(texts.contains(QStringLiteral("coding: Dies ist ein Memo, angeheftet an ein Text-Snipped (das codiert ist!)")));
}

TEST_CASE("other tools' layouts: a bare plainTextPath, a .qde named after the project, GUIDs in upper case and braces, RTF-only sources", "[qdpx][refi]")
{
    QTemporaryDir dir;
    const QByteArray qde = R"(<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Board study">
 <Users><User guid="{0A0A0A0A-0A0A-0A0A-0A0A-0A0A0A0A0A0A}" name="Wang Fang"/><User guid="0b0b0b0b-0b0b-0b0b-0b0b-0b0b0b0b0b0b" name="Reviewer"/></Users>
 <CodeBook><Codes><Code guid="c0dec0de-0000-4000-8000-000000000001" name="Boards" isCodable="true"/></Codes></CodeBook>
 <Sources>
  <TextSource guid="50000000-0000-4000-8000-000000000001" name="board_2017" plainTextPath="board_2017.txt">
   <PlainTextSelection guid="5e100000-0000-4000-8000-000000000001" startPosition="0" endPosition="5" creatingUser="0A0A0A0A-0A0A-0A0A-0A0A-0A0A0A0A0A0A">
    <Description>why this matters</Description>
    <Coding guid="c0d10000-0000-4000-8000-000000000001"><CodeRef targetGUID="C0DEC0DE-0000-4000-8000-000000000001"/></Coding>
   </PlainTextSelection>
  </TextSource>
  <TextSource guid="50000000-0000-4000-8000-000000000002" name="minutes" richTextPath="internal://minutes.rtf"/>
 </Sources>
</Project>)";
    const QString file = testsupport::writeFile(dir, QStringLiteral("board.qdpx"),
                                                testsupport::makeZip({{QStringLiteral("Board study.qde"), qde},
                                                                      {QStringLiteral("sources/board_2017.txt"), "Board meeting notes."},
                                                                      {QStringLiteral("sources/minutes.rtf"), "{\\rtf1 minutes}"}}));
    auto r = exchange::importQdpx(file, dir.filePath(QStringLiteral("b.caselens")));
    REQUIRE(r.ok());
    CHECK(r->sources == 1);
    CHECK(r->codings == 1);
    CHECK(r->notes.join(QLatin1Char(' ')).contains(QStringLiteral("Source \"minutes\" was not imported: it has only a rich-text file (RTF)")));
    auto p = store::Project::open(dir.filePath(QStringLiteral("b.caselens")));
    REQUIRE(p.ok());
    auto codings = store::CodingStore(**p).ofDocument(1);
    REQUIRE(codings.ok());
    REQUIRE(codings->size() == 1);
    CHECK(codings->first().coder == QStringLiteral("Wang Fang"));
    CHECK(codings->first().guid == QStringLiteral("5e100000-0000-4000-8000-000000000001"));
    auto coders = store::CodeStore(**p).coders();
    REQUIRE(coders.ok());
    CHECK(coders->size() == 2); // the reviewer without codings too
    CHECK(coders->first().guid == QStringLiteral("0a0a0a0a-0a0a-0a0a-0a0a-0a0a0a0a0a0a"));
    // The description of the coded selection is a memo on the coding, by its author.
    auto memo = store::MemoStore(**p).memosOn(store::MemoTarget::Coding, codings->first().id);
    REQUIRE(memo.ok());
    REQUIRE(memo->size() == 1);
    CHECK(memo->first().text == QStringLiteral("why this matters"));
    CHECK(memo->first().author == QStringLiteral("Wang Fang"));
    CHECK(store::CodeStore(**p).codebook().codes.size() == 1); // the file's codebook, no default codes added
}

TEST_CASE("the demo sent out and back gives the same archive: GUIDs, statuses, memos on every kind of target, samples, typed variables", "[qdpx][refi]")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.caselens"));
    REQUIRE(demo::buildDemoProject(a, demo::DemoOptions{12, 5}).ok());
    auto pa = store::Project::open(a);
    REQUIRE(pa.ok());
    store::Project &project = **pa;
    coding::LexiconCoder lexicon(store::CodeStore(project).codebook());
    auto run = coding::runCoder(project, lexicon, *store::DocumentFilter::parse(QStringLiteral("1-4"), {}), 0.0);
    REQUIRE(run.ok());
    REQUIRE(run->suggestions > 2);
    // Decide two suggestions, so accepted engine codings with a reviewer travel too.
    review::ReviewService reviewer(project, QStringLiteral("审核人"));
    auto waiting = store::CodingStore(project).ofDocument(1);
    REQUIRE(waiting.ok());
    int decided = 0;
    qint64 acceptedCoding = 0;
    for (const auto &c : *waiting)
        if (c.status == QLatin1String("suggested") && decided < 2) {
            REQUIRE((decided == 0 ? reviewer.accept(c.id) : reviewer.reject(c.id)).ok());
            if (decided == 0)
                acceptedCoding = c.id;
            ++decided;
        }
    REQUIRE(acceptedCoding);
    store::MemoStore memos(project);
    REQUIRE(memos.write(store::MemoTarget::Project, 0, QStringLiteral("组长"), QStringLiteral("编码说明\n先读全文。")).ok());
    REQUIRE(memos.write(store::MemoTarget::Document, 2, QStringLiteral("组长"), QStringLiteral("这一案例值得细读。")).ok());
    REQUIRE(memos.write(store::MemoTarget::Code, store::CodeStore(project).idsByKey().value(QStringLiteral("teacher_development")),
                        QStringLiteral("审核人"), QStringLiteral("含教研活动。")).ok());
    REQUIRE(memos.write(store::MemoTarget::Coding, acceptedCoding, QStringLiteral("审核人"), QStringLiteral("边界情形。")).ok());
    REQUIRE(review::drawSample(project, {QStringLiteral("pilot"), 4, 7, QStringLiteral("document"), QStringLiteral("region")}).ok());
    store::DocumentStore docs(project);
    for (qint64 d = 1; d <= 12; ++d) {
        REQUIRE(docs.setField(d, QStringLiteral("学生数"), QString::number(100 * d)).ok());
        REQUIRE(docs.setField(d, QStringLiteral("试点"), d % 2 ? QStringLiteral("true") : QStringLiteral("false")).ok());
    }
    REQUIRE(project.setInfo(QStringLiteral("qdpx_variable_types"), QStringLiteral(R"({"学生数":"Integer","试点":"Boolean"})")).ok());

    const QString first = dir.filePath(QStringLiteral("first.qdpx"));
    auto exported = exchange::exportQdpx(project, first, {true});
    REQUIRE(exported.ok());
    if (haveSamples())
        CHECK(schemaProblems(first, dir).toStdString() == "");
    const QString b = dir.filePath(QStringLiteral("b.caselens"));
    auto imported = exchange::importQdpx(first, b);
    REQUIRE(imported.ok());
    CHECK(imported->memos == 4);
    CHECK(imported->samples == 1);
    auto pb = store::Project::open(b);
    REQUIRE(pb.ok());
    const QString second = dir.filePath(QStringLiteral("second.qdpx"));
    REQUIRE(exchange::exportQdpx(**pb, second, {true}).ok());
    const auto one = archiveContents(first), two = archiveContents(second);
    CHECK(one.keys() == two.keys());
    for (const QString &entry : one.keys()) {
        INFO(entry.toStdString());
        CHECK(QString::fromUtf8(one.value(entry)).toStdString() == QString::fromUtf8(two.value(entry)).toStdString());
    }
    CHECK(one.value(QStringLiteral("project.qde")).contains("typeOfVariable=\"Boolean\""));

    // What people decided, who decided it, and where each memo is, came back.
    auto row = [](store::Project &p, const QString &guid) {
        auto st = store::CodingStore(p).ofDocument(1);
        for (const auto &c : *st)
            if (c.guid == guid)
                return QStringLiteral("%1 %2 %3 %4 %5").arg(c.status, c.origin, c.coder, c.reviewer).arg(c.confidence, 0, 'f', 3);
        return QString();
    };
    const auto original = store::CodingStore(project).ofDocument(1);
    REQUIRE(original.ok());
    for (const auto &c : *original)
        if (c.status == QLatin1String("suggested") || c.status == QLatin1String("accepted"))
            CHECK(row(project, c.guid).toStdString() == row(**pb, c.guid).toStdString());
    auto memoPlaces = [](store::Project &p) {
        QStringList out;
        const auto all = store::MemoStore(p).all();
        for (const auto &m : *all)
            out.append(QStringLiteral("%1 %2 %3 %4").arg(store::memoTargetName(m.target), m.guid, m.author, m.text));
        out.sort();
        return out;
    };
    CHECK(memoPlaces(project) == memoPlaces(**pb));
}

TEST_CASE("REFI-QDA codebooks from ATLAS.ti and the standard's annex import, export valid and round trip unchanged", "[qdc][refi]")
{
    if (!haveSamples())
        return;
    QTemporaryDir dir;
    for (const char *name : {"atlasti_win_23.4.0_codebook.qdc", "refi_spec_A1_codebook.qdc"}) {
        const QString file = refiDir() + QStringLiteral("/samples/qdc/") + QLatin1String(name);
        INFO(name);
        QHash<QString, QString> guids;
        QStringList notes;
        auto book = import::readCodebookFile(file, {}, &guids, &notes);
        REQUIRE(book.ok());
        auto original = exchange::readQdc(readAll(file));
        REQUIRE(original.ok());
        // A project of this codebook alone (no default codes).
        auto p = store::createProject(dir.filePath(QLatin1String(name) + QStringLiteral(".caselens")), {}, std::nullopt);
        REQUIRE(p.ok());
        store::CodeStore codes(**p);
        REQUIRE(codes.importCodebook(*book, guids).ok());
        CHECK(codes.codebook().codes.size() == original->book.codes.size());
        for (auto it = original->keyOfGuid.cbegin(); it != original->keyOfGuid.cend(); ++it)
            CHECK(exchange::normalGuid(codes.guidsByKey().value(it.value())) == it.key()); // every code keeps its GUID
        // Out again: valid against the codebook schema, and the same codes, names, colours and nesting.
        const QByteArray once = exchange::codebookToQdc(codes.codebook(), codes.guidsByKey());
        const QString onceFile = testsupport::writeFile(dir, QLatin1String(name) + QStringLiteral(".out.qdc"), once);
        QProcess lint;
        lint.start(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--schema"), refiDir() + QStringLiteral("/Codebook.xsd"), onceFile});
        REQUIRE(lint.waitForFinished(60000));
        CHECK(QString::fromUtf8(lint.readAllStandardError()).toStdString() == QStringLiteral("%1 validates\n").arg(onceFile).toStdString());
        auto back = exchange::readQdc(once);
        REQUIRE(back.ok());
        exchange::keepKnownKeys(*back, codes.guidsByKey());
        for (const auto &c : original->book.codes) {
            const auto *d = back->book.find(original->keyOfGuid.value(exchange::normalGuid(codes.guidsByKey().value(c.key))));
            REQUIRE(d);
            CHECK(d->nameZh == c.nameZh);
            CHECK(d->codable == c.codable);
            CHECK(d->color.compare(c.color, Qt::CaseInsensitive) == 0);
            CHECK(d->descriptionZh == c.descriptionZh);
            CHECK(d->parentKey == c.parentKey);
        }
        // Into a second project and out again: the same file.
        auto p2 = store::createProject(dir.filePath(QLatin1String(name) + QStringLiteral(".2.caselens")), {}, std::nullopt);
        REQUIRE(p2.ok());
        QHash<QString, QString> guids2;
        auto book2 = import::readCodebookFile(onceFile, {}, &guids2);
        REQUIRE(book2.ok());
        REQUIRE(store::CodeStore(**p2).importCodebook(*book2, guids2).ok());
        CHECK(exchange::codebookToQdc(store::CodeStore(**p2).codebook(), store::CodeStore(**p2).guidsByKey()) == once);
        if (QLatin1String(name).startsWith(QLatin1String("atlasti")))
            CHECK(notes.join(QLatin1Char(' ')).contains(QStringLiteral("1 × Set of codes"))); // the code group, named and counted
    }
}
