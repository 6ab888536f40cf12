#pragma once
// ReviewQueue: the suggestions waiting for a decision, filtered by code, engine, score
// and cases and put in the order a reviewer takes them — the window's review page and
// the review simulation read the same queue.

#include "store/project.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace caselens::store {

// Most uncertain first (a score nearest 0.5: what teaches the learned coder most),
// highest score first, or as the documents read.
enum class ReviewOrder { Uncertain, Score, Document };

struct ReviewQueueQuery {
    QString code;   // a code key; empty for every code
    QString engine; // a coder name; empty for every engine
    double minScore = 0.0, maxScore = 1.0;
    QString documentSql;        // a DocumentFilter's condition on d, with '?' for documentValues
    QStringList documentValues;
    ReviewOrder order = ReviewOrder::Uncertain;
    QString lang = QStringLiteral("zh"); // which code name to return
    int limit = 5000; // -1: all
};

struct QueuedSuggestion {
    qint64 id = 0, document = 0, passage = 0, start = 0, end = 0; // passage 0: a span that is no stored passage
    QString title, code, codeName, engine, rationale;
    double score = 0;
};

class ReviewQueue {
public:
    explicit ReviewQueue(Project &project) : m_project(project) {}
    Result<QList<QueuedSuggestion>> pending(const ReviewQueueQuery &query);
    // The engines that have suggestions waiting.
    Result<QStringList> engines();
    // Up to `length` characters of a document from code point `start`: a row's snippet.
    QString excerpt(qint64 document, qint64 start, qint64 length);

private:
    Project &m_project;
};

} // namespace caselens::store
