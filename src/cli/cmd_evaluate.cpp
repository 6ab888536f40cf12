#include "command.h"

#include "codebook/codebook.h"
#include "coding/coderfactory.h"
#include "coding/evaluation.h"
#include "coding/goldfile.h"
#include "coding/lexiconcoder.h"
#include "import/codebookfile.h"
#include "store/codestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace caselens::cli {

namespace {

void printReport(const coding::EvaluationReport &r, const QString &coderName, const QString &goldName, const QString &scope, bool asJson)
{
    if (asJson) {
        QJsonArray codes;
        for (const auto &c : r.codes)
            codes.append(QJsonObject{{QStringLiteral("code"), c.code}, {QStringLiteral("tp"), c.tp}, {QStringLiteral("fp"), c.fp},
                                     {QStringLiteral("fn"), c.fn}, {QStringLiteral("tn"), c.tn}, {QStringLiteral("precision"), c.precision},
                                     {QStringLiteral("recall"), c.recall}, {QStringLiteral("f1"), c.f1}, {QStringLiteral("kappa"), c.kappa}});
        out() << QJsonDocument(QJsonObject{{QStringLiteral("coder"), coderName}, {QStringLiteral("gold"), goldName},
                                           {QStringLiteral("documents"), scope}, {QStringLiteral("passages"), r.passages},
                                           {QStringLiteral("micro_f1"), r.microF1}, {QStringLiteral("macro_f1"), r.macroF1},
                                           {QStringLiteral("micro_precision"), r.microPrecision}, {QStringLiteral("micro_recall"), r.microRecall},
                                           {QStringLiteral("kappa"), r.pooledKappa}, {QStringLiteral("codes"), codes}})
                     .toJson(QJsonDocument::Indented);
        return;
    }
    out() << coderName << " against " << goldName << " on " << r.passages << " passages (" << scope << ")\n";
    out() << QStringLiteral("code").leftJustified(28) << "     P      R     F1  kappa     TP    FP    FN\n";
    for (const auto &c : r.codes)
        out() << c.code.leftJustified(28) << QString::asprintf(" %6.3f %6.3f %6.3f %6.3f %6lld %5lld %5lld\n", c.precision, c.recall, c.f1, c.kappa,
                                                               static_cast<long long>(c.tp), static_cast<long long>(c.fp), static_cast<long long>(c.fn));
    out() << QString::asprintf("micro F1 %.3f (P %.3f, R %.3f); macro F1 %.3f; pooled kappa %.3f\n", r.microF1, r.microPrecision,
                               r.microRecall, r.macroF1, r.pooledKappa);
    out().flush();
}

// evaluate --gold-file: labelled passages from a file, scored without importing them.
int evaluateGoldFile(const QString &goldPath, const QString &coderName, const QString &codebookPath, const QStringList &positional, bool asJson,
                     bool showErrors)
{
    std::unique_ptr<store::Project> project;
    if (!positional.isEmpty()) {
        project = openProject(positional.first());
        if (!project)
            return Failed;
    }
    codebook::Codebook book = project ? store::CodeStore(*project).codebook() : codebook::defaultCodebook();
    if (!codebookPath.isEmpty()) {
        auto parsed = import::readCodebookFile(codebookPath);
        if (!parsed)
            return fail(parsed.error().message);
        book = parsed.take();
    }
    auto gold = coding::readGoldFile(goldPath, book);
    if (!gold)
        return fail(gold.error().message);
    std::unique_ptr<coding::Coder> coder;
    if (coderName == QLatin1String("lexicon") || (!project && coderName.isEmpty())) {
        coder = std::make_unique<coding::LexiconCoder>(book);
    } else if (!project) {
        return fail(QStringLiteral("caselens-cli evaluate: the %1 coder lives in a project; give the project too.").arg(coderName), Usage);
    } else {
        auto made = coding::makeCoder(*project, coderName);
        if (!made)
            return fail(made.error().message);
        coder = made.take();
    }
    const auto evaluation = coding::evaluateOnGold(*coder, *gold, book);
    printReport(evaluation.report, coder->engine(), goldPath, QStringLiteral("gold file"), asJson);
    if (showErrors && !asJson) {
        // Every passage the coder got wrong: what it missed (-), what it added (+), and why.
        for (qsizetype i = 0; i < gold->size(); ++i) {
            const auto &g = gold->at(i);
            const auto &suggested = evaluation.answers.at(i);
            QStringList said, missed, added, why;
            for (const auto &s : suggested) {
                said.append(s.code);
                why.append(QStringLiteral("%1 %2 (%3)").arg(s.code).arg(s.score, 0, 'f', 2).arg(s.rationale));
            }
            for (const QString &c : g.codes)
                if (!said.contains(c))
                    missed.append(QLatin1Char('-') + c);
            for (const QString &c : said)
                if (!g.codes.contains(c))
                    added.append(QLatin1Char('+') + c);
            if (missed.isEmpty() && added.isEmpty())
                continue;
            out() << g.id << "  " << (missed + added).join(QLatin1Char(' ')) << "\n    " << g.text.left(90) << "\n";
            for (const QString &w : why)
                out() << "    " << w << "\n";
        }
        out().flush();
    }
    return Ok;
}

} // namespace

int runEvaluate(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption coder(QStringLiteral("coder"), QStringLiteral("The coder to evaluate (an engine such as lexicon, or a person)."), QStringLiteral("NAME"));
    QCommandLineOption gold(QStringLiteral("gold"), QStringLiteral("The coder whose accepted codings are right (default 研究团队)."), QStringLiteral("CODER"), QStringLiteral("研究团队"));
    QCommandLineOption docs(QStringLiteral("docs"), QStringLiteral("Document numbers."), QStringLiteral("IDS"));
    QCommandLineOption where(QStringLiteral("where"), QStringLiteral("Only documents with ATTR=VALUE[,VALUE]."), QStringLiteral("ATTR=VALUE"));
    QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print as JSON."));
    QCommandLineOption goldFile(QStringLiteral("gold-file"),
                                QStringLiteral("Score on labelled passages from a JSONL file (lines {\"id\",\"text\",\"codes\"}) instead of a project's "
                                               "codings; the project is then optional (lexicon on the default codebook without one)."),
                                QStringLiteral("FILE"));
    QCommandLineOption showErrors(QStringLiteral("show-errors"), QStringLiteral("With --gold-file: list every passage coded wrongly, with the coder's reasons."));
    QCommandLineOption codebookFile(QStringLiteral("codebook"), QStringLiteral("With --gold-file: a codebook JSON file to use instead."),
                                    QStringLiteral("FILE"));
    for (const auto *o : {&coder, &gold, &docs, &where, &json, &goldFile, &codebookFile, &showErrors})
        p.addOption(*o);
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project."));
    if (int rc = parseOrExit(p, args, "evaluate",
                             QStringLiteral("Compares a coder's codings (suggested or accepted) with a gold coder's accepted codings, "
                                            "paragraph by paragraph: precision, recall, F1 and Cohen's kappa per code; micro and macro F1."),
                             QStringLiteral("PROJECT --coder NAME --gold CODER [--where year=2024] [--json]\n"
                                            "       caselens-cli evaluate [PROJECT] --gold-file F.jsonl [--coder lexicon|learned|llm] [--codebook F.json]"));
        rc >= 0)
        return rc;
    if (p.isSet(goldFile)) {
        if (p.positionalArguments().size() > 1)
            return fail(QStringLiteral("caselens-cli evaluate: give at most one project with --gold-file."), Usage);
        return evaluateGoldFile(p.value(goldFile), p.value(coder), p.value(codebookFile), p.positionalArguments(), p.isSet(json),
                                p.isSet(showErrors));
    }
    if (p.positionalArguments().size() != 1 || !p.isSet(coder))
        return fail(QStringLiteral("caselens-cli evaluate: give the project and --coder NAME."), Usage);
    auto filter = store::DocumentFilter::parse(p.value(docs), p.values(where));
    if (!filter)
        return fail(filter.error().message, Usage);
    auto project = openProject(p.positionalArguments().first());
    if (!project)
        return Failed;
    auto r = coding::evaluateCoder(*project, p.value(coder), p.value(gold), *filter);
    if (!r)
        return fail(r.error().message);
    printReport(*r, p.value(coder), p.value(gold), filter->describe(), p.isSet(json));
    return Ok;
}

} // namespace caselens::cli
