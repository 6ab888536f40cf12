#pragma once
// ReviewSimulation: how many review decisions the default coder needs before it codes
// like a colleague. Leave one document out at a time: the other documents go into a
// fresh project, the default coder suggests, a reviewer who knows the labels accepts
// or rejects the queue in the window's order, the learned coder is retrained as the
// window retrains it, and the document left out is scored — so nothing is scored on
// what it learned from.

#include "coding/goldfile.h"
#include "support/progress.h"

namespace caselens::coding {

struct LearningCurvePoint {
    int decisions = 0;        // asked for
    double meanDecided = 0;   // made, on average over folds (fewer when a queue ran out)
    int foldsTrained = 0;     // folds where the learned coder could be trained
    EvaluationReport report;  // pooled over every held-out document
};

struct LearningCurve {
    int documents = 0;
    int passages = 0;
    QList<LearningCurvePoint> points;
};

// `gold` needs the "doc" field on every passage. Projects are made in `scratchFolder`,
// one per document left out.
Result<LearningCurve> simulateReviewLearning(const QList<GoldPassage> &gold, const QList<int> &decisionSteps,
                                             const QString &scratchFolder, ProgressSink &progress = nullProgress());

} // namespace caselens::coding
