#pragma once
// Choosing a coding engine by name — lexicon, learned, llm, or "best" (learned when the
// project has a trained model, else lexicon) — for the command line and the window alike.

#include "coding/coder.h"
#include "store/project.h"

#include <memory>

namespace caselens::coding {

// The LLM coder takes the project's endpoint settings (storeLlmSettings); its API key
// comes from CASELENS_LLM_API_KEY, never from the project.
Result<std::unique_ptr<Coder>> makeCoder(store::Project &project, const QString &name);

} // namespace caselens::coding
