#include "store/codingstore.h"

#include "store/codestore.h"

namespace caselens::store {

Result<qint64> CodingStore::insert(const NewCoding &c)
{
    auto &st = m_project.db().cached(
        "codings.insert",
        "INSERT INTO codings(document_id, passage_id, start_pos, end_pos, code_id, coder_id, origin, status, confidence, "
        "rationale, provenance, created_at, guid) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    st.bind(1, c.documentId);
    if (c.passageId)
        st.bind(2, c.passageId);
    else
        st.bindNull(2);
    st.bind(3, c.start).bind(4, c.end).bind(5, c.codeId).bind(6, c.coderId).bind(7, c.origin).bind(8, c.status);
    if (c.confidence)
        st.bind(9, *c.confidence);
    else
        st.bindNull(9);
    st.bind(10, c.rationale).bind(11, c.provenance).bind(12, nowIso()).bind(13, newGuid());
    if (Status s = st.exec(); !s)
        return s.error();
    return m_project.db().lastInsertId();
}

qint64 CodingStore::count(const QString &status)
{
    auto &st = m_project.db().cached("codings.count", "SELECT count(*) FROM codings WHERE ?1 = '' OR status = ?1");
    st.bind(1, status);
    const qint64 n = st.next() ? st.int64(0) : 0;
    st.reset();
    return n;
}

} // namespace caselens::store
