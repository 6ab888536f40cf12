#include "store/agreementunits.h"

#include <QStringList>

namespace caselens::store {

namespace {

QString idList(const QList<qint64> &ids)
{
    QStringList out;
    for (qint64 id : ids)
        out.append(QString::number(id));
    return out.isEmpty() ? QStringLiteral("NULL") : out.join(QLatin1Char(','));
}

} // namespace

Result<QHash<qint64, QSet<qint64>>> AgreementUnits::codersByDocument(const QList<qint64> &coderIds)
{
    auto st = m_project.db().prepare(QStringLiteral("SELECT DISTINCT document_id, coder_id FROM codings WHERE status IN ('accepted', 'suggested') "
                                                    "AND coder_id IN (%1)").arg(idList(coderIds)));
    if (!st)
        return st.error();
    QHash<qint64, QSet<qint64>> out;
    while (st->next())
        out[st->int64(0)].insert(st->int64(1));
    if (st->lastError())
        return *st->lastError();
    return out;
}

Result<QList<std::pair<qint64, qint64>>> AgreementUnits::units()
{
    auto st = m_project.db().prepare(m_byPassage ? QStringLiteral("SELECT id, document_id FROM passages WHERE kind = 'paragraph' ORDER BY document_id, ordinal")
                                                 : QStringLiteral("SELECT id, id FROM documents ORDER BY id"));
    if (!st)
        return st.error();
    QList<std::pair<qint64, qint64>> out;
    while (st->next())
        out.append({st->int64(0), st->int64(1)});
    if (st->lastError())
        return *st->lastError();
    return out;
}

Result<QList<UnitCode>> AgreementUnits::codes(const QList<qint64> &coderIds)
{
    auto st = m_project.db().prepare(m_byPassage ? QStringLiteral("SELECT p.id, c.coder_id, k.key FROM codings c JOIN codes k ON k.id = c.code_id "
                                                                  "JOIN passages p ON p.document_id = c.document_id AND p.kind = 'paragraph' "
                                                                  "AND c.start_pos < p.end_pos AND c.end_pos > p.start_pos "
                                                                  "WHERE c.status IN ('accepted', 'suggested') AND c.coder_id IN (%1)").arg(idList(coderIds))
                                                 : QStringLiteral("SELECT c.document_id, c.coder_id, k.key FROM codings c JOIN codes k ON k.id = c.code_id "
                                                                  "WHERE c.status IN ('accepted', 'suggested') AND c.coder_id IN (%1)").arg(idList(coderIds)));
    if (!st)
        return st.error();
    QList<UnitCode> out;
    while (st->next())
        out.append({st->int64(0), st->int64(1), st->text(2)});
    if (st->lastError())
        return *st->lastError();
    return out;
}

} // namespace caselens::store
