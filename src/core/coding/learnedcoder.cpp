#include "coding/learnedcoder.h"

#include "coding/passagesource.h"
#include "store/codestore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <cmath>
#include <fasttext/dictionary.h>
#include <fasttext/fasttext.h>
#include <fstream>
#include <sstream>

namespace caselens::coding {

namespace {

QString tr(const char *s) { return QCoreApplication::translate("caselens::coding::LearnedCoder", s); }

const std::string kLabel = "__label__";
constexpr int kExemplarsPerCode = 40;

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

} // namespace

LearnedCoder::~LearnedCoder() = default;

QJsonObject LearnedCoder::settings() const
{
    return {{QStringLiteral("dim"), m_settings.dim},         {QStringLiteral("epoch"), m_settings.epoch},
            {QStringLiteral("lr"), m_settings.lr},           {QStringLiteral("word_ngrams"), m_settings.wordNgrams},
            {QStringLiteral("threshold"), m_settings.threshold}, {QStringLiteral("known_below"), m_settings.knownBelow},
            {QStringLiteral("loss"), QStringLiteral("ova")}};
}

Result<TrainingReport> LearnedCoder::train(store::Project &project, const QString &goldCoder, const store::DocumentFilter &filter,
                                           const LearnedSettings &settings, ProgressSink &progress)
{
    QElapsedTimer timer;
    timer.start();
    if (!store::CodeStore(project).coderId(goldCoder))
        return makeError(tr("There is no coder called \"%1\" to learn from.").arg(goldCoder), ErrorKind::NotFound);
    auto gold = codesByParagraph(project, filter, goldCoder, {QStringLiteral("accepted")});
    if (!gold)
        return gold.error();
    if (gold->isEmpty())
        return makeError(tr("%1 has no accepted codings in these documents to learn from.").arg(goldCoder), ErrorKind::InvalidInput);

    QTemporaryDir dir;
    if (!dir.isValid())
        return makeError(tr("No temporary folder for training."), ErrorKind::Io);
    const std::string input = dir.filePath(QStringLiteral("train.txt")).toStdString();
    std::ofstream file(input);
    FeatureExtractor features;
    TrainingReport report;
    QMap<QString, QJsonArray> exemplars;
    progress.start(tr("Preparing training data"), 0);
    const Status s = forEachDocumentParagraphs(project, filter, [&](qint64 doc, const QList<PassageText> &paragraphs) {
        for (const auto &p : paragraphs) {
            const QSet<QString> codes = gold->value(p.passageId);
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
                ++report.coded;
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
    args.bucket = 200000;
    args.thread = 1; // one thread: the same data and settings give the same model
    args.verbose = 0;
    auto model = std::make_unique<fasttext::FastText>();
    try {
        model->train(args);
    } catch (const std::exception &e) {
        return makeError(tr("Training failed: %1").arg(QString::fromUtf8(e.what())));
    }
    const std::string modelPath = dir.filePath(QStringLiteral("model.bin")).toStdString();
    model->saveModel(modelPath);
    QFile f(QString::fromStdString(modelPath));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(tr("The trained model could not be read back."), ErrorKind::Io);
    const QByteArray blob = f.readAll();
    report.sha256 = QString::fromLatin1(QCryptographicHash::hash(blob, QCryptographicHash::Sha256).toHex());

    QJsonObject perCode;
    for (auto it = report.examplesPerCode.cbegin(); it != report.examplesPerCode.cend(); ++it)
        perCode.insert(it.key(), it.value());
    QJsonObject ex;
    for (auto it = exemplars.cbegin(); it != exemplars.cend(); ++it)
        ex.insert(it.key(), it.value());
    const QJsonObject training{{QStringLiteral("gold_coder"), goldCoder},
                               {QStringLiteral("documents"), filter.describe()},
                               {QStringLiteral("passages"), report.passages},
                               {QStringLiteral("coded_passages"), report.coded},
                               {QStringLiteral("examples_per_code"), perCode},
                               {QStringLiteral("exemplars"), ex}};
    LearnedCoder probe;
    probe.m_settings = settings;
    auto &st = project.db().cached("models.insert",
                                   "INSERT INTO models(engine, created_at, sha256, settings, training, data) VALUES ('learned', ?1, ?2, ?3, ?4, ?5)");
    st.bind(1, store::nowIso()).bind(2, report.sha256);
    st.bind(3, QString::fromUtf8(QJsonDocument(probe.settings()).toJson(QJsonDocument::Compact)));
    st.bind(4, QString::fromUtf8(QJsonDocument(training).toJson(QJsonDocument::Compact)));
    st.bind(5, blob);
    if (Status ins = st.exec(); !ins)
        return ins.error();
    report.milliseconds = timer.elapsed();
    progress.finish();
    return report;
}

Result<std::unique_ptr<LearnedCoder>> LearnedCoder::load(store::Project &project)
{
    auto &st = project.db().cached("models.latest",
                                   "SELECT sha256, settings, training, data FROM models WHERE engine = 'learned' ORDER BY id DESC LIMIT 1");
    if (!st.next())
        return makeError(tr("The learned coder has not been trained in this project yet; run `caselens-cli train` first."),
                         ErrorKind::NotFound);
    std::unique_ptr<LearnedCoder> c(new LearnedCoder);
    c->m_sha256 = st.text(0);
    const QJsonObject settings = QJsonDocument::fromJson(st.text(1).toUtf8()).object();
    c->m_training = QJsonDocument::fromJson(st.text(2).toUtf8()).object();
    const QByteArray blob = st.blob(3);
    st.reset();
    c->m_settings.threshold = settings.value(QStringLiteral("threshold")).toDouble(0.5);
    c->m_settings.knownBelow = settings.value(QStringLiteral("known_below")).toDouble(0.5);
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
        return makeError(tr("The stored model cannot be read (%1); train again.").arg(QString::fromUtf8(e.what())), ErrorKind::Damaged);
    }
    c->m_features = std::make_unique<FeatureExtractor>();
    const QJsonObject ex = c->m_training.value(QStringLiteral("exemplars")).toObject();
    for (auto it = ex.begin(); it != ex.end(); ++it) {
        for (const auto &v : it.value().toArray()) {
            const QJsonObject o = v.toObject();
            const QString text = o.value(QStringLiteral("text")).toString();
            c->m_exemplars.push_back({it.key(), text, qint64(o.value(QStringLiteral("doc")).toDouble()),
                                      sentenceVector(*c->m_model, c->m_features->tokens(text))});
        }
    }
    c->m_backoff = std::make_unique<LexiconCoder>(store::CodeStore(project).codebook());
    return c;
}

double LearnedCoder::knownShare(const std::string &tokens) const
{
    const auto dict = m_model->getDictionary();
    int known = 0, all = 0;
    std::string word;
    size_t start = 0;
    while (start < tokens.size()) {
        size_t end = tokens.find(' ', start);
        if (end == std::string::npos)
            end = tokens.size();
        word.assign(tokens, start, end - start);
        ++all;
        known += dict->getId(word) >= 0;
        start = end + 1;
    }
    return all ? double(known) / all : 0.0;
}

QList<Suggestion> LearnedCoder::suggest(const QString &passage) const
{
    std::lock_guard lock(m_mutex);
    const std::string tokens = m_features->tokens(passage);
    std::vector<std::pair<fasttext::real, std::string>> predictions;
    {
        std::istringstream in(tokens + "\n");
        m_model->predictLine(in, predictions, -1, 0.0f);
    }
    double best = 0;
    QList<Suggestion> out;
    std::vector<float> vec;
    for (const auto &[prob, label] : predictions) {
        const QString code = QString::fromStdString(label.substr(kLabel.size()));
        if (code == QLatin1String("none"))
            continue;
        best = std::max(best, double(prob));
        if (prob < m_settings.threshold)
            continue;
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
        QString why = QStringLiteral("learned p=%1").arg(double(prob), 0, 'f', 2);
        if (nearest)
            why += QStringLiteral("; like accepted example in case %1: 「%2…」").arg(nearest->document).arg(nearest->text.left(40));
        out.append({code, double(prob), why});
    }
    if (m_backoff && best < m_settings.threshold && knownShare(tokens) < m_settings.knownBelow) {
        // The model has seen nothing like this passage: let the cue terms speak, marked so.
        for (Suggestion s : m_backoff->suggest(passage)) {
            s.score *= 0.8;
            s.rationale = QStringLiteral("lexicon back-off (model unsure); ") + s.rationale;
            if (s.score >= m_settings.threshold * 0.8)
                out.append(s);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Suggestion &a, const Suggestion &b) { return a.score > b.score; });
    return out;
}

} // namespace caselens::coding
