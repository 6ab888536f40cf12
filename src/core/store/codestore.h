#pragma once
// CodeStore: the project's codebook and coders (people and engines).

#include "codebook/codebook.h"
#include "store/project.h"

#include <QHash>

namespace caselens::store {

struct StoredCode {
    qint64 id = 0;
    codebook::Code code;
    qint64 parentId = 0;
    int sortOrder = 0;
};

class CodeStore {
public:
    explicit CodeStore(Project &project) : m_project(project) {}

    // Adds codes that are missing (by key) and updates those present.
    // `guidOfKey`: GUIDs a new code keeps (from a REFI-QDA file); the others get new ones.
    Status importCodebook(const codebook::Codebook &book, const QHash<QString, QString> &guidOfKey = {});
    // All codes, parents first, in display order.
    QList<StoredCode> codes(bool codableOnly = false);
    codebook::Codebook codebook();
    QHash<QString, qint64> idsByKey();

    // Codebook edits, each in one transaction with an audit-log entry by `actor`.
    Result<qint64> addCode(const codebook::Code &code, const QString &actor);
    // Changes names, descriptions, colour, shortcut, cues and parent (nesting) of a code.
    Status updateCode(const QString &key, const codebook::Code &changed, const QString &actor);
    // Moves every coding and child of `from` to `into`, then removes `from`. Codings are
    // rewritten, so a copy of the project is saved first; returns the copy's path.
    Result<QString> mergeCode(const QString &from, const QString &into, const QString &actor);
    enum class CodingsFate { Refuse, Delete, MoveTo };
    // Deletes a code. When it has codings, `fate` says what happens to them; Refuse
    // (the default) fails with their number so the user can choose. When codings are
    // moved or deleted a copy of the project is saved first: returns its path, else "".
    Result<QString> deleteCode(const QString &key, CodingsFate fate, const QString &moveTo, const QString &actor);
    // Codings of every status with this code.
    qint64 codingCount(const QString &key);
    QHash<QString, QString> guidsByKey();

    // The coder called `name`, made when missing — with `guid` when one is given (a
    // coder coming back from an exchange file keeps its identity) and not taken.
    Result<qint64> ensureCoder(const QString &name, const QString &kind, const QString &guid = {});
    std::optional<qint64> coderId(const QString &name);

    // Per code key: accepted codings and open suggestions, of everyone or (a blind
    // session) of one coder only.
    struct Usage {
        qint64 accepted = 0, suggested = 0;
    };
    QHash<QString, Usage> usage(const QString &onlyCoder = {});
    QStringList coderNames();
    struct CoderRow {
        QString name, guid, kind;
    };
    // Every coder, people and engines, in the order they joined.
    Result<QList<CoderRow>> coders();

private:
    Status moveCodingsAndRemove(const QString &from, const QString &into, qint64 fromId, qint64 intoId, const QString &actor);
    Project &m_project;
};

QString newGuid();
// A GUID as REFI-QDA writes one (8-4-4-4-12 hexadecimal digits, either case).
bool isGuid(const QString &text);

} // namespace caselens::store
