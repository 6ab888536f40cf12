#pragma once
// TeamServer: a project on a PostgreSQL server, for a team that codes at once. Publishing
// mirrors every table of the project file there (the file's schema is the one owner; the
// server's tables are made from it) and adds the team's rules (data/server/team.sql):
// roles, row-level security, change notifications. export-local copies it back into a
// project file that every command opens.

#include "store/project.h"
#include "store/server/pgconnection.h"

#include <QList>
#include <QPair>

namespace caselens::store::server {

struct TableCount {
    QString table;
    qint64 rows = 0;
};

struct ServerInfo {
    QString address, name, user;
    QString projectId; // chosen when the project was published
    int schemaVersion = 0;
    bool blind = false;
    bool reviewer = false;
    QList<TableCount> tables; // as this person may read them
    QStringList members;      // name (coder or reviewer)
};

enum class MemberRole { Coder, Reviewer };

// Copies the project into the empty database at `address` (the connecting role becomes
// its owner, the team's lead). Refuses a database that already holds a project.
Result<QList<TableCount>> publishProject(Project &project, const QString &address);
// Copies the server's project into a new project file (as the connecting person may read it).
// Without `searchIndex` the file has no full-text index (a copy only merged from, never
// searched), which saves rebuilding it.
enum class ExportIndex { Build, Skip };
Result<QList<TableCount>> exportLocal(const QString &address, const QString &path, ExportIndex searchIndex = ExportIndex::Build);
Result<ServerInfo> serverInfo(const QString &address);
// The lead adds a person: a login role `name` (password from CASELENS_MEMBER_PASSWORD,
// if set) in the coder or reviewer group, and their coder.
Status addMember(const QString &address, const QString &name, MemberRole role);
// The lead turns the blind session on or off for everyone.
Status setBlind(const QString &address, bool on);

} // namespace caselens::store::server
