#pragma once
// ModelStore: the trained models a project keeps (the learned coder's fastText model with
// its settings and training record). Saving one keeps it and the one before it only.

#include "store/project.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace caselens::store {

struct StoredModel {
    QString sha256;
    QString settingsJson;
    QString trainingJson;
    QByteArray data;
};

class ModelStore {
public:
    explicit ModelStore(Project &project) : m_project(project) {}

    // Saves a new model of `engine` as the one in use, and deletes that engine's older
    // models but the previous one (each is tens of MB on a full corpus).
    Status save(const QString &engine, const StoredModel &model);
    // The model in use, if the engine was ever trained here.
    Result<std::optional<StoredModel>> latest(const QString &engine);
    bool has(const QString &engine);
    // Coding decisions (accept, reject, change, code) since the engine was last trained.
    qint64 decisionsSinceTraining(const QString &engine);

private:
    Project &m_project;
};

} // namespace caselens::store
