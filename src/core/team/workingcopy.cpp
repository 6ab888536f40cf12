#include "team/workingcopy.h"

#include "store/auditlog.h"
#include "store/codestore.h"
#include "store/codingstore.h"
#include "store/documentstore.h"
#include "store/memostore.h"
#include "store/server/teamserver.h"
#include "team/codingmerge.h"
#include "team/memomerge.h"
#include "text/segmenter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

namespace caselens::team {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::team::WorkingCopy)
};

const QString kServer = QStringLiteral("team_server");
const QString kPerson = QStringLiteral("team_person");
const QString kProject = QStringLiteral("team_project_id");
// The GUIDs of this person's codings the server and the copy both held at the last
// send: a coding of these that is gone from the copy was removed here, not made
// elsewhere and not received yet.
const QString kKnown = QStringLiteral("team_known_codings");
// The same for this person's memos.
const QString kKnownMemos = QStringLiteral("team_known_memos");
// The server's versions of each case (and of the rest, under 0) the copy holds.
const QString kVersions = QStringLiteral("team_versions");
constexpr qint64 kMemoVersion = -1; // the memos' version, beside the cases' (data/server/team.sql)

QSet<QString> knownSet(store::Project &copy, const QString &key)
{
    QSet<QString> out;
    for (const auto &v : QJsonDocument::fromJson(copy.info(key).toUtf8()).array())
        out.insert(v.toString());
    return out;
}

Status keepKnown(store::Project &copy, const QString &key, const QSet<QString> &guids)
{
    QJsonArray array;
    for (const QString &guid : guids)
        array.append(guid);
    return copy.setInfo(key, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

QSet<QString> knownCodings(store::Project &copy) { return knownSet(copy, kKnown); }

// This person's work that came from the server (their codings and memos, by GUID) is known
// to both: removed here later, it is removed there too.
Status learnReceived(store::Project &copy, const QSet<QString> &myCodingsThere, const QSet<QString> &myMemosThere)
{
    QSet<QString> known = knownCodings(copy), knownMemos = knownSet(copy, kKnownMemos);
    const qsizetype before = known.size() + knownMemos.size();
    known.unite(myCodingsThere);
    knownMemos.unite(myMemosThere);
    if (known.size() + knownMemos.size() == before)
        return {};
    if (Status s = keepKnown(copy, kKnown, known); !s)
        return s;
    return keepKnown(copy, kKnownMemos, knownMemos);
}

// The GUIDs of `person`'s own codings and memos in a project.
Result<std::pair<QSet<QString>, QSet<QString>>> ownWorkIn(store::Project &project, const QString &person)
{
    auto codings = store::CodingStore(project).ofPerson(person);
    if (!codings)
        return codings.error();
    auto memos = store::MemoStore(project).all();
    if (!memos)
        return memos.error();
    std::pair<QSet<QString>, QSet<QString>> out;
    for (const store::CodingRecord &c : *codings)
        if (c.coder == person)
            out.first.insert(c.guid);
    for (const store::Memo &m : *memos)
        if (m.author == person)
            out.second.insert(m.guid);
    return out;
}

QHash<qint64, qint64> heldVersions(store::Project &copy)
{
    QHash<qint64, qint64> out;
    const QJsonObject o = QJsonDocument::fromJson(copy.info(kVersions).toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key().toLongLong(), it.value().toInteger());
    return out;
}

Status holdVersions(store::Project &copy, const QHash<qint64, qint64> &versions)
{
    QJsonObject o;
    for (auto it = versions.cbegin(); it != versions.cend(); ++it)
        o.insert(QString::number(it.key()), it.value());
    return copy.setInfo(kVersions, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

// What finds a memo's target in another copy of the project (the server).
Result<store::server::TeamMemo> memoWithKey(store::Project &copy, const store::Memo &m)
{
    store::server::TeamMemo out{m, {}, {}};
    switch (m.target) {
    case store::MemoTarget::Project: break;
    case store::MemoTarget::Coding: {
        auto coding = store::CodingStore(copy).get(m.targetId);
        if (!coding)
            return coding.error();
        out.targetKey = coding->guid;
        break;
    }
    case store::MemoTarget::Document: {
        auto row = store::DocumentStore(copy).row(m.targetId);
        if (!row)
            return row.error();
        out.targetKey = row->guid;
        out.targetHash = row->contentHash;
        break;
    }
    case store::MemoTarget::Code: {
        const auto ids = store::CodeStore(copy).idsByKey();
        out.targetKey = ids.key(m.targetId);
        break;
    }
    }
    return out;
}

// The id in the copy of a memo's target on the server (0: not in the copy, or the project).
qint64 memoTargetHere(store::Project &copy, const store::server::TeamMemo &m)
{
    switch (m.memo.target) {
    case store::MemoTarget::Project: return 0;
    case store::MemoTarget::Coding: {
        auto coding = store::CodingStore(copy).byGuid(m.targetKey);
        return coding && *coding ? (*coding)->id : 0;
    }
    case store::MemoTarget::Document: {
        store::DocumentStore documents(copy);
        std::optional<qint64> id = m.targetKey.isEmpty() ? std::nullopt : documents.findByGuid(m.targetKey);
        return id ? *id : documents.findByHash(m.targetHash).value_or(0);
    }
    case store::MemoTarget::Code: return store::CodeStore(copy).idsByKey().value(m.targetKey);
    }
    return 0;
}

} // namespace

QString workingCopyPath(const QString &address)
{
    const QUrl url(address);
    QString name = QStringLiteral("%1-%2-%3-%4").arg(url.host(), QString::number(url.port(5432)), url.path().mid(1), url.userName());
    name.replace(QRegularExpression(QStringLiteral("[^\\w.-]")), QStringLiteral("_"));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(QStringLiteral("caselens/team/") + name + QStringLiteral(".caselens"));
}

Result<QString> prepareWorkingCopy(const QString &address)
{
    if (!store::server::isServerAddress(address))
        return makeError(Tr::tr("\"%1\" is not a team server's address; it starts with postgresql://.").arg(address), ErrorKind::InvalidInput);
    const QString path = workingCopyPath(address);
    if (QFileInfo::exists(path)) {
        // The copy of an earlier session, with any work not sent yet: opened as it is if it
        // is a copy of the project there now, or if the server cannot be asked (work goes on
        // offline). A copy of an earlier project under the same address is set aside.
        auto session = store::server::TeamSession::open(address);
        {
            auto copy = store::Project::open(path);
            if (!copy)
                return copy.error();
            if (workingCopyServer(**copy).isEmpty())
                return makeError(Tr::tr("%1 is in the way of the team project's working copy; move it elsewhere.").arg(path), ErrorKind::InvalidInput);
            if (!session && session.error().kind == ErrorKind::Offline)
                return path;
            if (!session)
                return session.error();
            if (workingCopyProjectId(**copy) == (*session)->projectId())
                return path;
        }
        const QString aside = path.chopped(9) + QStringLiteral(".set-aside-%1.caselens").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        if (!QFile::rename(path, aside))
            return makeError(Tr::tr("%1 is in the way of the team project's working copy; move it elsewhere.").arg(path), ErrorKind::Io);
        for (const char *suffix : {"-wal", "-shm"})
            QFile::rename(path + QLatin1String(suffix), aside + QLatin1String(suffix));
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return makeError(Tr::tr("Cannot make the folder %1.").arg(QFileInfo(path).absolutePath()), ErrorKind::Io);
    if (auto counts = checkOut(address, path); !counts)
        return counts.error();
    return path;
}

Result<QList<store::server::TableCount>> checkOut(const QString &address, const QString &path)
{
    auto session = store::server::TeamSession::open(address);
    if (!session)
        return session.error();
    auto versions = (*session)->versions(); // before the rows they stand for
    if (!versions)
        return versions.error();
    auto counts = store::server::exportLocal(address, path);
    if (!counts)
        return counts.error();
    auto copy = store::Project::open(path);
    if (!copy)
        return copy.error();
    for (const auto &[key, value] : {std::pair{kServer, store::server::displayAddress(address)}, std::pair{kPerson, (*session)->person()},
                                     std::pair{kProject, (*session)->projectId()}})
        if (Status s = (*copy)->setInfo(key, value); !s)
            return s.error();
    // Everything in the copy came from the server.
    auto mine = ownWorkIn(**copy, (*session)->person());
    if (!mine)
        return mine.error();
    if (Status s = learnReceived(**copy, mine->first, mine->second); !s)
        return s.error();
    if (Status s = holdVersions(**copy, *versions); !s)
        return s.error();
    return counts;
}

QString workingCopyServer(store::Project &copy) { return copy.info(kServer); }
QString workingCopyPerson(store::Project &copy) { return copy.info(kPerson); }
QString workingCopyProjectId(store::Project &copy) { return copy.info(kProject); }

Result<SendReport> send(store::Project &copy, store::server::TeamSession &server)
{
    const QString me = server.person();
    if (workingCopyProjectId(copy) != server.projectId())
        return makeError(Tr::tr("This copy was made from another project than the one at this address (published again?); it sends nothing there."),
                         ErrorKind::InvalidInput);
    if (workingCopyPerson(copy) != me)
        return makeError(Tr::tr("This copy belongs to %1; %2 cannot send its work.").arg(workingCopyPerson(copy), me), ErrorKind::Forbidden);
    auto local = store::CodingStore(copy).ofPerson(me);
    if (!local)
        return local.error();
    auto remote = server.ownWork();
    if (!remote)
        return remote.error();
    SendReport report;
    // A step the server refuses stays in the copy and is said; a lost connection ends the
    // send (everything not sent yet goes next time).
    auto stopsSending = [&report](const Error &e) {
        if (e.kind == ErrorKind::Offline)
            return true;
        report.notSent.append(e.message);
        return false;
    };
    QSet<QString> mineHere, decidedHere, refused;
    for (const store::CodingRecord &c : *local) {
        if (c.coder == me) {
            mineHere.insert(c.guid);
            if (remote->contains(c.guid) || c.status == QLatin1String("suggested"))
                continue;
            auto made = server.code(c.documentId, c.start, c.end, c.code, c.guid);
            if (!made) {
                if (stopsSending(made.error()))
                    return made.error();
                refused.insert(c.guid);
                continue;
            }
            ++report.coded;
        } else if (c.reviewer == me && c.status != QLatin1String("suggested")) {
            decidedHere.insert(c.guid);
            const auto there = remote->value(c.guid);
            if (there.decided || (there.id && there.status != QLatin1String("suggested")))
                continue; // decided already, by this person or another
            // A change is a rejection of the suggestion there, and the new coding beside it.
            const bool accept = c.status == QLatin1String("accepted");
            if (Status s = server.decideByGuid(c.guid, accept); !s) {
                if (stopsSending(s.error()))
                    return s.error();
                refused.insert(c.guid);
                continue;
            }
            ++report.decided;
        }
    }
    const QSet<QString> known = knownCodings(copy);
    for (auto it = remote->cbegin(); it != remote->cend(); ++it)
        if (it->mine && known.contains(it.key()) && !mineHere.contains(it.key())) {
            if (Status s = server.removeOwn(it.key()); !s) {
                if (stopsSending(s.error()))
                    return s.error();
                continue;
            }
            ++report.removed;
        }
    // This person's memos the server has not had, or had an older text of.
    auto memosThere = server.ownMemos();
    if (!memosThere)
        return memosThere.error();
    auto memosHere = store::MemoStore(copy).all(true);
    if (!memosHere)
        return memosHere.error();
    QSet<QString> memosKnown, myMemosHere;
    for (const store::Memo &m : *memosHere) {
        if (m.author != me)
            continue;
        myMemosHere.insert(m.guid);
        if (memosThere->contains(m.guid) && memosThere->value(m.guid) >= m.updatedAt) {
            memosKnown.insert(m.guid);
            continue;
        }
        auto keyed = memoWithKey(copy, m);
        if (!keyed)
            return keyed.error();
        auto target = server.memoTargetId(*keyed);
        if (!target)
            return target.error();
        if (m.target != store::MemoTarget::Project && *target == 0) {
            report.notSent.append(Tr::tr("Your memo \"%1…\" is about something the team server does not have.").arg(m.text.left(20)));
            continue;
        }
        if (auto written = server.writeMemo(m, *target); !written) {
            if (stopsSending(written.error()))
                return written.error();
            continue;
        }
        memosKnown.insert(m.guid);
        ++report.memos;
    }
    // Memos of this person both held at the last send or receive and gone from the copy
    // were removed here.
    const QSet<QString> memosKnownBefore = knownSet(copy, kKnownMemos);
    for (auto it = memosThere->cbegin(); it != memosThere->cend(); ++it)
        if (memosKnownBefore.contains(it.key()) && !myMemosHere.contains(it.key())) {
            if (Status s = server.removeOwnMemo(it.key()); !s) {
                if (stopsSending(s.error()))
                    return s.error();
                memosKnown.insert(it.key()); // still there: tried again next time
                continue;
            }
            ++report.removed;
        }
    if (Status s = keepKnown(copy, kKnownMemos, memosKnown); !s)
        return s.error();
    // What both hold now (a step the server refused is not: it is still waiting).
    QSet<QString> nowKnown;
    for (const QString &guid : mineHere + decidedHere)
        if (!refused.contains(guid))
            nowKnown.insert(guid);
    if (Status s = keepKnown(copy, kKnown, nowKnown); !s)
        return s.error();
    return report;
}

Result<int> pendingWork(store::Project &copy)
{
    auto local = store::CodingStore(copy).ofPerson(workingCopyPerson(copy));
    if (!local)
        return local.error();
    const QSet<QString> known = knownCodings(copy);
    int waiting = 0;
    for (const store::CodingRecord &c : *local)
        if (c.status != QLatin1String("suggested") && !known.contains(c.guid))
            ++waiting;
    return waiting;
}

namespace {

// Removes from the copy the codings of others that the server no longer holds (or that
// this person may no longer read, in a blind session). This person's own stay: those not
// sent yet are theirs to send.
Status dropGone(store::Project &copy, const QHash<QString, QString> &coderOfHere, const QSet<QString> &there, const QString &me, MergeReport &report)
{
    store::CodingStore codings(copy);
    for (auto it = coderOfHere.cbegin(); it != coderOfHere.cend(); ++it) {
        if (it.value() == me || there.contains(it.key()))
            continue;
        auto gone = codings.byGuid(it.key());
        if (!gone)
            return gone.error();
        if (!gone->has_value())
            continue;
        if (Status s = codings.remove((*gone)->id); !s)
            return s;
        if (Status s = store::appendAudit(copy, QStringLiteral("team server"), QStringLiteral("delete"), QStringLiteral("coding"), (*gone)->id,
                                          (*gone)->toJson(), {});
            !s)
            return s;
        ++report.codings;
    }
    return {};
}

// Everything: a copy of the server merged in.
Result<MergeReport> receiveAll(store::Project &copy, const QString &address)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return makeError(Tr::tr("There is no room for a temporary file to receive the team's work."), ErrorKind::Io);
    const QString snapshot = dir.filePath(QStringLiteral("server.caselens"));
    if (auto exported = store::server::exportLocal(address, snapshot, store::server::ExportIndex::Skip); !exported)
        return exported.error();
    auto merged = mergeProject(copy, snapshot, false);
    if (!merged)
        return merged.error();
    auto server = store::Project::open(snapshot);
    if (!server)
        return server.error();
    auto there = store::CodingStore(**server).guids();
    auto here = store::CodingStore(copy).guidsByCoder();
    if (!there)
        return there.error();
    if (!here)
        return here.error();
    auto mine = ownWorkIn(**server, workingCopyPerson(copy));
    if (!mine)
        return mine.error();
    auto tx = copy.transaction();
    if (Status s = dropGone(copy, *here, *there, workingCopyPerson(copy), *merged); !s)
        return s.error();
    if (Status s = learnReceived(copy, mine->first, mine->second); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return merged;
}

// Only the codings of `cases`, the cases whose version moved. NotFound: something in them
// is not in the copy (a case or code added since), which receiving everything brings.
Result<MergeReport> receiveCases(store::Project &copy, store::server::TeamSession &server, const QList<qint64> &cases)
{
    auto identities = server.caseIdentities(cases);
    if (!identities)
        return identities.error();
    auto rows = server.codingsOf(cases);
    if (!rows)
        return rows.error();
    MergeReport report;
    report.from = store::server::displayAddress(server.connection().address());
    auto tx = copy.transaction();
    if (!tx.started())
        return *tx.beginError();
    store::DocumentStore documents(copy);
    QHash<qint64, qint64> caseHere; // case id there → here
    for (auto it = identities->cbegin(); it != identities->cend(); ++it) {
        // As the merge finds a case: by GUID, else by its text.
        std::optional<qint64> id = it->first.isEmpty() ? std::nullopt : documents.findByGuid(it->first);
        if (!id)
            id = documents.findByHash(it->second);
        if (!id)
            return makeError(Tr::tr("Case #%1 of the team server is not in this copy.").arg(it.key()), ErrorKind::NotFound);
        caseHere.insert(it.key(), *id);
    }
    CodingMerge merge(copy, report);
    QHash<qint64, QList<store::Passage>> passagesOf; // case id here → its passages
    const QString me = workingCopyPerson(copy);
    QSet<QString> there, mineThere;
    for (const store::server::TeamCoding &row : *rows) {
        const store::CodingRecord &c = row.coding;
        there.insert(c.guid);
        if (c.coder == me)
            mineThere.insert(c.guid);
        const qint64 document = caseHere.value(c.documentId);
        if (!document)
            return makeError(Tr::tr("Case #%1 of the team server is not in this copy.").arg(c.documentId), ErrorKind::NotFound);
        if (!passagesOf.contains(document))
            passagesOf.insert(document, documents.passages(document));
        qint64 passage = 0;
        for (const store::Passage &p : passagesOf.value(document))
            if (p.start == row.passageStart && p.end == row.passageEnd && text::passageKindName(p.kind) == row.passageKind)
                passage = p.id;
        if (auto applied = merge.apply(c, document, passage, c.code); !applied)
            return applied.error();
    }
    if (Status s = merge.finish(); !s)
        return s.error();
    // The cases' codings here that the server no longer holds.
    QHash<QString, QString> coderOfHere;
    for (qint64 document : std::as_const(caseHere)) {
        auto mine = store::CodingStore(copy).ofDocument(document);
        if (!mine)
            return mine.error();
        for (const store::CodingRecord &c : *mine)
            coderOfHere.insert(c.guid, c.coder);
    }
    if (Status s = dropGone(copy, coderOfHere, there, me, report); !s)
        return s.error();
    if (Status s = learnReceived(copy, mineThere, {}); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}

// The memos, when theirs is the only version of the rest that moved.
Status receiveMemos(store::Project &copy, store::server::TeamSession &server, MergeReport &report)
{
    auto memos = server.memos();
    if (!memos)
        return memos.error();
    auto tx = copy.transaction();
    if (!tx.started())
        return *tx.beginError();
    MemoMerge merge(copy, report);
    const QString me = workingCopyPerson(copy);
    QSet<QString> mine;
    for (const store::server::TeamMemo &m : *memos) {
        if (Status s = merge.apply(m.memo, memoTargetHere(copy, m)); !s)
            return s;
        if (m.memo.author == me)
            mine.insert(m.memo.guid);
    }
    if (Status s = learnReceived(copy, {}, mine); !s)
        return s;
    return tx.commit();
}

} // namespace

Result<ReceiveReport> receive(store::Project &copy, store::server::TeamSession &server)
{
    // The versions are read before the rows they stand for: a change made in between is
    // fetched again next time, never missed.
    auto now = server.versions();
    if (!now)
        return now.error();
    const QHash<qint64, qint64> held = heldVersions(copy);
    ReceiveReport report;
    report.everything = now->isEmpty() || held.isEmpty() || held.value(0, -1) != now->value(0);
    if (!report.everything) {
        QList<qint64> moved;
        for (auto it = now->cbegin(); it != now->cend(); ++it)
            if (it.key() > 0 && held.value(it.key(), -1) != it.value())
                moved.append(it.key());
        std::sort(moved.begin(), moved.end());
        if (!moved.isEmpty()) {
            auto cases = receiveCases(copy, server, moved);
            if (cases) {
                static_cast<MergeReport &>(report) = *cases;
                report.cases = int(moved.size());
            } else if (cases.error().kind == ErrorKind::NotFound) {
                report.everything = true; // something in them came after the copy was made
            } else {
                return cases.error();
            }
        }
    }
    if (!report.everything && held.value(kMemoVersion, -1) != now->value(kMemoVersion))
        if (Status s = receiveMemos(copy, server, report); !s)
            return s.error();
    if (report.everything) {
        auto all = receiveAll(copy, server.connection().address());
        if (!all)
            return all.error();
        static_cast<MergeReport &>(report) = *all;
    }
    if (!now->isEmpty())
        if (Status s = holdVersions(copy, *now); !s)
            return s.error();
    return report;
}

Result<SyncReport> sync(store::Project &copy, store::server::TeamSession &server)
{
    auto sent = send(copy, server);
    if (!sent)
        return sent.error();
    auto received = receive(copy, server);
    if (!received)
        return received.error();
    return SyncReport{*sent, *received};
}

} // namespace caselens::team
