#pragma once
// TeamSession: one person's work on a team server — coding a passage, deciding a
// suggestion, writing a memo — each step one transaction, as that person's database
// role, so the server's rules apply. A step interrupted by a lost connection is tried
// once more on a new connection; steps are written so that trying again never doubles
// them. Other people's changes arrive as notifications (LISTEN caselens).

#include "store/codingstore.h"
#include "store/memostore.h"
#include "store/server/pgconnection.h"

#include <QHash>
#include <QJsonObject>
#include <functional>
#include <memory>

namespace caselens::store::server {

struct TeamCounts {
    qint64 documents = 0, accepted = 0, suggested = 0, rejected = 0, changed = 0, memos = 0;
};

// A coding on the server with the span of its passage, which places it in a copy of the
// project (passage ids differ between copies).
struct TeamCoding {
    CodingRecord coding;
    qint64 passageStart = -1, passageEnd = -1;
    QString passageKind;
};

// A memo with what finds its target in any copy of the project: a coding's GUID, a case's
// GUID (empty for a case that came without one) and content hash, or a code's key.
struct TeamMemo {
    Memo memo;
    QString targetKey, targetHash;
};

struct TeamChange {
    QString table, operation, by;
    qint64 document = 0;
};

class TeamSession {
public:
    static Result<std::unique_ptr<TeamSession>> open(const QString &address);

    QString person() const;
    // The project's own id on this server (chosen when it was published).
    QString projectId() const { return m_projectId; }
    // Codes [start, end) of a document (code points) with a code, as this person. Returns
    // the new coding's id. `guid`: the coding's GUID when it was made elsewhere (a working
    // copy); a coding with that GUID already there is not made twice.
    Result<qint64> code(qint64 documentId, qint64 start, qint64 end, const QString &codeKey, const QString &guid = {});
    // Accepts or rejects an engine's suggestion (reviewers only: the server refuses others).
    Status decide(qint64 codingId, bool accept);
    // The same, for the suggestion with this GUID.
    Status decideByGuid(const QString &guid, bool accept);
    // Removes one of this person's own codings.
    Status removeOwn(const QString &guid);

    // What the server holds of this person's work: codings they made, and suggestions they
    // decided, by GUID.
    struct ServerCoding {
        qint64 id = 0;
        QString status;
        bool mine = false;    // made by this person
        bool decided = false; // decided by this person
    };
    Result<QHash<QString, ServerCoding>> ownWork();
    // Writes this person's memo on its target (`targetId`: the target's id on the server; 0
    // for the project): made, or its text replaced when a memo with its GUID is there
    // already. A memo without GUID or times is a new one, written now.
    Result<qint64> writeMemo(const Memo &memo, qint64 targetId);
    // Removes one of this person's own memos (gone already: nothing to do).
    Status removeOwnMemo(const QString &guid);
    // The server's id of a memo's target found by its key (see TeamMemo); 0 when it is not there.
    Result<qint64> memoTargetId(const TeamMemo &m);
    // Every memo this person may read, in id order; and when each of their own was last written, by GUID.
    Result<QList<TeamMemo>> memos();
    Result<QHash<QString, QString>> ownMemos();
    // Suggestions waiting, the first `limit` by id (what this person may read).
    Result<QList<qint64>> waitingSuggestions(int limit);
    Result<TeamCounts> counts();
    // Each case's version, and the rest of the project's under case 0 (data/server/team.sql):
    // what moved since a working copy last received. Empty on a server published before
    // versions were kept.
    Result<QHash<qint64, qint64>> versions();
    // The codings of these cases this person may read, in id order; and what finds each
    // case in a copy: its GUID (empty for a case that came without one) and content hash.
    Result<QList<TeamCoding>> codingsOf(const QList<qint64> &documents);
    Result<QHash<qint64, std::pair<QString, QString>>> caseIdentities(const QList<qint64> &documents);

    // Hears other people's changes from now on.
    Status listen();
    // Changes that have arrived, waiting up to `waitMs` for the first.
    QList<TeamChange> changes(int waitMs);
    // Steps that needed a new connection, since the session opened.
    int reconnects() const { return m_reconnects; }
    PgConnection &connection() { return *m_pg; }

private:
    TeamSession() = default;
    // Runs a step in a transaction; on a lost connection reconnects and runs it once more.
    Status inTransaction(const std::function<Status()> &step);
    // A read; on a lost connection, reconnects and reads once more.
    Result<PgResult> read(const QString &sql, const QStringList &params = {});
    Result<qint64> codeId(const QString &key);
    Status appendAudit(const QString &action, qint64 codingId, const QJsonObject &after);
    std::unique_ptr<PgConnection> m_pg;
    qint64 m_me = 0;
    QString m_person; // kept: the connection may be down when it is asked
    QString m_projectId;
    QHash<QString, qint64> m_codes;
    int m_reconnects = 0;
};

} // namespace caselens::store::server
