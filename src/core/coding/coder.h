#pragma once
// Coder: the one interface every coding engine implements — passages in, suggestions
// out (code, score in [0, 1], a rationale a reviewer can read), with provenance that
// says exactly which engine, version, settings and model made them.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>

namespace caselens::coding {

struct Suggestion {
    QString code;
    double score = 0;
    QString rationale;
};

// Where the passages given together stand: the case's title and, for each passage, the
// heading of the section it is in (empty where none). Engines that read context use it.
struct DocumentContext {
    QString title;
    QStringList headings;
};

class Coder {
public:
    virtual ~Coder() = default;
    virtual QString engine() const = 0;  // lexicon | learned | llm
    virtual QString version() const = 0;
    virtual QJsonObject settings() const = 0;
    virtual QString modelHash() const { return {}; }
    // Suggestions for one passage, best first, those at or above the coder's threshold.
    virtual QList<Suggestion> suggest(const QString &passage) const = 0;

    // Suggestions for many passages at once (a document's paragraphs, in order); engines
    // that can use both cores do. `failures`, when given, receives lastFailure() of each
    // passage that failed.
    virtual QList<QList<Suggestion>> suggestMany(const QStringList &passages, QStringList *failures = nullptr,
                                                 const DocumentContext &context = {}) const;

    // Whether suggestMany reads the DocumentContext; a coding run reads the title and
    // headings of each document only for engines that do.
    virtual bool readsContext() const { return false; }

    QJsonObject provenance() const;
    // Why the last suggest() returned nothing when it should have (a failed request);
    // engines that cannot fail leave it empty.
    virtual QString lastFailure() const { return {}; }

    // Ctrl-C or Cancel: engines that wait (the LLM coder's requests) stop waiting at once.
    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }

protected:
    bool cancelRequested() const { return m_cancel && m_cancel->load(); }

private:
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace caselens::coding
