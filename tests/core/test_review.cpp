#include "testsupport.h"

#include "demo/demogenerator.h"
#include "review/adjudication.h"
#include "review/agreement.h"
#include "review/reviewservice.h"
#include "review/sampler.h"
#include "store/codestore.h"
#include "store/codingstore.h"

#include <catch2/catch.hpp>

using namespace caselens;
using namespace caselens::review;

TEST_CASE("Krippendorff's alpha: his own reliability-data example", "[agreement]")
{
    // Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg
    // School for Communication, University of Pennsylvania: 4 observers, 12 units,
    // missing values; nominal alpha = 0.743.
    const std::optional<int> _;
    const ReliabilityData data = {
        {1, 1, _, 1}, {2, 2, 3, 2}, {3, 3, 3, 3}, {3, 3, 3, 3}, {2, 2, 2, 2}, {1, 2, 3, 4},
        {4, 4, 4, 4}, {1, 1, 2, 1}, {2, 2, 2, 2}, {_, 5, 5, 5}, {_, _, 1, 1}, {_, 3, _, _},
    };
    CHECK(krippendorffAlphaNominal(data) == Approx(0.743).margin(0.0005));
    // Perfect agreement is 1; a unit with one value only is not pairable.
    CHECK(krippendorffAlphaNominal({{1, 1}, {2, 2}, {1, 1}, {3, _}}) == Approx(1.0));
}

TEST_CASE("Cohen's and Fleiss' kappa: textbook examples", "[agreement]")
{
    // 50 proposals read by two readers: 20 both yes, 5 A only, 10 B only, 15 both no:
    // po = 0.70, pe = 0.50, kappa = 0.40 (the standard worked example, e.g. Wikipedia "Cohen's kappa").
    CHECK(cohenKappa(20, 5, 10, 15) == Approx(0.40));
    CHECK(cohenKappa(10, 0, 0, 10) == Approx(1.0));
    // Fleiss (1971)-style example with 14 raters, 10 subjects, 5 categories: kappa = 0.210
    // (the worked example in Wikipedia "Fleiss' kappa").
    const QList<QList<int>> counts = {{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
                                      {7, 7, 0, 0, 0},  {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};
    CHECK(fleissKappa(counts) == Approx(0.210).margin(0.0005));
}

namespace {
std::unique_ptr<store::Project> smallDemo(QTemporaryDir &dir, int cases = 40)
{
    const QString path = dir.filePath(QStringLiteral("d.caselens"));
    REQUIRE(demo::buildDemoProject(path, demo::DemoOptions{cases, 5}).ok());
    auto p = store::Project::open(path);
    REQUIRE(p.ok());
    return p.take();
}
qint64 scalar(store::Project &p, const QString &sql) { return p.db().scalar(sql)->toLongLong(); }
} // namespace

TEST_CASE("agreement between coders on the project: perfect, a code never used, a coder missing a document", "[agreement]")
{
    QTemporaryDir dir;
    auto p = smallDemo(dir);
    // Coder B copies 研究团队 on every document but the first, and adds one extra code.
    store::CodeStore codes(*p);
    const qint64 b = *codes.ensureCoder(QStringLiteral("B"), QStringLiteral("human"));
    REQUIRE(p->db().exec(QStringLiteral("INSERT INTO codings(document_id, passage_id, start_pos, end_pos, code_id, coder_id, origin, status, created_at, guid) "
                                        "SELECT document_id, passage_id, start_pos, end_pos, code_id, %1, 'human', 'accepted', created_at, guid || '-b' "
                                        "FROM codings WHERE document_id > 1").arg(b)).ok());
    auto perfect = computeAgreement(*p, {QStringLiteral("研究团队"), QStringLiteral("B")}, QStringLiteral("passage"));
    REQUIRE(perfect.ok());
    CHECK(perfect->percentAgreement == Approx(100.0));
    CHECK(perfect->pooledKappa == Approx(1.0));
    CHECK(perfect->alpha == Approx(1.0));
    CHECK(perfect->disagreements.isEmpty());
    // Document 1 counts B as missing, not as disagreeing.
    CHECK(perfect->units == scalar(*p, QStringLiteral("SELECT count(*) FROM passages WHERE kind = 'paragraph'")));

    // One extra code by B on a paragraph: one disagreement, kappa below 1 for that code only.
    const qint64 passage = scalar(*p, QStringLiteral("SELECT id FROM passages WHERE kind = 'paragraph' AND document_id = 2 LIMIT 1 OFFSET 1"));
    store::NewCoding extra;
    extra.documentId = 2;
    extra.passageId = passage;
    extra.start = scalar(*p, QStringLiteral("SELECT start_pos FROM passages WHERE id = %1").arg(passage));
    extra.end = scalar(*p, QStringLiteral("SELECT end_pos FROM passages WHERE id = %1").arg(passage));
    extra.codeId = codes.idsByKey().value(QStringLiteral("ethical_technology"));
    extra.coderId = b;
    REQUIRE(store::CodingStore(*p).insert(extra).ok());
    auto one = computeAgreement(*p, {QStringLiteral("研究团队"), QStringLiteral("B")}, QStringLiteral("passage"));
    REQUIRE(one.ok());
    REQUIRE(one->disagreements.size() == 1);
    CHECK(one->disagreements.first().code == QStringLiteral("ethical_technology"));
    CHECK(one->disagreements.first().saidYes == QStringList{QStringLiteral("B")});
    for (const auto &c : one->codes) {
        if (c.code == QStringLiteral("ethical_technology")) {
            CHECK(c.secondOnly == 1);
            CHECK(c.kappa < 1.0);
        } else if (c.bothYes > 0) {
            CHECK(c.kappa == Approx(1.0));
        }
    }
    CHECK(one->percentAgreement < 100.0);
    // Unknown coders and a single coder are refused.
    CHECK_FALSE(computeAgreement(*p, {QStringLiteral("研究团队"), QStringLiteral("nobody")}, QStringLiteral("passage")).ok());
    CHECK_FALSE(computeAgreement(*p, {QStringLiteral("研究团队")}, QStringLiteral("passage")).ok());
}

TEST_CASE("samples are reproducible by seed and keep the strata's proportions", "[sample]")
{
    QTemporaryDir dir;
    auto p = smallDemo(dir, 200);
    auto a = drawSample(*p, {QStringLiteral("a"), 50, 42, QStringLiteral("document"), QStringLiteral("region")});
    auto b = drawSample(*p, {QStringLiteral("b"), 50, 42, QStringLiteral("document"), QStringLiteral("region")});
    auto c = drawSample(*p, {QStringLiteral("c"), 50, 43, QStringLiteral("document"), QStringLiteral("region")});
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    REQUIRE(c.ok());
    CHECK(*a == *b);
    CHECK(*a != *c);
    CHECK(a->size() == 50);
    // East holds about 53.6 % of the cases: 27 of 50 (largest remainder of 26.8).
    const qint64 eastTotal = scalar(*p, QStringLiteral("SELECT count(*) FROM documents WHERE region = 'east'"));
    const qint64 eastInSample = scalar(*p, QStringLiteral("SELECT count(*) FROM sample_members m JOIN samples s ON s.id = m.sample_id "
                                                          "JOIN documents d ON d.id = m.item_id WHERE s.name = 'a' AND d.region = 'east'"));
    CHECK(std::abs(double(eastInSample) - 50.0 * double(eastTotal) / 200.0) < 1.0);
    CHECK(drawSample(*p, {QStringLiteral("a"), 10, 1, QStringLiteral("document"), {}}).error().kind == ErrorKind::Duplicate);
    CHECK_FALSE(drawSample(*p, {QStringLiteral("big"), 100000, 1, QStringLiteral("document"), {}}).ok());
    auto passages = drawSample(*p, {QStringLiteral("p"), 30, 7, QStringLiteral("passage"), {}});
    REQUIRE(passages.ok());
    CHECK(passages->size() == 30);
}

TEST_CASE("review lifecycle: accept, reject, change keeps the original, reopen, and the audit log", "[review]")
{
    QTemporaryDir dir;
    auto p = smallDemo(dir, 10);
    store::CodeStore codes(*p);
    const qint64 engine = *codes.ensureCoder(QStringLiteral("lexicon"), QStringLiteral("engine"));
    auto suggest = [&](const char *code) {
        store::NewCoding c;
        c.documentId = 1;
        c.start = 0;
        c.end = 5;
        c.codeId = codes.idsByKey().value(QString::fromLatin1(code));
        c.coderId = engine;
        c.origin = QStringLiteral("ai");
        c.status = QStringLiteral("suggested");
        c.confidence = 0.7;
        return *store::CodingStore(*p).insert(c);
    };
    ReviewService alice(*p, QStringLiteral("alice"));
    const qint64 s1 = suggest("student_centered"), s2 = suggest("holistic_assessment"), s3 = suggest("inclusion_equity");
    REQUIRE(alice.accept(s1).ok());
    REQUIRE(alice.reject(s2).ok());
    CHECK_FALSE(alice.accept(s2).ok()); // already decided
    auto changed = alice.change(s3, QStringLiteral("teacher_development"));
    REQUIRE(changed.ok());
    CHECK(alice.coding(s3)->status == QStringLiteral("changed"));
    auto replacement = alice.coding(*changed);
    CHECK(replacement->code == QStringLiteral("teacher_development"));
    CHECK(replacement->status == QStringLiteral("accepted"));
    CHECK(replacement->coder == QStringLiteral("alice"));
    CHECK(scalar(*p, QStringLiteral("SELECT replaces_id FROM codings WHERE id = %1").arg(*changed)) == s3);
    CHECK(alice.coding(s1)->reviewer == QStringLiteral("alice"));
    // Undo of a change removes the replacement and reopens the suggestion.
    REQUIRE(alice.reopen(s3).ok());
    CHECK(alice.coding(s3)->status == QStringLiteral("suggested"));
    CHECK_FALSE(alice.coding(*changed).ok());
    // Human codings: only their coder deletes them; suggestions cannot be deleted.
    auto mine = alice.addHumanCoding(1, 3, 9, QStringLiteral("ethical_technology"));
    REQUIRE(mine.ok());
    CHECK_FALSE(ReviewService(*p, QStringLiteral("bob")).deleteCoding(*mine).ok());
    CHECK_FALSE(alice.deleteCoding(s1).ok());
    REQUIRE(alice.deleteCoding(*mine).ok());
    // Every step is in the audit log, with before and after.
    CHECK(scalar(*p, QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'alice'")) >= 7);
    CHECK(scalar(*p, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'accept' AND json_extract(before, '$.status') = 'suggested' "
                                    "AND json_extract(after, '$.status') = 'accepted'")) == 1);
    CHECK_FALSE(p->db().exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory'")).ok());
}

TEST_CASE("adjudication copies agreements, applies decisions and logs them; blind sessions see one coder", "[review][adjudication]")
{
    QTemporaryDir dir;
    auto p = smallDemo(dir, 8);
    ReviewService a(*p, QStringLiteral("A")), b(*p, QStringLiteral("B"));
    auto para = [&](int offset) {
        auto st = p->db().prepare(QStringLiteral("SELECT id, start_pos, end_pos FROM passages WHERE kind = 'paragraph' AND document_id = 1 ORDER BY ordinal LIMIT 1 OFFSET %1").arg(offset));
        REQUIRE(st->next());
        return std::tuple{st->int64(0), st->int64(1), st->int64(2)};
    };
    const auto [p1, s1, e1] = para(0);
    const auto [p2, s2, e2] = para(1);
    REQUIRE(a.addHumanCoding(1, s1, e1, QStringLiteral("student_centered"), p1).ok());
    REQUIRE(b.addHumanCoding(1, s1, e1, QStringLiteral("student_centered"), p1).ok()); // agreed
    REQUIRE(a.addHumanCoding(1, s2, e2, QStringLiteral("teacher_development"), p2).ok()); // A only
    REQUIRE(b.addHumanCoding(1, s2, e2, QStringLiteral("inclusion_equity"), p2).ok());    // B only

    auto open = disagreementsToDecide(*p, {QStringLiteral("A"), QStringLiteral("B")});
    REQUIRE(open.ok());
    REQUIRE(open->size() == 2);
    auto r = adjudicate(*p, {QStringLiteral("A"), QStringLiteral("B")}, QStringLiteral("consensus"),
                        {{p2, QStringLiteral("teacher_development"), true}}, QStringLiteral("chair"));
    REQUIRE(r.ok());
    CHECK(r->agreedCopied == 1);
    CHECK(r->decided == 1);
    CHECK(r->stillOpen == 1);
    QStringList consensus;
    const auto agreed = ReviewService(*p, {}).codingsOfDocument(1, QStringLiteral("consensus")); // named: a range-for over a temporary's contents would dangle
    for (const auto &c : *agreed)
        consensus.append(c.code);
    consensus.sort();
    CHECK(consensus == QStringList{QStringLiteral("student_centered"), QStringLiteral("teacher_development")});
    CHECK(scalar(*p, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'adjudicate' AND actor = 'chair'")) == 1);
    // Deciding the rest later adds to the same consensus without duplicating.
    auto again = adjudicate(*p, {QStringLiteral("A"), QStringLiteral("B")}, QStringLiteral("consensus"),
                            {{p2, QStringLiteral("inclusion_equity"), false}, {p2, QStringLiteral("teacher_development"), true}}, QStringLiteral("chair"));
    REQUIRE(again.ok());
    CHECK(again->stillOpen == 0);
    CHECK(ReviewService(*p, {}).codingsOfDocument(1, QStringLiteral("consensus"))->size() == 2);
    CHECK_FALSE(adjudicate(*p, {QStringLiteral("A"), QStringLiteral("B")}, QStringLiteral("A"), {}, QStringLiteral("chair")).ok());

    // Blind: each coder sees only their own codings; the full view sees all (plus the gold coder's).
    CHECK(ReviewService(*p, {}).codingsOfDocument(1, QStringLiteral("A"))->size() == 2);
    const auto ofB = ReviewService(*p, {}).codingsOfDocument(1, QStringLiteral("B"));
    for (const auto &c : *ofB)
        CHECK(c.coder == QStringLiteral("B"));
    CHECK(ReviewService(*p, {}).codingsOfDocument(1)->size() > 6);
}
