#include "store/server/pgconnection.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <libpq-fe.h>
#include <poll.h>

namespace caselens::store::server {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::store::server::PgConnection)
};

QString firstLine(const char *message)
{
    return QString::fromUtf8(message).trimmed().section(QLatin1Char('\n'), 0, 0);
}

} // namespace

bool isServerAddress(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

QString displayAddress(const QString &address)
{
    QUrl url(address);
    if (!url.isValid())
        return address;
    url.setPassword(QString());
    return url.toString();
}

QString arrayParameter(const QStringList &elements)
{
    QStringList quoted;
    for (QString e : elements)
        quoted.append(QLatin1Char('"') + e.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\"")) + QLatin1Char('"'));
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

PgResult::PgResult(pg_result *result) : m_result(result) {}
PgResult::PgResult(PgResult &&other) noexcept : m_result(std::exchange(other.m_result, nullptr)) {}
PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    if (this != &other) {
        if (m_result)
            PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}
PgResult::~PgResult()
{
    if (m_result)
        PQclear(m_result);
}

int PgResult::rows() const { return m_result ? PQntuples(m_result) : 0; }
int PgResult::columns() const { return m_result ? PQnfields(m_result) : 0; }
QString PgResult::columnName(int column) const { return QString::fromUtf8(PQfname(m_result, column)); }
bool PgResult::isNull(int row, int column) const { return PQgetisnull(m_result, row, column) != 0; }
QString PgResult::text(int row, int column) const
{
    if (isNull(row, column))
        return QString();
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}
qint64 PgResult::int64(int row, int column) const { return QByteArray(PQgetvalue(m_result, row, column)).toLongLong(); }
qint64 PgResult::affected() const { return m_result ? QByteArray(PQcmdTuples(m_result)).toLongLong() : 0; }

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

Result<std::unique_ptr<PgConnection>> PgConnection::connect(const QString &address)
{
    std::unique_ptr<PgConnection> c(new PgConnection);
    c->m_address = address;
    if (Status s = c->open(); !s)
        return s.error();
    return c;
}

Status PgConnection::open()
{
    if (m_conn)
        PQfinish(m_conn);
    m_conn = PQconnectdb(m_address.toUtf8().constData());
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const QString why = firstLine(PQerrorMessage(m_conn));
        PQfinish(m_conn);
        m_conn = nullptr;
        return makeError(Tr::tr("Cannot reach the team server at %1: %2").arg(displayAddress(m_address), why), ErrorKind::Offline);
    }
    prepareSession();
    return {};
}

void PgConnection::prepareSession()
{
    // Quiet: NOTICEs ("relation already exists, skipping") are not for the researcher.
    PQsetNoticeProcessor(m_conn, [](void *, const char *) {}, nullptr);
    PQclear(PQexec(m_conn, "SET client_encoding = 'UTF8'"));
    // A new connection listens where the old one did.
    for (const QString &channel : std::as_const(m_listening))
        PQclear(PQexec(m_conn, QStringLiteral("LISTEN \"%1\"").arg(channel).toUtf8().constData()));
}

Error PgConnection::errorOf(pg_result *result, const QString &what) const
{
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK)
        return makeError(Tr::tr("The connection to the team server was lost; nothing of this step was saved."), ErrorKind::Offline);
    const QString state = result ? QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : QString();
    const QString message = firstLine(result ? PQresultErrorMessage(result) : PQerrorMessage(m_conn));
    if (state == QLatin1String("42501"))
        return makeError(Tr::tr("The team server does not allow %1 to do this (%2).").arg(user(), message), ErrorKind::Forbidden);
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        return makeError(Tr::tr("The connection to the team server was lost; nothing of this step was saved."), ErrorKind::Offline);
    if (state == QLatin1String("23505"))
        return makeError(Tr::tr("%1: it is there already (%2).").arg(what, message), ErrorKind::Duplicate);
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03"))
        return makeError(Tr::tr("The team server is busy with another person's change; try again (%1).").arg(message), ErrorKind::Busy);
    return makeError(Tr::tr("The team server refused %1: %2").arg(what, message));
}

Result<PgResult> PgConnection::exec(const QString &sql, const QStringList &params)
{
    if (!m_conn)
        return errorOf(nullptr, QString());
    QList<QByteArray> utf8;
    std::vector<const char *> values;
    utf8.reserve(params.size());
    for (const QString &p : params) {
        utf8.append(p.toUtf8());
        values.push_back(p.isNull() ? nullptr : utf8.last().constData());
    }
    PgResult result(PQexecParams(m_conn, sql.toUtf8().constData(), int(values.size()), nullptr, values.data(), nullptr, nullptr, 0));
    pg_result *raw = result.raw();
    const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return errorOf(raw, sql.section(QLatin1Char(' '), 0, 1).toLower());
    return result;
}

Status PgConnection::execScript(const QString &sql)
{
    if (!m_conn)
        return errorOf(nullptr, QString());
    PgResult result(PQexec(m_conn, sql.toUtf8().constData()));
    pg_result *raw = result.raw();
    const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return errorOf(raw, Tr::tr("the schema"));
    return {};
}

void PgConnection::appendCopyField(QByteArray &row, const QString &value, bool null)
{
    if (null) {
        row += "\\N";
        return;
    }
    for (const char ch : value.toUtf8()) {
        switch (ch) {
        case '\\': row += "\\\\"; break;
        case '\t': row += "\\t"; break;
        case '\n': row += "\\n"; break;
        case '\r': row += "\\r"; break;
        default: row += ch;
        }
    }
}

Status PgConnection::copyIn(const QString &copyStatement, const QByteArray &rows)
{
    if (!m_conn)
        return errorOf(nullptr, QString());
    {
        PgResult start(PQexec(m_conn, copyStatement.toUtf8().constData()));
        pg_result *raw = start.raw();
        if (!raw || PQresultStatus(raw) != PGRES_COPY_IN)
            return errorOf(raw, copyStatement.section(QLatin1Char(' '), 0, 1).toLower());
    }
    if (!rows.isEmpty() && PQputCopyData(m_conn, rows.constData(), int(rows.size())) != 1)
        return errorOf(nullptr, QString());
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        return errorOf(nullptr, QString());
    PgResult end(PQgetResult(m_conn));
    pg_result *raw = end.raw();
    const bool ok = raw && PQresultStatus(raw) == PGRES_COMMAND_OK;
    Error error = ok ? Error{} : errorOf(raw, copyStatement.section(QLatin1Char(' '), 0, 1).toLower());
    while (PGresult *more = PQgetResult(m_conn))
        PQclear(more);
    if (!ok)
        return error;
    return {};
}

QString PgConnection::user() const { return m_conn ? QString::fromUtf8(PQuser(m_conn)) : QString(); }
bool PgConnection::isAlive() const { return m_conn && PQstatus(m_conn) == CONNECTION_OK; }
int PgConnection::backendPid() const { return m_conn ? PQbackendPID(m_conn) : 0; }

Status PgConnection::reconnect()
{
    if (m_conn)
        PQreset(m_conn);
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK)
        return open();
    prepareSession();
    return {};
}

Status PgConnection::listen(const QString &channel)
{
    if (Status s = execScript(QStringLiteral("LISTEN \"%1\"").arg(channel)); !s)
        return s;
    if (!m_listening.contains(channel))
        m_listening.append(channel);
    return {};
}

QList<PgNotification> PgConnection::notifications(int waitMs)
{
    QList<PgNotification> out;
    if (!m_conn)
        return out;
    auto drain = [&] {
        PQconsumeInput(m_conn);
        while (PGnotify *n = PQnotifies(m_conn)) {
            out.append({QString::fromUtf8(n->relname), QString::fromUtf8(n->extra), n->be_pid});
            PQfreemem(n);
        }
    };
    drain();
    if (out.isEmpty() && waitMs > 0) {
        pollfd fd{PQsocket(m_conn), POLLIN, 0};
        if (fd.fd >= 0 && poll(&fd, 1, waitMs) > 0)
            drain();
    }
    return out;
}

} // namespace caselens::store::server
