#include "testsupport.h"

#include "exchange/qdccodebook.h"
#include "import/codebookfile.h"
#include "import/importjob.h"
#include "store/codestore.h"
#include "store/documentstore.h"
#include "store/newproject.h"

#include <QFile>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace caselens;

TEST_CASE("codebook edits: add, rename, recolour, nest, merge, delete with a choice for its codings", "[codebook]")
{
    QTemporaryDir dir;
    auto p = testsupport::openDemo(dir, 20, 2);
    REQUIRE(p.ok());
    store::CodeStore codes(**p);
    auto count = [&](const char *key) {
        return (*p)->db().scalar(QStringLiteral("SELECT count(*) FROM codings c JOIN codes k ON k.id = c.code_id WHERE k.key = '%1'")
                                     .arg(QString::fromLatin1(key)))->toLongLong();
    };

    codebook::Code ai;
    ai.key = QStringLiteral("ai_tutoring");
    ai.nameZh = QStringLiteral("人工智能助学");
    ai.parentKey = QStringLiteral("development_goals");
    ai.color = QStringLiteral("#123456");
    REQUIRE(codes.addCode(ai, QStringLiteral("alice")).ok());
    CHECK(codes.codebook().find(QStringLiteral("ai_tutoring"))->nameEn == QStringLiteral("人工智能助学"));
    CHECK_FALSE(codes.addCode(ai, QStringLiteral("alice")).ok()); // the key is taken
    ai.key = QStringLiteral("orphan");
    ai.parentKey = QStringLiteral("nowhere");
    CHECK_FALSE(codes.addCode(ai, QStringLiteral("alice")).ok());

    codebook::Code edited = *codes.codebook().find(QStringLiteral("ai_tutoring"));
    edited.nameEn = QStringLiteral("AI tutoring");
    edited.color = QStringLiteral("#ABCDEF");
    edited.parentKey = QStringLiteral("practice_approaches"); // nest elsewhere
    REQUIRE(codes.updateCode(QStringLiteral("ai_tutoring"), edited, QStringLiteral("alice")).ok());
    const auto after = *codes.codebook().find(QStringLiteral("ai_tutoring"));
    CHECK(after.nameEn == QStringLiteral("AI tutoring"));
    CHECK(after.color == QStringLiteral("#ABCDEF"));
    CHECK(after.parentKey == QStringLiteral("practice_approaches"));
    // A dimension cannot go under its own child.
    codebook::Code dim = *codes.codebook().find(QStringLiteral("practice_approaches"));
    dim.parentKey = QStringLiteral("ai_tutoring");
    CHECK_FALSE(codes.updateCode(QStringLiteral("practice_approaches"), dim, QStringLiteral("alice")).ok());

    // Merge: codings move, the merged code is gone.
    const qint64 ethical = count("ethical_technology"), planning = count("sustainable_planning");
    REQUIRE(ethical > 0);
    auto merged = codes.mergeCode(QStringLiteral("ethical_technology"), QStringLiteral("sustainable_planning"), QStringLiteral("alice"));
    REQUIRE(merged.ok());
    CHECK(count("sustainable_planning") == ethical + planning);
    // The store saved the project as it was before rewriting codings.
    REQUIRE(QFile::exists(*merged));
    {
        auto before = store::Project::open(*merged);
        REQUIRE(before.ok());
        CHECK(store::CodeStore(**before).codingCount(QStringLiteral("ethical_technology")) == ethical);
    }
    CHECK(codes.codingCount(QStringLiteral("ethical_technology")) == 0);
    CHECK_FALSE(codes.codebook().find(QStringLiteral("ethical_technology")));

    // Delete: refused while it has codings until the user says what happens to them.
    const qint64 community = count("student_community");
    REQUIRE(community > 0);
    auto refused = codes.deleteCode(QStringLiteral("student_community"), store::CodeStore::CodingsFate::Refuse, {}, QStringLiteral("alice"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QString::number(community)));
    REQUIRE(codes.deleteCode(QStringLiteral("student_community"), store::CodeStore::CodingsFate::MoveTo, QStringLiteral("inclusion_equity"), QStringLiteral("alice")).ok());
    CHECK(count("student_community") == 0);
    const qint64 collab = count("cross_sector_collaboration");
    auto deleted = codes.deleteCode(QStringLiteral("cross_sector_collaboration"), store::CodeStore::CodingsFate::Delete, {}, QStringLiteral("alice"));
    REQUIRE(deleted.ok());
    CHECK(QFile::exists(*deleted));
    CHECK((*p)->db().scalar(QStringLiteral("SELECT count(*) FROM codings"))->toLongLong() > 0);
    CHECK(collab > 0);
    // A code without codings goes without a copy of the project.
    auto plain = codes.deleteCode(QStringLiteral("ai_tutoring"), store::CodeStore::CodingsFate::Refuse, {}, QStringLiteral("alice"));
    REQUIRE(plain.ok());
    CHECK(plain->isEmpty());
    // Every change is in the audit log.
    CHECK((*p)->db().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'code' AND actor = 'alice'"))->toLongLong() == 6);
}

TEST_CASE("REFI-QDA codebook (.qdc): round trip, and a codebook written by another tool", "[codebook][qdc]")
{
    const auto &book = codebook::defaultCodebook();
    QHash<QString, QString> guids; // as a project gives its codes
    for (const auto &c : book.codes)
        guids.insert(c.key, QUuid::createUuid().toString(QUuid::WithoutBraces));
    const QByteArray xml = exchange::codebookToQdc(book, guids);
    CHECK(xml.contains("urn:QDA-XML:codebook:1.0"));
    CHECK(xml.contains("isCodable=\"false\""));
    // Issue "REFI-QDA exchange": nothing of CaseLens's own shows in the text people read.
    CHECK_FALSE(xml.contains("[caselens-"));
    auto back = exchange::readQdc(xml);
    REQUIRE(back.ok());
    REQUIRE(back->book.codes.size() == book.codes.size());
    // Back into the project it came from, each code is known by its GUID.
    exchange::keepKnownKeys(*back, guids);
    for (const auto &c : book.codes) {
        const auto *d = back->book.find(c.key);
        REQUIRE(d);
        CHECK(d->nameZh == c.nameZh);
        CHECK(d->parentKey == c.parentKey);
        CHECK(d->codable == c.codable);
        CHECK(d->color.compare(c.color, Qt::CaseInsensitive) == 0);
        CHECK(d->descriptionZh == exchange::qdcDescription(c));
        CHECK(back->keyOfGuid.value(guids.value(c.key)) == c.key);
    }
    // A description that starts with a new line stays one description.
    codebook::Codebook one;
    codebook::Code lead;
    lead.key = QStringLiteral("lead");
    lead.nameZh = lead.nameEn = QStringLiteral("Lead");
    lead.descriptionZh = lead.descriptionEn = QStringLiteral("\nFirst line after a blank one.\nSecond.");
    one.codes.append(lead);
    auto leadBack = exchange::codebookFromQdc(exchange::codebookToQdc(one, {}));
    REQUIRE(leadBack.ok());
    CHECK(leadBack->codes.first().descriptionZh == lead.descriptionZh);
    CHECK(leadBack->codes.first().descriptionEn == lead.descriptionZh);
    // The shape another tool writes: no CaseLens keys, nesting, a code without colour.
    const QByteArray other = R"(<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="QualCoder">
 <Codes>
  <Code guid="04d8c5b8-5b1b-4f1c-9f1a-1a2b3c4d5e6f" name="Teaching" isCodable="true" color="#FF0000">
   <Description>Codes about teaching</Description>
   <Code guid="14d8c5b8-5b1b-4f1c-9f1a-1a2b3c4d5e6f" name="Flipped classroom" isCodable="true"/>
  </Code>
  <Code guid="24d8c5b8-5b1b-4f1c-9f1a-1a2b3c4d5e6f" name="评价" isCodable="true"/>
 </Codes>
</CodeBook>)";
    auto imported = exchange::codebookFromQdc(other);
    REQUIRE(imported.ok());
    REQUIRE(imported->codes.size() == 3);
    CHECK(imported->codes.at(0).key == QStringLiteral("teaching"));
    CHECK(imported->codes.at(1).key == QStringLiteral("flipped_classroom"));
    CHECK(imported->codes.at(1).parentKey == QStringLiteral("teaching"));
    CHECK(imported->codes.at(2).nameZh == QStringLiteral("评价"));
    CHECK_FALSE(imported->codes.at(2).key.isEmpty());
    // Hostile or broken input.
    CHECK_FALSE(exchange::codebookFromQdc("<CodeBook><Codes><Code name='x'>").ok());
    CHECK_FALSE(exchange::codebookFromQdc("<Something/>").ok());
    QByteArray deep = "<CodeBook><Codes>";
    for (int i = 0; i < 100; ++i)
        deep += "<Code name='x' isCodable='true'>";
    CHECK(exchange::codebookFromQdc(deep).error().message.contains(QStringLiteral("deeper")));
}

TEST_CASE("small things that were let in: a child listed before its parent, a province that does not exist", "[codebook][hostile]")
{
    // Issue "Nothing lost", item 13.
    QTemporaryDir dir;
    auto created = store::createProject(dir.filePath(QStringLiteral("p.caselens")));
    REQUIRE(created.ok());
    store::Project &project = **created;
    const QByteArray json = R"({"codes":[{"key":"child","name_zh":"子","parent":"parent"},{"key":"parent","name_zh":"父"}]})";
    auto book = codebook::codebookFromJson(json);
    REQUIRE(book.ok());
    store::CodeStore codes(project);
    REQUIRE(codes.importCodebook(*book).ok());
    const auto *child = codes.codebook().find(QStringLiteral("child"));
    REQUIRE(child);
    CHECK(child->parentKey == QStringLiteral("parent"));

    import::ImportJob job(project, import::ImportOptions{});
    testsupport::writeFile(dir, QStringLiteral("in/a.txt"), testsupport::sampleCaseText().toUtf8());
    REQUIRE(job.run({dir.filePath(QStringLiteral("in"))}).ok());
    store::DocumentStore docs(project);
    REQUIRE(docs.setField(1, QStringLiteral("province"), QStringLiteral("湖北")).ok());
    CHECK(docs.row(1)->meta.province == QStringLiteral("hubei"));
    CHECK(docs.row(1)->meta.region == QStringLiteral("central"));
    const Status mars = docs.setField(1, QStringLiteral("province"), QStringLiteral("火星"));
    REQUIRE_FALSE(mars.ok());
    CHECK(mars.error().message.contains(QStringLiteral("火星")));
    CHECK(docs.row(1)->meta.province == QStringLiteral("hubei"));
    REQUIRE(docs.setField(1, QStringLiteral("province"), QStringLiteral("广东")).ok());
    CHECK(docs.row(1)->meta.region == QStringLiteral("east"));
}

TEST_CASE("a codebook file is read as JSON or .qdc by its suffix, and errors name the file", "[codebook]")
{
    QTemporaryDir dir;
    const codebook::Codebook book = codebook::defaultCodebook();
    const QString json = testsupport::writeFile(dir, QStringLiteral("book.json"), codebook::codebookToJson(book));
    const QString qdc = testsupport::writeFile(dir, QStringLiteral("book.QDC"), exchange::codebookToQdc(book, {}));
    auto fromJson = import::readCodebookFile(json);
    auto fromQdc = import::readCodebookFile(qdc);
    REQUIRE(fromJson.ok());
    REQUIRE(fromQdc.ok());
    CHECK(fromJson->codableCodes().size() == 10);
    CHECK(fromQdc->codableCodes().size() == 10);
    const QString broken = testsupport::writeFile(dir, QStringLiteral("broken.json"), "{\"codes\": [");
    auto bad = import::readCodebookFile(broken);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.startsWith(broken));
    CHECK_FALSE(import::readCodebookFile(dir.filePath(QStringLiteral("missing.json"))).ok());
}
