#include "review/reviewservice.h"

#include "store/auditlog.h"
#include "store/codestore.h"
#include "store/codingstore.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace caselens::review {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::review::ReviewService)
};

} // namespace

Result<CodingRecord> ReviewService::coding(qint64 id)
{
    auto r = store::CodingStore(m_project).get(id);
    if (!r && r.error().kind == ErrorKind::NotFound)
        return makeError(Tr::tr("There is no coding %1.").arg(id), ErrorKind::NotFound);
    return r;
}

Result<QList<CodingRecord>> ReviewService::codingsOfDocument(qint64 documentId, const QString &onlyCoder)
{
    return store::CodingStore(m_project).ofDocument(documentId, onlyCoder);
}

Result<qint64> ReviewService::actorId()
{
    return store::CodeStore(m_project).ensureCoder(m_actor, QStringLiteral("human"));
}

Status ReviewService::log(const QString &action, qint64 entityId, const QJsonObject &before, const QJsonObject &after)
{
    return store::appendAudit(m_project, m_actor, action, QStringLiteral("coding"), entityId, before, after);
}

Result<qint64> ReviewService::addHumanCoding(qint64 documentId, qint64 start, qint64 end, const QString &code, qint64 passageId)
{
    auto tx = m_project.transaction();
    if (!tx.started())
        return *tx.beginError();
    auto coder = actorId();
    if (!coder)
        return coder.error();
    const auto ids = store::CodeStore(m_project).idsByKey();
    if (!ids.contains(code))
        return makeError(Tr::tr("There is no code \"%1\".").arg(code), ErrorKind::NotFound);
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
    if (!rec)
        return rec.error();
    if (Status s = log(QStringLiteral("code"), *id, {}, rec->toJson()); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *id;
}

Status ReviewService::deleteCoding(qint64 id)
{
    auto tx = m_project.transaction();
    auto rec = coding(id);
    if (!rec)
        return rec.error();
    if (rec->origin != QLatin1String("human") || rec->coder != m_actor)
        return makeError(Tr::tr("Only its own coder can delete a coding; suggestions are rejected instead."), ErrorKind::InvalidInput);
    if (Status s = store::CodingStore(m_project).remove(id); !s)
        return s;
    if (Status s = log(QStringLiteral("delete"), id, rec->toJson(), {}); !s)
        return s;
    return tx.commit();
}

Result<qint64> ReviewService::restoreCoding(const CodingRecord &r)
{
    auto tx = m_project.transaction();
    const auto ids = store::CodeStore(m_project).idsByKey();
    auto coder = store::CodeStore(m_project).ensureCoder(r.coder, r.origin == QLatin1String("ai") ? QStringLiteral("engine") : QStringLiteral("human"));
    if (!coder)
        return coder.error();
    if (Status s = store::CodingStore(m_project).restore(r, ids.value(r.code), *coder); !s)
        return s.error();
    if (Status s = log(QStringLiteral("restore"), r.id, {}, r.toJson()); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return r.id;
}

Status ReviewService::setStatus(qint64 id, const QString &from, const QString &to, const char *action)
{
    auto tx = m_project.transaction();
    if (!tx.started())
        return *tx.beginError();
    auto rec = coding(id);
    if (!rec)
        return rec.error();
    if (!from.isEmpty() && rec->status != from)
        return makeError(Tr::tr("Coding %1 is %2, not %3.").arg(id).arg(rec->status, from), ErrorKind::InvalidInput);
    auto reviewer = actorId();
    if (!reviewer)
        return reviewer.error();
    const bool takenBack = to == QLatin1String("suggested");
    if (Status s = store::CodingStore(m_project).setStatus(id, to, takenBack ? std::nullopt : std::optional<qint64>(*reviewer)); !s)
        return s;
    auto after = coding(id);
    if (!after)
        return after.error();
    if (Status s = log(QString::fromLatin1(action), id, rec->toJson(), after->toJson()); !s)
        return s;
    return tx.commit();
}

Status ReviewService::accept(qint64 id) { return setStatus(id, QStringLiteral("suggested"), QStringLiteral("accepted"), "accept"); }
Status ReviewService::reject(qint64 id) { return setStatus(id, QStringLiteral("suggested"), QStringLiteral("rejected"), "reject"); }

Result<qint64> ReviewService::change(qint64 id, const QString &newCode)
{
    auto tx = m_project.transaction();
    auto rec = coding(id);
    if (!rec)
        return rec.error();
    if (rec->status != QLatin1String("suggested"))
        return makeError(Tr::tr("Coding %1 is %2; only a suggestion can be changed.").arg(id).arg(rec->status), ErrorKind::InvalidInput);
    if (Status s = setStatus(id, QStringLiteral("suggested"), QStringLiteral("changed"), "change"); !s)
        return s.error();
    auto added = addHumanCoding(rec->documentId, rec->start, rec->end, newCode, rec->passageId);
    if (!added)
        return added.error();
    if (Status s = store::CodingStore(m_project).setReplaces(*added, id); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *added;
}

Status ReviewService::reopen(qint64 id)
{
    auto tx = m_project.transaction();
    auto rec = coding(id);
    if (!rec)
        return rec.error();
    if (rec->status == QLatin1String("changed")) {
        if (Status s = store::CodingStore(m_project).removeReplacementOf(id); !s)
            return s;
    }
    if (Status s = setStatus(id, QString(), QStringLiteral("suggested"), "reopen"); !s)
        return s;
    return tx.commit();
}

} // namespace caselens::review
