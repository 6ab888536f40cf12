#include "team/codingmerge.h"

#include "store/auditlog.h"
#include "store/codestore.h"

#include <QCoreApplication>

namespace caselens::team {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::team::ProjectMerge)
};

const QString kMergeActor = QStringLiteral("merge");

} // namespace

CodingMerge::CodingMerge(store::Project &into, MergeReport &report)
    : m_into(into), m_report(report), m_codeIds(store::CodeStore(into).idsByKey())
{
}

Status CodingMerge::prefetch()
{
    auto known = store::CodingStore(m_into).statusByGuid();
    if (!known)
        return known.error();
    m_known = known.take();
    return {};
}

Result<qint64> CodingMerge::apply(const store::CodingRecord &c, qint64 document, qint64 passage, const QString &key)
{
    store::CodingStore codings(m_into);
    store::CodeStore codes(m_into);
    std::optional<store::CodingRecord> mine;
    const QString guid = c.guid.toLower();
    if (m_known) {
        const auto it = m_known->constFind(guid);
        if (it != m_known->cend() && it->second == c.status) {
            ++m_report.alreadyHere;
            return it->first;
        }
    }
    if (!m_known || m_known->contains(guid)) {
        auto same = codings.byGuid(c.guid);
        if (!same)
            return same.error();
        mine = *same;
    }
    if (!mine) {
        auto id = codings.findSame(document, c.start, c.end, key, c.coder);
        if (!id)
            return id.error();
        if (*id) {
            auto record = codings.get(*id);
            if (!record)
                return record.error();
            mine = *record;
        }
    }
    if (mine) {
        if (mine->status == c.status) {
            ++m_report.alreadyHere;
            return mine->id;
        }
        // A decision made in one copy only is brought over; two different decisions: the later one.
        const bool openHere = mine->status == QLatin1String("suggested");
        const bool openThere = c.status == QLatin1String("suggested");
        if (openThere)
            return mine->id; // decided here, still open there
        const bool laterThere = c.reviewedAt > mine->reviewedAt;
        if (!openHere)
            m_report.conflicts.append(Tr::tr("Case #%1: the suggestion %2 of %3 was %4 here (by %5) and %6 there (by %7); the later "
                                             "decision, %8, stands.")
                                          .arg(document)
                                          .arg(key, c.coder, mine->status, mine->reviewer, c.status, c.reviewer,
                                               laterThere ? c.status : mine->status));
        if (openHere || laterThere) {
            const QString actor = c.reviewer.isEmpty() ? kMergeActor : c.reviewer;
            auto reviewer = codes.ensureCoder(actor, QStringLiteral("human"));
            if (!reviewer)
                return reviewer.error();
            if (Status s = codings.setStatus(mine->id, c.status, *reviewer, c.reviewedAt); !s)
                return s.error();
            if (m_known)
                m_known->insert(guid, {mine->id, c.status});
            if (Status s = store::appendAudit(m_into, actor, c.status == QLatin1String("accepted") ? QStringLiteral("accept") : QStringLiteral("reject"),
                                              QStringLiteral("coding"), mine->id, {{QStringLiteral("status"), mine->status}},
                                              {{QStringLiteral("status"), c.status}, {QStringLiteral("merged_from"), m_report.from}});
                !s)
                return s.error();
            ++m_report.decisions;
        }
        return mine->id;
    }
    const qint64 codeId = m_codeIds.value(key);
    if (!codeId)
        return makeError(Tr::tr("The code \"%1\" of a coding in %2 is not in this project.").arg(key, m_report.from), ErrorKind::NotFound);
    auto coderId = codes.ensureCoder(c.coder, c.origin == QLatin1String("ai") ? QStringLiteral("engine") : QStringLiteral("human"));
    if (!coderId)
        return coderId.error();
    store::NewCoding n;
    n.documentId = document;
    n.passageId = passage;
    n.start = c.start;
    n.end = c.end;
    n.codeId = codeId;
    n.coderId = *coderId;
    n.origin = c.origin;
    n.status = c.status;
    if (c.origin == QLatin1String("ai"))
        n.confidence = c.confidence;
    n.rationale = c.rationale;
    n.provenance = c.provenance.isEmpty() ? QStringLiteral("{}") : c.provenance;
    n.guid = c.guid;
    n.createdAt = c.createdAt;
    n.reviewer = c.reviewer;
    n.reviewedAt = c.reviewedAt;
    if (!n.reviewer.isEmpty())
        if (auto r = codes.ensureCoder(n.reviewer, QStringLiteral("human")); !r)
            return r.error();
    auto inserted = codings.insert(n);
    if (!inserted)
        return inserted.error();
    if (!c.replacesGuid.isEmpty())
        m_replaces.append({*inserted, c.replacesGuid});
    ++m_report.codings;
    return *inserted;
}

Status CodingMerge::finish()
{
    store::CodingStore here(m_into);
    for (const auto &[coding, replacedGuid] : m_replaces)
        if (auto replaced = here.byGuid(replacedGuid); replaced && *replaced)
            if (Status s = here.setReplaces(coding, (*replaced)->id); !s)
                return s;
    m_replaces.clear();
    return {};
}

} // namespace caselens::team
