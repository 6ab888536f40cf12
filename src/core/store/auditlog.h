#pragma once
// The append-only audit log: one writer every store uses, so each entry has the same shape.

#include "store/project.h"

#include <QJsonObject>
#include <QList>

namespace caselens::store {

// Appends one entry; `before`/`after` are stored as compact JSON, or NULL when empty.
// Runs inside the caller's transaction so the change and its entry land together.
Status appendAudit(Database &db, const QString &actor, const QString &action, const QString &entity, std::optional<qint64> entityId,
                   const QJsonObject &before, const QJsonObject &after);
struct AuditEntry {
    qint64 id = 0;
    QString at, actor, action, entity;
    qint64 entityId = 0;
    QJsonObject before, after;
};

// Appends an entry as it was written elsewhere (a colleague's copy being merged), with its
// own time; its id is the log's next.
Status appendAuditEntry(Database &db, const AuditEntry &entry);

// The entries at or after `since` (ISO 8601; empty: all), oldest first.
Result<QList<AuditEntry>> readAudit(Project &project, const QString &since = {});

inline Status appendAuditEntry(Project &project, const AuditEntry &entry)
{
    return appendAuditEntry(project.db(), entry);
}

inline Status appendAudit(Project &project, const QString &actor, const QString &action, const QString &entity, std::optional<qint64> entityId,
                          const QJsonObject &before, const QJsonObject &after)
{
    return appendAudit(project.db(), actor, action, entity, entityId, before, after);
}

} // namespace caselens::store
