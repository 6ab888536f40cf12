#pragma once
// CodingStore: codings — a code applied to a span of a document by a coder, human or
// engine, with its review status, score, rationale and provenance.

#include "store/project.h"

#include <QList>
#include <QString>

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
};

class CodingStore {
public:
    explicit CodingStore(Project &project) : m_project(project) {}
    // Inserts without a transaction of its own: callers batch many in one.
    Result<qint64> insert(const NewCoding &c);
    qint64 count(const QString &status = {});

private:
    Project &m_project;
};

} // namespace caselens::store
