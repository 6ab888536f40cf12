// Issue "Team projects", part 1: an offline team. The lead makes a project and a sample,
// sends a copy to two coders, each codes blind on their own machine, and the lead merges
// both copies, then measures agreement and adjudicates.

#include "testsupport.h"

#include "coding/codingrun.h"
#include "coding/lexiconcoder.h"
#include "demo/demogenerator.h"
#include "import/importjob.h"
#include "review/adjudication.h"
#include "review/agreement.h"
#include "review/reviewservice.h"
#include "review/sampler.h"
#include "store/auditlog.h"
#include "store/codestore.h"
#include "store/codingstore.h"
#include "store/documentstore.h"
#include "store/integritycheck.h"
#include "store/memostore.h"
#include "store/samplestore.h"
#include "team/projectmerge.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace caselens;

namespace {

// What a coder does on their copy: codes the first paragraph of each sampled case, with
// `codes` (by position in the sample), decides one suggestion, writes a memo.
struct CoderWork {
    QString name;
    QStringList codes; // per sampled case, one code key
    bool acceptFirstSuggestion = true;
};

int codeCopy(const QString &path, const CoderWork &work, qint64 &decided)
{
    auto p = store::Project::open(path);
    REQUIRE(p.ok());
    review::ReviewService me(**p, work.name);
    auto sample = store::SampleStore(**p).find(QStringLiteral("pilot"));
    REQUIRE(sample.ok());
    REQUIRE(sample->has_value());
    int made = 0;
    store::DocumentStore docs(**p);
    for (int i = 0; i < (*sample)->items.size() && i < work.codes.size(); ++i) {
        const qint64 doc = (*sample)->items.at(i);
        for (const store::Passage &para : docs.passages(doc))
            if (para.kind == text::PassageKind::Paragraph) {
                REQUIRE(me.addHumanCoding(doc, para.start, para.end, work.codes.at(i), para.id).ok());
                ++made;
                break;
            }
    }
    // Both coders meet the same open suggestion and decide it, differently.
    const auto first = store::CodingStore(**p).ofDocument((*sample)->items.first());
    REQUIRE(first.ok());
    for (const auto &c : *first)
        if (c.status == QLatin1String("suggested")) {
            REQUIRE((work.acceptFirstSuggestion ? me.accept(c.id) : me.reject(c.id)).ok());
            decided = c.id;
            break;
        }
    REQUIRE(store::MemoStore(**p).write(store::MemoTarget::Document, (*sample)->items.first(), work.name,
                                        work.name + QStringLiteral(": 这一案例的评价部分写得具体。")).ok());
    return made;
}

qint64 codingsBy(store::Project &p, const QString &coder)
{
    qint64 n = 0;
    for (const auto &row : store::DocumentStore(p).list()) {
        auto c = store::CodingStore(p).ofDocument(row.id, coder);
        REQUIRE(c.ok());
        n += c->size();
    }
    return n;
}

} // namespace

TEST_CASE("a lead merges two coders' blind copies, then measures agreement and adjudicates", "[merge][team]")
{
    QTemporaryDir dir;
    const QString lead = dir.filePath(QStringLiteral("lead.caselens"));
    REQUIRE(demo::buildDemoProject(lead, demo::DemoOptions{24, 11}).ok());
    {
        auto p = store::Project::open(lead);
        REQUIRE(p.ok());
        REQUIRE(review::drawSample(**p, {QStringLiteral("pilot"), 6, 5, QStringLiteral("document"), {}}).ok());
        coding::LexiconCoder lexicon(store::CodeStore(**p).codebook());
        REQUIRE(coding::runCoder(**p, lexicon, *store::DocumentFilter::parse({}, {}), 0.0).ok());
        // Copies as the lead would send them: a consistent snapshot each.
        REQUIRE((*p)->backupTo(dir.filePath(QStringLiteral("a.caselens"))).ok());
        REQUIRE((*p)->backupTo(dir.filePath(QStringLiteral("b.caselens"))).ok());
    }
    const QString a = dir.filePath(QStringLiteral("a.caselens")), b = dir.filePath(QStringLiteral("b.caselens"));
    qint64 decidedA = 0, decidedB = 0;
    const int madeA = codeCopy(a, {QStringLiteral("A"),
                                   {QStringLiteral("student_centered"), QStringLiteral("teacher_development"), QStringLiteral("student_centered"),
                                    QStringLiteral("ethical_technology"), QStringLiteral("inclusion_equity"), QStringLiteral("holistic_assessment")},
                                   true},
                               decidedA);
    const int madeB = codeCopy(b, {QStringLiteral("B"),
                                   {QStringLiteral("student_centered"), QStringLiteral("teacher_development"), QStringLiteral("holistic_assessment"),
                                    QStringLiteral("ethical_technology"), QStringLiteral("sustainable_planning"), QStringLiteral("holistic_assessment")},
                                   false},
                               decidedB);
    REQUIRE(decidedA == decidedB);
    // B also imports a case the lead does not have, codes it, and both set one field differently.
    {
        auto p = store::Project::open(b);
        REQUIRE(p.ok());
        testsupport::writeFile(dir, QStringLiteral("new/extra.txt"), testsupport::sampleCaseText().toUtf8());
        REQUIRE(import::ImportJob(**p, {}).run({dir.filePath(QStringLiteral("new"))}).ok());
        const qint64 extra = store::DocumentStore(**p).count();
        const auto paras = store::DocumentStore(**p).passages(extra);
        REQUIRE_FALSE(paras.isEmpty());
        REQUIRE(review::ReviewService(**p, QStringLiteral("B")).addHumanCoding(extra, paras.last().start, paras.last().end,
                                                                            QStringLiteral("teacher_development"), paras.last().id).ok());
        REQUIRE(store::DocumentStore(**p).setField(2, QStringLiteral("学段"), QStringLiteral("初中")).ok());
    }
    {
        auto p = store::Project::open(a);
        REQUIRE(p.ok());
        REQUIRE(store::DocumentStore(**p).setField(2, QStringLiteral("学段"), QStringLiteral("小学")).ok());
    }

    auto p = store::Project::open(lead);
    REQUIRE(p.ok());
    const qint64 documentsBefore = store::DocumentStore(**p).count();
    // A dry run says what would come and changes nothing.
    auto dry = team::mergeProject(**p, a, true);
    REQUIRE(dry.ok());
    CHECK(dry->codings == madeA);
    CHECK(codingsBy(**p, QStringLiteral("A")) == 0);

    auto fromA = team::mergeProject(**p, a);
    REQUIRE(fromA.ok());
    CHECK(fromA->codings == madeA);
    CHECK(fromA->decisions == 2); // the suggestion A decided, and the field A set where the lead had none
    CHECK(fromA->memos == 1);
    CHECK(fromA->auditEntries > 0);
    auto fromB = team::mergeProject(**p, b);
    REQUIRE(fromB.ok());
    CHECK(fromB->codings == madeB + 1);
    CHECK(fromB->documents == 1);
    CHECK(store::DocumentStore(**p).count() == documentsBefore + 1);
    CHECK(codingsBy(**p, QStringLiteral("A")) == madeA);
    CHECK(codingsBy(**p, QStringLiteral("B")) == madeB + 1);
    // The two conflicts, each with its rule: the later decision; this project's field.
    const QString conflicts = fromB->conflicts.join(QLatin1Char('\n'));
    INFO(conflicts.toStdString());
    CHECK(conflicts.contains(QStringLiteral("the later decision, rejected, stands")));
    CHECK(conflicts.contains(QStringLiteral("学段 is \"小学\" here and \"初中\" there")));
    CHECK(store::DocumentStore(**p).row(2)->meta.attributes.value(QStringLiteral("学段")) == QStringLiteral("小学"));
    auto decided = store::CodingStore(**p).get(decidedA);
    REQUIRE(decided.ok());
    CHECK(decided->status == QStringLiteral("rejected"));
    CHECK(decided->reviewer == QStringLiteral("B"));
    auto memos = store::MemoStore(**p).all();
    REQUIRE(memos.ok());
    CHECK(memos->size() == 2);
    // Each coder's history came along, marked with the copy it came from.
    auto audit = store::readAudit(**p);
    REQUIRE(audit.ok());
    int fromCoders = 0;
    for (const auto &e : *audit)
        fromCoders += (e.actor == QStringLiteral("A") || e.actor == QStringLiteral("B")) && e.after.contains(QStringLiteral("merged_from")) ? 1 : 0;
    CHECK(fromCoders >= madeA + madeB);

    // Merging again changes nothing.
    for (const QString &copy : {a, b}) {
        auto again = team::mergeProject(**p, copy);
        REQUIRE(again.ok());
        INFO(again->conflicts.join(QLatin1Char('\n')).toStdString());
        CHECK(again->codings == 0);
        CHECK(again->memos == 0);
        CHECK(again->documents == 0);
        CHECK(again->auditEntries == 0);
    }
    CHECK(codingsBy(**p, QStringLiteral("A")) == madeA);
    const auto checked = store::checkProject(**p);
    INFO(checked.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(checked.ok());

    // The lead's loop goes on: agreement on the sample, then adjudication.
    auto agreement = review::computeAgreement(**p, {QStringLiteral("A"), QStringLiteral("B")}, QStringLiteral("passage"), QStringLiteral("pilot"));
    REQUIRE(agreement.ok());
    CHECK(agreement->units > 0);
    CHECK(agreement->disagreements.size() >= 2); // cases 3 and 5 were coded differently
    QList<review::AdjudicationDecision> decisions;
    for (const auto &d : agreement->disagreements)
        decisions.append({d.unit, d.code, true});
    auto adjudicated = review::adjudicate(**p, {QStringLiteral("A"), QStringLiteral("B")}, QStringLiteral("共识"), decisions, QStringLiteral("lead"),
                                          QStringLiteral("pilot"));
    REQUIRE(adjudicated.ok());
    CHECK(adjudicated->stillOpen == 0);
}

TEST_CASE("merge refuses the project itself and a file that is not a project, changing nothing", "[merge][team]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.caselens"));
    REQUIRE(demo::buildDemoProject(path, demo::DemoOptions{6, 2}).ok());
    auto p = store::Project::open(path);
    REQUIRE(p.ok());
    auto self = team::mergeProject(**p, path);
    REQUIRE_FALSE(self.ok());
    CHECK(self.error().message.contains(QStringLiteral("being merged into")));
    const QString junk = testsupport::writeFile(dir, QStringLiteral("junk.caselens"), "not a project");
    auto bad = team::mergeProject(**p, junk);
    REQUIRE_FALSE(bad.ok());
    CHECK(store::checkProject(**p).ok());
}
