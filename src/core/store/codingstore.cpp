#include "store/codingstore.h"

#include "store/codestore.h"

namespace caselens::store {

namespace {

constexpr const char *kColumns =
    "SELECT c.id, c.document_id, COALESCE(c.passage_id, 0), c.start_pos, c.end_pos, k.key, r.name, c.origin, c.status, "
    "COALESCE(c.confidence, 0), c.rationale, COALESCE(v.name, ''), c.created_at, c.guid, COALESCE(c.reviewed_at, ''), "
    "COALESCE((SELECT x.guid FROM codings x WHERE x.id = c.replaces_id), ''), c.provenance ";
constexpr const char *kJoins = "FROM codings c JOIN codes k ON k.id = c.code_id JOIN coders r ON r.id = c.coder_id LEFT JOIN coders v ON v.id = c.reviewer_id ";
const std::string kSelect = std::string(kColumns) + kJoins;

CodingRecord read(Statement &st) { return codingFromRow(st); }

// Every row of a cached statement, which is left ready for its next use.
Result<QList<CodingRecord>> readAll(Statement &st)
{
    QList<CodingRecord> out;
    while (st.next())
        out.append(read(st));
    std::optional<Error> failed = st.lastError();
    st.reset();
    if (failed)
        return *failed;
    return out;
}

// Whether a bound statement yields a row; a failed read is an error, not "no".
Result<bool> anyRow(Statement &st)
{
    const bool found = st.next();
    std::optional<Error> failed = st.lastError();
    st.reset();
    if (failed)
        return *failed;
    return found;
}

} // namespace

const char *codingColumns() { return kColumns; }
const char *codingJoins() { return kJoins; }

QJsonObject CodingRecord::toJson() const
{
    return {{QStringLiteral("id"), id},         {QStringLiteral("document"), documentId}, {QStringLiteral("start"), start},
            {QStringLiteral("end"), end},       {QStringLiteral("code"), code},           {QStringLiteral("coder"), coder},
            {QStringLiteral("origin"), origin}, {QStringLiteral("status"), status},       {QStringLiteral("confidence"), confidence}};
}

Result<qint64> CodingStore::insert(const NewCoding &c)
{
    auto &st = m_project.db().cached(
        "codings.insert",
        "INSERT INTO codings(document_id, passage_id, start_pos, end_pos, code_id, coder_id, origin, status, confidence, "
        "rationale, provenance, created_at, guid, reviewer_id, reviewed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
        "(SELECT id FROM coders WHERE name = ?14), CASE WHEN ?14 = '' THEN NULL ELSE COALESCE(NULLIF(?15, ''), ?12) END)");
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
    st.bind(10, c.rationale).bind(11, c.provenance).bind(12, c.createdAt.isEmpty() ? nowIso() : c.createdAt);
    st.bind(13, isGuid(c.guid) ? c.guid.toLower() : newGuid()).bind(14, c.reviewer).bind(15, c.reviewedAt);
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

Result<CodingRecord> CodingStore::get(qint64 id)
{
    auto &st = m_project.db().cached("codings.get", (std::string(kSelect) + "WHERE c.id = ?1").c_str());
    st.bind(1, id);
    if (!st.next()) {
        std::optional<Error> failed = st.lastError();
        st.reset();
        if (failed)
            return *failed;
        return makeError(QStringLiteral("There is no coding %1.").arg(id), ErrorKind::NotFound);
    }
    CodingRecord r = read(st);
    st.reset();
    return r;
}

Result<QList<CodingRecord>> CodingStore::ofDocument(qint64 documentId, const QString &onlyCoder)
{
    auto &st = m_project.db().cached(
        "codings.ofDocument", (std::string(kSelect) + "WHERE c.document_id = ?1 AND (?2 = '' OR r.name = ?2) ORDER BY c.start_pos, c.id").c_str());
    return readAll(st.bind(1, documentId).bind(2, onlyCoder));
}

Result<QSet<QString>> CodingStore::guids()
{
    auto all = guidsByCoder();
    if (!all)
        return all.error();
    QSet<QString> out;
    for (auto it = all->cbegin(); it != all->cend(); ++it)
        out.insert(it.key());
    return out;
}

Result<QHash<QString, std::pair<qint64, QString>>> CodingStore::statusByGuid()
{
    auto &st = m_project.db().cached("codings.statusByGuid", "SELECT guid, id, status FROM codings");
    QHash<QString, std::pair<qint64, QString>> out;
    while (st.next())
        out.insert(st.text(0).toLower(), {st.int64(1), st.text(2)});
    std::optional<Error> failed = st.lastError();
    st.reset();
    if (failed)
        return *failed;
    return out;
}

Result<QHash<QString, QString>> CodingStore::guidsByCoder()
{
    auto &st = m_project.db().cached("codings.guidsByCoder", "SELECT c.guid, r.name FROM codings c JOIN coders r ON r.id = c.coder_id");
    QHash<QString, QString> out;
    while (st.next())
        out.insert(st.text(0), st.text(1));
    std::optional<Error> failed = st.lastError();
    st.reset();
    if (failed)
        return *failed;
    return out;
}

Result<QList<CodingRecord>> CodingStore::ofPerson(const QString &name)
{
    auto &st = m_project.db().cached("codings.ofPerson", (std::string(kSelect) + "WHERE r.name = ?1 OR v.name = ?1 ORDER BY c.id").c_str());
    return readAll(st.bind(1, name));
}

Result<bool> CodingStore::exists(qint64 passageId, qint64 coderId, qint64 codeId)
{
    auto &st = m_project.db().cached("codings.existsById", "SELECT 1 FROM codings WHERE passage_id = ?1 AND coder_id = ?2 AND code_id = ?3 LIMIT 1");
    return anyRow(st.bind(1, passageId).bind(2, coderId).bind(3, codeId));
}

Result<bool> CodingStore::exists(qint64 passageId, const QString &coder, const QString &codeKey)
{
    auto &st = m_project.db().cached("codings.existsByName",
                                     "SELECT 1 FROM codings c JOIN coders r ON r.id = c.coder_id JOIN codes k ON k.id = c.code_id "
                                     "WHERE c.passage_id = ?1 AND r.name = ?2 AND k.key = ?3 LIMIT 1");
    return anyRow(st.bind(1, passageId).bind(2, coder).bind(3, codeKey));
}

Status CodingStore::remove(qint64 id)
{
    return m_project.db().cached("codings.remove", "DELETE FROM codings WHERE id = ?1").bind(1, id).exec();
}

Status CodingStore::restore(const CodingRecord &r, qint64 codeId, qint64 coderId)
{
    auto &st = m_project.db().cached("codings.restore",
                                     "INSERT INTO codings(id, document_id, passage_id, start_pos, end_pos, code_id, coder_id, origin, status, "
                                     "confidence, rationale, created_at, guid) VALUES (?1, ?2, NULLIF(?3, 0), ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    st.bind(1, r.id).bind(2, r.documentId).bind(3, r.passageId).bind(4, r.start).bind(5, r.end).bind(6, codeId);
    st.bind(7, coderId).bind(8, r.origin).bind(9, r.status).bind(10, r.confidence).bind(11, r.rationale).bind(12, nowIso());
    st.bind(13, newGuid());
    return st.exec();
}

Result<std::optional<CodingRecord>> CodingStore::byGuid(const QString &guid)
{
    auto &st = m_project.db().cached("codings.byGuid", (std::string(kSelect) + "WHERE c.guid = ?1").c_str());
    st.bind(1, guid.toLower());
    std::optional<CodingRecord> found;
    if (st.next())
        found = read(st);
    std::optional<Error> failed = st.lastError();
    st.reset();
    if (failed)
        return *failed;
    return found;
}

Result<qint64> CodingStore::findSame(qint64 documentId, qint64 start, qint64 end, const QString &codeKey, const QString &coder)
{
    auto &st = m_project.db().cached("codings.findSame",
                                     "SELECT c.id FROM codings c JOIN codes k ON k.id = c.code_id JOIN coders r ON r.id = c.coder_id "
                                     "WHERE c.document_id = ?1 AND c.start_pos = ?2 AND c.end_pos = ?3 AND k.key = ?4 AND r.name = ?5 LIMIT 1");
    st.bind(1, documentId).bind(2, start).bind(3, end).bind(4, codeKey).bind(5, coder);
    const qint64 id = st.next() ? st.int64(0) : 0;
    std::optional<Error> failed = st.lastError();
    st.reset();
    if (failed)
        return *failed;
    return id;
}

Status CodingStore::setStatus(qint64 id, const QString &status, std::optional<qint64> reviewerId, const QString &at)
{
    auto &st = m_project.db().cached("codings.setStatus", "UPDATE codings SET status = ?1, reviewer_id = ?2, reviewed_at = ?3 WHERE id = ?4");
    st.bind(1, status);
    if (reviewerId)
        st.bind(2, *reviewerId).bind(3, at.isEmpty() ? nowIso() : at);
    else
        st.bindNull(2).bindNull(3);
    return st.bind(4, id).exec();
}

Status CodingStore::setReplaces(qint64 codingId, qint64 replacedId)
{
    return m_project.db().cached("codings.replaces", "UPDATE codings SET replaces_id = ?1 WHERE id = ?2").bind(1, replacedId).bind(2, codingId).exec();
}

Status CodingStore::removeReplacementOf(qint64 suggestionId)
{
    return m_project.db().cached("codings.dropReplacement", "DELETE FROM codings WHERE replaces_id = ?1").bind(1, suggestionId).exec();
}

Result<QList<CodingExample>> CodingStore::examples()
{
    auto st = m_project.db().prepare(QStringLiteral(
        "SELECT k.key, substr(d.text, c.start_pos + 1, c.end_pos - c.start_pos) AS t, c.status = 'accepted' FROM codings c "
        "JOIN codes k ON k.id = c.code_id JOIN documents d ON d.id = c.document_id "
        "WHERE (c.status = 'accepted' AND c.origin = 'human') OR c.status = 'rejected' ORDER BY k.sort_order, length(t), c.id"));
    if (!st)
        return st.error();
    QList<CodingExample> out;
    while (st->next())
        out.append({st->text(0), st->text(1), st->int64(2) != 0});
    if (st->lastError())
        return *st->lastError();
    return out;
}

Result<QList<std::pair<qint64, QString>>> CodingStore::agreedParagraphCodes(const QString &coderA, const QString &coderB)
{
    auto st = m_project.db().prepare(QStringLiteral(
        "SELECT DISTINCT p.id, k.key FROM passages p JOIN codings a ON a.document_id = p.document_id AND a.start_pos < p.end_pos AND a.end_pos > p.start_pos "
        "JOIN codings b ON b.document_id = p.document_id AND b.start_pos < p.end_pos AND b.end_pos > p.start_pos AND b.code_id = a.code_id "
        "JOIN codes k ON k.id = a.code_id WHERE p.kind = 'paragraph' AND a.status = 'accepted' AND b.status = 'accepted' "
        "AND a.coder_id = (SELECT id FROM coders WHERE name = ?1) AND b.coder_id = (SELECT id FROM coders WHERE name = ?2)"));
    if (!st)
        return st.error();
    st->bind(1, coderA).bind(2, coderB);
    QList<std::pair<qint64, QString>> out;
    while (st->next())
        out.append({st->int64(0), st->text(1)});
    if (st->lastError())
        return *st->lastError();
    return out;
}

} // namespace caselens::store
