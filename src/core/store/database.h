#pragma once
// Database and Statement: thin RAII wrappers over the SQLite C API. Statements are
// prepared once per connection and cached by name, so SQL lives next to the store
// class that owns it — and only in src/core/store (tests/architecture checks it).

#include "support/result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <memory>
#include <string>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace caselens::store {

// What a SQLite result code means to a caller (full disk, damage, read-only…).
ErrorKind errorKindOf(int sqliteResultCode);
// The sentence for a SQLite failure: SQLite's own message, except where a plainer one exists.
QString errorMessageOf(int sqliteResultCode, const QString &sqliteMessage);

class Statement {
public:
    Statement() = default;
    Statement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    // A statement that could not be prepared: binds do nothing, next() fails with `error`.
    static Statement failed(Error error);
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    ~Statement();

    // Binding is 1-based as in SQLite. Binding resets a finished statement.
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const char *utf8);
    Statement &bind(int index, const QByteArray &blob);
    Statement &bindNull(int index);
    Statement &bindOptional(int index, const QString &value) { return value.isNull() ? bindNull(index) : bind(index, value); }

    // Steps once: true while a row is available. Errors are kept in lastError().
    bool next();
    // Runs to completion (for statements that return no rows).
    Status exec();
    void reset();

    bool isNull(int col) const;
    qint64 int64(int col) const;
    int integer(int col) const { return int(int64(col)); }
    double real(int col) const;
    QString text(int col) const;
    QByteArray blob(int col) const;
    QVariant value(int col) const;
    int columnCount() const;
    QString columnName(int col) const;

    const std::optional<Error> &lastError() const { return m_error; }
    bool valid() const { return m_stmt != nullptr; }

private:
    bool prepareForBind();
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_needsReset = false;
    std::optional<Error> m_error;
    std::optional<Error> m_prepareError;
};

class Database {
public:
    Database() = default;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    // Opens an existing file (create=false) or creates one; sets a busy timeout so
    // readers and writers in other processes wait instead of failing.
    Status open(const QString &path, bool create, bool readOnly = false);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }
    QString path() const { return m_path; }

    Status exec(const QString &sql);
    Status execScript(const QByteArray &utf8Sql);
    // A prepared statement kept for the life of the connection under `name`.
    Statement &cached(const char *name, const char *sql);
    Result<Statement> prepare(const QString &sql);

    qint64 lastInsertId() const;
    int changes() const;
    QString lastErrorMessage() const;
    Error errorFromCode(int rc, const QString &context) const;

    // A single-value query helper for counts and settings.
    Result<QVariant> scalar(const QString &sql);

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
};

// Runs a transaction: commits when the scope calls commit(), otherwise rolls back.
// Nested inside another it becomes a savepoint.
class Project;

class Transaction {
public:
    explicit Transaction(Database &db, bool immediate = true);
    explicit Transaction(Project &project, bool immediate = true);
    ~Transaction();
    Status commit();
    bool started() const { return m_started; }
    const std::optional<Error> &beginError() const { return m_beginError; }

private:
    Database &m_db;
    bool m_started = false;
    bool m_done = false;
    bool m_nested = false;
    std::optional<Error> m_beginError;
};

} // namespace caselens::store
