#include "store/samplestore.h"

#include <QHash>

namespace caselens::store {

Result<QMap<QString, QList<qint64>>> SampleStore::itemsByStratum(const QString &unit, const QString &stratify)
{
    static const QHash<QString, QString> columns = {{QStringLiteral("region"), QStringLiteral("d.region")},
                                                    {QStringLiteral("year"), QStringLiteral("d.year")},
                                                    {QStringLiteral("type"), QStringLiteral("d.case_type")},
                                                    {QStringLiteral("province"), QStringLiteral("d.province")}};
    if (!stratify.isEmpty() && !columns.contains(stratify))
        return makeError(QStringLiteral("Stratify by region, year, type or province."), ErrorKind::InvalidInput);
    const QString stratum = stratify.isEmpty() ? QStringLiteral("''") : QStringLiteral("COALESCE(%1, '')").arg(columns.value(stratify));
    const QString sql = unit == QLatin1String("document")
        ? QStringLiteral("SELECT d.id, %1 FROM documents d ORDER BY d.id").arg(stratum)
        : QStringLiteral("SELECT p.id, %1 FROM passages p JOIN documents d ON d.id = p.document_id WHERE p.kind = 'paragraph' ORDER BY p.id").arg(stratum);
    auto st = m_project.db().prepare(sql);
    if (!st)
        return st.error();
    QMap<QString, QList<qint64>> out;
    while (st->next())
        out[st->text(1)].append(st->int64(0));
    if (st->lastError())
        return *st->lastError();
    return out;
}

Result<qint64> SampleStore::save(const QString &name, const QString &unit, quint64 seed, const QString &stratify, const QList<qint64> &items)
{
    auto tx = m_project.transaction();
    if (!tx.started())
        return *tx.beginError();
    if (auto existing = find(name); !existing)
        return existing.error();
    else if (*existing)
        return makeError(QStringLiteral("A sample called \"%1\" already exists.").arg(name), ErrorKind::Duplicate);
    auto &ins = m_project.db().cached("samples.insert",
                                      "INSERT INTO samples(name, unit, seed, size, stratify, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    ins.bind(1, name).bind(2, unit).bind(3, qint64(seed)).bind(4, qint64(items.size())).bindOptional(5, stratify.isEmpty() ? QString() : stratify);
    ins.bind(6, nowIso());
    if (Status s = ins.exec(); !s)
        return s.error();
    const qint64 sampleId = m_project.db().lastInsertId();
    auto &member = m_project.db().cached("samples.member", "INSERT INTO sample_members(sample_id, item_id) VALUES (?1, ?2)");
    for (qint64 id : items)
        if (Status s = member.bind(1, sampleId).bind(2, id).exec(); !s)
            return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return sampleId;
}

Result<std::optional<SampleRecord>> SampleStore::find(const QString &name)
{
    auto all = this->all();
    if (!all)
        return all.error();
    for (const auto &s : *all)
        if (s.name == name)
            return std::optional<SampleRecord>(s);
    return std::optional<SampleRecord>();
}

Result<QList<SampleRecord>> SampleStore::all(const QString &unit)
{
    auto st = m_project.db().prepare(QStringLiteral("SELECT s.id, s.name, s.unit, m.item_id, s.seed, COALESCE(s.stratify, '') FROM samples s "
                                                    "LEFT JOIN sample_members m ON m.sample_id = s.id "
                                                    "WHERE ?1 = '' OR s.unit = ?1 ORDER BY s.id, m.item_id"));
    if (!st)
        return st.error();
    st->bind(1, unit);
    QList<SampleRecord> out;
    while (st->next()) {
        if (out.isEmpty() || out.last().id != st->int64(0))
            out.append({st->int64(0), st->text(1), st->text(2), {}, quint64(st->int64(4)), st->text(5)});
        if (!st->isNull(3))
            out.last().items.append(st->int64(3));
    }
    if (st->lastError())
        return *st->lastError();
    return out;
}

} // namespace caselens::store
