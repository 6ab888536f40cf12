#pragma once
// ReviewService: the reversible operations on codings that people perform — code a
// span by hand, delete a coding, accept or reject a suggestion, change it to another
// code — each in one transaction with an append-only audit log entry (who, when,
// what before, what after). The GUI's undo commands and the CLI both use these.

#include "store/codingstore.h"

#include <QList>

namespace caselens::review {

using CodingRecord = store::CodingRecord;

class ReviewService {
public:
    ReviewService(store::Project &project, QString actor) : m_project(project), m_actor(std::move(actor)) {}

    Result<CodingRecord> coding(qint64 id);
    // A blind session (`onlyCoder` set) sees that coder's codings and nothing else.
    Result<QList<CodingRecord>> codingsOfDocument(qint64 documentId, const QString &onlyCoder = {});

    // A human coding by the actor; returns its id.
    Result<qint64> addHumanCoding(qint64 documentId, qint64 start, qint64 end, const QString &code, qint64 passageId = 0);
    // Deletes a coding the actor made (a suggestion is rejected, never deleted).
    Status deleteCoding(qint64 id);
    // Puts back a deleted coding exactly as it was (for undo).
    Result<qint64> restoreCoding(const CodingRecord &record);

    Status accept(qint64 suggestionId);
    Status reject(qint64 suggestionId);
    // Accepts with another code: the suggestion becomes "changed" and keeps its original;
    // a new accepted coding by the reviewer replaces it. Returns the new coding's id.
    Result<qint64> change(qint64 suggestionId, const QString &newCode);
    // Undoes a decision: the suggestion returns to "suggested" (a change's new coding goes).
    Status reopen(qint64 suggestionId);

private:
    Status setStatus(qint64 id, const QString &from, const QString &to, const char *action);
    Status log(const QString &action, qint64 entityId, const QJsonObject &before, const QJsonObject &after);
    Result<qint64> actorId();

    store::Project &m_project;
    QString m_actor;
};

} // namespace caselens::review
