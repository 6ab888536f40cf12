#include "team/projectmerge.h"

#include "team/codingmerge.h"
#include "team/memomerge.h"

#include "store/auditlog.h"
#include "store/codestore.h"
#include "store/codingstore.h"
#include "store/documentstore.h"
#include "store/memostore.h"
#include "store/samplestore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace caselens::team {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::team::ProjectMerge)
};

const QString kMergeActor = QStringLiteral("merge");

// One merge of one copy: the maps from the copy's ids to this project's.
class Merger {
public:
    Merger(store::Project &into, store::Project &from, MergeReport &report) : m_into(into), m_from(from), m_report(report) {}
    Status run();

private:
    Status mergeCoders();
    Status mergeCodes();
    Status mergeDocuments();
    Status mergeFields(const store::DocumentRow &here, const store::DocumentRow &there);
    Status mergeCodings();
    Status mergeMemos();
    Status mergeSamples();
    Status mergeAudit();
    void matchPassages(qint64 documentThere, qint64 documentHere);
    qint64 passageHere(qint64 passageThere);

    store::Project &m_into, &m_from;
    MergeReport &m_report;
    QHash<QString, QString> m_codeKey;     // key there → key here
    QHash<qint64, qint64> m_document;      // document id there → here
    QHash<qint64, QString> m_title;        // document id here → title, for the report
    QHash<qint64, qint64> m_coding;        // coding id there → here
    QHash<qint64, qint64> m_passage;       // passage id there → here
};

Status Merger::run()
{
    for (auto step : {&Merger::mergeCoders, &Merger::mergeCodes, &Merger::mergeDocuments, &Merger::mergeCodings, &Merger::mergeMemos,
                      &Merger::mergeSamples, &Merger::mergeAudit})
        if (Status s = (this->*step)(); !s)
            return s;
    return {};
}

Status Merger::mergeCoders()
{
    auto there = store::CodeStore(m_from).coders();
    if (!there)
        return there.error();
    store::CodeStore here(m_into);
    const QStringList known = here.coderNames();
    for (const auto &c : *there) {
        if (known.contains(c.name)) {
            ++m_report.alreadyHere;
            continue;
        }
        if (auto id = here.ensureCoder(c.name, c.kind, c.guid); !id)
            return id.error();
        ++m_report.coders;
    }
    return {};
}

Status Merger::mergeCodes()
{
    store::CodeStore here(m_into), there(m_from);
    const codebook::Codebook bookHere = here.codebook(), bookThere = there.codebook();
    const QHash<QString, QString> guidHere = here.guidsByKey(), guidThere = there.guidsByKey();
    QHash<QString, QString> keyOfGuidHere;
    for (auto it = guidHere.cbegin(); it != guidHere.cend(); ++it)
        keyOfGuidHere.insert(it.value(), it.key());
    codebook::Codebook added;
    QHash<QString, QString> addedGuids;
    for (const codebook::Code &c : bookThere.codes) { // parents come before their children
        QString key = keyOfGuidHere.value(guidThere.value(c.key));
        if (key.isEmpty() && bookHere.find(c.key))
            key = c.key;
        if (!key.isEmpty()) {
            m_codeKey.insert(c.key, key);
            const codebook::Code *mine = bookHere.find(key);
            codebook::Code theirs = c;
            theirs.key = key;
            theirs.parentKey = m_codeKey.value(c.parentKey, c.parentKey);
            if (mine && !(*mine == theirs))
                m_report.conflicts.append(Tr::tr("The code \"%1\" is defined differently in the two copies (there: \"%2\"); this project's "
                                                 "definition is kept.")
                                              .arg(mine->nameZh, c.nameZh));
            else
                ++m_report.alreadyHere;
            continue;
        }
        codebook::Code fresh = c;
        fresh.parentKey = m_codeKey.value(c.parentKey, c.parentKey);
        if (!fresh.shortcut.isEmpty())
            for (const auto &mine : bookHere.codes)
                if (mine.shortcut == fresh.shortcut)
                    fresh.shortcut.clear(); // a key belongs to one code: this project's keeps it
        added.codes.append(fresh);
        addedGuids.insert(c.key, guidThere.value(c.key));
        m_codeKey.insert(c.key, c.key);
    }
    if (added.codes.isEmpty())
        return {};
    if (Status s = here.importCodebook(added, addedGuids); !s)
        return s;
    m_report.codes += int(added.codes.size());
    return {};
}

Status Merger::mergeFields(const store::DocumentRow &here, const store::DocumentRow &there)
{
    auto value = [](const store::DocumentRow &r, const QString &f) -> QString {
        if (f == QLatin1String("title"))
            return r.meta.title;
        if (f == QLatin1String("unit"))
            return r.meta.unit;
        if (f == QLatin1String("year"))
            return r.meta.year ? QString::number(*r.meta.year) : QString();
        if (f == QLatin1String("province"))
            return r.meta.province;
        if (f == QLatin1String("type"))
            return r.meta.caseType;
        return r.meta.attributes.value(f);
    };
    QStringList fields = {QStringLiteral("title"), QStringLiteral("unit"), QStringLiteral("year"), QStringLiteral("province"), QStringLiteral("type")};
    for (auto it = there.meta.attributes.cbegin(); it != there.meta.attributes.cend(); ++it)
        if (!fields.contains(it.key()))
            fields.append(it.key());
    store::DocumentStore docs(m_into);
    for (const QString &f : fields) {
        const QString mine = value(here, f), theirs = value(there, f);
        if (theirs.isEmpty() || mine == theirs)
            continue;
        const bool mineInferred = here.meta.inferred.contains(f) || mine.isEmpty();
        const bool theirsInferred = there.meta.inferred.contains(f);
        if (mineInferred && !theirsInferred) { // a person set it there
            if (Status s = docs.setField(here.id, f, theirs); !s)
                return s;
            ++m_report.decisions;
        } else if (!theirsInferred) {
            m_report.conflicts.append(Tr::tr("Case #%1 \"%2\": %3 is \"%4\" here and \"%5\" there; this project's is kept.")
                                          .arg(here.id)
                                          .arg(here.meta.title, f, mine, theirs));
        }
    }
    return {};
}

Status Merger::mergeDocuments()
{
    store::DocumentStore here(m_into), there(m_from);
    QHash<QString, qint64> byGuid;
    for (const auto &r : here.list()) {
        m_title.insert(r.id, r.meta.title);
        if (!r.guid.isEmpty())
            byGuid.insert(r.guid, r.id);
    }
    for (const store::DocumentRow &r : there.list()) {
        qint64 id = r.guid.isEmpty() ? 0 : byGuid.value(r.guid);
        if (!id)
            id = here.findByHash(r.contentHash).value_or(0);
        if (id) {
            m_document.insert(r.id, id);
            ++m_report.alreadyHere;
            auto mine = here.row(id);
            if (!mine)
                return mine.error();
            if (Status s = mergeFields(*mine, r); !s)
                return s;
        } else {
            auto text = there.text(r.id);
            if (!text)
                return text.error();
            store::NewDocument doc;
            doc.meta = r.meta;
            doc.sourceName = r.sourceName;
            doc.sourceFormat = r.sourceFormat;
            doc.encoding = r.encoding;
            doc.importNotes = r.importNotes;
            doc.guid = r.guid;
            doc.contentHash = r.contentHash;
            doc.originalText = *text;
            doc.segmentation.text = *text;
            const QList<store::Passage> passages = there.passages(r.id);
            QHash<qint64, int> indexOf;
            for (int i = 0; i < passages.size(); ++i)
                indexOf.insert(passages.at(i).id, i);
            for (const store::Passage &p : passages)
                doc.segmentation.passages.append({p.kind, p.start, p.end, p.parentId ? indexOf.value(p.parentId, -1) : -1});
            QList<qint64> newIds;
            auto inserted = here.insert(doc, &newIds);
            if (!inserted)
                return inserted.error();
            id = *inserted;
            m_document.insert(r.id, id);
            m_title.insert(id, r.meta.title);
            for (int i = 0; i < passages.size() && i < newIds.size(); ++i)
                m_passage.insert(passages.at(i).id, newIds.at(i));
            ++m_report.documents;
        }
    }
    return {};
}

void Merger::matchPassages(qint64 documentThere, qint64 documentHere)
{
    // A document both copies had: the same text, so each passage is the one of the same
    // span and kind. Matched a document at a time, not a passage at a time.
    QHash<QString, qint64> here;
    for (const store::Passage &q : store::DocumentStore(m_into).passages(documentHere))
        here.insert(QStringLiteral("%1:%2:%3").arg(q.start).arg(q.end).arg(int(q.kind)), q.id);
    for (const store::Passage &p : store::DocumentStore(m_from).passages(documentThere))
        if (!m_passage.contains(p.id))
            m_passage.insert(p.id, here.value(QStringLiteral("%1:%2:%3").arg(p.start).arg(p.end).arg(int(p.kind))));
}

qint64 Merger::passageHere(qint64 passageThere)
{
    if (!passageThere)
        return 0;
    if (!m_passage.contains(passageThere))
        if (auto p = store::DocumentStore(m_from).passage(passageThere))
            matchPassages(p->documentId, m_document.value(p->documentId));
    return m_passage.value(passageThere);
}

Status Merger::mergeCodings()
{
    CodingMerge merge(m_into, m_report);
    if (Status s = merge.prefetch(); !s)
        return s;
    store::CodingStore there(m_from);
    for (auto it = m_document.cbegin(); it != m_document.cend(); ++it) {
        matchPassages(it.key(), it.value());
        auto codings = there.ofDocument(it.key());
        if (!codings)
            return codings.error();
        for (const store::CodingRecord &c : *codings) {
            auto here = merge.apply(c, it.value(), passageHere(c.passageId), m_codeKey.value(c.code, c.code));
            if (!here)
                return here.error();
            m_coding.insert(c.id, *here);
        }
    }
    return merge.finish();
}

Status Merger::mergeMemos()
{
    auto there = store::MemoStore(m_from).all(true);
    if (!there)
        return there.error();
    const auto codeIdsThere = store::CodeStore(m_from).idsByKey();
    const auto codeIdsHere = store::CodeStore(m_into).idsByKey();
    QHash<qint64, QString> keyOfCodeThere;
    for (auto it = codeIdsThere.cbegin(); it != codeIdsThere.cend(); ++it)
        keyOfCodeThere.insert(it.value(), it.key());
    MemoMerge merge(m_into, m_report);
    for (const store::Memo &m : *there) {
        qint64 target = 0;
        switch (m.target) {
        case store::MemoTarget::Project: break;
        case store::MemoTarget::Document: target = m_document.value(m.targetId); break;
        case store::MemoTarget::Coding: target = m_coding.value(m.targetId); break;
        case store::MemoTarget::Code: target = codeIdsHere.value(m_codeKey.value(keyOfCodeThere.value(m.targetId))); break;
        }
        if (Status s = merge.apply(m, target); !s)
            return s;
    }
    return {};
}

Status Merger::mergeSamples()
{
    auto there = store::SampleStore(m_from).all();
    if (!there)
        return there.error();
    store::SampleStore here(m_into);
    for (const store::SampleRecord &s : *there) {
        QList<qint64> items;
        for (qint64 item : s.items)
            items.append(s.unit == QLatin1String("document") ? m_document.value(item) : passageHere(item));
        items.removeAll(0);
        std::sort(items.begin(), items.end());
        auto mine = here.find(s.name);
        if (!mine)
            return mine.error();
        if (*mine) {
            QList<qint64> ours = (*mine)->items;
            std::sort(ours.begin(), ours.end());
            if (ours == items)
                ++m_report.alreadyHere;
            else
                m_report.conflicts.append(Tr::tr("The sample \"%1\" holds other items in the two copies; this project's is kept.").arg(s.name));
            continue;
        }
        if (auto saved = here.save(s.name, s.unit, s.seed, s.stratify, items); !saved)
            return saved.error();
        ++m_report.samples;
    }
    return {};
}

Status Merger::mergeAudit()
{
    // Each coder's history comes along, marked with the copy it came from and the time it
    // was made there; it enters this log now (the log only grows, in time order). An entry
    // both logs hold (the same time, person, action and subject) is there once.
    auto mine = store::readAudit(m_into);
    auto theirs = store::readAudit(m_from);
    if (!mine)
        return mine.error();
    if (!theirs)
        return theirs.error();
    auto identity = [](const store::AuditEntry &e) {
        const QString at = e.after.value(QStringLiteral("at_in_copy")).toString(e.at);
        return QStringList{at, e.actor, e.action, e.entity, QString::number(e.entityId)}.join(QLatin1Char('\x1f'));
    };
    QSet<QString> known;
    for (const auto &e : *mine)
        known.insert(identity(e));
    for (store::AuditEntry e : *theirs) {
        if (known.contains(identity(e)))
            continue;
        known.insert(identity(e));
        e.after.insert(QStringLiteral("merged_from"), m_report.from);
        e.after.insert(QStringLiteral("at_in_copy"), e.at);
        e.at = store::nowIso();
        if (Status s = store::appendAuditEntry(m_into, e); !s)
            return s;
        ++m_report.auditEntries;
    }
    return {};
}

} // namespace

Result<MergeReport> mergeProject(store::Project &into, const QString &fromPath, bool dryRun)
{
    if (QFileInfo(fromPath).canonicalFilePath() == QFileInfo(into.path()).canonicalFilePath())
        return makeError(Tr::tr("%1 is the project being merged into; name a colleague's copy.").arg(fromPath), ErrorKind::InvalidInput);
    auto from = store::Project::open(fromPath);
    if (!from)
        return from.error();
    MergeReport report;
    report.from = (*from)->info(QStringLiteral("name"), QFileInfo(fromPath).fileName()) + QStringLiteral(" (") + QFileInfo(fromPath).fileName()
        + QLatin1Char(')');
    auto tx = into.transaction();
    if (!tx.started())
        return *tx.beginError();
    Merger merger(into, **from, report);
    if (Status s = merger.run(); !s)
        return makeError(Tr::tr("Merging %1 failed, and nothing was changed: %2").arg(fromPath, s.error().message), s.error().kind);
    if (!dryRun && !report.changedNothing())
        if (Status s = store::appendAudit(into, kMergeActor, QStringLiteral("merge"), QStringLiteral("project"), std::nullopt, {},
                                          {{QStringLiteral("from"), report.from},
                                           {QStringLiteral("codings"), report.codings},
                                           {QStringLiteral("decisions"), report.decisions},
                                           {QStringLiteral("memos"), report.memos},
                                           {QStringLiteral("conflicts"), int(report.conflicts.size())}});
            !s)
            return s.error();
    if (dryRun)
        return report; // the transaction rolls back
    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}

} // namespace caselens::team
