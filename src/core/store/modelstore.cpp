#include "store/modelstore.h"

namespace caselens::store {

Status ModelStore::save(const QString &engine, const StoredModel &model)
{
    Database &db = m_project.db();
    Transaction tx(db);
    if (!tx.started())
        return *tx.beginError();
    auto &insert = db.cached("models.insert", "INSERT INTO models(engine, created_at, sha256, settings, training, data) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    insert.bind(1, engine).bind(2, nowIso()).bind(3, model.sha256).bind(4, model.settingsJson).bind(5, model.trainingJson).bind(6, model.data);
    if (Status s = insert.exec(); !s)
        return s;
    auto &prune = db.cached("models.prune", "DELETE FROM models WHERE engine = ?1 AND id NOT IN "
                                            "(SELECT id FROM models WHERE engine = ?1 ORDER BY id DESC LIMIT 2)");
    if (Status s = prune.bind(1, engine).exec(); !s)
        return s;
    return tx.commit();
}

Result<std::optional<StoredModel>> ModelStore::latest(const QString &engine)
{
    auto &st = m_project.db().cached("models.latest", "SELECT sha256, settings, training, data FROM models WHERE engine = ?1 ORDER BY id DESC LIMIT 1");
    st.bind(1, engine);
    std::optional<StoredModel> model;
    if (st.next())
        model = StoredModel{st.text(0), st.text(1), st.text(2), st.blob(3)};
    std::optional<Error> error = st.lastError();
    st.reset();
    if (error)
        return *error;
    return model;
}

bool ModelStore::has(const QString &engine)
{
    auto &st = m_project.db().cached("models.has", "SELECT 1 FROM models WHERE engine = ?1 LIMIT 1");
    const bool found = st.bind(1, engine).next();
    st.reset();
    return found;
}

qint64 ModelStore::decisionsSinceTraining(const QString &engine)
{
    auto &st = m_project.db().cached("models.decisionsSince",
                                     "SELECT count(*) FROM audit_log WHERE action IN ('accept', 'reject', 'change', 'code') "
                                     "AND at > COALESCE((SELECT max(created_at) FROM models WHERE engine = ?1), '')");
    const qint64 n = st.bind(1, engine).next() ? st.int64(0) : 0;
    st.reset();
    return n;
}

} // namespace caselens::store
