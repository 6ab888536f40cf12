#pragma once
// MemoStore: researchers' notes on the project, a document, a code or a coding. Each
// person keeps one memo per target; every write and removal is in the audit log.

#include "store/project.h"

#include <QList>
#include <QString>

namespace caselens::store {

enum class MemoTarget { Project, Document, Code, Coding };
QString memoTargetName(MemoTarget t);
std::optional<MemoTarget> memoTargetFromName(const QString &name);

struct Memo {
    qint64 id = 0;
    MemoTarget target = MemoTarget::Project;
    qint64 targetId = 0;
    QString author;
    QString text;
    QString createdAt;
    QString updatedAt;
    QString guid;
};

class MemoStore {
public:
    explicit MemoStore(Project &project) : m_project(project) {}

    // Every memo on one target, oldest first.
    Result<QList<Memo>> memosOn(MemoTarget target, qint64 targetId);
    // The memo with this GUID; nothing when there is none.
    Result<std::optional<Memo>> byGuid(const QString &guid);
    // Every memo in the project, by target; `inOrderWritten`: oldest first instead.
    Result<QList<Memo>> all(bool inOrderWritten = false);
    // A memo from elsewhere (an imported project's note), added beside any others on the
    // target, with no author when `author` is empty, keeping its GUID and time when they
    // are given (and the GUID is free); returns its id.
    Result<qint64> add(MemoTarget target, qint64 targetId, const QString &author, const QString &text, const QString &guid = {},
                       const QString &createdAt = {});
    // Writes `author`'s memo on the target: creates, replaces or (empty text) removes it.
    // Returns the memo's id, or 0 when it was removed.
    Result<qint64> write(MemoTarget target, qint64 targetId, const QString &author, const QString &text);

private:
    Status checkTarget(MemoTarget target, qint64 targetId);
    Project &m_project;
};

} // namespace caselens::store
