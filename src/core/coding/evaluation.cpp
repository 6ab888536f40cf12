#include "coding/evaluation.h"

#include "coding/passagesource.h"
#include "store/codestore.h"

#include <QCoreApplication>
#include <QSet>

namespace caselens::coding {

double kappa2x2(qint64 tp, qint64 fp, qint64 fn, qint64 tn)
{
    const double n = double(tp + fp + fn + tn);
    if (n <= 0)
        return 0;
    const double po = double(tp + tn) / n;
    const double pe = (double(tp + fp) * double(tp + fn) + double(fn + tn) * double(fp + tn)) / (n * n);
    if (pe >= 1.0)
        return 1.0; // both coders gave one answer throughout and agree
    return (po - pe) / (1.0 - pe);
}

EvaluationReport scoreSets(const QList<qint64> &passages, const QHash<qint64, QSet<QString>> &predicted,
                           const QHash<qint64, QSet<QString>> &gold, const QStringList &codeOrder)
{
    EvaluationReport r;
    r.passages = passages.size();
    qint64 TP = 0, FP = 0, FN = 0, TN = 0;
    double sumF1 = 0;
    int counted = 0;
    for (const QString &code : codeOrder) {
        CodeScore s{code};
        for (qint64 p : passages) {
            const bool pr = predicted.value(p).contains(code);
            const bool go = gold.value(p).contains(code);
            s.tp += pr && go;
            s.fp += pr && !go;
            s.fn += !pr && go;
            s.tn += !pr && !go;
        }
        s.precision = s.tp + s.fp ? double(s.tp) / double(s.tp + s.fp) : 0;
        s.recall = s.tp + s.fn ? double(s.tp) / double(s.tp + s.fn) : 0;
        s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
        s.kappa = kappa2x2(s.tp, s.fp, s.fn, s.tn);
        TP += s.tp;
        FP += s.fp;
        FN += s.fn;
        TN += s.tn;
        // Macro F1 averages the codes the gold coder used (others have no recall to speak of).
        if (s.tp + s.fn > 0) {
            sumF1 += s.f1;
            ++counted;
        }
        r.codes.append(s);
    }
    r.microPrecision = TP + FP ? double(TP) / double(TP + FP) : 0;
    r.microRecall = TP + FN ? double(TP) / double(TP + FN) : 0;
    r.microF1 = r.microPrecision + r.microRecall > 0 ? 2 * r.microPrecision * r.microRecall / (r.microPrecision + r.microRecall) : 0;
    r.macroF1 = counted ? sumF1 / counted : 0;
    r.pooledKappa = kappa2x2(TP, FP, FN, TN);
    return r;
}

Result<EvaluationReport> evaluateCoder(store::Project &project, const QString &coder, const QString &goldCoder,
                                       const store::DocumentFilter &filter, const QStringList &statuses)
{
    store::CodeStore codes(project);
    for (const QString &name : {coder, goldCoder})
        if (!codes.coderId(name))
            return makeError(QCoreApplication::translate("caselens::coding::Evaluation", "There is no coder called \"%1\" in this project.").arg(name),
                             ErrorKind::NotFound);
    auto predicted = codesByParagraph(project, filter, coder, statuses);
    if (!predicted)
        return predicted.error();
    auto gold = codesByParagraph(project, filter, goldCoder, {QStringLiteral("accepted")});
    if (!gold)
        return gold.error();
    QList<qint64> passages;
    const Status s = forEachDocumentParagraphs(project, filter, [&](qint64, const QList<PassageText> &list) {
        for (const auto &p : list)
            passages.append(p.passageId);
        return true;
    });
    if (!s)
        return s.error();
    QStringList order;
    for (const auto &c : codes.codes(true))
        order.append(c.code.key);
    return scoreSets(passages, *predicted, *gold, order);
}

} // namespace caselens::coding
