#include "review/reviewservice.h"

#include "store/auditlog.h"
#include "store/codestore.h"
#include "store/codingstore.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace caselens::review {

namespace {

QString tr(const char *s) { return QCoreApplication::translate("caselens::review::ReviewService", s); }

constexpr const char *kSelect =
    "SELECT c.id, c.document_id, COALESCE(c.passage_id, 0), c.start_pos, c.end_pos, k.key, r.name, c.origin, c.status, "
    "COALESCE(c.confidence, 0), c.rationale, COALESCE(v.name, '') FROM codings c JOIN codes k ON k.id = c.code_id "
    "JOIN coders r ON r.id = c.coder_id LEFT JOIN coders v ON v.id = c.reviewer_id ";

CodingRecord read(store::Statement &st)
{
    CodingRecord r;
    r.id = st.int64(0);
    r.documentId = st.int64(1);
    r.passageId = st.int64(2);
    r.start = st.int64(3);
    r.end = st.int64(4);
    r.code = st.text(5);
    r.coder = st.text(6);
    r.origin = st.text(7);
    r.status = st.text(8);
    r.confidence = st.real(9);
    r.rationale = st.text(10);
    r.reviewer = st.text(11);
    return r;
}

} // namespace

QJsonObject CodingRecord::toJson() const
{
    return {{QStringLiteral("id"), id},         {QStringLiteral("document"), documentId}, {QStringLiteral("start"), start},
            {QStringLiteral("end"), end},       {QStringLiteral("code"), code},           {QStringLiteral("coder"), coder},
            {QStringLiteral("origin"), origin}, {QStringLiteral("status"), status},       {QStringLiteral("confidence"), confidence}};
}

Result<CodingRecord> ReviewService::coding(qint64 id)
{
    auto &st = m_project.db().cached("review.coding", (std::string(kSelect) + "WHERE c.id = ?1").c_str());
    st.bind(1, id);
    if (!st.next())
        return makeError(tr("There is no coding %1.").arg(id), ErrorKind::NotFound);
    CodingRecord r = read(st);
    st.reset();
    return r;
}

QList<CodingRecord> ReviewService::codingsOfDocument(qint64 documentId, const QString &onlyCoder)
{
    auto &st = m_project.db().cached("review.ofDocument",
                                     (std::string(kSelect) + "WHERE c.document_id = ?1 AND (?2 = '' OR r.name = ?2) ORDER BY c.start_pos, c.id").c_str());
    st.bind(1, documentId).bind(2, onlyCoder);
    QList<CodingRecord> out;
    while (st.next())
        out.append(read(st));
    return out;
}

Result<qint64> ReviewService::actorId()
{
    return store::CodeStore(m_project).ensureCoder(m_actor, QStringLiteral("human"));
}

Status ReviewService::log(const QString &action, qint64 entityId, const QJsonObject &before, const QJsonObject &after)
{
    return store::appendAudit(m_project.db(), m_actor, action, QStringLiteral("coding"), entityId, before, after);
}

Result<qint64> ReviewService::addHumanCoding(qint64 documentId, qint64 start, qint64 end, const QString &code, qint64 passageId)
{
    store::Transaction tx(m_project.db());
    if (!tx.started())
        return *tx.beginError();
    auto coder = actorId();
    if (!coder)
        return coder.error();
    const auto ids = store::CodeStore(m_project).idsByKey();
    if (!ids.contains(code))
        return makeError(tr("There is no code \"%1\".").arg(code), ErrorKind::NotFound);
    store::NewCoding c;
    c.documentId = documentId;
    c.passageId = passageId;
    c.start = start;
    c.end = end;
    c.codeId = ids.value(code);
    c.coderId = *coder;
    auto id = store::CodingStore(m_project).insert(c);
    if (!id)
        return id.error();
    auto rec = coding(*id);
    if (Status s = log(QStringLiteral("code"), *id, {}, rec->toJson()); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *id;
}

Status ReviewService::deleteCoding(qint64 id)
{
    store::Transaction tx(m_project.db());
    auto rec = coding(id);
    if (!rec)
        return rec.error();
    if (rec->origin != QLatin1String("human") || rec->coder != m_actor)
        return makeError(tr("Only its own coder can delete a coding; suggestions are rejected instead."), ErrorKind::InvalidInput);
    auto &st = m_project.db().cached("review.delete", "DELETE FROM codings WHERE id = ?1");
    if (Status s = st.bind(1, id).exec(); !s)
        return s;
    if (Status s = log(QStringLiteral("delete"), id, rec->toJson(), {}); !s)
        return s;
    return tx.commit();
}

Result<qint64> ReviewService::restoreCoding(const CodingRecord &r)
{
    store::Transaction tx(m_project.db());
    const auto ids = store::CodeStore(m_project).idsByKey();
    auto coder = store::CodeStore(m_project).ensureCoder(r.coder, r.origin == QLatin1String("ai") ? QStringLiteral("engine") : QStringLiteral("human"));
    if (!coder)
        return coder.error();
    auto &st = m_project.db().cached("review.restore",
                                     "INSERT INTO codings(id, document_id, passage_id, start_pos, end_pos, code_id, coder_id, origin, status, "
                                     "confidence, rationale, created_at, guid) VALUES (?1, ?2, NULLIF(?3, 0), ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    st.bind(1, r.id).bind(2, r.documentId).bind(3, r.passageId).bind(4, r.start).bind(5, r.end).bind(6, ids.value(r.code));
    st.bind(7, *coder).bind(8, r.origin).bind(9, r.status).bind(10, r.confidence).bind(11, r.rationale).bind(12, store::nowIso());
    st.bind(13, store::newGuid());
    if (Status s = st.exec(); !s)
        return s.error();
    if (Status s = log(QStringLiteral("restore"), r.id, {}, r.toJson()); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return r.id;
}

Status ReviewService::setStatus(qint64 id, const QString &from, const QString &to, const char *action)
{
    store::Transaction tx(m_project.db());
    if (!tx.started())
        return *tx.beginError();
    auto rec = coding(id);
    if (!rec)
        return rec.error();
    if (!from.isEmpty() && rec->status != from)
        return makeError(tr("Coding %1 is %2, not %3.").arg(id).arg(rec->status, from), ErrorKind::InvalidInput);
    auto reviewer = actorId();
    if (!reviewer)
        return reviewer.error();
    auto &st = m_project.db().cached("review.setStatus",
                                     "UPDATE codings SET status = ?1, reviewer_id = ?2, reviewed_at = ?3 WHERE id = ?4");
    st.bind(1, to);
    if (to == QLatin1String("suggested"))
        st.bindNull(2).bindNull(3);
    else
        st.bind(2, *reviewer).bind(3, store::nowIso());
    if (Status s = st.bind(4, id).exec(); !s)
        return s;
    auto after = coding(id);
    if (Status s = log(QString::fromLatin1(action), id, rec->toJson(), after->toJson()); !s)
        return s;
    return tx.commit();
}

Status ReviewService::accept(qint64 id) { return setStatus(id, QStringLiteral("suggested"), QStringLiteral("accepted"), "accept"); }
Status ReviewService::reject(qint64 id) { return setStatus(id, QStringLiteral("suggested"), QStringLiteral("rejected"), "reject"); }

Result<qint64> ReviewService::change(qint64 id, const QString &newCode)
{
    store::Transaction tx(m_project.db());
    auto rec = coding(id);
    if (!rec)
        return rec.error();
    if (rec->status != QLatin1String("suggested"))
        return makeError(tr("Coding %1 is %2; only a suggestion can be changed.").arg(id).arg(rec->status), ErrorKind::InvalidInput);
    if (Status s = setStatus(id, QStringLiteral("suggested"), QStringLiteral("changed"), "change"); !s)
        return s.error();
    auto added = addHumanCoding(rec->documentId, rec->start, rec->end, newCode, rec->passageId);
    if (!added)
        return added.error();
    auto &st = m_project.db().cached("review.replaces", "UPDATE codings SET replaces_id = ?1 WHERE id = ?2");
    if (Status s = st.bind(1, id).bind(2, *added).exec(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *added;
}

Status ReviewService::reopen(qint64 id)
{
    store::Transaction tx(m_project.db());
    auto rec = coding(id);
    if (!rec)
        return rec.error();
    if (rec->status == QLatin1String("changed")) {
        auto &del = m_project.db().cached("review.dropReplacement", "DELETE FROM codings WHERE replaces_id = ?1");
        if (Status s = del.bind(1, id).exec(); !s)
            return s;
    }
    if (Status s = setStatus(id, QString(), QStringLiteral("suggested"), "reopen"); !s)
        return s;
    return tx.commit();
}

} // namespace caselens::review
