#pragma once
// Choosing a coder from the command line: lexicon, learned, llm, or the best the
// project has (learned when trained, else lexicon).

#include "coding/coder.h"
#include "store/project.h"

#include <memory>

namespace caselens::cli {

Result<std::unique_ptr<coding::Coder>> makeCoder(store::Project &project, const QString &name);

} // namespace caselens::cli
