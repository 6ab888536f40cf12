#include "store/server/teamsession.h"

#include "store/project.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace caselens::store::server {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::store::server::TeamSession)
};

// One row of a result, read as codingFromRow() reads a row of the project file.
struct PgRow {
    const PgResult &result;
    int row;
    qint64 int64(int column) const { return result.int64(row, column); }
    QString text(int column) const { return result.text(row, column); }
    double real(int column) const { return result.text(row, column).toDouble(); }
};

QString json(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

} // namespace

Result<std::unique_ptr<TeamSession>> TeamSession::open(const QString &address)
{
    auto pg = PgConnection::connect(address);
    if (!pg)
        return pg.error();
    std::unique_ptr<TeamSession> session(new TeamSession);
    session->m_pg = pg.take();
    auto me = session->m_pg->exec(QStringLiteral("SELECT caselens_me()"));
    if (!me)
        return makeError(Tr::tr("%1 holds no CaseLens team project (%2).").arg(displayAddress(address), me.error().message), ErrorKind::NotAProject);
    if (me->isNull(0, 0))
        return makeError(Tr::tr("%1 is not a member of the team at %2; the lead adds members (caselens-cli team add-member).")
                             .arg(session->m_pg->user(), displayAddress(address)),
                         ErrorKind::Forbidden);
    session->m_me = me->int64(0, 0);
    session->m_person = session->m_pg->user();
    auto id = session->m_pg->exec(QStringLiteral("SELECT value FROM team_settings WHERE key = 'project_id'"));
    if (!id)
        return id.error();
    session->m_projectId = id->rows() ? id->text(0, 0) : QString();
    return session;
}

QString TeamSession::person() const { return m_person; }

Status TeamSession::inTransaction(const std::function<Status()> &step)
{
    for (int attempt = 0;; ++attempt) {
        Status s = m_pg->execScript(QStringLiteral("BEGIN"));
        if (s)
            s = step();
        if (s)
            s = m_pg->execScript(QStringLiteral("COMMIT"));
        if (s)
            return {};
        if (m_pg->isAlive())
            static_cast<void>(m_pg->execScript(QStringLiteral("ROLLBACK")));
        // A lost connection rolled the step back on the server: run it once more.
        if (s.error().kind != ErrorKind::Offline || attempt > 0)
            return s;
        if (Status r = m_pg->reconnect(); !r)
            return r;
        ++m_reconnects;
    }
}

Status TeamSession::appendAudit(const QString &action, qint64 codingId, const QJsonObject &after)
{
    // The log reads in time order by number (`check` says so), but numbers are handed out
    // as people's steps commit: one writer at a time, stamped by the server's clock, keeps
    // both orders the same. The lock ends with the step's transaction.
    if (auto locked = m_pg->exec(QStringLiteral("SELECT pg_advisory_xact_lock(7386)")); !locked)
        return locked.error();
    auto logged = m_pg->exec(QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, after) VALUES "
                                            "(to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), session_user, $1, 'coding', $2, $3)"),
                             {action, QString::number(codingId), json(after)});
    return logged ? Status{} : Status(logged.error());
}

Result<PgResult> TeamSession::read(const QString &sql, const QStringList &params)
{
    auto r = m_pg->exec(sql, params);
    if (!r && r.error().kind == ErrorKind::Offline) {
        if (Status s = m_pg->reconnect(); !s)
            return s.error();
        ++m_reconnects;
        r = m_pg->exec(sql, params);
    }
    return r;
}

Result<qint64> TeamSession::codeId(const QString &key)
{
    if (m_codes.contains(key))
        return m_codes.value(key);
    auto r = m_pg->exec(QStringLiteral("SELECT id FROM codes WHERE key = $1 AND is_codable = 1"), {key});
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return makeError(Tr::tr("There is no code \"%1\" to code with.").arg(key), ErrorKind::NotFound);
    m_codes.insert(key, r->int64(0, 0));
    return r->int64(0, 0);
}

Result<qint64> TeamSession::code(qint64 documentId, qint64 start, qint64 end, const QString &codeKey, const QString &givenGuid)
{
    if (start < 0 || end <= start)
        return makeError(Tr::tr("A coding must cover at least one character."), ErrorKind::InvalidInput);
    // The GUID is chosen here, so a step tried again after a lost connection finds the
    // coding it made the first time instead of making a second.
    const QString guid = givenGuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : givenGuid;
    qint64 id = 0;
    Status s = inTransaction([&]() -> Status {
        if (auto done = m_pg->exec(QStringLiteral("SELECT id FROM codings WHERE guid = $1"), {guid}); done && done->rows() > 0) {
            id = done->int64(0, 0);
            return {};
        }
        auto code = codeId(codeKey);
        if (!code)
            return code.error();
        auto doc = m_pg->exec(QStringLiteral("SELECT length FROM documents WHERE id = $1"), {QString::number(documentId)});
        if (!doc)
            return doc.error();
        if (doc->rows() == 0)
            return makeError(Tr::tr("There is no case #%1.").arg(documentId), ErrorKind::NotFound);
        if (end > doc->int64(0, 0))
            return makeError(Tr::tr("Case #%1 has only %2 characters.").arg(documentId).arg(doc->int64(0, 0)), ErrorKind::InvalidInput);
        const QString now = nowIso();
        auto inserted = m_pg->exec(
            QStringLiteral("INSERT INTO codings (document_id, passage_id, start_pos, end_pos, code_id, coder_id, origin, status, rationale, "
                           "provenance, created_at, guid) VALUES ($1, (SELECT id FROM passages WHERE document_id = $1 AND kind = 'paragraph' "
                           "AND start_pos <= $2 AND end_pos >= $3 ORDER BY end_pos - start_pos LIMIT 1), $2, $3, $4, $5, 'human', 'accepted', '', '{}', "
                           "$6, $7) RETURNING id"),
            {QString::number(documentId), QString::number(start), QString::number(end), QString::number(*code), QString::number(m_me), now, guid});
        if (!inserted)
            return inserted.error();
        id = inserted->int64(0, 0);
        const QJsonObject after{{QStringLiteral("document"), documentId}, {QStringLiteral("start"), start}, {QStringLiteral("end"), end},
                                {QStringLiteral("code"), codeKey}, {QStringLiteral("coder"), person()}};
        return appendAudit(QStringLiteral("code"), id, after);
    });
    if (!s)
        return s.error();
    return id;
}

Status TeamSession::decide(qint64 codingId, bool accept)
{
    const QString status = accept ? QStringLiteral("accepted") : QStringLiteral("rejected");
    return inTransaction([&]() -> Status {
        const QString now = nowIso();
        auto updated = m_pg->exec(QStringLiteral("UPDATE codings SET status = $2, reviewer_id = $3, reviewed_at = $4 WHERE id = $1 AND status = 'suggested'"),
                                  {QString::number(codingId), status, QString::number(m_me), now});
        if (!updated)
            return updated.error();
        if (updated->affected() == 0) {
            // Decided already — by this person, in a step whose answer the lost connection
            // swallowed, is success; anything else is said.
            auto row = m_pg->exec(QStringLiteral("SELECT status, reviewer_id FROM codings WHERE id = $1"), {QString::number(codingId)});
            if (!row)
                return row.error();
            if (row->rows() == 0)
                return makeError(Tr::tr("There is no suggestion #%1 that you may read.").arg(codingId), ErrorKind::NotFound);
            if (row->text(0, 0) == status && !row->isNull(0, 1) && row->int64(0, 1) == m_me)
                return {};
            if (row->text(0, 0) == QLatin1String("suggested"))
                return makeError(Tr::tr("Only reviewers decide suggestions; %1 is a coder on this team.").arg(person()), ErrorKind::Forbidden);
            return makeError(Tr::tr("Suggestion #%1 was decided already (%2).").arg(codingId).arg(row->text(0, 0)), ErrorKind::InvalidInput);
        }
        const QJsonObject after{{QStringLiteral("status"), status}, {QStringLiteral("reviewer"), person()}};
        return appendAudit(accept ? QStringLiteral("accept") : QStringLiteral("reject"), codingId, after);
    });
}

Status TeamSession::decideByGuid(const QString &guid, bool accept)
{
    auto id = read(QStringLiteral("SELECT id FROM codings WHERE guid = $1"), {guid});
    if (!id)
        return id.error();
    if (id->rows() == 0)
        return makeError(Tr::tr("The team server has no suggestion %1 that you may read.").arg(guid), ErrorKind::NotFound);
    return decide(id->int64(0, 0), accept);
}

Status TeamSession::removeOwn(const QString &guid)
{
    return inTransaction([&]() -> Status {
        auto removed = m_pg->exec(QStringLiteral("DELETE FROM codings WHERE guid = $1 AND coder_id = $2 RETURNING id"), {guid, QString::number(m_me)});
        if (!removed)
            return removed.error();
        if (removed->rows() == 0)
            return {}; // gone already (a step tried again)
        return appendAudit(QStringLiteral("delete"), removed->int64(0, 0), QJsonObject{{QStringLiteral("guid"), guid}});
    });
}

Result<QHash<QString, TeamSession::ServerCoding>> TeamSession::ownWork()
{
    auto r = read(QStringLiteral("SELECT guid, id, status, coder_id = $1, coalesce(reviewer_id = $1, false) FROM codings "
                                 "WHERE coder_id = $1 OR reviewer_id = $1"),
                  {QString::number(m_me)});
    if (!r)
        return r.error();
    QHash<QString, ServerCoding> out;
    for (int i = 0; i < r->rows(); ++i)
        out.insert(r->text(i, 0), {r->int64(i, 1), r->text(i, 2), r->text(i, 3) == QLatin1String("t"), r->text(i, 4) == QLatin1String("t")});
    return out;
}

Result<qint64> TeamSession::writeMemo(const Memo &memo, qint64 targetId)
{
    const QString guid = memo.guid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : memo.guid;
    qint64 id = 0;
    Status s = inTransaction([&]() -> Status {
        const QString now = nowIso();
        // Someone else's memo with this GUID is theirs: the server's rules refuse the change.
        auto written = m_pg->exec(QStringLiteral("INSERT INTO memos (target_kind, target_id, author_id, text, created_at, updated_at, guid) "
                                                 "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (guid) DO UPDATE SET text = EXCLUDED.text, "
                                                 "updated_at = EXCLUDED.updated_at RETURNING id"),
                                  {memoTargetName(memo.target), memo.target == MemoTarget::Project ? QString() : QString::number(targetId),
                                   QString::number(m_me), memo.text, memo.createdAt.isEmpty() ? now : memo.createdAt,
                                   memo.updatedAt.isEmpty() ? now : memo.updatedAt, guid});
        if (!written)
            return written.error();
        id = written->int64(0, 0);
        return {};
    });
    if (!s)
        return s.error();
    return id;
}

Status TeamSession::removeOwnMemo(const QString &guid)
{
    return inTransaction([&]() -> Status {
        auto removed = m_pg->exec(QStringLiteral("DELETE FROM memos WHERE guid = $1 AND author_id = $2"), {guid, QString::number(m_me)});
        return removed ? Status{} : Status(removed.error());
    });
}

Result<qint64> TeamSession::memoTargetId(const TeamMemo &m)
{
    QString sql;
    switch (m.memo.target) {
    case MemoTarget::Project: return qint64(0);
    case MemoTarget::Coding: sql = QStringLiteral("SELECT id FROM codings WHERE guid = $1"); break;
    case MemoTarget::Code: sql = QStringLiteral("SELECT id FROM codes WHERE key = $1"); break;
    case MemoTarget::Document:
        sql = QStringLiteral("SELECT id FROM documents WHERE ($1 <> '' AND guid = $1) OR content_hash = $2 ORDER BY guid = $1 DESC, id LIMIT 1");
        break;
    }
    auto r = read(sql, m.memo.target == MemoTarget::Document ? QStringList{m.targetKey, m.targetHash} : QStringList{m.targetKey});
    if (!r)
        return r.error();
    return r->rows() ? r->int64(0, 0) : qint64(0);
}

Result<QList<TeamMemo>> TeamSession::memos()
{
    auto r = read(QStringLiteral(
        "SELECT m.guid, m.target_kind, COALESCE(m.target_id, 0), COALESCE(a.name, ''), m.text, m.created_at, m.updated_at, "
        "COALESCE(CASE m.target_kind WHEN 'coding' THEN (SELECT guid FROM codings WHERE id = m.target_id) "
        "WHEN 'document' THEN (SELECT guid FROM documents WHERE id = m.target_id) WHEN 'code' THEN (SELECT key FROM codes WHERE id = m.target_id) END, ''), "
        "COALESCE(CASE m.target_kind WHEN 'document' THEN (SELECT content_hash FROM documents WHERE id = m.target_id) END, '') "
        "FROM memos m LEFT JOIN coders a ON a.id = m.author_id ORDER BY m.id"));
    if (!r)
        return r.error();
    QList<TeamMemo> out;
    for (int i = 0; i < r->rows(); ++i) {
        Memo m;
        m.guid = r->text(i, 0);
        m.target = memoTargetFromName(r->text(i, 1)).value_or(MemoTarget::Project);
        m.targetId = r->int64(i, 2);
        m.author = r->text(i, 3);
        m.text = r->text(i, 4);
        m.createdAt = r->text(i, 5);
        m.updatedAt = r->text(i, 6);
        out.append({m, r->text(i, 7), r->text(i, 8)});
    }
    return out;
}

Result<QHash<QString, QString>> TeamSession::ownMemos()
{
    auto r = read(QStringLiteral("SELECT guid, updated_at FROM memos WHERE author_id = $1"), {QString::number(m_me)});
    if (!r)
        return r.error();
    QHash<QString, QString> out;
    for (int i = 0; i < r->rows(); ++i)
        out.insert(r->text(i, 0), r->text(i, 1));
    return out;
}

Result<QList<qint64>> TeamSession::waitingSuggestions(int limit)
{
    auto r = read(QStringLiteral("SELECT id FROM codings WHERE status = 'suggested' ORDER BY id LIMIT $1"), {QString::number(limit)});
    if (!r)
        return r.error();
    QList<qint64> ids;
    for (int i = 0; i < r->rows(); ++i)
        ids.append(r->int64(i, 0));
    return ids;
}

Result<TeamCounts> TeamSession::counts()
{
    auto r = read(QStringLiteral("SELECT (SELECT count(*) FROM documents), count(*) FILTER (WHERE status = 'accepted'), "
                                       "count(*) FILTER (WHERE status = 'suggested'), count(*) FILTER (WHERE status = 'rejected'), "
                                       "count(*) FILTER (WHERE status = 'changed'), (SELECT count(*) FROM memos) FROM codings"));
    if (!r)
        return r.error();
    return TeamCounts{r->int64(0, 0), r->int64(0, 1), r->int64(0, 2), r->int64(0, 3), r->int64(0, 4), r->int64(0, 5)};
}

Result<QHash<qint64, qint64>> TeamSession::versions()
{
    QHash<qint64, qint64> out;
    auto kept = read(QStringLiteral("SELECT to_regclass('team_versions') IS NOT NULL"));
    if (!kept)
        return kept.error();
    if (kept->text(0, 0) != QLatin1String("t"))
        return out;
    auto r = read(QStringLiteral("SELECT document_id, version FROM team_versions"));
    if (!r)
        return r.error();
    out.reserve(r->rows());
    for (int i = 0; i < r->rows(); ++i)
        out.insert(r->int64(i, 0), r->int64(i, 1));
    return out;
}

namespace {

// A list of ids as one array parameter.
QString idArray(const QList<qint64> &ids)
{
    QStringList text;
    for (qint64 id : ids)
        text.append(QString::number(id));
    return arrayParameter(text);
}

} // namespace

Result<QHash<qint64, std::pair<QString, QString>>> TeamSession::caseIdentities(const QList<qint64> &documents)
{
    auto r = read(QStringLiteral("SELECT id, COALESCE(guid, ''), content_hash FROM documents WHERE id = ANY($1::bigint[])"), {idArray(documents)});
    if (!r)
        return r.error();
    QHash<qint64, std::pair<QString, QString>> out;
    for (int i = 0; i < r->rows(); ++i)
        out.insert(r->int64(i, 0), {r->text(i, 1), r->text(i, 2)});
    return out;
}

Result<QList<TeamCoding>> TeamSession::codingsOf(const QList<qint64> &documents)
{
    auto r = read(QString::fromLatin1(codingColumns()) + QStringLiteral(", COALESCE(p.start_pos, -1), COALESCE(p.end_pos, -1), COALESCE(p.kind, '') ")
                      + QString::fromLatin1(codingJoins())
                      + QStringLiteral("LEFT JOIN passages p ON p.id = c.passage_id WHERE c.document_id = ANY($1::bigint[]) ORDER BY c.id"),
                  {idArray(documents)});
    if (!r)
        return r.error();
    QList<TeamCoding> out;
    out.reserve(r->rows());
    for (int i = 0; i < r->rows(); ++i)
        out.append({codingFromRow(PgRow{*r, i}), r->int64(i, 17), r->int64(i, 18), r->text(i, 19)});
    return out;
}

Status TeamSession::listen() { return m_pg->listen(QStringLiteral("caselens")); }

QList<TeamChange> TeamSession::changes(int waitMs)
{
    QList<TeamChange> out;
    for (const PgNotification &n : m_pg->notifications(waitMs)) {
        const QJsonObject o = QJsonDocument::fromJson(n.payload.toUtf8()).object();
        out.append({o.value(QStringLiteral("table")).toString(), o.value(QStringLiteral("op")).toString(), o.value(QStringLiteral("by")).toString(),
                    o.value(QStringLiteral("document")).toInteger()});
    }
    return out;
}

} // namespace caselens::store::server
