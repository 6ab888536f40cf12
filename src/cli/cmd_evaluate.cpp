#include "command.h"

#include "coding/evaluation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace caselens::cli {

int runEvaluate(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption coder(QStringLiteral("coder"), QStringLiteral("The coder to evaluate (an engine such as lexicon, or a person)."), QStringLiteral("NAME"));
    QCommandLineOption gold(QStringLiteral("gold"), QStringLiteral("The coder whose accepted codings are right (default 研究团队)."), QStringLiteral("CODER"), QStringLiteral("研究团队"));
    QCommandLineOption docs(QStringLiteral("docs"), QStringLiteral("Document numbers."), QStringLiteral("IDS"));
    QCommandLineOption where(QStringLiteral("where"), QStringLiteral("Only documents with ATTR=VALUE[,VALUE]."), QStringLiteral("ATTR=VALUE"));
    QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print as JSON."));
    for (const auto *o : {&coder, &gold, &docs, &where, &json})
        p.addOption(*o);
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project."));
    if (int rc = parseOrExit(p, args, "evaluate",
                             QStringLiteral("Compares a coder's codings (suggested or accepted) with a gold coder's accepted codings, "
                                            "paragraph by paragraph: precision, recall, F1 and Cohen's kappa per code; micro and macro F1."),
                             QStringLiteral("PROJECT --coder NAME --gold CODER [--where year=2024] [--json]"));
        rc >= 0)
        return rc;
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
    if (p.isSet(json)) {
        QJsonArray codes;
        for (const auto &c : r->codes)
            codes.append(QJsonObject{{QStringLiteral("code"), c.code}, {QStringLiteral("tp"), c.tp}, {QStringLiteral("fp"), c.fp},
                                     {QStringLiteral("fn"), c.fn}, {QStringLiteral("tn"), c.tn}, {QStringLiteral("precision"), c.precision},
                                     {QStringLiteral("recall"), c.recall}, {QStringLiteral("f1"), c.f1}, {QStringLiteral("kappa"), c.kappa}});
        out() << QJsonDocument(QJsonObject{{QStringLiteral("coder"), p.value(coder)}, {QStringLiteral("gold"), p.value(gold)},
                                           {QStringLiteral("documents"), filter->describe()}, {QStringLiteral("passages"), r->passages},
                                           {QStringLiteral("micro_f1"), r->microF1}, {QStringLiteral("macro_f1"), r->macroF1},
                                           {QStringLiteral("micro_precision"), r->microPrecision}, {QStringLiteral("micro_recall"), r->microRecall},
                                           {QStringLiteral("codes"), codes}})
                     .toJson(QJsonDocument::Indented);
        return Ok;
    }
    out() << p.value(coder) << " against " << p.value(gold) << " on " << r->passages << " paragraphs (" << filter->describe() << ")\n";
    out() << QStringLiteral("code").leftJustified(28) << "     P      R     F1  kappa     TP    FP    FN\n";
    for (const auto &c : r->codes)
        out() << c.code.leftJustified(28) << QString::asprintf(" %6.3f %6.3f %6.3f %6.3f %6lld %5lld %5lld\n", c.precision, c.recall, c.f1, c.kappa,
                                                               static_cast<long long>(c.tp), static_cast<long long>(c.fp), static_cast<long long>(c.fn));
    out() << QString::asprintf("micro F1 %.3f (P %.3f, R %.3f); macro F1 %.3f\n", r->microF1, r->microPrecision, r->microRecall, r->macroF1);
    out().flush();
    return Ok;
}

} // namespace caselens::cli
