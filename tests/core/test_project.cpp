#include "testsupport.h"

#include "about/components.h"
#include "import/importjob.h"
#include "store/documentstore.h"
#include "store/searchindex.h"
#include "store/project.h"
#include "store/regionsetting.h"

#include <QCryptographicHash>
#include <QFile>
#include <catch2/catch.hpp>
#include <sqlite3.h>
#include <sys/stat.h>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QProcess>

using namespace caselens;
using namespace caselens::store;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

TEST_CASE("a new project is a WAL database with foreign keys and the current schema", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.caselens"));
    auto p = Project::create(path);
    REQUIRE(p.ok());
    auto &db = (*p)->db();
    CHECK(db.scalar(QStringLiteral("PRAGMA journal_mode"))->toString() == QStringLiteral("wal"));
    CHECK(db.scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt() == 1);
    CHECK(db.scalar(QStringLiteral("PRAGMA user_version"))->toInt() == Project::currentSchemaVersion());
    CHECK((*p)->info(QStringLiteral("region_scheme")) == QStringLiteral("three"));
    // Foreign keys are enforced: a passage of a document that does not exist is refused.
    CHECK_FALSE(db.exec(QStringLiteral("INSERT INTO passages(document_id, ordinal, kind, start_pos, end_pos) VALUES (99, 0, 'paragraph', 0, 1)")).ok());
    // The audit log refuses deletion.
    REQUIRE(db.exec(QStringLiteral("INSERT INTO audit_log(at, actor, action, entity) VALUES ('t', 'a', 'x', 'y')")).ok());
    CHECK_FALSE(db.exec(QStringLiteral("DELETE FROM audit_log")).ok());
    // A second create on the same path is refused.
    CHECK_FALSE(Project::create(path).ok());
}

TEST_CASE("opening a file that is not a project, a newer project or a damaged one fails cleanly and changes nothing", "[store]")
{
    QTemporaryDir dir;
    SECTION("missing")
    {
        auto p = Project::open(dir.filePath(QStringLiteral("nope.caselens")));
        REQUIRE_FALSE(p.ok());
        CHECK(p.error().kind == ErrorKind::NotFound);
    }
    SECTION("not a database")
    {
        const QString path = testsupport::writeFile(dir, QStringLiteral("notes.caselens"), "these are my notes, not a database");
        const QByteArray before = fileHash(path);
        auto p = Project::open(path);
        REQUIRE_FALSE(p.ok());
        CHECK(p.error().kind == ErrorKind::NotAProject);
        CHECK(p.error().message.contains(QStringLiteral("not a CaseLens project")));
        CHECK(fileHash(path) == before);
    }
    SECTION("another SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("other.db"));
        sqlite3 *db = nullptr;
        sqlite3_open(path.toUtf8().constData(), &db);
        sqlite3_exec(db, "CREATE TABLE t(x); INSERT INTO t VALUES (1);", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        const QByteArray before = fileHash(path);
        auto p = Project::open(path);
        REQUIRE_FALSE(p.ok());
        CHECK(p.error().kind == ErrorKind::NotAProject);
        CHECK(fileHash(path) == before);
    }
    SECTION("from a newer version")
    {
        const QString path = dir.filePath(QStringLiteral("new.caselens"));
        {
            auto p = Project::create(path);
            REQUIRE(p.ok());
            REQUIRE((*p)->db().exec(QStringLiteral("PRAGMA user_version = 999")).ok());
        }
        const QByteArray before = fileHash(path);
        auto p = Project::open(path);
        REQUIRE_FALSE(p.ok());
        CHECK(p.error().kind == ErrorKind::TooNew);
        CHECK(p.error().message.contains(QStringLiteral("newer version")));
        CHECK(fileHash(path) == before);
    }
    SECTION("damaged")
    {
        const QString path = dir.filePath(QStringLiteral("broken.caselens"));
        {
            auto p = Project::create(path);
            REQUIRE(p.ok());
            REQUIRE((*p)->db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
        }
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        // Keep the header (so it still claims to be a project), overwrite the schema pages.
        for (qsizetype i = 100; i < bytes.size(); ++i)
            bytes[i] = char(0x5A);
        f.seek(0);
        f.write(bytes);
        f.close();
        const QByteArray before = fileHash(path);
        auto p = Project::open(path);
        REQUIRE_FALSE(p.ok());
        CHECK(p.error().kind == ErrorKind::Damaged);
        CHECK(p.error().message.contains(QStringLiteral("damaged")));
        CHECK(fileHash(path) == before);
    }
}

TEST_CASE("documents carry first-class metadata and attributes; edits clear the inferred mark", "[store]")
{
    QTemporaryDir dir;
    auto p = Project::create(dir.filePath(QStringLiteral("p.caselens")));
    REQUIRE(p.ok());
    DocumentStore docs(**p);
    NewDocument d;
    d.meta.title = QStringLiteral("案例");
    d.meta.year = 2023;
    d.meta.province = QStringLiteral("hubei");
    d.meta.region = QStringLiteral("central");
    d.meta.inferred = {QStringLiteral("year"), QStringLiteral("学段")};
    d.meta.attributes.insert(QStringLiteral("学段"), QStringLiteral("小学"));
    d.sourceName = QStringLiteral("a.txt");
    d.sourceFormat = QStringLiteral("txt");
    d.originalText = QStringLiteral("正文。");
    d.segmentation.text = QStringLiteral("正文。");
    d.segmentation.passages = {{text::PassageKind::Paragraph, 0, 3, -1}};
    auto id = docs.insert(d);
    REQUIRE(id.ok());
    CHECK(*id == 1);
    auto row = docs.row(1);
    REQUIRE(row.ok());
    CHECK(row->meta.inferred.contains(QStringLiteral("year")));
    CHECK(row->meta.inferred.contains(QStringLiteral("学段")));
    REQUIRE(docs.setField(1, QStringLiteral("year"), QStringLiteral("2024")).ok());
    REQUIRE(docs.setField(1, QStringLiteral("学段"), QStringLiteral("初中")).ok());
    CHECK_FALSE(docs.setField(1, QStringLiteral("year"), QStringLiteral("soon")).ok());
    CHECK_FALSE(docs.setField(1, QStringLiteral("type"), QStringLiteral("poetry")).ok());
    row = docs.row(1);
    CHECK(row->meta.year == 2024);
    CHECK(row->meta.attributes.value(QStringLiteral("学段")) == QStringLiteral("初中"));
    CHECK(row->meta.inferred.isEmpty());

    // Switching to the four-region scheme moves north-eastern provinces; hubei stays central.
    auto four = metadata::RegionScheme::builtin(QStringLiteral("four"));
    REQUIRE(four.ok());
    REQUIRE(setRegionScheme(**p, *four, true).ok());
    CHECK(docs.row(1)->meta.region == QStringLiteral("central"));
    REQUIRE(docs.setField(1, QStringLiteral("province"), QStringLiteral("jilin")).ok());
    REQUIRE(docs.reassignRegions().ok());
    CHECK(docs.row(1)->meta.region == QStringLiteral("northeast"));
}

TEST_CASE("a project of an older format is backed up, then upgraded in place", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.caselens"));
    {
        auto p = Project::create(path);
        REQUIRE(p.ok());
        testsupport::writeFile(dir, QStringLiteral("in/a.txt"), testsupport::sampleCaseText().toUtf8());
        REQUIRE(import::ImportJob(**p, {}).run({dir.filePath(QStringLiteral("in"))}).ok());
        // What a version-1 project looked like: no GUIDs of documents, no (status, document, code) or grouping index, a
        // full-text index with positions, no evidence of inferred values.
        REQUIRE((*p)->db().exec(QStringLiteral(
            "DROP INDEX documents_guid; ALTER TABLE documents DROP COLUMN guid; "
            "ALTER TABLE documents DROP COLUMN evidence; DROP INDEX codings_status_document_code; DROP INDEX documents_grouping; DROP TABLE passage_fts; "
            "CREATE VIRTUAL TABLE passage_fts USING fts5(text, content='', columnsize=0, tokenize='caselens'); "
            "INSERT INTO passage_fts(rowid, text) SELECT p.id, substr(d.text, p.start_pos + 1, p.end_pos - p.start_pos) "
            "FROM passages p JOIN documents d ON d.id = p.document_id WHERE p.kind <> 'sentence'; "
            "PRAGMA user_version = 1")).ok());
        REQUIRE((*p)->setInfo(QStringLiteral("name"), QStringLiteral("旧项目")).ok());
    }
    auto p = Project::open(path);
    REQUIRE(p.ok());
    auto &db = (*p)->db();
    CHECK(db.scalar(QStringLiteral("PRAGMA user_version"))->toInt() == Project::currentSchemaVersion());
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'codings_status_document_code'"))->toInt() == 1);
    CHECK((*p)->info(QStringLiteral("name")) == QStringLiteral("旧项目"));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM pragma_table_info('documents') WHERE name = 'evidence'"))->toInt() == 1);
    CHECK(db.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'passage_fts'"))->toString().contains(QStringLiteral("detail=none")));
    // The index was rebuilt from the passages: the search finds what a scan finds.
    const qint64 scanned = db.scalar(QStringLiteral(
        "SELECT count(*) FROM passages p JOIN documents d ON d.id = p.document_id WHERE p.kind <> 'sentence' "
        "AND instr(substr(d.text, p.start_pos + 1, p.end_pos - p.start_pos), '教师') > 0"))->toLongLong();
    CHECK(scanned > 0);
    CHECK(*SearchIndex(**p).count(QStringLiteral("教师")) == scanned);
    // The backup is the project as it was, still at version 1.
    const QString backup = path + QStringLiteral(".v1.bak");
    REQUIRE(QFile::exists(backup));
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open_v2(backup.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt *st = nullptr;
    REQUIRE(sqlite3_prepare_v2(raw, "PRAGMA user_version", -1, &st, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    CHECK(sqlite3_column_int(st, 0) == 1);
    sqlite3_finalize(st);
    sqlite3_close(raw);
}

TEST_CASE("opening a project a second time in the process keeps the first connection's locks", "[project][wal]")
{
    // Issue "Nothing lost": Project::open used to read the header with QFile; closing that
    // descriptor dropped every POSIX lock the process held on the file, so another process
    // believed it was alone and deleted the WAL on close.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.caselens"));
    REQUIRE(store::Project::create(path).ok());
    auto first = store::Project::open(path);
    REQUIRE(first.ok());
    REQUIRE((*first)->db().exec(QStringLiteral("INSERT INTO project_info(key, value) VALUES ('wal-test', '1')")).ok());
    REQUIRE(QFileInfo::exists(path + QStringLiteral("-wal")));
    {
        auto second = store::Project::open(path); // a worker thread does this in the window
        REQUIRE(second.ok());
    }
    // Another process opens, reads and closes the project: `caselens-cli info`. (A real
    // process started afresh: a fork() would inherit SQLite's lock bookkeeping.)
    QProcess cli;
    cli.start(QStringLiteral(CASELENS_CLI), {QStringLiteral("info"), path});
    REQUIRE(cli.waitForFinished(60000));
    CHECK(cli.exitCode() == 0);
    // The other process must not have taken the WAL away from under the open connection.
    CHECK(QFileInfo::exists(path + QStringLiteral("-wal")));
    REQUIRE((*first)->db().exec(QStringLiteral("INSERT INTO project_info(key, value) VALUES ('wal-test-2', '2')")).ok());
    auto again = store::Project::open(path);
    REQUIRE(again.ok());
    CHECK((*again)->info(QStringLiteral("wal-test-2")) == QStringLiteral("2"));
}

TEST_CASE("a FIFO or a directory is refused as a project at once", "[project]")
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe.caselens"));
    REQUIRE(mkfifo(fifo.toUtf8().constData(), 0600) == 0);
    auto p = store::Project::open(fifo); // used to block reading the header
    REQUIRE_FALSE(p.ok());
    CHECK(p.error().message.contains(QStringLiteral("not a file")));
    auto d = store::Project::open(dir.path());
    REQUIRE_FALSE(d.ok());
}

namespace {
struct CliRun {
    int exitCode = -1;
    QString out, err;
};
CliRun runCli(const QStringList &args)
{
    QProcess cli;
    cli.start(QStringLiteral(CASELENS_CLI), args);
    cli.waitForFinished(120000);
    return {cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1, QString::fromUtf8(cli.readAllStandardOutput()),
            QString::fromUtf8(cli.readAllStandardError())};
}
// 8 KB of reproducible noise: two pages of a damaged disk.
QByteArray noise8k()
{
    QByteArray noise(8192, '\0');
    quint32 x = 20221201;
    for (char &c : noise) {
        x = x * 1664525u + 1013904223u;
        c = char(x >> 24);
    }
    return noise;
}
} // namespace

TEST_CASE("a damaged project is never written to, and repair salvages what can be read", "[project][damage]")
{
    // Issue "Nothing lost", item 3: after 8 KB of random bytes mid-file, set, codebook --add
    // and import wrote and exited 0, and --repair failed.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.caselens"));
    REQUIRE(runCli({QStringLiteral("demo"), path, QStringLiteral("--cases"), QStringLiteral("60")}).exitCode == 0);
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.seek((f.size() / 2) & ~qint64(4095)));
        REQUIRE(f.write(noise8k()) == 8192);
    }
    const QByteArray damagedHash = fileHash(path);
    testsupport::writeFile(dir, QStringLiteral("in/new.txt"), testsupport::sampleCaseText().toUtf8());
    for (const QStringList &write : {QStringList{QStringLiteral("set"), path, QStringLiteral("1"), QStringLiteral("year=2023")},
                                     QStringList{QStringLiteral("codebook"), path, QStringLiteral("--add"), QStringLiteral("new_code"),
                                                 QStringLiteral("--name"), QStringLiteral("新代码")},
                                     QStringList{QStringLiteral("import"), path, dir.filePath(QStringLiteral("in"))}}) {
        const CliRun r = runCli(write);
        INFO(write.join(QLatin1Char(' ')).toStdString() << " → " << r.out << r.err);
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("is damaged")));
        CHECK(fileHash(path) == damagedHash);
    }
    CHECK(runCli({QStringLiteral("check"), path}).exitCode == 1);
    const CliRun repair = runCli({QStringLiteral("check"), path, QStringLiteral("--repair")});
    INFO(repair.out << repair.err);
    CHECK(repair.exitCode == 3);
    CHECK(fileHash(path) == damagedHash);
    const QString recovered = path + QStringLiteral(".recovered.caselens");
    REQUIRE(QFileInfo::exists(recovered));
    CHECK(runCli({QStringLiteral("check"), recovered}).exitCode == 0);
    auto p = Project::open(recovered);
    REQUIRE(p.ok());
    Database &db = (*p)->db();
    const qint64 documents = db.scalar(QStringLiteral("SELECT count(*) FROM documents"))->toLongLong();
    CHECK(documents > 0);
    CHECK(documents <= 60);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM codes"))->toLongLong() >= 10);
    // The rebuilt search index answers on the recovered documents.
    CHECK(*SearchIndex(**p).count(QStringLiteral("教师")) > 0);
    // Settings came across as they were, not as a new project's defaults.
    CHECK((*p)->info(QStringLiteral("name")).contains(QStringLiteral("合成")));
}

TEST_CASE("repair salvages a consistent project wherever the damage falls", "[project][damage]")
{
    // Salvage once failed at 22 of 40 damage positions (a damaged page ended the copy's
    // transaction, the damaged file stayed attached and the search index could not be
    // rebuilt), and left documents without passages and codes under lost parents.
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("base.caselens"));
    REQUIRE(runCli({QStringLiteral("demo"), base, QStringLiteral("--cases"), QStringLiteral("60")}).exitCode == 0);
    const qint64 pages = QFileInfo(base).size() / 4096;
    int salvaged = 0, unreadable = 0;
    for (qint64 page = 1; page < pages - 2; page += std::max<qint64>(1, pages / 16)) {
        const QString path = dir.filePath(QStringLiteral("p%1.caselens").arg(page));
        REQUIRE(QFile::copy(base, path));
        {
            QFile f(path);
            REQUIRE(f.open(QIODevice::ReadWrite));
            REQUIRE(f.seek(page * 4096));
            REQUIRE(f.write(noise8k()) == 8192);
        }
        const CliRun repair = runCli({QStringLiteral("check"), path, QStringLiteral("--repair")});
        INFO("damage at page " << page << ": " << repair.out << repair.err);
        if (repair.err.contains(QStringLiteral("table definitions"))) {
            // Nothing can be read; the sentence says so instead of sending the user to --repair.
            CHECK(repair.exitCode == 1);
            CHECK_FALSE(repair.err.contains(QStringLiteral("saves what can still be read")));
            ++unreadable;
            continue;
        }
        CHECK((repair.exitCode == 0 || repair.exitCode == 3));
        const QString recovered = path + QStringLiteral(".recovered.caselens");
        if (repair.exitCode == 3) {
            REQUIRE(QFileInfo::exists(recovered));
            const CliRun check = runCli({QStringLiteral("check"), recovered});
            INFO(check.out << check.err);
            CHECK(check.exitCode == 0);
            ++salvaged;
        }
    }
    CHECK(salvaged >= 10);
    CHECK(unreadable <= 3);
}

TEST_CASE("check covers the search index and repair rebuilds it", "[project][damage]")
{
    // Issue "Nothing lost", item 3: with the index's structure rows deleted, check said OK,
    // search failed and --repair failed.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.caselens"));
    REQUIRE(runCli({QStringLiteral("demo"), path, QStringLiteral("--cases"), QStringLiteral("20")}).exitCode == 0);
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_exec(raw, "DELETE FROM passage_fts_data WHERE id = 10", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(raw);
    const CliRun check = runCli({QStringLiteral("check"), path});
    CHECK(check.exitCode == 1);
    CHECK(check.err.contains(QStringLiteral("search index")));
    const CliRun repair = runCli({QStringLiteral("check"), path, QStringLiteral("--repair")});
    INFO(repair.out << repair.err);
    CHECK(repair.exitCode == 0);
    const CliRun search = runCli({QStringLiteral("search"), path, QStringLiteral("教师")});
    CHECK(search.exitCode == 0);
    CHECK(search.out.contains(QStringLiteral("教师")));
}

TEST_CASE("the About box names every library this build runs on, each with a version", "[about]")
{
    const auto components = about::componentVersions();
    QStringList names;
    for (const auto &[name, version] : components) {
        INFO(name.toStdString());
        CHECK_FALSE(version.isEmpty());
        CHECK(version != QStringLiteral("unknown"));
        names.append(name);
    }
    CHECK(names == QStringList{QStringLiteral("CaseLens"), QStringLiteral("Qt"), QStringLiteral("SQLite"), QStringLiteral("ICU"),
                               QStringLiteral("fastText"), QStringLiteral("libzip"), QStringLiteral("Poppler"), QStringLiteral("libxlsxwriter")});
    CHECK(components.at(2).second == QString::fromLatin1(sqlite3_libversion()));
}
