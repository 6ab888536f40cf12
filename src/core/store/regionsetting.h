#pragma once
// The region scheme a project uses: a built-in id, or a user-defined scheme kept as
// JSON in the project.

#include "metadata/regionscheme.h"
#include "store/project.h"

namespace caselens::store {

Result<metadata::RegionScheme> activeRegionScheme(Project &project);
// Stores the scheme (built-in ids are stored by id) and recomputes every document's region.
Result<int> setRegionScheme(Project &project, const metadata::RegionScheme &scheme, bool builtin);

} // namespace caselens::store
