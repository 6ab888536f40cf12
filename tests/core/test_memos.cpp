#include "testsupport.h"

#include "exchange/qdpxexport.h"
#include "exchange/qdpximport.h"
#include "store/codestore.h"
#include "store/memostore.h"

#include <catch2/catch.hpp>

using namespace caselens;

TEST_CASE("memos: one per person and target, edited, removed, audit-logged, exchanged", "[memos]")
{
    QTemporaryDir dir;
    auto p = testsupport::openDemo(dir, 12, 3);
    REQUIRE(p.ok());
    store::MemoStore memos(**p);
    auto auditCount = [&] { return (*p)->db().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'memo'"))->toLongLong(); };

    auto first = memos.write(store::MemoTarget::Document, 3, QStringLiteral("alice"), QStringLiteral("  县域推进的案例，注意评价部分。 "));
    REQUIRE(first.ok());
    CHECK(*first > 0);
    // Bob's memo on the same document is his own.
    REQUIRE(memos.write(store::MemoTarget::Document, 3, QStringLiteral("bob"), QStringLiteral("Compare with case 7.")).ok());
    auto on3 = memos.memosOn(store::MemoTarget::Document, 3);
    REQUIRE(on3.ok());
    REQUIRE(on3->size() == 2);
    CHECK(on3->at(0).author == QStringLiteral("alice"));
    CHECK(on3->at(0).text == QStringLiteral("县域推进的案例，注意评价部分。")); // trimmed
    CHECK(auditCount() == 2);

    // Writing again replaces alice's memo, writing the same text changes nothing.
    auto again = memos.write(store::MemoTarget::Document, 3, QStringLiteral("alice"), QStringLiteral("Second thoughts."));
    REQUIRE(again.ok());
    CHECK(*again == *first);
    REQUIRE(memos.write(store::MemoTarget::Document, 3, QStringLiteral("alice"), QStringLiteral("Second thoughts.")).ok());
    CHECK(auditCount() == 3);
    const QString before = (*p)->db().scalar(QStringLiteral("SELECT before FROM audit_log WHERE entity = 'memo' ORDER BY id DESC LIMIT 1"))->toString();
    CHECK(before.contains(QStringLiteral("县域推进")));

    // On a code, a coding and the project; a missing target is refused in a sentence.
    const qint64 codeId = store::CodeStore(**p).idsByKey().value(QStringLiteral("teacher_development"));
    REQUIRE(memos.write(store::MemoTarget::Code, codeId, QStringLiteral("alice"), QStringLiteral("Includes training of leaders.")).ok());
    const qint64 codingId = (*p)->db().scalar(QStringLiteral("SELECT min(id) FROM codings"))->toLongLong();
    REQUIRE(memos.write(store::MemoTarget::Coding, codingId, QStringLiteral("alice"), QStringLiteral("Borderline.")).ok());
    REQUIRE(memos.write(store::MemoTarget::Project, 0, QStringLiteral("alice"), QStringLiteral("Pilot round.")).ok());
    auto missing = memos.write(store::MemoTarget::Document, 9999, QStringLiteral("alice"), QStringLiteral("x"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("9999")));

    // Clearing removes it and logs the old text.
    auto cleared = memos.write(store::MemoTarget::Document, 3, QStringLiteral("bob"), QString());
    REQUIRE(cleared.ok());
    CHECK(*cleared == 0);
    CHECK(memos.memosOn(store::MemoTarget::Document, 3)->size() == 1);
    auto all = memos.all();
    REQUIRE(all.ok());
    CHECK(all->size() == 4);

    // Memos travel to REFI-QDA and back as notes.
    const QString qdpx = dir.filePath(QStringLiteral("m.qdpx"));
    REQUIRE(exchange::exportQdpx(**p, qdpx).ok());
    const QString back = dir.filePath(QStringLiteral("back.caselens"));
    auto imported = exchange::importQdpx(qdpx, back);
    REQUIRE(imported.ok());
    auto q = store::Project::open(back);
    REQUIRE(q.ok());
    const QString texts = (*q)->db().scalar(QStringLiteral("SELECT group_concat(text, '|') FROM memos"))->toString();
    CHECK(texts.contains(QStringLiteral("Second thoughts.")));
    CHECK(texts.contains(QStringLiteral("Includes training of leaders.")));
}
