#pragma once
// LearnedCoder: a fastText classifier (one-vs-all, multi-label) trained on the
// project's accepted codings, on character and word features. The model lives in the
// project with what it was trained on. It overrules the lexicon only on codes where it
// beat the lexicon on held-out passages; elsewhere it adds to the lexicon's
// suggestions. Its rationale names the most similar accepted example.

#include "coding/coder.h"
#include "coding/features.h"
#include "coding/lexiconcoder.h"
#include "store/documentfilter.h"
#include "support/progress.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QMap>
#include <QJsonObject>
#include <memory>

namespace fasttext {
class FastText;
}

namespace caselens::coding {

struct LearnedSettings {
    int dim = 32;
    int epoch = 0; // 0: by data size, from 50 on small projects down to 10 on large ones
    double lr = 0.5;
    int wordNgrams = 2;
    double threshold = 0.5;  // ova probability to suggest
};

struct TrainingReport {
    qint64 passages = 0;
    qint64 heldOut = 0;          // passages kept aside to calibrate the scores
    double eceBefore = 0, eceAfter = 0; // expected calibration error on them, before and after
    qint64 coded = 0;
    QMap<QString, qint64> examplesPerCode;
    qint64 milliseconds = 0;
    QString sha256;
};

// Review decisions recorded since the learned coder was last trained: the app retrains
// after `retrain_after` of them (project setting, default 200).
qint64 decisionsSinceLastTraining(store::Project &project);
bool hasLearnedModel(store::Project &project);

class LearnedCoder : public Coder {
public:
    ~LearnedCoder() override;
    // Trains from `goldCoder`'s accepted codings ("*": every accepted coding, whoever
    // made or accepted it) in the filtered documents and stores
    // the model in the project.
    static Result<TrainingReport> train(store::Project &project, const QString &goldCoder, const store::DocumentFilter &filter,
                                        const LearnedSettings &settings = {}, ProgressSink &progress = nullProgress());
    // The newest model stored in the project, or an error when none was trained.
    static Result<std::unique_ptr<LearnedCoder>> load(store::Project &project);

    QString engine() const override { return QStringLiteral("learned"); }
    QString version() const override { return QStringLiteral("1"); }
    QJsonObject settings() const override;
    QString modelHash() const override { return m_sha256; }
    QList<Suggestion> suggest(const QString &passage) const override;
    // Both cores: the passages are split between two threads (fastText prediction is
    // read-only; each thread has its own feature extractor).
    QList<QList<Suggestion>> suggestMany(const QStringList &passages, QStringList *failures = nullptr,
                                         const DocumentContext &context = {}) const override;
    QJsonObject trainingInfo() const { return m_training; }

private:
    LearnedCoder() = default;
    std::unique_ptr<fasttext::FastText> m_model;
    std::unique_ptr<LexiconCoder> m_backoff;
    LearnedSettings m_settings;
    QJsonObject m_training;
    QString m_sha256;
    struct Exemplar {
        QString code;
        QString text;
        qint64 document;
        std::vector<float> vector;
    };
    std::vector<Exemplar> m_exemplars;
    QHash<QString, std::pair<int, int>> m_underCutCoded; // code → (coded, seen) under the lexicon's cut, where people mostly coded it
    QSet<QString> m_modelDecides;
    double m_familiarWords = 0.97; // share of known words from which the model decides (the training's "familiar_words") // codes where the model overrules the cue terms (the training's "policy")
    QHash<QString, std::pair<double, double>> m_platt; // code → (a, b): p' = σ(a·logit(p) + b)

};

} // namespace caselens::coding
