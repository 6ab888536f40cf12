#pragma once
// PgConnection and PgResult: thin RAII wrappers over libpq for the team server. A
// connection is opened from a postgresql:// address; the password comes from the
// environment (PGPASSWORD) or the system's ~/.pgpass, as libpq reads them — never from
// CaseLens's settings or the project. Failures end as one sentence with an ErrorKind:
// Offline when the server cannot be reached, Forbidden when its rules refuse.

#include "support/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

struct pg_conn;
struct pg_result;

namespace caselens::store::server {

// postgresql://… or postgres://… (what libpq takes as a connection URI).
bool isServerAddress(const QString &text);
// The address without its password, for messages.
QString displayAddress(const QString &address);
// An array as one text parameter ($1::text[], $1::bigint[]): every element quoted, so
// commas, braces and spaces in an element are safe.
QString arrayParameter(const QStringList &elements);

class PgResult {
public:
    explicit PgResult(pg_result *result = nullptr);
    PgResult(PgResult &&other) noexcept;
    PgResult &operator=(PgResult &&other) noexcept;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;
    ~PgResult();

    int rows() const;
    int columns() const;
    QString columnName(int column) const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    qint64 int64(int row, int column) const;
    // Rows changed by an INSERT, UPDATE or DELETE.
    qint64 affected() const;

private:
    friend class PgConnection;
    pg_result *raw() const { return m_result; }
    pg_result *m_result;
};

struct PgNotification {
    QString channel, payload;
    int senderPid = 0;
};

class PgConnection {
public:
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    static Result<std::unique_ptr<PgConnection>> connect(const QString &address);

    // One statement with $1, $2… parameters as text; a null QString is SQL NULL.
    Result<PgResult> exec(const QString &sql, const QStringList &params = {});
    // Several statements at once, without parameters (schema scripts).
    Status execScript(const QString &sql);
    // COPY … FROM STDIN with rows in COPY's text format; appendCopyField adds one value.
    Status copyIn(const QString &copyStatement, const QByteArray &rows);
    static void appendCopyField(QByteArray &row, const QString &value, bool null);

    // The database role this connection acts as (the person, on a team server).
    QString user() const;
    QString address() const { return m_address; }
    // False after the server ended the connection (a restart, pg_terminate_backend, the
    // network); reconnect() opens it again with the same address.
    bool isAlive() const;
    Status reconnect();
    int backendPid() const;

    Status listen(const QString &channel);
    // Notifications that have arrived, waiting up to `waitMs` for the first.
    QList<PgNotification> notifications(int waitMs);

private:
    PgConnection() = default;
    Error errorOf(pg_result *result, const QString &what) const;
    Status open();
    void prepareSession();
    pg_conn *m_conn = nullptr;
    QString m_address;
    QStringList m_listening;
};

} // namespace caselens::store::server
