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
    Status importCodebook(const codebook::Codebook &book);
    // All codes, parents first, in display order.
    QList<StoredCode> codes(bool codableOnly = false);
    codebook::Codebook codebook();
    QHash<QString, qint64> idsByKey();

    Result<qint64> ensureCoder(const QString &name, const QString &kind);
    std::optional<qint64> coderId(const QString &name);
    QStringList coderNames();

private:
    Project &m_project;
};

QString newGuid();

} // namespace caselens::store
