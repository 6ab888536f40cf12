#include "coding/reviewsimulation.h"

#include "coding/coderfactory.h"
#include "coding/codingrun.h"
#include "coding/learnedcoder.h"
#include "review/reviewservice.h"
#include "store/codestore.h"
#include "store/documentstore.h"
#include "store/newproject.h"
#include "store/reviewqueue.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace caselens::coding {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::coding::ReviewSimulation)
};

// One labelled document as a project document: its paragraphs, one passage each.
store::NewDocument documentOf(const QString &name, const QList<const GoldPassage *> &paragraphs)
{
    store::NewDocument doc;
    doc.meta.title = name;
    doc.sourceName = name;
    doc.sourceFormat = QStringLiteral("txt");
    qsizetype at = 0;
    for (const GoldPassage *p : paragraphs) {
        if (!doc.segmentation.text.isEmpty()) {
            doc.segmentation.text += QLatin1Char('\n');
            ++at;
        }
        const qsizetype length = p->text.toUcs4().size();
        doc.segmentation.passages.append({text::PassageKind::Paragraph, at, at + length, -1});
        doc.segmentation.text += p->text;
        at += length;
    }
    doc.originalText = doc.segmentation.text;
    return doc;
}

} // namespace

Result<LearningCurve> simulateReviewLearning(const QList<GoldPassage> &gold, const QList<int> &decisionSteps,
                                             const QString &scratchFolder, ProgressSink &progress)
{
    QHash<QString, QList<qsizetype>> byDocument; // passages of each document; documentOrder keeps the file's order
    QStringList documentOrder;
    for (qsizetype i = 0; i < gold.size(); ++i) {
        if (gold.at(i).document.isEmpty())
            return makeError(Tr::tr("Passage \"%1\" has no \"doc\" field: a learning curve leaves whole documents out, so every "
                                "line must name its document.").arg(gold.at(i).id),
                             ErrorKind::InvalidInput);
        if (!byDocument.contains(gold.at(i).document))
            documentOrder.append(gold.at(i).document);
        byDocument[gold.at(i).document].append(i);
    }
    if (documentOrder.size() < 2)
        return makeError(Tr::tr("A learning curve needs labelled passages from at least two documents."), ErrorKind::InvalidInput);
    QList<int> steps = decisionSteps;
    std::sort(steps.begin(), steps.end());
    steps.erase(std::unique(steps.begin(), steps.end()), steps.end());

    QList<QHash<qint64, QSet<QString>>> predicted(steps.size());
    QHash<qint64, QSet<QString>> expected;
    QList<qint64> passages;
    for (qsizetype i = 0; i < gold.size(); ++i) {
        passages.append(i);
        expected[i] = QSet<QString>(gold.at(i).codes.begin(), gold.at(i).codes.end());
    }
    LearningCurve curve;
    curve.documents = int(documentOrder.size());
    curve.passages = int(gold.size());
    curve.points.resize(steps.size());
    QStringList codeOrder;

    progress.start(Tr::tr("Leaving one document out at a time"), documentOrder.size());
    for (int fold = 0; fold < documentOrder.size(); ++fold) {
        const QString path = QDir(scratchFolder).filePath(QStringLiteral("fold-%1.caselens").arg(fold + 1));
        QFile::remove(path);
        auto project = store::createProject(path, QStringLiteral("learning curve, fold %1").arg(fold + 1));
        if (!project)
            return project.error();
        if (codeOrder.isEmpty())
            for (const auto &c : store::CodeStore(**project).codebook().codableCodes())
                codeOrder.append(c.key);

        // The labels of every stored passage, for the simulated reviewer.
        QHash<qint64, QSet<QString>> labelsOfPassage;
        for (const QString &name : documentOrder) {
            if (name == documentOrder.at(fold))
                continue;
            QList<const GoldPassage *> paragraphs;
            for (qsizetype i : byDocument.value(name))
                paragraphs.append(&gold.at(i));
            QList<qint64> ids;
            auto inserted = store::DocumentStore(**project).insert(documentOf(name, paragraphs), &ids);
            if (!inserted)
                return inserted.error();
            for (int k = 0; k < ids.size() && k < paragraphs.size(); ++k)
                labelsOfPassage.insert(ids.at(k), QSet<QString>(paragraphs.at(k)->codes.begin(), paragraphs.at(k)->codes.end()));
        }
        auto everything = store::DocumentFilter::parse({}, {});
        {
            auto coder = makeCoder(**project, {});
            if (!coder)
                return coder.error();
            auto run = runCoder(**project, **coder, *everything, 0.0);
            if (!run)
                return run.error();
        }

        QStringList heldOutTexts;
        const QList<qsizetype> heldOut = byDocument.value(documentOrder.at(fold));
        for (qsizetype i : heldOut)
            heldOutTexts.append(gold.at(i).text);

        review::ReviewService reviewer(**project, QStringLiteral("simulated reviewer"));
        QSet<qint64> seen; // passages the reviewer has read
        int decided = 0;
        for (int s = 0; s < steps.size(); ++s) {
            // The queue as the review page shows it, most uncertain first. The reviewer
            // knows the labels: accepts what they hold, rejects the rest, and on first
            // reading a passage codes what it holds that no suggestion named (the
            // window's Code button). Each of these is one decision.
            while (decided < steps.at(s)) {
                store::ReviewQueueQuery query;
                query.limit = steps.at(s) - decided;
                auto queue = store::ReviewQueue(**project).pending(query);
                if (!queue)
                    return queue.error();
                if (queue->isEmpty())
                    break;
                for (const auto &item : *queue) {
                    if (decided >= steps.at(s))
                        break;
                    const QSet<QString> labels = labelsOfPassage.value(item.passage);
                    const Status done = labels.contains(item.code) ? reviewer.accept(item.id) : reviewer.reject(item.id);
                    if (!done)
                        return done.error();
                    ++decided;
                    if (seen.contains(item.passage))
                        continue;
                    seen.insert(item.passage);
                    auto codings = reviewer.codingsOfDocument(item.document);
                    if (!codings)
                        return codings.error();
                    QSet<QString> named;
                    for (const auto &c : *codings)
                        if (c.passageId == item.passage)
                            named.insert(c.code);
                    for (const QString &code : labels) {
                        if (named.contains(code) || decided >= steps.at(s))
                            continue;
                        auto coded = reviewer.addHumanCoding(item.document, item.start, item.end, code, item.passage);
                        if (!coded)
                            return coded.error();
                        ++decided;
                    }
                }
            }
            LearningCurvePoint &point = curve.points[s];
            point.decisions = steps.at(s);
            point.meanDecided += double(decided) / double(documentOrder.size());
            // Retrained on every accepted coding, as the window's Train does; until then
            // (or with nothing accepted yet) the default coder is the lexicon.
            if (decided > 0) {
                auto trained = LearnedCoder::train(**project, QStringLiteral("*"), *everything);
                if (trained)
                    ++point.foldsTrained;
                else if (trained.error().kind != ErrorKind::InvalidInput)
                    return trained.error();
            }
            auto coder = makeCoder(**project, {});
            if (!coder)
                return coder.error();
            const QList<QList<Suggestion>> answers = (*coder)->suggestMany(heldOutTexts);
            for (int k = 0; k < answers.size(); ++k)
                for (const auto &suggestion : answers.at(k))
                    predicted[s][heldOut.at(k)].insert(suggestion.code);
        }
        project->reset();
        QFile::remove(path);
        progress.step(fold + 1);
    }
    progress.finish();
    for (int s = 0; s < steps.size(); ++s)
        curve.points[s].report = scoreSets(passages, predicted.at(s), expected, codeOrder);
    return curve;
}

} // namespace caselens::coding
