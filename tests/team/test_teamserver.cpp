// Issue "Team projects", part 2: a project on a PostgreSQL team server. These tests run
// against a real PostgreSQL 15 that tests/team/run.sh starts in a throwaway cluster
// (pg_virtualenv) and removes afterwards; they read its address from PGHOST, PGPORT,
// PGUSER and PGPASSWORD. Each test case works in a database of its own.

#include "coding/codingrun.h"
#include "coding/lexiconcoder.h"
#include "demo/demogenerator.h"
#include "store/codestore.h"
#include "store/codingstore.h"
#include "store/documentfilter.h"
#include "store/integritycheck.h"
#include "store/memostore.h"
#include "store/projectcounts.h"
#include "store/searchindex.h"
#include "store/server/teamsearch.h"
#include "store/server/teamserver.h"
#include "store/server/teamsession.h"
#include "review/reviewservice.h"
#include "team/workingcopy.h"

#include <QDir>
#include <QTemporaryDir>
#include <QUuid>
#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

using namespace caselens;
using namespace caselens::store::server;

namespace {

QString env(const char *name, const char *fallback = "") { return qEnvironmentVariableIsSet(name) ? qEnvironmentVariable(name) : QString::fromLatin1(fallback); }

// The address of a database on the throwaway server, as its administrator (password
// from PGPASSWORD, as libpq reads it) or as a member with their password.
QString address(const QString &database, const QString &user = {}, const QString &password = {})
{
    const QString who = user.isEmpty() ? env("PGUSER", "postgres") : user + (password.isEmpty() ? QString() : QLatin1Char(':') + password);
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(who, env("PGHOST", "localhost"), env("PGPORT", "5432"), database);
}

// A fresh database for one test case.
QString freshDatabase()
{
    const QString name = QStringLiteral("caselens_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    auto admin = PgConnection::connect(address(QStringLiteral("postgres")));
    REQUIRE(admin.ok());
    REQUIRE((*admin)->execScript(QStringLiteral("CREATE DATABASE %1").arg(name)).ok());
    return name;
}

// A demo project with the lexicon's suggestions, a memo and a human coding.
QString demoProject(const QTemporaryDir &dir, int cases = 40)
{
    const QString path = dir.filePath(QStringLiteral("lead.caselens"));
    REQUIRE(demo::buildDemoProject(path, demo::DemoOptions{cases, 7}).ok());
    auto p = store::Project::open(path);
    REQUIRE(p.ok());
    coding::LexiconCoder lexicon(store::CodeStore(**p).codebook());
    REQUIRE(coding::runCoder(**p, lexicon, *store::DocumentFilter::parse({}, {}), 0.0).ok());
    return path;
}

// A fresh database holding a published demo project of `cases` cases.
QString publishedDemo(const QTemporaryDir &dir, int cases)
{
    const QString db = freshDatabase();
    auto p = store::Project::open(demoProject(dir, cases));
    REQUIRE(p.ok());
    REQUIRE(publishProject(**p, address(db)).ok());
    return db;
}

struct Member {
    QString name, password;
    MemberRole role;
};

void addMembers(const QString &database, const QList<Member> &members)
{
    for (const Member &m : members) {
        qputenv("CASELENS_MEMBER_PASSWORD", m.password.toUtf8());
        REQUIRE(addMember(address(database), m.name, m.role).ok());
    }
    qunsetenv("CASELENS_MEMBER_PASSWORD");
}

std::unique_ptr<PgConnection> connectAs(const QString &database, const QString &user, const QString &password)
{
    auto c = PgConnection::connect(address(database, user, password));
    REQUIRE(c.ok());
    return c.take();
}

qint64 scalar(PgConnection &c, const QString &sql)
{
    auto r = c.exec(sql);
    REQUIRE(r.ok());
    return r->int64(0, 0);
}

// A document's codings, held (a range-for over `*result()` would read a destroyed Result).
QList<store::CodingRecord> codingsOf(store::Project &p, qint64 document)
{
    auto codings = store::CodingStore(p).ofDocument(document);
    REQUIRE(codings.ok());
    return *codings;
}

QList<store::CodingRecord> allCodings(store::Project &p)
{
    QList<store::CodingRecord> out;
    const qint64 documents = store::countProject(p)->documents; // the demo numbers its cases 1…n
    for (qint64 d = 1; d <= documents; ++d) {
        auto codings = store::CodingStore(p).ofDocument(d);
        REQUIRE(codings.ok());
        out += *codings;
    }
    return out;
}

// Every coding as text that survives a round trip: GUID, span, code, coder, status, reviewer.
QStringList codingRows(store::Project &p)
{
    QStringList rows;
    for (const auto &c : allCodings(p))
        rows.append(QStringLiteral("%1 %2 %3-%4 %5 %6 %7 %8 %9")
                        .arg(c.guid)
                        .arg(c.documentId)
                        .arg(c.start)
                        .arg(c.end)
                        .arg(c.code, c.coder, c.status, c.reviewer, QString::number(c.confidence, 'g', 17)));
    rows.sort();
    return rows;
}

// The codings as the server holds them for the person at `at`: a fresh export's rows,
// what a working copy that received everything must hold.
QStringList serverRows(const QTemporaryDir &dir, const QString &at)
{
    static int exports = 0;
    const QString path = dir.filePath(QStringLiteral("fresh%1.caselens").arg(++exports));
    REQUIRE(exportLocal(at, path).ok());
    auto fresh = store::Project::open(path);
    REQUIRE(fresh.ok());
    CHECK(store::checkProject(**fresh).ok());
    return codingRows(**fresh);
}

} // namespace

TEST_CASE("team server: a published project comes back whole, and a second publish is refused", "[pg]")
{
    REQUIRE(qEnvironmentVariableIsSet("PGHOST")); // run through tests/team/run.sh
    QTemporaryDir dir;
    const QString path = demoProject(dir);
    const QString db = freshDatabase();
    auto original = store::Project::open(path);
    REQUIRE(original.ok());
    REQUIRE(store::MemoStore(**original).write(store::MemoTarget::Project, 0, QStringLiteral("lead"), QStringLiteral("分析备忘：先看东部。")).ok());
    auto published = publishProject(**original, address(db));
    REQUIRE(published.ok());
    const auto counts = store::countProject(**original);
    REQUIRE(counts.ok());
    auto rowsOf = [&](const QString &table) {
        for (const auto &t : *published)
            if (t.table == table)
                return t.rows;
        return qint64(-1);
    };
    CHECK(rowsOf(QStringLiteral("documents")) == counts->documents);
    CHECK(rowsOf(QStringLiteral("codings")) == counts->codings);
    CHECK(rowsOf(QStringLiteral("memos")) == 1);

    auto info = serverInfo(address(db));
    REQUIRE(info.ok());
    CHECK(info->name == (*original)->info(QStringLiteral("name")));
    CHECK_FALSE(info->blind);

    // Into a database that holds a project already: one sentence, nothing changed.
    auto again = publishProject(**original, address(db));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("already holds a project")));

    // Back into a file: the same codings, row for row, and every check passes.
    const QString back = dir.filePath(QStringLiteral("back.caselens"));
    auto exported = exportLocal(address(db), back);
    REQUIRE(exported.ok());
    auto copy = store::Project::open(back);
    REQUIRE(copy.ok());
    const auto checked = store::checkProject(**copy);
    CAPTURE(checked.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(checked.ok());
    CHECK(codingRows(**copy) == codingRows(**original));
    CHECK(store::countProject(**copy)->documents == counts->documents);
    CHECK(store::MemoStore(**copy).memosOn(store::MemoTarget::Project, 0)->first().text == QStringLiteral("分析备忘：先看东部。"));

    // Search on the server gives the file's answers: the same cases, the same passages.
    auto pg = PgConnection::connect(address(db));
    REQUIRE(pg.ok());
    store::SearchIndex fileIndex(**original);
    for (const QString &q : {QStringLiteral("教师"), QStringLiteral("学"), QStringLiteral("数字素养"), QStringLiteral("智慧 课堂"), QStringLiteral("AI"),
                             QStringLiteral("课堂教学改革"), QStringLiteral("2023"), QStringLiteral("没有这样的词组合")}) {
        CAPTURE(q.toStdString());
        auto onServer = serverMatches(**pg, q);
        auto inFile = fileIndex.matches(q);
        REQUIRE(onServer.ok());
        REQUIRE(inFile.ok());
        CHECK(onServer->passages == inFile->passages);
        CHECK(onServer->documents == inFile->documents);
    }
    CHECK(serverMatches(**pg, QStringLiteral("教师"))->passages > 0);
    CHECK_FALSE(serverMatches(**pg, QStringLiteral("  ")).ok()); // nothing to look for: one sentence

    // An address that reaches no server: one sentence naming it, without its password.
    auto nowhere = serverInfo(QStringLiteral("postgresql://someone:secret@127.0.0.1:1/none"));
    REQUIRE_FALSE(nowhere.ok());
    CHECK(nowhere.error().kind == ErrorKind::Offline);
    CHECK_FALSE(nowhere.error().message.contains(QStringLiteral("secret")));
}

TEST_CASE("team server: each role may do only what it may, even in plain SQL", "[pg]")
{
    QTemporaryDir dir;
    const QString db = publishedDemo(dir, 20);
    addMembers(db, {{QStringLiteral("alice"), QStringLiteral("a-pw"), MemberRole::Coder},
                    {QStringLiteral("bob"), QStringLiteral("b-pw"), MemberRole::Coder},
                    {QStringLiteral("rita"), QStringLiteral("r-pw"), MemberRole::Reviewer}});
    auto alice = TeamSession::open(address(db, QStringLiteral("alice"), QStringLiteral("a-pw")));
    auto bob = TeamSession::open(address(db, QStringLiteral("bob"), QStringLiteral("b-pw")));
    auto rita = TeamSession::open(address(db, QStringLiteral("rita"), QStringLiteral("r-pw")));
    REQUIRE(alice.ok());
    REQUIRE(bob.ok());
    REQUIRE(rita.ok());
    auto aliceCoding = (*alice)->code(1, 0, 12, QStringLiteral("student_centered"));
    auto bobCoding = (*bob)->code(2, 0, 12, QStringLiteral("teacher_development"));
    REQUIRE(aliceCoding.ok());
    REQUIRE(bobCoding.ok());
    auto waiting = (*rita)->waitingSuggestions(5);
    REQUIRE(waiting.ok());
    REQUIRE(waiting->size() == 5);

    auto sql = connectAs(db, QStringLiteral("alice"), QStringLiteral("a-pw"));
    const QString bobId = QString::number(scalar(*sql, QStringLiteral("SELECT id FROM coders WHERE name = 'bob'")));
    // Writing as someone else is refused by the database itself.
    auto forged = sql->exec(QStringLiteral("INSERT INTO codings (document_id, start_pos, end_pos, code_id, coder_id, origin, status, created_at, guid) "
                                           "VALUES (1, 0, 5, (SELECT id FROM codes WHERE key = 'student_centered'), $1, 'human', 'accepted', 'now', 'forged')"),
                            {bobId});
    REQUIRE_FALSE(forged.ok());
    CHECK(forged.error().kind == ErrorKind::Forbidden);
    // Another coder's coding cannot be changed or removed; the rows are simply not hers.
    CHECK(sql->exec(QStringLiteral("UPDATE codings SET code_id = code_id WHERE id = $1"), {QString::number(*bobCoding)})->affected() == 0);
    CHECK(sql->exec(QStringLiteral("DELETE FROM codings WHERE id = $1"), {QString::number(*bobCoding)})->affected() == 0);
    // A coder cannot decide a suggestion, in plain SQL or through the session.
    CHECK(sql->exec(QStringLiteral("UPDATE codings SET status = 'accepted' WHERE status = 'suggested'"))->affected() == 0);
    Status decided = (*alice)->decide(waiting->first(), true);
    REQUIRE_FALSE(decided.ok());
    CHECK(decided.error().kind == ErrorKind::Forbidden);
    // Her own coding she may change.
    CHECK(sql->exec(QStringLiteral("UPDATE codings SET end_pos = 13 WHERE id = $1"), {QString::number(*aliceCoding)})->affected() == 1);
    // Memos: only her own; the codebook, the documents, the team's settings: not at all;
    // the audit log: nobody changes an entry.
    CHECK(sql->exec(QStringLiteral("INSERT INTO memos (target_kind, target_id, author_id, text, created_at, updated_at, guid) "
                                   "VALUES ('project', 0, $1, 'x', 'now', 'now', 'm1')"), {bobId}).error().kind == ErrorKind::Forbidden);
    CHECK(sql->exec(QStringLiteral("UPDATE codes SET name_en = 'x'")).error().kind == ErrorKind::Forbidden);
    CHECK(sql->exec(QStringLiteral("DELETE FROM documents")).error().kind == ErrorKind::Forbidden);
    CHECK(sql->exec(QStringLiteral("UPDATE team_settings SET value = 'off'")).error().kind == ErrorKind::Forbidden);
    CHECK(sql->exec(QStringLiteral("UPDATE team_versions SET version = 0")).error().kind == ErrorKind::Forbidden);
    CHECK_FALSE(sql->exec(QStringLiteral("UPDATE audit_log SET actor = 'bob'")).ok());
    auto lead = PgConnection::connect(address(db));
    REQUIRE(lead.ok());
    CHECK_FALSE((*lead)->exec(QStringLiteral("DELETE FROM audit_log")).ok()); // not even the lead
    CHECK(setBlind(address(db, QStringLiteral("alice"), QStringLiteral("a-pw")), true).error().kind == ErrorKind::Forbidden);

    // The reviewer decides, as herself.
    REQUIRE((*rita)->decide(waiting->first(), true).ok());
    CHECK(scalar(**lead, QStringLiteral("SELECT count(*) FROM codings c JOIN coders r ON r.id = c.reviewer_id WHERE r.name = 'rita' AND c.id = %1")
                              .arg(waiting->first())) == 1);

    // Blind: a coder reads only her own codings, whatever she asks; the reviewer reads all.
    const qint64 all = scalar(**lead, QStringLiteral("SELECT count(*) FROM codings"));
    REQUIRE(setBlind(address(db), true).ok());
    CHECK(scalar(*sql, QStringLiteral("SELECT count(*) FROM codings")) == 1);
    CHECK(scalar(*sql, QStringLiteral("SELECT count(*) FROM codings WHERE coder_id = %1").arg(bobId)) == 0);
    CHECK(scalar(*sql, QStringLiteral("SELECT count(*) FROM audit_log WHERE actor <> 'alice'")) == 0);
    auto ritaSql = connectAs(db, QStringLiteral("rita"), QStringLiteral("r-pw"));
    CHECK(scalar(*ritaSql, QStringLiteral("SELECT count(*) FROM codings")) == all);
    // Her export holds her own work only, and is a sound project.
    const QString hers = dir.filePath(QStringLiteral("alice.caselens"));
    REQUIRE(exportLocal(address(db, QStringLiteral("alice"), QStringLiteral("a-pw")), hers).ok());
    auto copy = store::Project::open(hers);
    REQUIRE(copy.ok());
    CHECK(allCodings(**copy).size() == 1);
    const auto checked = store::checkProject(**copy);
    CAPTURE(checked.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(checked.ok());
}

TEST_CASE("team server: ten people coding and deciding at once add up", "[pg]")
{
    QTemporaryDir dir;
    const QString db = publishedDemo(dir, 40);
    QList<Member> members;
    for (int i = 0; i < 8; ++i)
        members.append({QStringLiteral("coder%1").arg(i), QStringLiteral("pw%1").arg(i), MemberRole::Coder});
    members.append({QStringLiteral("rev0"), QStringLiteral("rpw0"), MemberRole::Reviewer});
    members.append({QStringLiteral("rev1"), QStringLiteral("rpw1"), MemberRole::Reviewer});
    addMembers(db, members);
    auto lead = PgConnection::connect(address(db));
    REQUIRE(lead.ok());
    const qint64 acceptedBefore = scalar(**lead, QStringLiteral("SELECT count(*) FROM codings WHERE status = 'accepted'"));
    const qint64 suggestedBefore = scalar(**lead, QStringLiteral("SELECT count(*) FROM codings WHERE status = 'suggested'"));
    auto open = scalar(**lead, QStringLiteral("SELECT count(*) FROM codings WHERE status = 'suggested'"));
    REQUIRE(open >= 200);
    auto ids = (*lead)->exec(QStringLiteral("SELECT id FROM codings WHERE status = 'suggested' ORDER BY id LIMIT 200"));
    REQUIRE(ids.ok());

    // Eight coders code 25 passages each; two reviewers decide 100 suggestions each, the
    // first accepting and the second rejecting; all at the same time.
    std::atomic<int> failures{0};
    std::vector<std::thread> people;
    for (int i = 0; i < 10; ++i)
        people.emplace_back([&, i] {
            auto me = TeamSession::open(address(db, members.at(i).name, members.at(i).password));
            if (!me) {
                ++failures;
                return;
            }
            for (int k = 0; k < 25 && i < 8; ++k)
                if (!(*me)->code(1 + (k % 40), 10 * i, 10 * i + 5 + k, QStringLiteral("student_centered")))
                    ++failures;
            for (int k = 0; k < 100 && i >= 8; ++k)
                if (!(*me)->decide(ids->int64((i - 8) * 100 + k, 0), i == 8))
                    ++failures;
        });
    for (auto &t : people)
        t.join();
    CHECK(failures == 0);
    CHECK(scalar(**lead, QStringLiteral("SELECT count(*) FROM codings WHERE status = 'accepted'")) == acceptedBefore + 8 * 25 + 100);
    CHECK(scalar(**lead, QStringLiteral("SELECT count(*) FROM codings WHERE status = 'rejected'")) == 100);
    CHECK(scalar(**lead, QStringLiteral("SELECT count(*) FROM codings WHERE status = 'suggested'")) == suggestedBefore - 200);
    CHECK(scalar(**lead, QStringLiteral("SELECT count(*) FROM audit_log WHERE actor LIKE 'coder%' AND action = 'code'")) == 200);
    CHECK(scalar(**lead, QStringLiteral("SELECT count(*) FROM audit_log WHERE actor LIKE 'rev%'")) == 200);
    // And the whole, copied back, passes every check.
    const QString back = dir.filePath(QStringLiteral("after.caselens"));
    REQUIRE(exportLocal(address(db), back).ok());
    auto copy = store::Project::open(back);
    REQUIRE(copy.ok());
    const auto checked = store::checkProject(**copy);
    CAPTURE(checked.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(checked.ok());
}

TEST_CASE("team server: two people in the same cases at once add up, and a working copy follows", "[pg]")
{
    QTemporaryDir dir;
    const QString db = publishedDemo(dir, 20);
    addMembers(db, {{QStringLiteral("wang"), QStringLiteral("w-pw"), MemberRole::Coder},
                    {QStringLiteral("zhao"), QStringLiteral("z-pw"), MemberRole::Reviewer}});
    const QString zhaoAt = address(db, QStringLiteral("zhao"), QStringLiteral("z-pw"));
    const QString copyPath = dir.filePath(QStringLiteral("zhao.caselens"));
    REQUIRE(team::checkOut(zhaoAt, copyPath).ok());
    auto lead = PgConnection::connect(address(db));
    REQUIRE(lead.ok());
    const qint64 acceptedBefore = scalar(**lead, QStringLiteral("SELECT count(*) FROM codings WHERE status = 'accepted'"));
    const qint64 versionsBefore = scalar(**lead, QStringLiteral("SELECT sum(version) FROM team_versions WHERE document_id BETWEEN 1 AND 3"));
    auto ids = (*lead)->exec(QStringLiteral("SELECT id FROM codings WHERE status = 'suggested' AND document_id BETWEEN 1 AND 3 ORDER BY id LIMIT 30"));
    REQUIRE(ids.ok());
    REQUIRE(ids->rows() == 30);

    // Both work in cases 1 to 3 at the same time: Wang codes 30 passages, Zhao accepts 30
    // suggestions, while Zhao's copy receives now and then.
    std::atomic<int> failures{0};
    std::thread wang([&] {
        auto me = TeamSession::open(address(db, QStringLiteral("wang"), QStringLiteral("w-pw")));
        for (int k = 0; me && k < 30; ++k)
            if (!(*me)->code(1 + k % 3, k, k + 4, QStringLiteral("teacher_development")))
                ++failures;
        if (!me)
            ++failures;
    });
    auto zhao = TeamSession::open(zhaoAt);
    REQUIRE(zhao.ok());
    auto copy = store::Project::open(copyPath);
    REQUIRE(copy.ok());
    for (int k = 0; k < 30; ++k) {
        if (!(*zhao)->decide(ids->int64(k, 0), true))
            ++failures;
        if (k % 10 == 9 && !team::receive(**copy, **zhao))
            ++failures;
    }
    wang.join();
    CHECK(failures == 0);
    CHECK(scalar(**lead, QStringLiteral("SELECT count(*) FROM codings WHERE status = 'accepted'")) == acceptedBefore + 30 + 30);
    // Every step moved its case's version once.
    CHECK(scalar(**lead, QStringLiteral("SELECT sum(version) FROM team_versions WHERE document_id BETWEEN 1 AND 3")) == versionsBefore + 60);
    // Received while the others were at work, the copy ends as the server is.
    auto last = team::receive(**copy, **zhao);
    REQUIRE(last.ok());
    CHECK_FALSE(last->everything);
    CHECK(codingRows(**copy) == serverRows(dir, zhaoAt));
    CHECK(store::checkProject(**copy).ok());
}

TEST_CASE("team server: a lost connection loses no decision and doubles none", "[pg]")
{
    QTemporaryDir dir;
    const QString db = publishedDemo(dir, 20);
    addMembers(db, {{QStringLiteral("rita"), QStringLiteral("r-pw"), MemberRole::Reviewer},
                    {QStringLiteral("alice"), QStringLiteral("a-pw"), MemberRole::Coder}});
    auto lead = PgConnection::connect(address(db));
    REQUIRE(lead.ok());
    auto rita = TeamSession::open(address(db, QStringLiteral("rita"), QStringLiteral("r-pw")));
    REQUIRE(rita.ok());
    auto waiting = (*rita)->waitingSuggestions(2);
    REQUIRE(waiting.ok());
    // The server ends her connection (as a restart or a dropped network would)…
    REQUIRE((*lead)->exec(QStringLiteral("SELECT pg_terminate_backend($1)"), {QString::number((*rita)->connection().backendPid())}).ok());
    // …and her next decision reconnects and is made exactly once.
    REQUIRE((*rita)->decide(waiting->first(), true).ok());
    CHECK((*rita)->reconnects() == 1);
    CHECK(scalar(**lead, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity_id = %1 AND action = 'accept'").arg(waiting->first())) == 1);
    CHECK(scalar(**lead, QStringLiteral("SELECT count(*) FROM codings WHERE id = %1 AND status = 'accepted'").arg(waiting->first())) == 1);

    // A client killed in the middle of a step: what it had begun is not there.
    const qint64 before = scalar(**lead, QStringLiteral("SELECT count(*) FROM codings"));
    auto alice = connectAs(db, QStringLiteral("alice"), QStringLiteral("a-pw"));
    REQUIRE(alice->execScript(QStringLiteral("BEGIN")).ok());
    REQUIRE(alice->exec(QStringLiteral("INSERT INTO codings (document_id, start_pos, end_pos, code_id, coder_id, origin, status, created_at, guid) "
                                       "VALUES (1, 0, 5, (SELECT id FROM codes WHERE key = 'student_centered'), caselens_me(), 'human', "
                                       "'accepted', 'now', 'half-done')"))
                .ok());
    REQUIRE((*lead)->exec(QStringLiteral("SELECT pg_terminate_backend($1)"), {QString::number(alice->backendPid())}).ok());
    CHECK_FALSE(alice->execScript(QStringLiteral("COMMIT")).ok());
    CHECK_FALSE(alice->isAlive());
    CHECK(scalar(**lead, QStringLiteral("SELECT count(*) FROM codings")) == before);
    CHECK(scalar(**lead, QStringLiteral("SELECT count(*) FROM codings WHERE guid = 'half-done'")) == 0);
    // Everyone else carries on.
    REQUIRE((*rita)->decide(waiting->at(1), false).ok());
}

TEST_CASE("team server: a decision reaches another person's listening session", "[pg]")
{
    QTemporaryDir dir;
    const QString db = publishedDemo(dir, 10);
    addMembers(db, {{QStringLiteral("rita"), QStringLiteral("r-pw"), MemberRole::Reviewer},
                    {QStringLiteral("alice"), QStringLiteral("a-pw"), MemberRole::Coder}});
    auto alice = TeamSession::open(address(db, QStringLiteral("alice"), QStringLiteral("a-pw")));
    auto rita = TeamSession::open(address(db, QStringLiteral("rita"), QStringLiteral("r-pw")));
    REQUIRE(alice.ok());
    REQUIRE(rita.ok());
    REQUIRE((*alice)->listen().ok());
    CHECK((*alice)->changes(0).isEmpty());
    auto waiting = (*rita)->waitingSuggestions(1);
    REQUIRE(waiting.ok());
    auto lead = PgConnection::connect(address(db));
    const qint64 document = scalar(**lead, QStringLiteral("SELECT document_id FROM codings WHERE id = %1").arg(waiting->first()));
    REQUIRE((*rita)->decide(waiting->first(), true).ok());
    QList<TeamChange> heard;
    for (int i = 0; i < 50 && heard.isEmpty(); ++i)
        heard = (*alice)->changes(100);
    REQUIRE(heard.size() == 1);
    CHECK(heard.first().table == QStringLiteral("codings"));
    CHECK(heard.first().by == QStringLiteral("rita"));
    CHECK(heard.first().document == document);
    // A listening session that lost its connection listens again after reconnecting.
    REQUIRE((*lead)->exec(QStringLiteral("SELECT pg_terminate_backend($1)"), {QString::number((*alice)->connection().backendPid())}).ok());
    REQUIRE((*alice)->code(document, 0, 4, QStringLiteral("student_centered")).ok()); // reconnects
    (*alice)->changes(200);                                                               // her own change
    waiting = (*rita)->waitingSuggestions(1);
    REQUIRE((*rita)->decide(waiting->first(), false).ok());
    heard.clear();
    for (int i = 0; i < 50 && heard.isEmpty(); ++i)
        for (const auto &c : (*alice)->changes(100))
            if (c.by == QStringLiteral("rita"))
                heard.append(c);
    CHECK(heard.size() == 1);
}

TEST_CASE("team server: working copies send their work and receive the others'", "[pg]")
{
    QTemporaryDir dir;
    const QString db = publishedDemo(dir, 20);
    addMembers(db, {{QStringLiteral("wang"), QStringLiteral("w-pw"), MemberRole::Coder},
                    {QStringLiteral("zhao"), QStringLiteral("z-pw"), MemberRole::Reviewer}});
    const QString wangAt = address(db, QStringLiteral("wang"), QStringLiteral("w-pw")), zhaoAt = address(db, QStringLiteral("zhao"), QStringLiteral("z-pw"));
    auto wang = TeamSession::open(wangAt);
    auto zhao = TeamSession::open(zhaoAt);
    REQUIRE(wang.ok());
    REQUIRE(zhao.ok());
    auto early = (*wang)->code(3, 0, 6, QStringLiteral("student_centered"));
    REQUIRE(early.ok());

    const QString wangCopy = dir.filePath(QStringLiteral("wang.caselens")), zhaoCopy = dir.filePath(QStringLiteral("zhao.caselens"));
    REQUIRE(team::checkOut(wangAt, wangCopy).ok());
    REQUIRE(team::checkOut(zhaoAt, zhaoCopy).ok());
    auto a = store::Project::open(wangCopy);
    auto b = store::Project::open(zhaoCopy);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(team::workingCopyPerson(**a) == QStringLiteral("wang"));
    CHECK_FALSE(team::workingCopyServer(**a).contains(QStringLiteral("w-pw"))); // no password in the file

    // Wang, in his copy (as the window does it): removes his early coding, codes two passages.
    review::ReviewService wangHere(**a, QStringLiteral("wang"));
    qint64 earlyHere = 0;
    for (const auto &c : codingsOf(**a, 3))
        if (c.coder == QStringLiteral("wang"))
            earlyHere = c.id;
    REQUIRE(earlyHere != 0);
    REQUIRE(wangHere.deleteCoding(earlyHere).ok());
    REQUIRE(wangHere.addHumanCoding(4, 0, 9, QStringLiteral("teacher_development")).ok());
    REQUIRE(wangHere.addHumanCoding(5, 2, 11, QStringLiteral("holistic_assessment")).ok());
    // Zhao, in hers: accepts one suggestion and rejects another.
    review::ReviewService zhaoHere(**b, QStringLiteral("zhao"));
    QList<qint64> open;
    for (qint64 d = 1; d <= 20 && open.size() < 2; ++d)
        for (const auto &c : codingsOf(**b, d))
            if (c.status == QStringLiteral("suggested") && open.size() < 2)
                open.append(c.id);
    REQUIRE(open.size() == 2);
    REQUIRE(zhaoHere.accept(open.at(0)).ok());
    REQUIRE(zhaoHere.reject(open.at(1)).ok());
    const QString acceptedGuid = store::CodingStore(**b).get(open.at(0))->guid;

    auto sentA = team::send(**a, **wang);
    REQUIRE(sentA.ok());
    CHECK(sentA->coded == 2);
    CHECK(sentA->removed == 1);
    CHECK(sentA->notSent.isEmpty());
    auto sentB = team::send(**b, **zhao);
    REQUIRE(sentB.ok());
    CHECK(sentB->decided == 2);

    auto lead = PgConnection::connect(address(db));
    REQUIRE(lead.ok());
    CHECK(scalar(**lead, QStringLiteral("SELECT count(*) FROM codings c JOIN coders r ON r.id = c.coder_id WHERE r.name = 'wang'")) == 2);
    CHECK(scalar(**lead, QStringLiteral("SELECT count(*) FROM codings WHERE id = %1").arg(*early)) == 0);
    CHECK(scalar(**lead, QStringLiteral("SELECT count(*) FROM codings c JOIN coders v ON v.id = c.reviewer_id WHERE v.name = 'zhao' "
                                        "AND c.guid = '%1' AND c.status = 'accepted'").arg(acceptedGuid)) == 1);

    // Sending again sends nothing; each copy receives the other's work.
    CHECK(team::send(**a, **wang)->sentNothing());
    CHECK(team::send(**b, **zhao)->sentNothing());
    auto receivedA = team::receive(**a, **wang);
    REQUIRE(receivedA.ok());
    CHECK_FALSE(receivedA->everything); // only the cases whose codings moved
    CHECK(receivedA->cases > 0);
    REQUIRE(team::receive(**b, **zhao).ok());
    auto inA = store::CodingStore(**a).byGuid(acceptedGuid);
    REQUIRE(inA.ok());
    REQUIRE(inA->has_value());
    CHECK((*inA)->status == QStringLiteral("accepted"));
    CHECK((*inA)->reviewer == QStringLiteral("zhao"));
    QStringList wangInB;
    for (qint64 d = 1; d <= 20; ++d)
        for (const auto &c : codingsOf(**b, d))
            if (c.coder == QStringLiteral("wang"))
                wangInB.append(c.code);
    wangInB.sort();
    CHECK(wangInB == QStringList{QStringLiteral("holistic_assessment"), QStringLiteral("teacher_development")});
    CHECK(team::receive(**a, **wang)->changedNothing());
    CHECK(store::checkProject(**a).ok());
    CHECK(store::checkProject(**b).ok());

    // While the server cannot be reached, the work stays in the copy and goes later.
    REQUIRE((*lead)->execScript(QStringLiteral("ALTER ROLE wang NOLOGIN")).ok());
    REQUIRE((*lead)->exec(QStringLiteral("SELECT pg_terminate_backend($1)"), {QString::number((*wang)->connection().backendPid())}).ok());
    REQUIRE(wangHere.addHumanCoding(6, 0, 7, QStringLiteral("student_centered")).ok());
    auto offline = team::send(**a, **wang);
    REQUIRE_FALSE(offline.ok());
    CHECK(offline.error().kind == ErrorKind::Offline);
    REQUIRE((*lead)->execScript(QStringLiteral("ALTER ROLE wang LOGIN")).ok());
    auto later = team::send(**a, **wang);
    CAPTURE(later.ok() ? std::string() : later.error().message.toStdString());
    REQUIRE(later.ok());
    CHECK(later->coded == 1);
    CHECK(scalar(**lead, QStringLiteral("SELECT count(*) FROM codings c JOIN coders r ON r.id = c.coder_id WHERE r.name = 'wang'")) == 3);
}

TEST_CASE("team server: a working copy receives only the cases that moved, and ends as the server is", "[pg]")
{
    QTemporaryDir dir;
    const QString db = publishedDemo(dir, 20);
    addMembers(db, {{QStringLiteral("wang"), QStringLiteral("w-pw"), MemberRole::Coder},
                    {QStringLiteral("lina"), QStringLiteral("l-pw"), MemberRole::Coder},
                    {QStringLiteral("rita"), QStringLiteral("r-pw"), MemberRole::Reviewer},
                    {QStringLiteral("zhao"), QStringLiteral("z-pw"), MemberRole::Reviewer}});
    const QString zhaoAt = address(db, QStringLiteral("zhao"), QStringLiteral("z-pw")), linaAt = address(db, QStringLiteral("lina"), QStringLiteral("l-pw"));
    auto wang = TeamSession::open(address(db, QStringLiteral("wang"), QStringLiteral("w-pw")));
    auto lina = TeamSession::open(linaAt);
    auto rita = TeamSession::open(address(db, QStringLiteral("rita"), QStringLiteral("r-pw")));
    auto zhao = TeamSession::open(zhaoAt);
    REQUIRE((wang.ok() && lina.ok() && rita.ok() && zhao.ok()));
    const QString zhaoCopy = dir.filePath(QStringLiteral("zhao.caselens")), linaCopy = dir.filePath(QStringLiteral("lina.caselens"));
    REQUIRE(team::checkOut(zhaoAt, zhaoCopy).ok());
    REQUIRE(team::checkOut(linaAt, linaCopy).ok());
    auto copy = store::Project::open(zhaoCopy);
    REQUIRE(copy.ok());

    auto nothing = team::receive(**copy, **zhao);
    REQUIRE(nothing.ok());
    CHECK(nothing->changedNothing());
    CHECK_FALSE(nothing->everything);
    CHECK(nothing->cases == 0);

    // Three cases move: Wang codes case 3 and takes back an earlier coding there, Lina codes
    // case 7, Rita decides a suggestion in case 9.
    auto early = (*wang)->code(3, 0, 6, QStringLiteral("student_centered"));
    REQUIRE(early.ok());
    REQUIRE((*wang)->code(3, 10, 20, QStringLiteral("teacher_development")).ok());
    auto lead = PgConnection::connect(address(db));
    REQUIRE(lead.ok());
    const QString earlyGuidThere = (*lead)->exec(QStringLiteral("SELECT guid FROM codings WHERE id = %1").arg(*early))->text(0, 0);
    REQUIRE((*lina)->code(7, 5, 15, QStringLiteral("holistic_assessment")).ok());
    const qint64 suggestion = scalar(**lead, QStringLiteral("SELECT min(id) FROM codings WHERE document_id = 9 AND status = 'suggested'"));
    REQUIRE(suggestion > 0);
    REQUIRE((*rita)->decide(suggestion, false).ok());
    auto first = team::receive(**copy, **zhao);
    REQUIRE(first.ok());
    CHECK_FALSE(first->everything);
    CHECK(first->cases == 3);
    CHECK(first->codings == 3);
    CHECK(first->decisions == 1);
    CHECK(codingRows(**copy) == serverRows(dir, zhaoAt));

    // A removal on the server leaves the copy too.
    REQUIRE((*wang)->removeOwn(earlyGuidThere).ok());
    auto second = team::receive(**copy, **zhao);
    REQUIRE(second.ok());
    CHECK_FALSE(second->everything);
    CHECK(second->cases == 1);
    auto gone = store::CodingStore(**copy).byGuid(earlyGuidThere);
    REQUIRE(gone.ok());
    CHECK_FALSE(gone->has_value());
    CHECK(codingRows(**copy) == serverRows(dir, zhaoAt));

    // Memos travel both ways without the whole server: Wang's on his coding reaches Zhao's
    // copy on the same coding; Zhao's on a case, written in his copy, reaches the server.
    const qint64 wangsCoding = scalar(**lead, QStringLiteral("SELECT min(c.id) FROM codings c JOIN coders r ON r.id = c.coder_id WHERE r.name = 'wang'"));
    store::Memo onCoding;
    onCoding.target = store::MemoTarget::Coding;
    onCoding.text = QStringLiteral("这段讲的是教师培训");
    REQUIRE((*wang)->writeMemo(onCoding, wangsCoding).ok());
    auto memoIn = team::receive(**copy, **zhao);
    REQUIRE(memoIn.ok());
    CHECK_FALSE(memoIn->everything);
    CHECK(memoIn->memos == 1);
    const QString wangsCodingGuid = (*lead)->exec(QStringLiteral("SELECT guid FROM codings WHERE id = %1").arg(wangsCoding))->text(0, 0);
    auto codingHere = store::CodingStore(**copy).byGuid(wangsCodingGuid);
    REQUIRE(codingHere.ok());
    REQUIRE(codingHere->has_value());
    auto memosHere = store::MemoStore(**copy).memosOn(store::MemoTarget::Coding, (*codingHere)->id);
    REQUIRE(memosHere.ok());
    REQUIRE(memosHere->size() == 1);
    CHECK(memosHere->first().text == onCoding.text);
    CHECK(memosHere->first().author == QStringLiteral("wang"));
    REQUIRE(store::MemoStore(**copy).write(store::MemoTarget::Document, 5, QStringLiteral("zhao"), QStringLiteral("case 5: a rural school")).ok());
    auto memoOut = team::send(**copy, **zhao);
    REQUIRE(memoOut.ok());
    CHECK(memoOut->memos == 1);
    CHECK(memoOut->notSent.isEmpty());
    CHECK(scalar(**lead, QStringLiteral("SELECT count(*) FROM memos m JOIN coders a ON a.id = m.author_id WHERE a.name = 'zhao' "
                                        "AND m.target_kind = 'document' AND m.target_id = 5 AND m.text = 'case 5: a rural school'")) == 1);
    CHECK(team::send(**copy, **zhao)->sentNothing());
    // Written again in the copy: the server takes the new text.
    REQUIRE(store::MemoStore(**copy).write(store::MemoTarget::Document, 5, QStringLiteral("zhao"), QStringLiteral("case 5: a rural county school")).ok());
    CHECK(team::send(**copy, **zhao)->memos == 1);
    CHECK(scalar(**lead, QStringLiteral("SELECT count(*) FROM memos WHERE text = 'case 5: a rural county school'")) == 1);
    CHECK(scalar(**lead, QStringLiteral("SELECT count(*) FROM memos WHERE text = 'case 5: a rural school'")) == 0);
    // Removed in the copy, it leaves the server too, and receiving does not bring it back.
    REQUIRE(store::MemoStore(**copy).write(store::MemoTarget::Document, 5, QStringLiteral("zhao"), QString()).ok());
    auto memoRemoved = team::send(**copy, **zhao);
    REQUIRE(memoRemoved.ok());
    CHECK(memoRemoved->removed == 1);
    CHECK(scalar(**lead, QStringLiteral("SELECT count(*) FROM memos WHERE text LIKE 'case 5:%'")) == 0);
    REQUIRE(team::receive(**copy, **zhao).ok());
    CHECK(store::MemoStore(**copy).memosOn(store::MemoTarget::Document, 5)->isEmpty());

    // Zhao's own coding made elsewhere (another machine) arrives; removed here, it leaves
    // the server, and stays removed.
    auto elsewhere = (*zhao)->code(6, 0, 5, QStringLiteral("student_centered"));
    REQUIRE(elsewhere.ok());
    const QString elsewhereGuid = (*lead)->exec(QStringLiteral("SELECT guid FROM codings WHERE id = %1").arg(*elsewhere))->text(0, 0);
    REQUIRE(team::receive(**copy, **zhao).ok());
    auto arrived = store::CodingStore(**copy).byGuid(elsewhereGuid);
    REQUIRE(arrived.ok());
    REQUIRE(arrived->has_value());
    REQUIRE(review::ReviewService(**copy, QStringLiteral("zhao")).deleteCoding((*arrived)->id).ok());
    auto codingRemoved = team::send(**copy, **zhao);
    REQUIRE(codingRemoved.ok());
    CHECK(codingRemoved->removed == 1);
    CHECK(scalar(**lead, QStringLiteral("SELECT count(*) FROM codings WHERE guid = '%1'").arg(elsewhereGuid)) == 0);
    REQUIRE(team::receive(**copy, **zhao).ok());
    CHECK_FALSE(store::CodingStore(**copy).byGuid(elsewhereGuid)->has_value());
    CHECK(codingRows(**copy) == serverRows(dir, zhaoAt));

    // A change to the codebook is beyond codings: the copy takes the whole server.
    REQUIRE((*lead)->exec(QStringLiteral("UPDATE codes SET name_en = 'Learner-centred teaching' WHERE key = 'student_centered'")).ok());
    auto third = team::receive(**copy, **zhao);
    REQUIRE(third.ok());
    CHECK(third->everything);
    CHECK(codingRows(**copy) == serverRows(dir, zhaoAt));
    CHECK(team::receive(**copy, **zhao)->changedNothing());

    // Blind: Lina's copy, made before, keeps only what she may read once it receives.
    auto hers = store::Project::open(linaCopy);
    REQUIRE(hers.ok());
    const qsizetype before = allCodings(**hers).size();
    REQUIRE(setBlind(address(db), true).ok());
    auto blind = team::receive(**hers, **lina);
    REQUIRE(blind.ok());
    CHECK(blind->everything);
    CHECK(allCodings(**hers).size() < before);
    CHECK(codingRows(**hers) == serverRows(dir, linaAt));
    for (const auto &c : allCodings(**hers))
        CHECK(c.coder == QStringLiteral("lina"));
    // …and a coding of Wang's in the blind session does not reach her copy.
    REQUIRE((*wang)->code(4, 0, 8, QStringLiteral("student_centered")).ok());
    auto unseen = team::receive(**hers, **lina);
    REQUIRE(unseen.ok());
    CHECK_FALSE(unseen->everything);
    CHECK(unseen->changedNothing());
    CHECK(store::checkProject(**hers).ok());
    CHECK(store::checkProject(**copy).ok());
}
