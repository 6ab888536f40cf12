#pragma once
// Project: one CaseLens project file (*.caselens), a SQLite database in WAL mode with
// foreign keys, a schema version and the migrations that bring old files up to date.
// Every store class works through an open Project.

#include "store/database.h"
#include "support/result.h"

#include <QString>
#include <memory>

namespace caselens::store {

inline constexpr int kApplicationId = 0x43534C4E; // 'CSLN'

class Project {
public:
    ~Project();
    Project(const Project &) = delete;
    Project &operator=(const Project &) = delete;

    // Creates a new project file; refuses to overwrite an existing file.
    static Result<std::unique_ptr<Project>> create(const QString &path, const QString &name = {});
    // Opens an existing project. A file that is not a project, comes from a newer
    // version or is damaged gives one sentence and is left exactly as it was.
    // Older projects are backed up next to the file, then migrated.
    static Result<std::unique_ptr<Project>> open(const QString &path);

    static int currentSchemaVersion();

    Database &db() { return m_db; }
    QString path() const { return m_db.path(); }
    int schemaVersion() const { return m_schemaVersion; }

    QString info(const QString &key, const QString &fallback = {});
    Status setInfo(const QString &key, const QString &value);

    // Copies the project with SQLite's online backup (safe while others write).
    Status backupTo(const QString &target);
    // A copy next to the project before an operation the user cannot undo; returns its path.
    Result<QString> backupBefore(const QString &operation);

private:
    Project() = default;
    Status migrate(int fromVersion);

    Database m_db;
    int m_schemaVersion = 0;
};

// Now as the project stores times: UTC, ISO 8601 with milliseconds.
QString nowIso();

} // namespace caselens::store
