#include "store/auditlog.h"

#include "store/project.h"

#include <QJsonDocument>

namespace caselens::store {

Status appendAuditEntry(Database &db, const AuditEntry &e)
{
    auto &st = db.cached("audit.appendEntry", "INSERT INTO audit_log(at, actor, action, entity, entity_id, before, after) "
                                              "VALUES (?1, ?2, ?3, ?4, NULLIF(?5, 0), ?6, ?7)");
    auto json = [](const QJsonObject &o) { return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); };
    st.bind(1, e.at).bind(2, e.actor).bind(3, e.action).bind(4, e.entity).bind(5, e.entityId);
    st.bindOptional(6, json(e.before)).bindOptional(7, json(e.after));
    return st.exec();
}

Status appendAudit(Database &db, const QString &actor, const QString &action, const QString &entity, std::optional<qint64> entityId,
                   const QJsonObject &before, const QJsonObject &after)
{
    auto &st = db.cached("audit.append", "INSERT INTO audit_log(at, actor, action, entity, entity_id, before, after) "
                                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    auto json = [](const QJsonObject &o) { return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); };
    st.bind(1, nowIso()).bind(2, actor).bind(3, action).bind(4, entity);
    if (entityId)
        st.bind(5, *entityId);
    else
        st.bindNull(5);
    st.bindOptional(6, json(before)).bindOptional(7, json(after));
    return st.exec();
}

Result<QList<AuditEntry>> readAudit(Project &project, const QString &since)
{
    auto st = project.db().prepare(QStringLiteral("SELECT id, at, actor, action, entity, COALESCE(entity_id, 0), before, after FROM audit_log "
                                                  "WHERE at >= ?1 ORDER BY id"));
    if (!st)
        return st.error();
    st->bind(1, since);
    QList<AuditEntry> out;
    while (st->next())
        out.append({st->int64(0), st->text(1), st->text(2), st->text(3), st->text(4), st->int64(5),
                    QJsonDocument::fromJson(st->text(6).toUtf8()).object(), QJsonDocument::fromJson(st->text(7).toUtf8()).object()});
    if (st->lastError())
        return *st->lastError();
    return out;
}

} // namespace caselens::store
