#pragma once
// CodingStore: codings — a code applied to a span of a document by a coder, human or
// engine, with its review status, score, rationale and provenance. Every read and
// write of the codings table goes through here.

#include "store/project.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace caselens::store {

struct NewCoding {
    qint64 documentId = 0;
    qint64 passageId = 0; // 0 when the span is not a stored passage
    qint64 start = 0, end = 0;
    qint64 codeId = 0;
    qint64 coderId = 0;
    QString origin = QStringLiteral("human"); // human | ai
    QString status = QStringLiteral("accepted"); // suggested | accepted | rejected | changed
    std::optional<double> confidence;
    QString rationale;
    QString provenance = QStringLiteral("{}");
    QString guid; // empty: a new one (an exchange file's coding keeps its own)
    QString createdAt; // empty: now (an exchange file's coding keeps its time)
    QString reviewer; // who decided it, by name (an exchange file's decided suggestion)
    QString reviewedAt; // when it was decided (a merged coding keeps its time)
};

// One coding as people read it: code and coders by name.
struct CodingRecord {
    qint64 id = 0;
    qint64 documentId = 0;
    qint64 passageId = 0;
    qint64 start = 0, end = 0;
    QString code;
    QString coder;
    QString origin;
    QString status;
    double confidence = 0;
    QString rationale;
    QString reviewer;
    QString createdAt;
    QString guid;
    QString reviewedAt;   // empty while undecided
    QString replacesGuid; // the suggestion a changed coding replaced; empty for none
    QString provenance;   // JSON: engine, version, settings
    QJsonObject toJson() const;
};

// The read of coding rows every reader shares, the project file's and the team server's
// (the server mirrors the file's tables): the columns, then the joins — codings c with its
// code k, coder r and reviewer v — to which a reader adds its own and a WHERE clause.
const char *codingColumns();
const char *codingJoins();
// One row of codingColumns(), from any result with int64(col), text(col) and real(col).
template <class Row>
CodingRecord codingFromRow(const Row &row)
{
    CodingRecord r;
    r.id = row.int64(0);
    r.documentId = row.int64(1);
    r.passageId = row.int64(2);
    r.start = row.int64(3);
    r.end = row.int64(4);
    r.code = row.text(5);
    r.coder = row.text(6);
    r.origin = row.text(7);
    r.status = row.text(8);
    r.confidence = row.real(9);
    r.rationale = row.text(10);
    r.reviewer = row.text(11);
    r.createdAt = row.text(12);
    r.guid = row.text(13);
    r.reviewedAt = row.text(14);
    r.replacesGuid = row.text(15);
    r.provenance = row.text(16);
    return r;
}

// A passage people coded, or a suggestion they rejected: an example for a coder.
struct CodingExample {
    QString code;
    QString text;
    bool accepted = true; // false: a suggestion of this code that people rejected
};

class CodingStore {
public:
    explicit CodingStore(Project &project) : m_project(project) {}
    // Inserts without a transaction of its own: callers batch many in one.
    Result<qint64> insert(const NewCoding &c);
    qint64 count(const QString &status = {});

    Result<CodingRecord> get(qint64 id);
    // The coding with this GUID, in any status; nothing when there is none.
    Result<std::optional<CodingRecord>> byGuid(const QString &guid);
    // A coding of the same span, code and coder, in any status (0: none).
    Result<qint64> findSame(qint64 documentId, qint64 start, qint64 end, const QString &codeKey, const QString &coder);
    // A document's codings in text order; `onlyCoder` set: that coder's only.
    Result<QList<CodingRecord>> ofDocument(qint64 documentId, const QString &onlyCoder = {});
    // The GUID of every coding; and with the name of each one's coder.
    Result<QSet<QString>> guids();
    Result<QHash<QString, QString>> guidsByCoder();
    // Every coding's id and status by GUID in lower case, as byGuid() finds them (what a
    // merge of a whole project checks first).
    Result<QHash<QString, std::pair<qint64, QString>>> statusByGuid();
    // Every coding a person made or decided (coder or reviewer `name`), in id order: what a
    // team working copy sends to the server.
    Result<QList<CodingRecord>> ofPerson(const QString &name);
    // Whether `coderId` already gave `codeId` to the passage, in any status.
    Result<bool> exists(qint64 passageId, qint64 coderId, qint64 codeId);
    // Whether the coder called `coder` gave the code `codeKey` to the passage.
    Result<bool> exists(qint64 passageId, const QString &coder, const QString &codeKey);

    Status remove(qint64 id);
    // Puts a removed coding back under its old id, with the code and coder given by id.
    Status restore(const CodingRecord &record, qint64 codeId, qint64 coderId);
    // A review decision; `reviewerId` empty takes the decision back (status suggested).
    // `at`: when it was made (a decision merged from a colleague's copy); empty: now.
    Status setStatus(qint64 id, const QString &status, std::optional<qint64> reviewerId, const QString &at = {});
    // Marks `codingId` as the coding that replaced the suggestion `replacedId` (a change).
    Status setReplaces(qint64 codingId, qint64 replacedId);
    // Removes the coding that replaced a changed suggestion (undoing the change).
    Status removeReplacementOf(qint64 suggestionId);

    // People's accepted codings and rejected suggestions with their text, by code in the
    // codebook's order, shortest text first.
    Result<QList<CodingExample>> examples();

    // Paragraphs two coders both coded with the same accepted code: (passage, code key).
    Result<QList<std::pair<qint64, QString>>> agreedParagraphCodes(const QString &coderA, const QString &coderB);

private:
    Project &m_project;
};

} // namespace caselens::store
