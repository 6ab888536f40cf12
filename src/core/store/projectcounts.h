#pragma once
// ProjectCounts: how much a project holds, as `info` and the window's title bar tell it.

#include "store/project.h"

namespace caselens::store {

struct ProjectCounts {
    qint64 documents = 0, passages = 0, codes = 0, codings = 0, accepted = 0, suggested = 0, coders = 0;
};

// One read for all counts; codes are the codable ones.
Result<ProjectCounts> countProject(Project &project);

} // namespace caselens::store
