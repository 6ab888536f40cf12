#include "store/reviewqueue.h"

namespace caselens::store {

Result<QList<QueuedSuggestion>> ReviewQueue::pending(const ReviewQueueQuery &q)
{
    const QString order = q.order == ReviewOrder::Uncertain ? QStringLiteral("abs(COALESCE(c.confidence, 0.5) - 0.5), c.id")
                        : q.order == ReviewOrder::Score     ? QStringLiteral("c.confidence DESC, c.id")
                                                           : QStringLiteral("c.document_id, c.start_pos, c.id");
    const QString name = q.lang == QLatin1String("en") ? QStringLiteral("k.name_en") : QStringLiteral("k.name_zh");
    auto st = m_project.db().prepare(
        QStringLiteral("SELECT c.id, c.document_id, d.title, k.key, %1, r.name, c.start_pos, c.end_pos, "
                       "c.rationale, COALESCE(c.confidence, 0), COALESCE(c.passage_id, 0) FROM codings c JOIN documents d ON d.id = c.document_id "
                       "JOIN codes k ON k.id = c.code_id JOIN coders r ON r.id = c.coder_id "
                       "WHERE c.status = 'suggested' AND (?1 = '' OR k.key = ?1) AND (?2 = '' OR r.name = ?2) "
                       "AND COALESCE(c.confidence, 0) BETWEEN ?3 AND ?4%3 ORDER BY %2 LIMIT %4")
            .arg(name, order, q.documentSql.isEmpty() ? QString() : QStringLiteral(" AND ") + q.documentSql)
            .arg(q.limit < 0 ? -1 : q.limit));
    if (!st)
        return st.error();
    st->bind(1, q.code).bind(2, q.engine).bind(3, q.minScore).bind(4, q.maxScore);
    for (int i = 0; i < q.documentValues.size(); ++i) // the filter's '?' follow ?4
        st->bind(5 + i, q.documentValues.at(i));
    QList<QueuedSuggestion> out;
    while (st->next())
        out.append({st->int64(0), st->int64(1), st->int64(10), st->int64(6), st->int64(7), st->text(2), st->text(3), st->text(4),
                    st->text(5), st->text(8), st->real(9)});
    if (st->lastError())
        return *st->lastError();
    return out;
}

Result<QStringList> ReviewQueue::engines()
{
    auto &st = m_project.db().cached("reviewQueue.engines", // One index probe per coder, not a pass over every suggestion (0.18 s → 9 ms
                                                            // with 465,000 waiting).
                                                            "SELECT r.name FROM coders r WHERE EXISTS (SELECT 1 FROM codings c "
                                                            "WHERE c.status = 'suggested' AND c.coder_id = r.id) ORDER BY r.name");
    QStringList out;
    while (st.next())
        out.append(st.text(0));
    std::optional<Error> failed = st.lastError();
    st.reset();
    if (failed)
        return *failed;
    return out;
}

QString ReviewQueue::excerpt(qint64 document, qint64 start, qint64 length)
{
    auto &st = m_project.db().cached("reviewQueue.excerpt", "SELECT substr(text, ?2 + 1, ?3) FROM documents WHERE id = ?1");
    st.bind(1, document).bind(2, start).bind(3, length);
    const QString text = st.next() ? st.text(0) : QString();
    st.reset();
    return text;
}

} // namespace caselens::store
