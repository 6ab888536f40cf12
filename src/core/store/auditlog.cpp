#include "store/auditlog.h"

#include "store/project.h"

#include <QJsonDocument>

namespace caselens::store {

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

} // namespace caselens::store
