#pragma once
// Repairs what can be repaired without losing anything a person decided: rebuilds the
// full-text index from the passages and rebuilds every SQL index. A backup is made first.

#include "store/project.h"

namespace caselens::store {

struct RepairReport {
    QString backup;
    QStringList done;
};

Result<RepairReport> repairProject(Project &project);

} // namespace caselens::store
