#include "coding/learnedcoder.h"

#include "coding/passagesource.h"
#include "store/codestore.h"
#include "store/modelstore.h"
#include "support/scratchdir.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QJsonDocument>
#include <cmath>
#include <fasttext/dictionary.h>
#include <fasttext/fasttext.h>
#include <fstream>
#include <sstream>
#include <thread>
#include <QThread>

namespace caselens::coding {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::coding::LearnedCoder)
};

const std::string kLabel = "__label__";
constexpr int kExemplarsPerCode = 40;
// Held-out examples of a code before the model may overrule the cue terms on it.
constexpr int kPositivesToEarn = 5;
// Passages with a code's cues under the lexicon's cut, seen in review, before their rate counts.
constexpr int kUnderCutSeen = 4;
// Share of a passage's words the model must know for it to overrule the cue terms.
// The share is learned: what nine in ten held-out paragraphs of the training corpus reach
// (new documents of the same kind), kept within these bounds; 0.97 with too few of them.
constexpr double kFamiliarWords = 0.97, kFamiliarWordsLowest = 0.9;
constexpr int kFamiliarMinWords = 12;

// How much of a passage the model has met: its words (ICU words, "w:…" tokens) and the
// share of them in the model's dictionary.
std::pair<int, double> familiarityOf(const fasttext::FastText &model, const std::string &tokens)
{
    int words = 0, known = 0;
    std::istringstream in(tokens);
    std::string w;
    const auto dictionary = model.getDictionary();
    while (in >> w)
        if (w.rfind("w:", 0) == 0) {
            ++words;
            known += dictionary->getId(w) >= 0 ? 1 : 0;
        }
    return {words, words ? double(known) / words : 1.0};
}

// The model's score as a probability, by the held-out fit of a code: σ(a·logit(p) + b).
double plattProbability(double a, double b, double raw)
{
    const double p = std::clamp(raw, 1e-6, 1 - 1e-6);
    return 1 / (1 + std::exp(-(a * std::log(p / (1 - p)) + b)));
}

double calibrated(const QJsonObject &platt, const QString &code, double raw)
{
    const QJsonArray ab = platt.value(code).toArray();
    return ab.size() == 2 ? plattProbability(ab.at(0).toDouble(1), ab.at(1).toDouble(0), raw) : raw;
}

std::vector<float> sentenceVector(fasttext::FastText &model, const std::string &tokens)
{
    fasttext::Vector v(model.getDimension());
    std::istringstream in(tokens);
    model.getSentenceVector(in, v);
    std::vector<float> out(size_t(v.size()));
    float norm = 0;
    for (int64_t i = 0; i < v.size(); ++i) {
        out[size_t(i)] = v[i];
        norm += v[i] * v[i];
    }
    norm = std::sqrt(norm);
    if (norm > 0)
        for (float &x : out)
            x /= norm;
    return out;
}

// ICU break iterators are not shared between threads: one extractor per thread.
FeatureExtractor &threadFeatures()
{
    thread_local FeatureExtractor features;
    return features;
}

} // namespace

LearnedCoder::~LearnedCoder() = default;

QList<QList<Suggestion>> LearnedCoder::suggestMany(const QStringList &passages, QStringList *, const DocumentContext &) const
{
    QList<QList<Suggestion>> out(passages.size());
    const int threads = std::max(1, std::min(QThread::idealThreadCount(), 2));
    if (threads == 1 || passages.size() < 8) {
        for (int i = 0; i < passages.size(); ++i)
            out[i] = suggest(passages.at(i));
        return out;
    }
    const int half = int(passages.size()) / 2;
    std::thread second([&] {
        for (int i = half; i < passages.size(); ++i)
            out[i] = suggest(passages.at(i));
    });
    for (int i = 0; i < half; ++i)
        out[i] = suggest(passages.at(i));
    second.join();
    return out;
}

qint64 decisionsSinceLastTraining(store::Project &project)
{
    return store::ModelStore(project).decisionsSinceTraining(QStringLiteral("learned"));
}

bool hasLearnedModel(store::Project &project)
{
    return store::ModelStore(project).has(QStringLiteral("learned"));
}

QJsonObject LearnedCoder::settings() const
{
    return {{QStringLiteral("dim"), m_settings.dim},         {QStringLiteral("epoch"), m_settings.epoch},
            {QStringLiteral("lr"), m_settings.lr},           {QStringLiteral("word_ngrams"), m_settings.wordNgrams},
            {QStringLiteral("threshold"), m_settings.threshold},
            {QStringLiteral("loss"), QStringLiteral("ova")}};
}

Result<TrainingReport> LearnedCoder::train(store::Project &project, const QString &goldCoder, const store::DocumentFilter &filter,
                                           const LearnedSettings &settings, ProgressSink &progress)
{
    QElapsedTimer timer;
    timer.start();
    if (goldCoder != QLatin1String("*") && !store::CodeStore(project).coderId(goldCoder))
        return makeError(Tr::tr("There is no coder called \"%1\" to learn from.").arg(goldCoder), ErrorKind::NotFound);
    auto gold = codesByParagraph(project, filter, goldCoder, {QStringLiteral("accepted")});
    if (!gold)
        return gold.error();
    if (gold->isEmpty())
        return makeError(Tr::tr("%1 has no accepted codings in these documents to learn from.").arg(goldCoder), ErrorKind::InvalidInput);

    // A private folder, not the shared temporary one: the training file is case text.
    ScratchDir dir;
    if (!dir.isValid())
        return makeError(Tr::tr("No private folder for training files under %1.").arg(ScratchDir::root()), ErrorKind::Io);
    const std::string input = dir.filePath(QStringLiteral("train.txt")).toStdString();
    std::ofstream file(input);
    // Every seventh document is held out to calibrate the scores (Platt scaling per code),
    // so that a threshold of 0.7 means about 70 % of such suggestions are right.
    struct HeldOut {
        std::string tokens;
        QSet<QString> codes;
        QString text;
    };
    std::vector<HeldOut> heldOut;
    FeatureExtractor features;
    TrainingReport report;
    QMap<QString, QJsonArray> exemplars;
    progress.start(Tr::tr("Preparing training data"), 0);
    // Learning from everyone ("*", the window's Train): a paragraph whose suggestions still
    // wait for a decision says nothing yet, so it is no example of "none". A document with
    // nothing waiting counts whole: someone coded it or decided all of it. A named coder
    // coded the documents given, so every paragraph there is an example.
    QSet<qint64> decided, waiting;
    if (goldCoder == QLatin1String("*")) {
        auto seen = codesByParagraph(project, filter, goldCoder, {QStringLiteral("accepted"), QStringLiteral("rejected"), QStringLiteral("changed")});
        auto open = codesByParagraph(project, filter, goldCoder, {QStringLiteral("suggested")});
        if (!seen)
            return seen.error();
        if (!open)
            return open.error();
        for (auto it = seen->cbegin(); it != seen->cend(); ++it)
            decided.insert(it.key());
        for (auto it = open->cbegin(); it != open->cend(); ++it)
            waiting.insert(it.key());
    }
    const LexiconCoder lexicon(store::CodeStore(project).codebook());
    // Per code: known paragraphs where the cue terms were under the lexicon's cut, and
    // how many of them people coded with it anyway.
    QHash<QString, std::pair<int, int>> underCut; // code → (coded, seen)
    const Status s = forEachDocumentParagraphs(project, filter, [&](qint64 doc, const QList<PassageText> &paragraphs) {
        bool inReview = false;
        for (const auto &p : paragraphs)
            inReview = inReview || waiting.contains(p.passageId);
        for (const auto &p : paragraphs) {
            if (inReview && !decided.contains(p.passageId))
                continue;
            const QSet<QString> codes = gold->value(p.passageId);
            const QList<Suggestion> candidates = lexicon.scoreAll(p.text);
            QSet<QString> suggested;
            for (const auto &c : lexicon.selectSuggested(candidates))
                suggested.insert(c.code);
            for (const auto &c : candidates)
                if (!suggested.contains(c.code)) {
                    auto &[coded, seen] = underCut[c.code];
                    coded += codes.contains(c.code) ? 1 : 0;
                    ++seen;
                }
            std::string line;
            if (codes.isEmpty()) {
                line = kLabel + "none ";
            } else {
                QStringList sorted = codes.values();
                sorted.sort();
                for (const QString &c : sorted) {
                    line += kLabel + c.toStdString() + ' ';
                    report.examplesPerCode[c] += 1;
                    if (exemplars[c].size() < kExemplarsPerCode)
                        exemplars[c].append(QJsonObject{{QStringLiteral("doc"), doc}, {QStringLiteral("text"), p.text.left(300)}});
                }
                if (doc % 7 != 3)
                    ++report.coded;
            }
            if (doc % 7 == 3) {
                heldOut.push_back({features.tokens(p.text), codes, p.text});
                ++report.heldOut;
                continue;
            }
            file << line << features.tokens(p.text) << '\n';
            ++report.passages;
        }
        return progress.step(report.passages);
    });
    file.close();
    if (!s)
        return s.error();

    fasttext::Args args;
    args.input = input;
    args.model = fasttext::model_name::sup;
    args.loss = fasttext::loss_name::ova;
    args.dim = settings.dim;
    // Small projects need more passes to learn anything; large ones need few.
    args.epoch = settings.epoch > 0 ? settings.epoch : int(std::clamp<qint64>(250000 / std::max<qint64>(1, report.passages), 10, 50));
    args.lr = settings.lr;
    args.wordNgrams = settings.wordNgrams;
    args.minCount = 1;
    args.minn = 0;
    args.maxn = 0;
    // Word-pair buckets follow the data: 200,000 (25 MB at dim 32) for a large project,
    // a tenth of that for a few hundred reviewed paragraphs.
    args.bucket = int(std::clamp<qint64>(report.passages * 10, 20000, 200000));
    args.thread = 1; // one thread: the same data and settings give the same model
    args.verbose = 0;
    auto model = std::make_unique<fasttext::FastText>();
    try {
        model->train(args);
    } catch (const std::exception &e) {
        return makeError(Tr::tr("Training failed: %1").arg(QString::fromUtf8(e.what())));
    }
    // Platt scaling per code on the held-out passages: fit a, b of σ(a·logit(p) + b) by
    // Newton's method on the log loss; codes with too few held-out examples keep (1, 0).
    QJsonObject platt;
    double eceBefore = 0, eceAfter = 0;
    {
        QMap<QString, std::vector<std::pair<double, int>>> samples; // code → (logit, label)
        for (const HeldOut &h : heldOut) {
            std::vector<std::pair<fasttext::real, std::string>> predictions;
            std::istringstream in(h.tokens + "\n");
            model->predictLine(in, predictions, -1, 0.0f);
            for (const auto &[prob, label] : predictions) {
                const QString code = QString::fromStdString(label.substr(kLabel.size()));
                if (code == QLatin1String("none"))
                    continue;
                const double p = std::clamp(double(prob), 1e-6, 1 - 1e-6);
                samples[code].push_back({std::log(p / (1 - p)), h.codes.contains(code) ? 1 : 0});
            }
        }
        auto ece = [](const std::vector<std::pair<double, int>> &pts) {
            // Ten equal-width bins of the predicted probability.
            double bins[10][3] = {};
            for (const auto &[p, y] : pts) {
                const int b = std::min(9, int(p * 10));
                bins[b][0] += p;
                bins[b][1] += y;
                bins[b][2] += 1;
            }
            double e = 0, n = double(pts.size());
            for (auto &bin : bins)
                if (bin[2] > 0)
                    e += std::abs(bin[0] / bin[2] - bin[1] / bin[2]) * bin[2] / n;
            return e;
        };
        std::vector<std::pair<double, int>> allBefore, allAfter;
        for (auto it = samples.cbegin(); it != samples.cend(); ++it) {
            const auto &pts = it.value();
            int positives = 0;
            for (const auto &pt : pts)
                positives += pt.second;
            double a = 1, b = 0;
            if (positives >= 5 && int(pts.size()) - positives >= 5) {
                for (int iter = 0; iter < 50; ++iter) {
                    double ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
                    for (const auto &[x, y] : pts) {
                        const double q = 1 / (1 + std::exp(-(a * x + b)));
                        ga += (q - y) * x;
                        gb += q - y;
                        const double w = q * (1 - q) + 1e-9;
                        haa += w * x * x;
                        hab += w * x;
                        hbb += w;
                    }
                    haa += 1e-6; // a touch of ridge keeps the step finite on separable data
                    hbb += 1e-6;
                    const double det = haa * hbb - hab * hab;
                    if (std::abs(det) < 1e-12)
                        break;
                    const double da = (hbb * ga - hab * gb) / det, db = (haa * gb - hab * ga) / det;
                    a -= da;
                    b -= db;
                    if (std::abs(da) + std::abs(db) < 1e-8)
                        break;
                }
                a = std::clamp(a, 0.05, 20.0);
                b = std::clamp(b, -20.0, 20.0);
            }
            platt.insert(it.key(), QJsonArray{a, b});
            for (const auto &[x, y] : pts) {
                allBefore.push_back({1 / (1 + std::exp(-x)), y});
                allAfter.push_back({1 / (1 + std::exp(-(a * x + b))), y});
            }
        }
        eceBefore = ece(allBefore);
        eceAfter = ece(allAfter);
    }
    report.eceBefore = eceBefore;
    report.eceAfter = eceAfter;

    // Which codes the model has earned: on the held-out passages, the model alone against
    // the cue terms with the model's additions. A code the model does not beat there (or
    // with too few held-out examples to tell) keeps the cue terms' suggestions — a model
    // trained on a few hundred decisions adds to the lexicon, it does not overrule it.
    QJsonObject policy;
    {
        QHash<QString, std::array<qint64, 6>> counts{}; // tp, fp, fn of the model; tp, fp, fn of cues + model
        for (const HeldOut &h : heldOut) {
            std::vector<std::pair<fasttext::real, std::string>> predictions;
            std::istringstream in(h.tokens + "\n");
            model->predictLine(in, predictions, -1, 0.0f);
            QHash<QString, double> prob;
            for (const auto &[raw, label] : predictions)
                prob.insert(QString::fromStdString(label.substr(kLabel.size())), calibrated(platt, QString::fromStdString(label.substr(kLabel.size())), raw));
            const QList<Suggestion> candidates = lexicon.scoreAll(h.text);
            QSet<QString> byModel, byCues;
            for (auto it = prob.cbegin(); it != prob.cend(); ++it)
                if (it.key() != QLatin1String("none") && it.value() >= settings.threshold)
                    byModel.insert(it.key());
            for (const auto &c : lexicon.selectSuggested(candidates))
                byCues.insert(c.code);
            for (const auto &c : candidates)
                if (prob.value(c.code) >= settings.threshold)
                    byCues.insert(c.code);
            for (const QString &code : report.examplesPerCode.keys()) {
                auto &k = counts[code];
                const bool truth = h.codes.contains(code);
                if (byModel.contains(code))
                    ++k[truth ? 0 : 1];
                else if (truth)
                    ++k[2];
                if (byCues.contains(code))
                    ++k[truth ? 3 : 4];
                else if (truth)
                    ++k[5];
            }
        }
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            const auto &k = it.value();
            const auto f1 = [](qint64 tp, qint64 fp, qint64 fn) { return tp == 0 ? 0.0 : 2.0 * tp / double(2 * tp + fp + fn); };
            const qint64 positives = k[0] + k[2];
            const bool earned = positives >= kPositivesToEarn && f1(k[0], k[1], k[2]) > f1(k[3], k[4], k[5]);
            policy.insert(it.key(), earned ? QStringLiteral("model") : QStringLiteral("cues"));
        }
    }

    const std::string modelPath = dir.filePath(QStringLiteral("model.bin")).toStdString();
    model->saveModel(modelPath);
    QFile f(QString::fromStdString(modelPath));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(Tr::tr("The trained model could not be read back."), ErrorKind::Io);
    const QByteArray blob = f.readAll();
    report.sha256 = QString::fromLatin1(QCryptographicHash::hash(blob, QCryptographicHash::Sha256).toHex());

    QJsonObject perCode;
    for (auto it = report.examplesPerCode.cbegin(); it != report.examplesPerCode.cend(); ++it)
        perCode.insert(it.key(), it.value());
    QJsonObject ex;
    for (auto it = exemplars.cbegin(); it != exemplars.cend(); ++it)
        ex.insert(it.key(), it.value());
    // The familiarity new documents of this corpus reach (see familiarityOf).
    double familiarWords = kFamiliarWords;
    {
        std::vector<double> shares;
        for (const HeldOut &h : heldOut)
            if (const auto [words, share] = familiarityOf(*model, h.tokens); words >= kFamiliarMinWords)
                shares.push_back(share);
        if (shares.size() >= 20) {
            std::sort(shares.begin(), shares.end());
            familiarWords = std::clamp(shares.at(shares.size() / 10), kFamiliarWordsLowest, 1.0);
        }
    }
    QJsonObject underCutJson;
    for (auto it = underCut.cbegin(); it != underCut.cend(); ++it)
        underCutJson.insert(it.key(), QJsonArray{it->first, it->second});
    const QJsonObject training{{QStringLiteral("gold_coder"), goldCoder},
                               {QStringLiteral("documents"), filter.describe()},
                               {QStringLiteral("passages"), report.passages},
                               {QStringLiteral("coded_passages"), report.coded},
                               {QStringLiteral("examples_per_code"), perCode},
                               {QStringLiteral("held_out_passages"), report.heldOut},
                               {QStringLiteral("platt"), platt},
                               {QStringLiteral("policy"), policy},
                               {QStringLiteral("under_cut"), underCutJson},
                               {QStringLiteral("familiar_words"), familiarWords},
                               {QStringLiteral("ece_before"), eceBefore},
                               {QStringLiteral("ece_after"), eceAfter},
                               {QStringLiteral("exemplars"), ex}};
    LearnedCoder probe;
    probe.m_settings = settings;
    const store::StoredModel stored{report.sha256, QString::fromUtf8(QJsonDocument(probe.settings()).toJson(QJsonDocument::Compact)),
                                    QString::fromUtf8(QJsonDocument(training).toJson(QJsonDocument::Compact)), blob};
    if (Status saved = store::ModelStore(project).save(QStringLiteral("learned"), stored); !saved)
        return saved.error();
    report.milliseconds = timer.elapsed();
    progress.finish();
    return report;
}

Result<std::unique_ptr<LearnedCoder>> LearnedCoder::load(store::Project &project)
{
    auto latest = store::ModelStore(project).latest(QStringLiteral("learned"));
    if (!latest)
        return latest.error();
    if (!*latest)
        return makeError(Tr::tr("The learned coder has not been trained in this project yet; run `caselens-cli train` first."),
                         ErrorKind::NotFound);
    const store::StoredModel &stored = **latest;
    std::unique_ptr<LearnedCoder> c(new LearnedCoder);
    c->m_sha256 = stored.sha256;
    const QJsonObject settings = QJsonDocument::fromJson(stored.settingsJson.toUtf8()).object();
    c->m_training = QJsonDocument::fromJson(stored.trainingJson.toUtf8()).object();
    const QByteArray &blob = stored.data;
    c->m_settings.threshold = settings.value(QStringLiteral("threshold")).toDouble(0.5);
    c->m_settings.dim = settings.value(QStringLiteral("dim")).toInt(64);
    c->m_settings.epoch = settings.value(QStringLiteral("epoch")).toInt(25);
    c->m_settings.wordNgrams = settings.value(QStringLiteral("word_ngrams")).toInt(2);
    c->m_model = std::make_unique<fasttext::FastText>();
    try {
        // A fastText file starts with a magic number and a version; loadModel(istream)
        // expects the stream after them.
        if (blob.size() < 8)
            throw std::invalid_argument("truncated model");
        std::istringstream in(std::string(blob.constData() + 8, size_t(blob.size() - 8)));
        c->m_model->loadModel(in);
    } catch (const std::exception &e) {
        return makeError(Tr::tr("The stored model cannot be read (%1); train again.").arg(QString::fromUtf8(e.what())), ErrorKind::Damaged);
    }
    const QJsonObject ex = c->m_training.value(QStringLiteral("exemplars")).toObject();
    for (auto it = ex.begin(); it != ex.end(); ++it) {
        for (const auto &v : it.value().toArray()) {
            const QJsonObject o = v.toObject();
            const QString text = o.value(QStringLiteral("text")).toString();
            c->m_exemplars.push_back({it.key(), text, qint64(o.value(QStringLiteral("doc")).toDouble()),
                                      sentenceVector(*c->m_model, threadFeatures().tokens(text))});
        }
    }
    const QJsonObject platt = c->m_training.value(QStringLiteral("platt")).toObject();
    c->m_familiarWords = c->m_training.value(QStringLiteral("familiar_words")).toDouble(kFamiliarWords);
    const QJsonObject underCut = c->m_training.value(QStringLiteral("under_cut")).toObject();
    for (auto it = underCut.begin(); it != underCut.end(); ++it) {
        const int coded = it.value().toArray().at(0).toInt(), seen = it.value().toArray().at(1).toInt();
        // Enough such passages, and people coded at least half of them (a uniform prior).
        if (seen >= kUnderCutSeen && 2 * (coded + 1) >= seen + 2)
            c->m_underCutCoded.insert(it.key(), {coded, seen});
    }
    const QJsonObject policy = c->m_training.value(QStringLiteral("policy")).toObject();
    for (auto it = policy.begin(); it != policy.end(); ++it)
        if (it.value().toString() == QLatin1String("model"))
            c->m_modelDecides.insert(it.key());
    for (auto it = platt.begin(); it != platt.end(); ++it)
        c->m_platt.insert(it.key(), {it.value().toArray().at(0).toDouble(1), it.value().toArray().at(1).toDouble(0)});
    c->m_backoff = std::make_unique<LexiconCoder>(store::CodeStore(project).codebook());
    return c;
}

QList<Suggestion> LearnedCoder::suggest(const QString &passage) const
{
    const std::string tokens = threadFeatures().tokens(passage);
    std::vector<std::pair<fasttext::real, std::string>> predictions;
    {
        std::istringstream in(tokens + "\n");
        m_model->predictLine(in, predictions, -1, 0.0f);
    }
    // How familiar the passage is: the share of its words the model met in training. Held-
    // out demo paragraphs reach 0.9x against a demo-trained model; real reports run
    // 0.57–0.92 (10th to 90th percentile), where that model is still sure of itself. A
    // heading of five words known proves little: a familiar passage is a long one.
    const auto [words, familiarity] = familiarityOf(*m_model, tokens);
    const bool familiar = words >= kFamiliarMinWords && familiarity >= m_familiarWords;
    QHash<QString, double> prob;
    for (const auto &[raw, label] : predictions) {
        const QString code = QString::fromStdString(label.substr(kLabel.size()));
        if (code == QLatin1String("none"))
            continue;
        // Calibrated: the held-out fit turns the model's score into a probability.
        const auto it = m_platt.constFind(code);
        prob.insert(code, it != m_platt.cend() ? plattProbability(it->first, it->second, raw) : double(raw));
    }
    std::vector<float> vec;
    const auto modelSuggestion = [&](const QString &code, double p) {
        if (vec.empty())
            vec = sentenceVector(*m_model, tokens);
        // The most similar accepted example of this code, as the reviewer's reason.
        const Exemplar *nearest = nullptr;
        float bestSim = -2;
        for (const auto &e : m_exemplars) {
            if (e.code != code)
                continue;
            float sim = 0;
            for (size_t i = 0; i < vec.size() && i < e.vector.size(); ++i)
                sim += vec[i] * e.vector[i];
            if (sim > bestSim) {
                bestSim = sim;
                nearest = &e;
            }
        }
        QString why = QStringLiteral("learned p=%1").arg(p, 0, 'f', 2);
        if (nearest)
            why += QStringLiteral("; like accepted example in case %1: 「%2…」").arg(nearest->document).arg(nearest->text.left(40));
        return Suggestion{code, p, why};
    };

    QList<Suggestion> out;
    const QList<Suggestion> candidates = m_backoff->scoreAll(passage);
    const QList<Suggestion> cueSuggestions = m_backoff->selectSuggested(candidates);
    // On familiar text, codes the model has earned (it beat the cue terms on held-out
    // passages) are the model's to decide, and its "no code" stands: backing off to the
    // cues where it was unsure of everything put the lexicon's false hits back on the
    // demo (micro-F1 1.00 → 0.39). On unfamiliar text every code goes the cues' way below.
    const auto modelDecides = [&](const QString &code) { return familiar && m_modelDecides.contains(code); };
    for (auto it = prob.cbegin(); it != prob.cend(); ++it)
        if (modelDecides(it.key()) && it.value() >= m_settings.threshold)
            out.append(modelSuggestion(it.key(), it.value()));
    // Every other code: the cue terms' suggestions stand, and the model adds a code the
    // cues hint at without carrying it (a candidate under the lexicon's cut) when sure.
    for (const Suggestion &s : cueSuggestions)
        if (!modelDecides(s.code)) {
            Suggestion kept = s;
            if (prob.contains(s.code))
                kept.rationale += QStringLiteral("; learned p=%1").arg(prob.value(s.code), 0, 'f', 2);
            if (!familiar && m_modelDecides.contains(s.code))
                kept.rationale = QStringLiteral("text unlike the training (%1 % of its words known): cue terms lead; ").arg(qRound(familiarity * 100)) + kept.rationale;
            out.append(kept);
        }
    // Cues under the lexicon's cut that people in this project coded at least half the
    // time are suggested too (the review's lesson on how a team reads weak evidence).
    for (const Suggestion &c : candidates) {
        if (modelDecides(c.code))
            continue;
        bool already = false;
        for (const auto &o : out)
            already = already || o.code == c.code;
        if (already)
            continue;
        if (prob.value(c.code) >= m_settings.threshold) {
            Suggestion added = modelSuggestion(c.code, prob.value(c.code));
            added.rationale += QStringLiteral("; ") + c.rationale;
            out.append(added);
        } else if (auto it = m_underCutCoded.constFind(c.code); it != m_underCutCoded.cend()) {
            out.append({c.code, c.score * 0.8,
                        QStringLiteral("weak cues, coded in %1 of %2 such reviewed passages; ").arg(it->first).arg(it->second) + c.rationale});
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Suggestion &a, const Suggestion &b) { return a.score > b.score; });
    return out;
}

} // namespace caselens::coding
