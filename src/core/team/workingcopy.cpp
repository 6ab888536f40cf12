#include "team/workingcopy.h"

#include "store/auditlog.h"
#include "store/codingstore.h"
#include "store/server/teamserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

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

QSet<QString> knownCodings(store::Project &copy)
{
    QSet<QString> out;
    for (const auto &v : QJsonDocument::fromJson(copy.info(kKnown).toUtf8()).array())
        out.insert(v.toString());
    return out;
}

} // namespace

Result<QList<store::server::TableCount>> checkOut(const QString &address, const QString &path)
{
    auto session = store::server::TeamSession::open(address);
    if (!session)
        return session.error();
    auto info = store::server::serverInfo(address);
    if (!info)
        return info.error();
    auto counts = store::server::exportLocal(address, path);
    if (!counts)
        return counts.error();
    auto copy = store::Project::open(path);
    if (!copy)
        return copy.error();
    for (const auto &[key, value] : {std::pair{kServer, store::server::displayAddress(address)}, std::pair{kPerson, (*session)->person()},
                                     std::pair{kProject, info->projectId}})
        if (Status s = (*copy)->setInfo(key, value); !s)
            return s.error();
    auto mine = store::CodingStore(**copy).ofPerson((*session)->person());
    if (!mine)
        return mine.error();
    QJsonArray known;
    for (const auto &c : *mine)
        if (c.coder == (*session)->person())
            known.append(c.guid);
    if (Status s = (*copy)->setInfo(kKnown, QString::fromUtf8(QJsonDocument(known).toJson(QJsonDocument::Compact))); !s)
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
    QSet<QString> mineHere, decidedHere, refused;
    for (const store::CodingRecord &c : *local) {
        if (c.coder == me) {
            mineHere.insert(c.guid);
            if (remote->contains(c.guid) || c.status == QLatin1String("suggested"))
                continue;
            auto made = server.code(c.documentId, c.start, c.end, c.code, c.guid);
            if (!made) {
                if (made.error().kind == ErrorKind::Offline)
                    return made.error();
                report.notSent.append(made.error().message);
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
                if (s.error().kind == ErrorKind::Offline)
                    return s.error();
                report.notSent.append(s.error().message);
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
                if (s.error().kind == ErrorKind::Offline)
                    return s.error();
                report.notSent.append(s.error().message);
                continue;
            }
            ++report.removed;
        }
    // What both hold now (a step the server refused is not: it is still waiting).
    QJsonArray nowKnown;
    for (const QString &guid : mineHere + decidedHere)
        if (!refused.contains(guid))
            nowKnown.append(guid);
    if (Status s = copy.setInfo(kKnown, QString::fromUtf8(QJsonDocument(nowKnown).toJson(QJsonDocument::Compact))); !s)
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

Result<MergeReport> receive(store::Project &copy, const QString &address)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return makeError(Tr::tr("There is no room for a temporary file to receive the team's work."), ErrorKind::Io);
    const QString snapshot = dir.filePath(QStringLiteral("server.caselens"));
    if (auto exported = store::server::exportLocal(address, snapshot); !exported)
        return exported.error();
    auto merged = mergeProject(copy, snapshot, false);
    if (!merged)
        return merged.error();
    // The merge adds; what others removed on the server (or may no longer be read, in a
    // blind session) goes from the copy too. This person's own codings stay: those not
    // sent yet are theirs to send.
    auto server = store::Project::open(snapshot);
    if (!server)
        return server.error();
    auto there = store::CodingStore(**server).guids();
    auto here = store::CodingStore(copy).guidsByCoder();
    if (!there)
        return there.error();
    if (!here)
        return here.error();
    const QString me = workingCopyPerson(copy);
    auto tx = copy.transaction();
    for (auto it = here->cbegin(); it != here->cend(); ++it) {
        if (it.value() == me || there->contains(it.key()))
            continue;
        auto gone = store::CodingStore(copy).byGuid(it.key());
        if (!gone || !gone->has_value())
            continue;
        if (Status s = store::CodingStore(copy).remove((*gone)->id); !s)
            return s.error();
        if (Status s = store::appendAudit(copy, QStringLiteral("team server"), QStringLiteral("delete"), QStringLiteral("coding"), (*gone)->id,
                                          (*gone)->toJson(), {});
            !s)
            return s.error();
        ++merged->codings;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return merged;
}

} // namespace caselens::team
