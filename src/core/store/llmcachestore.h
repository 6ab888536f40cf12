#pragma once
// LlmCacheStore: the LLM coder's answers kept in the project, keyed by what was asked
// (model, settings, prompt and passage), so asking again costs nothing.

#include "store/project.h"

#include <QByteArray>
#include <QString>

namespace caselens::store {

class LlmCacheStore {
public:
    explicit LlmCacheStore(Project &project) : m_project(project) {}
    // The stored answer, or empty when there is none (or it cannot be read).
    QByteArray answer(const QString &key);
    Status put(const QString &key, const QString &prompt, const QByteArray &answer);

private:
    Project &m_project;
};

} // namespace caselens::store
