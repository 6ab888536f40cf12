#pragma once
// SearchIndex: full-text search over headings and paragraphs, answered as
// keyword-in-context lines with the case title.

#include "store/project.h"

#include <QList>
#include <QSet>
#include <QString>

namespace caselens::store {

struct SearchHit {
    qint64 documentId = 0;
    QString title;
    qint64 passageId = 0;
    qint64 start = 0; // code points of the match in the document
    qint64 end = 0;
    QString left, match, right; // context around the first match in the passage
};

class SearchIndex {
public:
    explicit SearchIndex(Project &project) : m_project(project) {}

    // Every whitespace-separated term must occur (AND); each term matches as a phrase,
    // so 教师发展 finds those four characters in a row. Hits in document order.
    Result<QList<SearchHit>> search(const QString &query, int limit = 100, int context = 20);
    // How many passages match, without building context lines.
    Result<qint64> count(const QString &query);
    // The documents with a matching passage (for filtering a list of cases).
    Result<QSet<qint64>> documents(const QString &query);

    // The FTS5 query for a user query, or an error when it holds nothing searchable.
    static Result<QString> ftsQuery(const QString &query, QStringList *terms = nullptr);

private:
    Project &m_project;
};

// While alive, full-text index merges are deferred; on destruction the index is
// optimised once and automatic merging restored. A killed process leaves a correct
// index with more segments, merged by the next import or `caselens-cli check`.
class FtsMergeDeferral {
public:
    explicit FtsMergeDeferral(Project &project);
    ~FtsMergeDeferral();
    FtsMergeDeferral(const FtsMergeDeferral &) = delete;
    FtsMergeDeferral &operator=(const FtsMergeDeferral &) = delete;

private:
    Project &m_project;
};

} // namespace caselens::store
