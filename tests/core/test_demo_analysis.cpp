#include "testsupport.h"

#include "analysis/crosstab.h"
#include "analysis/summaries.h"
#include "demo/demogenerator.h"
#include "demo/sentencevariety.h"
#include "metadata/gazetteer.h"
#include "store/documentstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>
#include <cmath>

using namespace caselens;

namespace {

// One 987-case demo per test process, built on first use.
store::Project &demoProject()
{
    static QTemporaryDir dir;
    static std::unique_ptr<store::Project> project = [] {
        const QString path = dir.filePath(QStringLiteral("demo.caselens"));
        auto summary = demo::buildDemoProject(path, demo::DemoOptions{});
        REQUIRE(summary.ok());
        auto p = store::Project::open(path);
        REQUIRE(p.ok());
        return p.take();
    }();
    return *project;
}

QJsonObject published()
{
    QFile f(QStringLiteral(CASELENS_SOURCE_DIR "/tests/data/paper-statistics.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}

qint64 scalar(store::Project &p, const char *sql)
{
    auto v = p.db().scalar(QString::fromUtf8(sql));
    REQUIRE(v.ok());
    return v->toLongLong();
}

} // namespace

TEST_CASE("the demo corpus reproduces every published figure", "[demo][analysis]")
{
    store::Project &p = demoProject();
    const QJsonObject pub = published();
    CHECK(scalar(p, "SELECT count(*) FROM documents") == pub.value(QStringLiteral("cases_total")).toInt());

    auto caseCounts = [&](const QString &by) {
        auto t = analysis::computeCaseTable(p, {by}, analysis::Rounding::HalfUp, 2, QStringLiteral("en"));
        REQUIRE(t.ok());
        QMap<QString, qint64> m;
        QMap<QString, double> pct;
        for (const auto &r : t->rows) {
            m.insert(r.key.first(), r.cases);
            pct.insert(r.key.first(), r.percent);
        }
        return std::pair{m, pct};
    };
    const auto [years, yearPct] = caseCounts(QStringLiteral("year"));
    const QJsonObject byYear = pub.value(QStringLiteral("cases_by_year")).toObject();
    for (auto it = byYear.begin(); it != byYear.end(); ++it)
        CHECK(years.value(it.key()) == it.value().toInt());
    const auto [regions, regionPct] = caseCounts(QStringLiteral("region"));
    for (const QString &r : {QStringLiteral("east"), QStringLiteral("central"), QStringLiteral("west")}) {
        CHECK(regions.value(r) == pub.value(QStringLiteral("cases_by_region")).toObject().value(r).toInt());
        CHECK(std::abs(regionPct.value(r) - pub.value(QStringLiteral("cases_by_region_percent")).toObject().value(r).toDouble()) <= 0.011);
    }
    const auto [types, typePct] = caseCounts(QStringLiteral("type"));
    const QJsonObject byType = pub.value(QStringLiteral("cases_by_type")).toObject();
    for (auto it = byType.begin(); it != byType.end(); ++it) {
        CHECK(types.value(it.key()) == it.value().toInt());
        CHECK(std::abs(typePct.value(it.key()) - pub.value(QStringLiteral("cases_by_type_percent")).toObject().value(it.key()).toDouble()) <= 0.011);
    }
    const auto [provinces, provincePct] = caseCounts(QStringLiteral("province"));
    CHECK(provinces.value(QStringLiteral("beijing")) == 118);
    CHECK(provinces.value(QStringLiteral("guangdong")) == 114);
    // Tier rules: tier 1 > 10 %, tier 2 between 5 % and 10 %, the rest below 5 %.
    const QJsonObject tiers = pub.value(QStringLiteral("province_tiers")).toObject();
    qint64 tier12 = 0, tier3 = 0;
    QStringList tier1, tier2;
    for (const auto &v : tiers.value(QStringLiteral("tier1")).toObject().value(QStringLiteral("provinces")).toArray())
        tier1.append(v.toString());
    for (const auto &v : tiers.value(QStringLiteral("tier2")).toObject().value(QStringLiteral("provinces")).toArray())
        tier2.append(v.toString());
    for (auto it = provinces.cbegin(); it != provinces.cend(); ++it) {
        const double share = double(it.value()) / 987.0;
        if (tier1.contains(it.key())) {
            CHECK(share > 0.10);
            tier12 += it.value();
        } else if (tier2.contains(it.key())) {
            CHECK(share >= 0.05);
            CHECK(share <= 0.10);
            tier12 += it.value();
        } else {
            CHECK(share < 0.05);
            tier3 += it.value();
        }
    }
    CHECK(tier12 == tiers.value(QStringLiteral("tier1_plus_tier2_cases")).toInt());
    CHECK(tier3 == tiers.value(QStringLiteral("tier3_cases")).toInt());

    // Coded items: by characteristic, and Table 3 by region × characteristic.
    analysis::CrosstabSpec spec;
    spec.by = {QStringLiteral("region")};
    spec.rounding = analysis::Rounding::LargestRemainder;
    auto t = analysis::computeCrosstab(p, spec);
    REQUIRE(t.ok());
    const QJsonObject table3 = pub.value(QStringLiteral("items_by_region_and_characteristic")).toObject();
    const QJsonObject printed = pub.value(QStringLiteral("percent_within_region")).toObject();
    QStringList order;
    for (const auto &v : table3.value(QStringLiteral("order")).toArray())
        order.append(v.toString());
    CHECK(t->codes == order);
    REQUIRE(t->groups.size() == 3);
    const QStringList regionOrder = {QStringLiteral("east"), QStringLiteral("central"), QStringLiteral("west")};
    for (int g = 0; g < 3; ++g) {
        const auto &row = t->groups.at(g);
        CHECK(row.key.first() == regionOrder.at(g));
        for (int c = 0; c < order.size(); ++c) {
            CHECK(row.counts.at(c) == table3.value(regionOrder.at(g)).toArray().at(c).toInt());
            const double want = printed.value(regionOrder.at(g)).toArray().at(c).toDouble();
            CHECK(std::abs(row.percent.at(c) - want) <= 0.0101);
            if (g < 2) // the note: largest-remainder matches east and central exactly
                CHECK(row.percent.at(c) == Approx(want).margin(1e-9));
        }
    }
    CHECK(t->totals.total == pub.value(QStringLiteral("coded_items_total")).toInt());
    const QJsonObject byChar = pub.value(QStringLiteral("items_by_characteristic")).toObject();
    const QJsonObject byCharPct = pub.value(QStringLiteral("items_by_characteristic_percent_of_all_items")).toObject();
    for (int c = 0; c < order.size(); ++c) {
        CHECK(t->totals.counts.at(c) == byChar.value(order.at(c)).toInt());
        CHECK(std::abs(t->totals.percent.at(c) - byCharPct.value(order.at(c)).toDouble()) <= 0.0101);
    }

    // Dimension shares.
    auto dims = analysis::computeDimensionShares(p, spec);
    REQUIRE(dims.ok());
    REQUIRE(dims->size() == 2);
    CHECK(dims->at(0).percent == Approx(60.56).margin(1e-9));
    CHECK(dims->at(1).percent == Approx(39.44).margin(1e-9));

    // Items versus cases: 686 teacher-development items in 686 cases, 666
    // continuous-improvement items in 657 cases, 64 cases wholly about teacher development.
    analysis::CrosstabSpec caseSpec;
    caseSpec.unit = analysis::Unit::Case;
    auto cases = analysis::computeCrosstab(p, caseSpec);
    REQUIRE(cases.ok());
    const QJsonObject other = pub.value(QStringLiteral("other_reported")).toObject();
    CHECK(cases->totals.counts.at(order.indexOf(QStringLiteral("teacher_development"))) == other.value(QStringLiteral("cases_mentioning_teacher_development")).toInt());
    CHECK(cases->totals.percent.at(order.indexOf(QStringLiteral("teacher_development"))) == Approx(other.value(QStringLiteral("cases_mentioning_teacher_development_percent_of_cases")).toDouble()).margin(0.005));
    CHECK(cases->totals.counts.at(order.indexOf(QStringLiteral("continuous_improvement"))) == other.value(QStringLiteral("cases_mentioning_continuous_improvement")).toInt());
    CHECK(scalar(p, "SELECT count(*) FROM (SELECT c.document_id FROM codings c JOIN codes k ON k.id = c.code_id "
                    "GROUP BY c.document_id HAVING sum(k.key <> 'teacher_development') = 0)")
          == other.value(QStringLiteral("cases_wholly_about_teacher_development")).toInt());

    // Gold codings belong to the human coder 研究团队 and are accepted; every coded
    // passage is a paragraph; uncoded paragraphs exist too.
    CHECK(scalar(p, "SELECT count(*) FROM codings c JOIN coders k ON k.id = c.coder_id WHERE k.name = '研究团队' AND k.kind = 'human' AND c.status = 'accepted' AND c.origin = 'human'") == 4838);
    CHECK(scalar(p, "SELECT count(*) FROM codings c JOIN passages p ON p.id = c.passage_id WHERE p.kind = 'paragraph' AND p.start_pos = c.start_pos AND p.end_pos = c.end_pos") == 4838);
    CHECK(scalar(p, "SELECT count(*) FROM passages p WHERE p.kind = 'paragraph' AND NOT EXISTS (SELECT 1 FROM codings c WHERE c.passage_id = p.id)") > 4838);
    // Synthetic, and it says so.
    CHECK(p.info(QStringLiteral("synthetic")).contains(QStringLiteral("Synthetic")));
}

TEST_CASE("demo texts are long enough, varied and not a handful of templates", "[demo]")
{
    store::Project &p = demoProject();
    CHECK(scalar(p, "SELECT min(length) FROM documents") >= 1500);
    CHECK(scalar(p, "SELECT max(length) FROM documents") <= 6000);
    const auto v = demo::measureSentenceVariety(p);
    CHECK(v.distinct >= 15000);
    INFO("most repeated: " << v.mostRepeated.toStdString() << " in " << v.maxCasesForOneSentence << " cases");
    CHECK(v.maxShareOfCases() <= 0.02);
    // Titles and units name a real place of their own province: inference finds it.
    int found = 0;
    const auto rows = store::DocumentStore(p).list();
    for (const auto &r : rows) {
        QString province = metadata::Gazetteer::builtin().findProvince(r.meta.title);
        if (province.isEmpty())
            province = metadata::Gazetteer::builtin().findProvince(r.meta.unit);
        found += province == r.meta.province;
    }
    CHECK(found == rows.size());
}

TEST_CASE("the demo is deterministic by seed and scales with --cases", "[demo]")
{
    QTemporaryDir dir;
    auto build = [&](const QString &name, int cases, quint64 seed) {
        const QString path = dir.filePath(name);
        REQUIRE(demo::buildDemoProject(path, demo::DemoOptions{cases, seed}).ok());
        auto p = store::Project::open(path);
        REQUIRE(p.ok());
        return p.take();
    };
    auto a = build(QStringLiteral("a.caselens"), 40, 7);
    auto b = build(QStringLiteral("b.caselens"), 40, 7);
    auto c = build(QStringLiteral("c.caselens"), 40, 8);
    auto allText = [](store::Project &p) {
        QString s;
        auto st = p.db().prepare(QStringLiteral("SELECT title || text FROM documents ORDER BY id"));
        while (st->next())
            s += st->text(0);
        return s;
    };
    CHECK(allText(*a) == allText(*b));
    CHECK(allText(*a) != allText(*c));

    auto big = build(QStringLiteral("big.caselens"), 2000, 1);
    auto t = analysis::computeCaseTable(*big, {QStringLiteral("region")}, analysis::Rounding::HalfUp, 2, QStringLiteral("en"));
    REQUIRE(t.ok());
    CHECK(t->total == 2000);
    QMap<QString, double> share;
    for (const auto &r : t->rows)
        share.insert(r.key.first(), r.percent);
    CHECK(share.value(QStringLiteral("east")) == Approx(53.6).margin(0.2));
    CHECK(share.value(QStringLiteral("west")) == Approx(18.24).margin(0.2));
    analysis::CrosstabSpec spec;
    auto items = analysis::computeCrosstab(*big, spec);
    REQUIRE(items.ok());
    CHECK(double(items->totals.total) == Approx(4838.0 * 2000 / 987).epsilon(0.01));
    CHECK(scalar(*big, "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM codings c WHERE c.document_id = d.id)") == 0);
}
