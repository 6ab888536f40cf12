#include "store/project.h"

#include "store/ftstokenizer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <sqlite3.h>

namespace caselens::store {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::store::Project)
};

struct Migration {
    int version;
    QString path;
};

QList<Migration> migrations()
{
    QList<Migration> out;
    const QDir dir(QStringLiteral(":/caselens/migrations"));
    const auto names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        bool ok = false;
        const int v = name.left(4).toInt(&ok);
        if (ok)
            out.append({v, dir.filePath(name)});
    }
    return out;
}

Status configureConnection(Database &db)
{
    if (!registerCaseLensTokenizer(db.handle()))
        return makeError(Tr::tr("This SQLite library has no full-text search (FTS5)."));
    Status s = db.exec(QStringLiteral("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY;"
                                      "PRAGMA cache_size = -65536;"));
    // Tests simulate a disk that fills up: SQLite then fails exactly as on a full disk.
    const QByteArray maxPages = qgetenv("CASELENS_TEST_MAX_PAGE_COUNT");
    if (s && !maxPages.isEmpty())
        s = db.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(maxPages.toLongLong()));
    return s;
}

} // namespace

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Project::~Project() = default;

int Project::currentSchemaVersion()
{
    const auto all = migrations();
    return all.isEmpty() ? 0 : all.last().version;
}

Result<std::unique_ptr<Project>> Project::create(const QString &path, const QString &name)
{
    auto created = createEmpty(path);
    if (!created)
        return created;
    std::unique_ptr<Project> p = created.take();
    auto fail = [&](const Error &e) -> Error {
        p->m_db.close();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        return makeError(Tr::tr("Cannot create the project %1: %2").arg(path, e.message), e.kind);
    };
    const QString projectName = name.isEmpty() ? QFileInfo(path).completeBaseName() : name;
    Transaction tx(p->m_db);
    for (const auto &[k, v] : {std::pair{QStringLiteral("name"), projectName},
                               std::pair{QStringLiteral("created_at"), nowIso()},
                               std::pair{QStringLiteral("region_scheme"), QStringLiteral("three")},
                               std::pair{QStringLiteral("created_by"), QStringLiteral("CaseLens " CASELENS_VERSION)}}) {
        if (Status s = p->setInfo(k, v); !s)
            return fail(s.error());
    }
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return p;
}

Result<std::unique_ptr<Project>> Project::createEmpty(const QString &path)
{
    if (QFileInfo::exists(path))
        return makeError(Tr::tr("%1 already exists; choose another name or open it.").arg(path), ErrorKind::InvalidInput);
    std::unique_ptr<Project> p(new Project);
    if (Status s = p->m_db.open(path, true); !s)
        return makeError(Tr::tr("Cannot create the project %1: %2").arg(path, s.error().message), ErrorKind::Io);
    auto fail = [&](const Error &e) -> Error {
        p->m_db.close();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return makeError(Tr::tr("Cannot create the project %1: %2").arg(path, e.message), e.kind);
    };
    if (Status s = p->m_db.exec(QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA application_id = %1;").arg(kApplicationId)); !s)
        return fail(s.error());
    if (Status s = configureConnection(p->m_db); !s)
        return fail(s.error());
    if (Status s = p->migrate(0); !s)
        return fail(s.error());
    return p;
}

namespace {

// Files this process has quick-checked already: the window opens a project again for
// every worker, and the check need not run each time.
struct CheckedFiles {
    QMutex mutex;
    QSet<QString> paths;
    bool contains(const QString &path)
    {
        QMutexLocker lock(&mutex);
        return paths.contains(QFileInfo(path).canonicalFilePath());
    }
    void insert(const QString &path)
    {
        QMutexLocker lock(&mutex);
        paths.insert(QFileInfo(path).canonicalFilePath());
    }
};

CheckedFiles &checkedFiles()
{
    static CheckedFiles files;
    return files;
}

} // namespace

Result<std::unique_ptr<Project>> Project::open(const QString &path, OpenMode mode)
{
    // Only stat() here, never open(): closing any descriptor of a database file drops all
    // of this process's POSIX locks on it, and another process that then believes it is
    // alone deletes the WAL on close (SQLite's documented hazard). The header is read
    // through SQLite's own connection below.
    const QFileInfo fi(path);
    if (!fi.exists())
        return makeError(Tr::tr("There is no project at %1.").arg(path), ErrorKind::NotFound);
    if (!fi.isFile())
        return makeError(Tr::tr("%1 is not a file, so it cannot be a CaseLens project.").arg(path), ErrorKind::NotAProject);
    if (!fi.isReadable())
        return makeError(Tr::tr("%1 cannot be read: permission denied.").arg(path), ErrorKind::Io);
    if (fi.size() < 512)
        return makeError(Tr::tr("%1 is not a CaseLens project.").arg(path), ErrorKind::NotAProject);

    std::unique_ptr<Project> p(new Project);
    if (Status s = p->m_db.open(path, false); !s)
        return makeError(Tr::tr("%1 cannot be opened: %2").arg(path, s.error().message), s.error().kind);
    // Only damage is called damage: a read-only file or folder, a full disk or a busy
    // file each get their own sentence.
    auto cannotOpen = [&](const Error &e) -> Error {
        switch (e.kind) {
        case ErrorKind::NotAProject: return makeError(Tr::tr("%1 is not a CaseLens project.").arg(path), ErrorKind::NotAProject);
        case ErrorKind::ReadOnly:
            return makeError(Tr::tr("%1 cannot be opened: the file or its folder is read-only (a project needs to write beside "
                                "itself even to be read). Copy it somewhere writable, or change its permissions.")
                                 .arg(path),
                             ErrorKind::ReadOnly);
        case ErrorKind::DiskFull:
            return makeError(Tr::tr("%1 cannot be opened: the disk is full. Free some space and try again.").arg(path), ErrorKind::DiskFull);
        case ErrorKind::Busy:
            return makeError(Tr::tr("%1 is busy in another program; try again in a moment.").arg(path), ErrorKind::Busy);
        case ErrorKind::Damaged:
            return makeError(Tr::tr("%1 is damaged (%2), so nothing was read from or written to it. `caselens-cli check --repair %1` "
                                "saves what can still be read into a new project.")
                                 .arg(path, e.message),
                             ErrorKind::Damaged);
        default: return makeError(Tr::tr("%1 cannot be opened: %2").arg(path, e.message), e.kind);
        }
    };
    // Header fields as SQLite reads them: application id and user (schema) version.
    auto appId = p->m_db.scalar(QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return cannotOpen(appId.error());
    if (appId->toLongLong() != qint64(kApplicationId))
        return makeError(Tr::tr("%1 is a SQLite database but not a CaseLens project.").arg(path), ErrorKind::NotAProject);
    auto userVersion = p->m_db.scalar(QStringLiteral("PRAGMA user_version"));
    const int fileVersion = userVersion ? userVersion->toInt() : 0;
    if (fileVersion > currentSchemaVersion())
        return makeError(Tr::tr("%1 was made by a newer version of CaseLens (project format %2; this version reads up to %3). "
                            "Update CaseLens to open it.")
                             .arg(path)
                             .arg(fileVersion)
                             .arg(currentSchemaVersion()),
                         ErrorKind::TooNew);

    // Read the schema and the project table: damage shows up here (SQLITE_CORRUPT or
    // SQLITE_NOTADB) although the header looked right.
    Result<QVariant> probe = QVariant();
    if (Status s = configureConnection(p->m_db); !s)
        probe = s.error();
    if (probe)
        probe = p->m_db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    // Table definitions unreadable: no SQL can reach any row, salvage included.
    if (!probe && probe.error().kind == ErrorKind::Damaged && mode == OpenMode::Inspect)
        return makeError(Tr::tr("%1 is damaged where it keeps its table definitions (%2), so nothing in it can be read, not even "
                            "by --repair. Use your latest backup of it (caselens-cli backup, or the .bak copies CaseLens "
                            "makes beside a project before changing its format).")
                             .arg(path, probe.error().message),
                         ErrorKind::Damaged);
    // Inspect mode goes on when only the project table is damaged: check and salvage read
    // what else is there.
    if (probe && mode == OpenMode::Work) {
        auto info = p->m_db.scalar(QStringLiteral("SELECT count(*) FROM project_info"));
        if (!info)
            probe = info.error();
    }
    if (mode == OpenMode::Work && probe && !checkedFiles().contains(path)) {
        auto quick = p->m_db.scalar(QStringLiteral("PRAGMA quick_check(1)"));
        if (!quick)
            probe = quick.error();
        else if (quick->toString() != QLatin1String("ok"))
            probe = makeError(quick->toString(), ErrorKind::Damaged);
        else
            checkedFiles().insert(path);
    }
    if (!probe)
        return cannotOpen(probe.error());
    p->m_schemaVersion = fileVersion;
    if (fileVersion < currentSchemaVersion()) {
        const QString backup = path + QStringLiteral(".v%1.bak").arg(fileVersion);
        if (Status s = p->backupTo(backup); !s)
            return makeError(Tr::tr("%1 needs upgrading, but the backup before the upgrade failed: %2").arg(path, s.error().message));
        if (Status s = p->migrate(fileVersion); !s)
            return makeError(Tr::tr("%1 could not be upgraded (a backup is at %2): %3").arg(path, backup, s.error().message));
    }
    if (Status s = p->m_db.exec(QStringLiteral("PRAGMA journal_mode = WAL")); !s)
        return cannotOpen(s.error());
    return p;
}

Status Project::migrate(int fromVersion)
{
    for (const Migration &m : migrations()) {
        if (m.version <= fromVersion)
            continue;
        QFile f(m.path);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(Tr::tr("Migration %1 is missing from this build.").arg(m.version));
        Transaction tx(m_db);
        if (!tx.started())
            return *tx.beginError();
        if (Status s = m_db.execScript(f.readAll()); !s)
            return makeError(Tr::tr("Migration %1 failed: %2").arg(m.version).arg(s.error().message));
        if (Status s = m_db.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
        m_schemaVersion = m.version;
    }
    return {};
}

QString Project::info(const QString &key, const QString &fallback)
{
    auto &st = m_db.cached("project.info", "SELECT value FROM project_info WHERE key = ?1");
    st.bind(1, key);
    QString v = fallback;
    if (st.next())
        v = st.text(0);
    st.reset();
    return v;
}

Status Project::setInfo(const QString &key, const QString &value)
{
    auto &st = m_db.cached("project.setInfo",
                           "INSERT INTO project_info(key, value) VALUES (?1, ?2) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    return st.bind(1, key).bind(2, value).exec();
}

Result<QString> Project::backupBefore(const QString &operation)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString safe = operation;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("-"));
    const QString target = path() + QStringLiteral(".before-%1-%2.bak").arg(safe, stamp);
    if (Status s = backupTo(target); !s)
        return s.error();
    return target;
}

Status Project::backupTo(const QString &target)
{
    if (Status s = checkOutputTarget({target, true, true, {path()}}); !s)
        return s;
    const QString part = partPathFor(target);
    QFile::remove(part);
    sqlite3 *dest = nullptr;
    int rc = sqlite3_open_v2(part.toUtf8().constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_close_v2(dest);
        QFile::remove(part);
        return makeError(Tr::tr("Cannot write the copy %1.").arg(target), ErrorKind::Io);
    }
    sqlite3_backup *b = sqlite3_backup_init(dest, "main", m_db.handle(), "main");
    if (!b) {
        const QString msg = QString::fromUtf8(sqlite3_errmsg(dest));
        sqlite3_close_v2(dest);
        QFile::remove(part);
        return makeError(Tr::tr("Cannot copy the project: %1").arg(msg));
    }
    do {
        rc = sqlite3_backup_step(b, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(b);
    const bool ok = rc == SQLITE_DONE;
    const QString msg = QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_close_v2(dest);
    if (!ok) {
        for (const char *suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(part + QLatin1String(suffix));
        return makeError(Tr::tr("Copying the project failed: %1").arg(msg), rc == SQLITE_FULL ? ErrorKind::DiskFull : ErrorKind::Io);
    }
    return commitPart(part, target);
}

} // namespace caselens::store
