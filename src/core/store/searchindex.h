#pragma once
// SearchIndex: full-text search over headings and paragraphs, answered as
// keyword-in-context lines with the case title.

#include "store/project.h"

#include <QList>
#include <QSet>
#include <QString>
#include <functional>

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

    // Every whitespace-separated term must occur (AND); each term matches as written, so
    // 教师发展 finds those four characters in a row. Hits in document order.
    Result<QList<SearchHit>> search(const QString &query, int limit = 100, int context = 20);
    // How many passages match, without building context lines.
    Result<qint64> count(const QString &query);
    // The documents with a matching passage (for filtering a list of cases).
    Result<QSet<qint64>> documents(const QString &query);

    // The documents with a matching passage and the number of such passages, in one pass.
    struct Matches {
        QSet<qint64> documents;
        qint64 passages = 0;
    };
    Result<Matches> matches(const QString &query);

    // A user query as the index sees it: the FTS5 expression that finds every candidate
    // passage (all tokens of all terms), the terms themselves, and whether candidates must
    // be checked for the terms as written — the index stores which passages hold a token,
    // not where, so 数字素养 finds passages with 数字, 字素 and 素养 anywhere.
    struct ParsedQuery {
        QString fts;
        QStringList terms;
        bool needsCheck = false;
    };
    static Result<ParsedQuery> parse(const QString &query);
    // Whether a candidate passage holds every term as written (case aside).
    static bool holdsEveryTerm(const QString &passage, const QStringList &terms);

private:
    // Walks the matching passages in document order, calling `visit` with each passage
    // that holds every term; `visit` returns false to stop.
    Status forEachMatch(const QString &query, const std::function<bool(qint64 document, qint64 passage)> &visit);
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

// Whether the full-text index can answer at all: its own integrity check and a read.
Status checkSearchIndex(Project &project);
// Calls `visit(passage, document, text)` for every heading and paragraph — the passages a
// search looks in — in document order; stops at the first failure. Returns how many.
Result<qint64> forEachSearchablePassage(Project &project, const std::function<Status(qint64, qint64, const QString &)> &visit);
// Indexes every heading and paragraph again from the documents; when the index's own
// structure is lost, the index table is dropped and made again first. Returns the
// number of passages indexed.
Result<qint64> rebuildSearchIndex(Project &project);

} // namespace caselens::store
