#include "store/database.h"

#include "store/project.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace caselens::store {

QString errorMessageOf(int sqliteResultCode, const QString &sqliteMessage)
{
    // SQLite's words where they are already a researcher's; its read-only one is not.
    if ((sqliteResultCode & 0xff) == SQLITE_READONLY)
        return QCoreApplication::translate("caselens::store::Database",
                                           "the project cannot be written: its file or its folder is read-only, so nothing was changed");
    return sqliteMessage;
}

ErrorKind errorKindOf(int sqliteResultCode)
{
    switch (sqliteResultCode & 0xff) {
    case SQLITE_NOTADB: return ErrorKind::NotAProject;
    case SQLITE_CORRUPT: return ErrorKind::Damaged;
    case SQLITE_FULL: return ErrorKind::DiskFull;
    case SQLITE_READONLY: return ErrorKind::ReadOnly;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return ErrorKind::Busy;
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR: return ErrorKind::Io;
    default: return ErrorKind::Generic;
    }
}

namespace {
// The translation context of this file's messages (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::store)
};
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db), m_stmt(other.m_stmt), m_needsReset(other.m_needsReset), m_error(std::move(other.m_error)),
      m_prepareError(std::move(other.m_prepareError))
{
    other.m_stmt = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        m_needsReset = other.m_needsReset;
        m_error = std::move(other.m_error);
        m_prepareError = std::move(other.m_prepareError);
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement Statement::failed(Error error)
{
    Statement st;
    st.m_prepareError = std::move(error);
    return st;
}

bool Statement::prepareForBind()
{
    if (!m_stmt)
        return false;
    if (m_needsReset) {
        sqlite3_reset(m_stmt);
        m_needsReset = false;
    }
    m_error.reset();
    return true;
}

Statement &Statement::bind(int index, qint64 value)
{
    if (prepareForBind())
        sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (prepareForBind())
        sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (prepareForBind()) {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    return *this;
}

Statement &Statement::bind(int index, const char *utf8)
{
    if (prepareForBind())
        sqlite3_bind_text(m_stmt, index, utf8, -1, SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    if (prepareForBind())
        sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (prepareForBind())
        sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::next()
{
    if (!m_stmt) {
        m_error = m_prepareError ? m_prepareError : Error{QStringLiteral("no statement"), ErrorKind::Generic};
        return false;
    }
    if (m_needsReset) {
        sqlite3_reset(m_stmt);
        m_needsReset = false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    m_needsReset = true;
    if (rc != SQLITE_DONE) {
        m_error = Error{errorMessageOf(rc, QString::fromUtf8(sqlite3_errmsg(m_db))), errorKindOf(rc)};
        sqlite3_reset(m_stmt);
    }
    return false;
}

Status Statement::exec()
{
    while (next()) {
    }
    if (m_error)
        return *m_error;
    return {};
}

void Statement::reset()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_needsReset = false;
}

bool Statement::isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }
qint64 Statement::int64(int col) const { return sqlite3_column_int64(m_stmt, col); }
double Statement::real(int col) const { return sqlite3_column_double(m_stmt, col); }

QString Statement::text(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col));
}

QByteArray Statement::blob(int col) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, col));
    return QByteArray(p, sqlite3_column_bytes(m_stmt, col));
}

QVariant Statement::value(int col) const
{
    switch (sqlite3_column_type(m_stmt, col)) {
    case SQLITE_INTEGER: return QVariant(int64(col));
    case SQLITE_FLOAT: return QVariant(real(col));
    case SQLITE_TEXT: return QVariant(text(col));
    case SQLITE_BLOB: return QVariant(blob(col));
    default: return {};
    }
}

int Statement::columnCount() const { return sqlite3_column_count(m_stmt); }
QString Statement::columnName(int col) const { return QString::fromUtf8(sqlite3_column_name(m_stmt, col)); }

Database::~Database() { close(); }

Status Database::open(const QString &path, bool create, bool readOnly)
{
    close();
    int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (create)
        flags |= SQLITE_OPEN_CREATE;
    flags |= SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error e = errorFromCode(rc, Tr::tr("Cannot open %1").arg(path));
        close();
        return e;
    }
    m_path = path;
    sqlite3_busy_timeout(m_db, 10000);
    sqlite3_extended_result_codes(m_db, 0);
    return {};
}

void Database::close()
{
    m_cache.clear();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Error Database::errorFromCode(int rc, const QString &context) const
{
    const QString detail = errorMessageOf(rc, m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc)));
    return Error{context.isEmpty() ? detail : context + QStringLiteral(": ") + detail, errorKindOf(rc)};
}

Status Database::exec(const QString &sql)
{
    return execScript(sql.toUtf8());
}

Status Database::execScript(const QByteArray &utf8Sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, utf8Sql.constData(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        Error e = errorFromCode(rc, {});
        if (err) {
            e.message = QString::fromUtf8(err);
            sqlite3_free(err);
        }
        return e;
    }
    return {};
}

Statement &Database::cached(const char *name, const char *sql)
{
    auto it = m_cache.find(name);
    if (it != m_cache.end() && it->second->valid())
        return *it->second;
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    // A statement that does not compile is a bug, or a damaged schema: it then fails when
    // run, with SQLite's reason, and is prepared again next time.
    auto ptr = std::make_unique<Statement>(rc == SQLITE_OK ? Statement(m_db, stmt) : Statement::failed(errorFromCode(rc, {})));
    Statement &ref = *ptr;
    m_cache.insert_or_assign(name, std::move(ptr));
    return ref;
}

Result<Statement> Database::prepare(const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        return errorFromCode(rc, {});
    return Statement(m_db, stmt);
}

qint64 Database::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }
int Database::changes() const { return sqlite3_changes(m_db); }
QString Database::lastErrorMessage() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

Result<QVariant> Database::scalar(const QString &sql)
{
    auto st = prepare(sql);
    if (!st)
        return st.error();
    if (st->next())
        return st->value(0);
    if (st->lastError())
        return *st->lastError();
    return QVariant();
}

Transaction::Transaction(Project &project, bool immediate) : Transaction(project.db(), immediate) {}

Transaction::Transaction(Database &db, bool immediate) : m_db(db)
{
    // Inside another transaction this one is a savepoint, so operations compose.
    m_nested = sqlite3_get_autocommit(m_db.handle()) == 0;
    const QString begin = m_nested ? QStringLiteral("SAVEPOINT nested_tx")
                        : immediate ? QStringLiteral("BEGIN IMMEDIATE")
                                    : QStringLiteral("BEGIN");
    Status s = m_db.exec(begin);
    if (s)
        m_started = true;
    else
        m_beginError = s.error();
}

Transaction::~Transaction()
{
    if (m_started && !m_done)
        (void)m_db.exec(m_nested ? QStringLiteral("ROLLBACK TO nested_tx; RELEASE nested_tx") : QStringLiteral("ROLLBACK"));
}

Status Transaction::commit()
{
    if (!m_started)
        return m_beginError ? *m_beginError : makeError(Tr::tr("No transaction is open."));
    Status s = m_db.exec(m_nested ? QStringLiteral("RELEASE nested_tx") : QStringLiteral("COMMIT"));
    if (s)
        m_done = true;
    return s;
}

QString sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

} // namespace caselens::store
