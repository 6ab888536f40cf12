#include "testsupport.h"

#include "store/documentlisting.h"
#include "store/searchindex.h"

#include <catch2/catch.hpp>

using namespace caselens;

TEST_CASE("the list of cases: filter on shown names, search hits, sorting in SQL, rows by page", "[listing]")
{
    QTemporaryDir dir;
    auto p = testsupport::openDemo(dir, 80, 4);
    REQUIRE(p.ok());
    auto &db = (*p)->db();
    store::DocumentListing listing(**p);
    auto scalar = [&](const char *sql) { return db.scalar(QString::fromUtf8(sql))->toLongLong(); };

    store::ListingSpec spec;
    auto all = listing.ids(spec);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 80);
    CHECK(std::is_sorted(all->begin(), all->end()));

    // Provinces answer to either name; regions and types to the names in the list's language.
    spec.filter = QStringLiteral("Beijing");
    const qint64 beijing = scalar("SELECT count(*) FROM documents WHERE province = 'beijing'");
    REQUIRE(beijing > 0);
    CHECK(qint64(listing.ids(spec)->size()) >= beijing);
    spec.filter = QStringLiteral("东部");
    CHECK(qint64(listing.ids(spec)->size()) >= scalar("SELECT count(*) FROM documents WHERE region = 'east'"));
    spec.filter = QStringLiteral("50%_");
    CHECK(listing.ids(spec)->isEmpty()); // LIKE wildcards are taken literally
    spec.filter.clear();

    // Sorted by accepted codings, most first; ties by number.
    spec.sort = store::ListingSort::Codings;
    spec.descending = true;
    auto byCodings = listing.ids(spec);
    REQUIRE(byCodings.ok());
    auto rows = listing.rows(*byCodings);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 80);
    QHash<qint64, int> codings;
    for (const auto &r : *rows)
        codings.insert(r.id, r.codings);
    for (int i = 1; i < byCodings->size(); ++i)
        CHECK(codings.value(byCodings->at(i - 1)) >= codings.value(byCodings->at(i)));
    CHECK(codings.value(byCodings->first()) == scalar("SELECT max(n) FROM (SELECT count(*) AS n FROM codings WHERE status = 'accepted' GROUP BY document_id)"));

    // Only the hits of the last search.
    auto hits = store::SearchIndex(**p).matches(QStringLiteral("数据安全"));
    REQUIRE(hits.ok());
    CHECK(qint64(hits->documents.size()) == scalar("SELECT count(*) FROM documents WHERE text LIKE '%数据安全%'"));
    CHECK(hits->passages >= qint64(hits->documents.size()));
    REQUIRE(listing.setSearchHits(hits->documents).ok());
    spec = {};
    spec.onlySearchHits = true;
    CHECK(qint64(listing.ids(spec)->size()) == scalar("SELECT count(*) FROM documents WHERE text LIKE '%数据安全%'"));
}
