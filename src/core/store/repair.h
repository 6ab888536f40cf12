#pragma once
// Repairs what can be repaired without losing anything a person decided. A backup is
// made first. A sound file gets its SQL indexes and full-text index rebuilt in place; a
// file SQLite finds damaged is only read: every row that can be read goes into a new
// project beside it (see Salvage), and the user decides what to keep.

#include "store/project.h"

#include <QStringList>

namespace caselens::store {

struct RepairReport {
    QString backup;
    QStringList done;
    QString recovered;  // the new project when the file was damaged; empty otherwise
    QStringList lost;   // what salvage could not read
};

Result<RepairReport> repairProject(Project &project);

} // namespace caselens::store
