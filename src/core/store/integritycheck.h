#pragma once
// IntegrityCheck: what `caselens-cli check` verifies — SQLite's own integrity check,
// foreign keys, every document with passages and every span inside its document,
// codings pointing at codable codes, and an audit log that only grows.

#include "store/project.h"

#include <QStringList>

namespace caselens::store {

struct CheckReport {
    QStringList problems; // one sentence each
    bool ok() const { return problems.isEmpty(); }
};

CheckReport checkProject(Project &project);

} // namespace caselens::store
