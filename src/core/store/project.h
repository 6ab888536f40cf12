#pragma once
// Project: one CaseLens project file (*.caselens), a SQLite database in WAL mode with
// foreign keys, a schema version and the migrations that bring old files up to date.
// Every store class works through an open Project.

#include "store/database.h"
#include "support/outputfile.h"
#include "support/result.h"

#include <QString>
#include <memory>

namespace caselens::store {

inline constexpr int kApplicationId = kProjectApplicationId;

// Work: everything; a damaged file is refused before anything reads or writes it.
// Inspect: for check, repair and backup, which must reach a damaged file.
enum class OpenMode { Work, Inspect };

class Project {
public:
    ~Project();
    Project(const Project &) = delete;
    Project &operator=(const Project &) = delete;

    // Creates a new project file with its name and settings and no codebook (createProject
    // in newproject.h seeds one); refuses to overwrite an existing file.
    static Result<std::unique_ptr<Project>> create(const QString &path, const QString &name = {});
    // Opens an existing project. A file that is not a project, comes from a newer
    // version or is damaged gives one sentence and is left exactly as it was.
    // Older projects are backed up next to the file, then migrated.
    // In Work mode SQLite's quick check runs once per file per process (about 0.1 s for
    // 1,000 cases), so damage is found before a write can spread it.
    static Result<std::unique_ptr<Project>> open(const QString &path, OpenMode mode = OpenMode::Work);
    // A new file with the current schema and nothing in it (no codebook, no settings):
    // what salvage copies rows into.
    static Result<std::unique_ptr<Project>> createEmpty(const QString &path);

    static int currentSchemaVersion();

    Database &db() { return m_db; }
    // A transaction on the project (a savepoint when nested): commit() or it rolls back.
    Transaction transaction(bool immediate = true) { return Transaction(*this, immediate); }
    QString path() const { return m_db.path(); }
    int schemaVersion() const { return m_schemaVersion; }

    QString info(const QString &key, const QString &fallback = {});
    Status setInfo(const QString &key, const QString &value);

    // Copies the project with SQLite's online backup (safe while others write) to a
    // temporary file renamed over the target; the caller has checked the target
    // (checkOutputTarget). Never over the project itself.
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
// The SQLite library's version (for the About box).
QString sqliteVersion();

} // namespace caselens::store
