// Real case reports written by other people (../shared/realcases, read in place, never
// copied): the lexicon, metadata inference and segmentation measured on them.

#include "store/newproject.h"
#include "testsupport.h"

#include "codebook/codebook.h"
#include "coding/goldfile.h"
#include "coding/learnedcoder.h"
#include "demo/demogenerator.h"
#include "coding/lexiconcoder.h"
#include "coding/reviewsimulation.h"
#include "import/importjob.h"
#include "metadata/gazetteer.h"
#include "store/documentlisting.h"
#include "store/documentstore.h"
#include "store/project.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace caselens;

namespace {

QString realCases() { return QDir(QStringLiteral(CASELENS_SOURCE_DIR "/../shared/realcases")).absolutePath(); }

bool haveRealCases()
{
    if (QFile::exists(realCases() + QStringLiteral("/labels.jsonl")))
        return true;
    WARN("../shared/realcases is not beside this checkout; the real-report measures did not run");
    return false;
}

} // namespace

TEST_CASE("the default lexicon codes real reports as the experts did", "[real]")
{
    if (!haveRealCases())
        return;
    const auto &book = codebook::defaultCodebook();
    auto gold = coding::readGoldFile(realCases() + QStringLiteral("/labels.jsonl"), book);
    REQUIRE(gold.ok());
    CHECK(gold->size() >= 100);
    coding::LexiconCoder lexicon(book);
    const auto evaluation = coding::evaluateOnGold(lexicon, *gold, book);
    const auto &r = evaluation.report;
    REQUIRE(evaluation.answers.size() == gold->size());
    // The bar; the figures per code are in docs/coding-real-reports.md.
    CHECK(r.microF1 >= 0.75);
    CHECK(r.microPrecision >= 0.75);
    CHECK(r.pooledKappa > 0.6);
}

TEST_CASE("real reports import with their year and province and every long first paragraph coded", "[real]")
{
    if (!haveRealCases())
        return;
    QTemporaryDir dir;
    auto p = store::createProject(dir.filePath(QStringLiteral("real.caselens")));
    REQUIRE(p.ok());
    auto report = import::ImportJob(**p, {}).run({realCases() + QStringLiteral("/texts")});
    REQUIRE(report.ok());
    CHECK(report->count(import::ImportOutcome::Imported) == 20);

    // sources.tsv: file, title, source, year, province, unit, …
    QFile tsv(realCases() + QStringLiteral("/sources.tsv"));
    REQUIRE(tsv.open(QIODevice::ReadOnly));
    QHash<QString, QStringList> truth;
    for (const QByteArray &line : tsv.readAll().split('\n').mid(1))
        if (!line.trimmed().isEmpty()) {
            const QStringList f = QString::fromUtf8(line).split(QLatin1Char('\t'));
            truth.insert(f.value(0), f);
        }
    store::DocumentStore docs(**p);
    int known = 0, right = 0, titles = 0;
    double titleDice = 0; // how much of the true title the inferred one holds: character-pair overlap
    auto pairs = [](QString s) {
        s.remove(QLatin1Char(' '));
        QSet<QString> out;
        for (int i = 0; i + 1 < s.size(); ++i)
            out.insert(s.mid(i, 2));
        return out;
    };
    for (const auto &row : docs.list()) {
        const QStringList t = truth.value(QFileInfo(row.sourceName).fileName());
        REQUIRE(t.size() >= 6);
        titles += QString(row.meta.title).remove(QLatin1Char(' ')) == QString(t.at(1)).remove(QLatin1Char(' '));
        const QSet<QString> a = pairs(row.meta.title), b = pairs(t.at(1));
        titleDice += 2.0 * double(QSet<QString>(a).intersect(b).size()) / double(std::max<qsizetype>(1, a.size() + b.size()));
        if (!t.at(3).isEmpty()) {
            ++known;
            right += row.meta.year && QString::number(*row.meta.year) == t.at(3);
        }
        if (!t.at(4).isEmpty()) {
            ++known;
            right += metadata::Gazetteer::builtin().displayName(row.meta.province, QStringLiteral("zh")) == t.at(4);
        }
        // A first line of text is a paragraph (coded), not a heading.
        const auto passages = docs.passages(row.id);
        REQUIRE_FALSE(passages.isEmpty());
        auto text = docs.text(row.id);
        REQUIRE(text.ok());
        const QString firstLine = text->section(QLatin1Char('\n'), 0, 0);
        if (firstLine.size() > 60)
            CHECK(passages.first().kind == text::PassageKind::Paragraph);
        // Page clutter never becomes a passage.
        for (const auto &ps : passages) {
            const QString t = text->mid(ps.start, ps.end - ps.start); // these texts have no surrogate pairs
            CHECK_FALSE(t.endsWith(QStringLiteral(".jpg")));
            CHECK(t != QStringLiteral("查看原文"));
        }
    }
    // 34 of 36 since the gazetteer has county-level names (32 before: 临淄区 and 上栗县
    // were unknown); the two misses are years the texts never state.
    CHECK(known == 36);
    CHECK(right >= 34);
    // Titles: 12 of 20 exactly, mean overlap 0.74 (11 and 0.65 before pages that never
    // state a title took the file's name, and page furniture, captions and sentences were
    // no longer taken for one). Six pages do not carry their title as a line at all.
    CHECK(titles >= 12);
    CHECK(titleDice / 20 >= 0.7);

    // What the cases list shows on hover: every inferred year and province with the
    // evidence it was read from.
    store::DocumentListing listing(**p);
    auto ids = listing.ids({});
    REQUIRE(ids.ok());
    auto rows = listing.rows(*ids);
    REQUIRE(rows.ok());
    int explained = 0;
    for (const auto &r : *rows)
        for (const QString &field : {QStringLiteral("year"), QStringLiteral("province")})
            if (r.inferred.contains(field)) {
                CHECK_FALSE(r.evidence.value(field).isEmpty());
                ++explained;
            }
    CHECK(explained >= 30);
}

TEST_CASE("a bad gold file gets one sentence naming the line", "[real]")
{
    const auto &book = codebook::defaultCodebook();
    const QString name = QStringLiteral("gold.jsonl");
    const auto err = [&](const char *bytes) {
        auto r = coding::parseGoldFile(QByteArray(bytes), book, name);
        REQUIRE_FALSE(r.ok());
        return r.error().message;
    };
    CHECK(err("{\"id\":\"a\",\"text\":\"教师培训\",\"codes\":[]}\nnot json\n").contains(QStringLiteral("line 2")));
    CHECK(err("{\"id\":\"a\",\"text\":\"教师培训\",\"codes\":[\"no_such_code\"]}").contains(QStringLiteral("no_such_code")));
    CHECK(err("{\"id\":\"a\",\"text\":\"  \",\"codes\":[]}").contains(QStringLiteral("empty")));
    CHECK(err("{\"id\":\"a\",\"text\":\"x\",\"codes\":\"teacher_development\"}").contains(QStringLiteral("codes")));
    CHECK(err("{\"id\":\"a\",\"text\":\"x\",\"codes\":[]}\n{\"id\":\"a\",\"text\":\"y\",\"codes\":[]}").contains(QStringLiteral("used before")));
    CHECK(err("").contains(QStringLiteral("no labelled passages")));
    // Deep nesting is refused, not recursed into.
    const QByteArray deep = QByteArray(5000, '[') + QByteArray(5000, ']');
    CHECK(err(deep.constData()).contains(QStringLiteral("line 1")));
    auto good = coding::parseGoldFile("{\"id\":\"a\",\"text\":\"教师培训\",\"codes\":[\"teacher_development\"]}", book, name);
    REQUIRE(good.ok());
    CHECK(good->first().codes == QStringList{QStringLiteral("teacher_development")});
}

TEST_CASE("review decisions make the default coder better on reports it never saw", "[real][learning]")
{
    if (!haveRealCases())
        return;
    const auto &book = codebook::defaultCodebook();
    auto gold = coding::readGoldFile(realCases() + QStringLiteral("/labels.jsonl"), book);
    REQUIRE(gold.ok());
    QTemporaryDir scratch;
    auto curve = coding::simulateReviewLearning(*gold, {0, 100}, scratch.path());
    REQUIRE(curve.ok());
    REQUIRE(curve->points.size() == 2);
    const auto &before = curve->points.at(0), &after = curve->points.at(1);
    CHECK(before.report.passages == gold->size());
    CHECK(after.meanDecided == Approx(100));
    CHECK(after.foldsTrained == curve->documents);
    // Never worse than the lexicon it starts from, and better after 100 decisions
    // (0.859 → 0.869 when written; the whole curve is in docs/performance.md).
    CHECK(after.report.microF1 > before.report.microF1);
    CHECK(after.report.microPrecision >= 0.75);
    // The scratch projects are gone: one per fold, removed when scored.
    CHECK(QDir(scratch.path()).entryList(QDir::Files).isEmpty());
}

TEST_CASE("a coder trained on the synthetic demo is no worse than the lexicon on real reports", "[real][learning]")
{
    if (!haveRealCases())
        return;
    const auto &book = codebook::defaultCodebook();
    auto gold = coding::readGoldFile(realCases() + QStringLiteral("/labels.jsonl"), book);
    REQUIRE(gold.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.caselens"));
    REQUIRE(demo::buildDemoProject(path, demo::DemoOptions{987, 2024}).ok());
    auto p = store::Project::open(path);
    REQUIRE(p.ok());
    auto all = store::DocumentFilter::parse({}, {});
    REQUIRE(coding::LearnedCoder::train(**p, QStringLiteral("*"), *all).ok());
    auto learned = coding::LearnedCoder::load(**p);
    REQUIRE(learned.ok());
    const double lexicon = coding::evaluateOnGold(coding::LexiconCoder(book), *gold, book).report.microF1;
    const auto trained = coding::evaluateOnGold(**learned, *gold, book);
    // Real text is unlike the demo's (a quarter or more of its words unknown to the model),
    // so the cue terms lead there instead of a model sure of itself on invented text.
    CHECK(trained.report.microF1 >= lexicon);
    bool deferred = false;
    for (const auto &answer : trained.answers)
        for (const auto &s : answer)
            deferred = deferred || s.rationale.contains(QStringLiteral("cue terms lead"));
    CHECK(deferred);
}

TEST_CASE("a learning curve needs whole documents to leave out", "[real][learning]")
{
    const auto &book = codebook::defaultCodebook();
    auto noDoc = coding::parseGoldFile("{\"id\":\"a\",\"text\":\"教师培训\",\"codes\":[]}", book, QStringLiteral("g.jsonl"));
    REQUIRE(noDoc.ok());
    QTemporaryDir scratch;
    auto r = coding::simulateReviewLearning(*noDoc, {0}, scratch.path());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("\"doc\"")));
    auto oneDoc = coding::parseGoldFile("{\"id\":\"a\",\"doc\":\"x\",\"text\":\"教师培训\",\"codes\":[]}", book, QStringLiteral("g.jsonl"));
    REQUIRE(oneDoc.ok());
    auto r2 = coding::simulateReviewLearning(*oneDoc, {0}, scratch.path());
    REQUIRE_FALSE(r2.ok());
    CHECK(r2.error().message.contains(QStringLiteral("two documents")));
}
