#pragma once
// createProject: a new project file seeded with a codebook — the default ten
// characteristics unless the caller brings its own (an import keeps the codebook it came
// with). Project::create makes the file alone.

#include "codebook/codebook.h"
#include "store/project.h"

#include <memory>
#include <optional>

namespace caselens::store {

Result<std::unique_ptr<Project>> createProject(const QString &path, const QString &name = {},
                                               const std::optional<codebook::Codebook> &seed = codebook::defaultCodebook());

} // namespace caselens::store
