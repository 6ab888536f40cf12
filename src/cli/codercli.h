#pragma once
// Choosing a coder from the command line: lexicon, learned, llm, or the best the
// project has (learned when trained, else lexicon).

#include "coding/coder.h"
#include "coding/llmcoder.h"
#include "store/project.h"

#include <memory>

namespace caselens::cli {

// LLM settings: the project's (llm_base_url, llm_model), then `overrides` where set;
// the API key comes from CASELENS_LLM_API_KEY, never from the project.
Result<std::unique_ptr<coding::Coder>> makeCoder(store::Project &project, const QString &name,
                                                 const coding::LlmSettings *overrides = nullptr);

} // namespace caselens::cli
