#include "command.h"

#include "demo/demogenerator.h"
#include "demo/sentencevariety.h"

#include <QElapsedTimer>

namespace caselens::cli {

int runDemo(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption cases(QStringLiteral("cases"), QStringLiteral("Number of cases (default 987, the published sample)."), QStringLiteral("N"), QStringLiteral("987"));
    QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed (default 2024); the same seed gives the same text."), QStringLiteral("S"), QStringLiteral("2024"));
    QCommandLineOption texts(QStringLiteral("texts"), QStringLiteral("Write the cases as text files and metadata.csv into OUT, a folder, instead of a project (for benchmarks)."));
    QCommandLineOption variety(QStringLiteral("variety"), QStringLiteral("Afterwards, report how varied the sentences are (places and numbers masked)."));
    p.addOption(cases);
    p.addOption(seed);
    p.addOption(variety);
    p.addOption(texts);
    p.addPositionalArgument(QStringLiteral("OUT"), QStringLiteral("The project file to create."));
    if (int rc = parseOrExit(p, args, "demo",
                             QStringLiteral("Builds the synthetic demo project: invented Chinese case reports whose metadata and "
                                            "gold codings (coder 研究团队) reproduce the published figures of the 987-case "
                                            "smart-education sample. --cases N keeps the proportions."),
                             QStringLiteral("OUT.caselens [--cases N] [--seed S] [--variety] | OUT-FOLDER --texts [--cases N]"));
        rc >= 0)
        return rc;
    if (p.positionalArguments().size() != 1)
        return fail(QStringLiteral("caselens-cli demo: give the project file to create."), Usage);
    bool ok1 = false, ok2 = false;
    demo::DemoOptions options;
    options.cases = p.value(cases).toInt(&ok1);
    options.seed = p.value(seed).toULongLong(&ok2);
    if (!ok1 || !ok2 || options.cases < 1)
        return fail(QStringLiteral("caselens-cli demo: --cases and --seed take positive whole numbers."), Usage);
    QElapsedTimer timer;
    timer.start();
    const QString path = p.positionalArguments().first();
    if (p.isSet(texts)) {
        auto written = demo::writeDemoTexts(path, options);
        if (!written)
            return fail(written.error().message);
        out() << "Wrote " << written->cases << " synthetic case files and metadata.csv to " << path << " in " << timer.elapsed() << " ms" << Qt::endl;
        return Ok;
    }
    auto summary = demo::buildDemoProject(path, options);
    if (!summary)
        return fail(summary.error().message);
    out() << "Wrote " << path << ": " << summary->cases << " synthetic cases, " << summary->codedItems << " gold codings, "
          << summary->characters << " characters in " << timer.elapsed() << " ms" << Qt::endl;
    if (p.isSet(variety)) {
        auto project = openProject(path);
        if (!project)
            return Failed;
        const auto v = demo::measureSentenceVariety(*project);
        out() << "Sentences: " << v.sentences << ", distinct (places and numbers masked): " << v.distinct
              << "; the most repeated appears in " << v.maxCasesForOneSentence << " of " << v.cases << " cases ("
              << QString::number(100.0 * v.maxShareOfCases(), 'f', 2) << "%): " << v.mostRepeated << Qt::endl;
    }
    return Ok;
}

} // namespace caselens::cli
