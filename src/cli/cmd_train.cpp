#include "command.h"

#include "coding/learnedcoder.h"
#include "coding/lexiconcoder.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace caselens::cli {

int runTrain(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption coder(QStringLiteral("coder"), QStringLiteral("Learn from this coder's accepted codings (default 研究团队)."), QStringLiteral("NAME"), QStringLiteral("研究团队"));
    QCommandLineOption docs(QStringLiteral("docs"), QStringLiteral("Document numbers to learn from."), QStringLiteral("IDS"));
    QCommandLineOption where(QStringLiteral("where"), QStringLiteral("Learn only from documents with ATTR=VALUE[,VALUE]."), QStringLiteral("ATTR=VALUE"));
    QCommandLineOption epoch(QStringLiteral("epoch"), QStringLiteral("Training epochs (default: 50 on small projects down to 10 on large ones)."), QStringLiteral("N"), QStringLiteral("0"));
    for (const auto *o : {&coder, &docs, &where, &epoch})
        p.addOption(*o);
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project."));
    if (int rc = parseOrExit(p, args, "train",
                             QStringLiteral("Trains the learned coder (fastText) on accepted codings and stores the model in the "
                                            "project, with what it learned from."),
                             QStringLiteral("PROJECT [--coder NAME] [--where ATTR=VALUE] [--epoch N]"));
        rc >= 0)
        return rc;
    if (p.positionalArguments().size() != 1)
        return fail(QStringLiteral("caselens-cli train: give one project."), Usage);
    auto filter = store::DocumentFilter::parse(p.value(docs), p.values(where));
    if (!filter)
        return fail(filter.error().message, Usage);
    coding::LearnedSettings settings;
    bool ok = false;
    settings.epoch = p.value(epoch).toInt(&ok);
    if (!ok || settings.epoch < 0 || settings.epoch > 500)
        return fail(QStringLiteral("caselens-cli train: --epoch takes a number from 1 to 500."), Usage);
    auto project = openProject(p.positionalArguments().first());
    if (!project)
        return Failed;
    auto report = coding::LearnedCoder::train(*project, p.value(coder), *filter, settings);
    if (!report)
        return fail(report.error().message);
    out() << "Trained the learned coder on " << report->passages << " paragraphs of " << filter->describe() << " ("
          << report->coded << " coded by " << p.value(coder) << ") in " << report->milliseconds << " ms\n";
    for (auto it = report->examplesPerCode.cbegin(); it != report->examplesPerCode.cend(); ++it)
        out() << "  " << it.key().leftJustified(28) << it.value() << " examples\n";
    out() << "Scores calibrated on " << report->heldOut << " held-out paragraphs: expected calibration error "
          << QString::number(report->eceBefore, 'f', 3) << " before, " << QString::number(report->eceAfter, 'f', 3) << " after\n";
    out() << "Model sha256 " << report->sha256 << Qt::endl;
    return Ok;
}

} // namespace caselens::cli
