#pragma once
// CodingRun: applies a coder to the paragraphs of the chosen documents and stores its
// suggestions (origin ai, status suggested) under the engine's coder name, one
// transaction per document, so cancelling keeps every finished document. It never
// touches a human decision and never suggests what the engine already suggested.

#include "coding/coder.h"
#include "store/documentfilter.h"
#include "support/progress.h"

namespace caselens::coding {

struct CodingRunReport {
    int documents = 0;
    int passages = 0;
    int suggestions = 0;
    int skippedExisting = 0;
    int failedPassages = 0;   // passages the engine could not answer for (see lastFailure)
    QString lastFailure;
    bool cancelled = false;
    qint64 milliseconds = 0;
};

Result<CodingRunReport> runCoder(store::Project &project, const Coder &coder, const store::DocumentFilter &filter,
                                 double minScore, ProgressSink &progress = nullProgress());

} // namespace caselens::coding
