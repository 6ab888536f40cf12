#include "command.h"
#include "tableoutput.h"

#include "analysis/tablebuilders.h"

namespace caselens::cli {

namespace {

struct StatsOptions {
    QCommandLineOption by{QStringLiteral("by"), QStringLiteral("region, year, type, province, unit, case (each case on its own), an attribute, two of them joined by a comma (region,year), or none."), QStringLiteral("ATTR"), QStringLiteral("none")};
    QCommandLineOption unit{QStringLiteral("unit"), QStringLiteral("segment (coded items, the paper's 条目) or case (cases with the code at least once)."), QStringLiteral("UNIT"), QStringLiteral("segment")};
    QCommandLineOption percent{QStringLiteral("percent"), QStringLiteral("row, column or total."), QStringLiteral("BASE"), QStringLiteral("row")};
    QCommandLineOption rounding{QStringLiteral("rounding"), QStringLiteral("half-up, or largest-remainder (each row totals exactly 100)."), QStringLiteral("MODE"), QStringLiteral("half-up")};
    QCommandLineOption decimals{QStringLiteral("decimals"), QStringLiteral("Decimals of percentages (default 2)."), QStringLiteral("N"), QStringLiteral("2")};
    QCommandLineOption status{QStringLiteral("status"), QStringLiteral("accepted (default), suggested or all."), QStringLiteral("STATUS"), QStringLiteral("accepted")};
    QCommandLineOption coder{QStringLiteral("coder"), QStringLiteral("Only this coder's codings."), QStringLiteral("NAME")};
    QCommandLineOption lang{QStringLiteral("lang"), QStringLiteral("Labels in zh (default) or en."), QStringLiteral("LANG"), QStringLiteral("zh")};
    QCommandLineOption format{QStringLiteral("format"), QStringLiteral("text, json, csv, md, latex, xlsx or html."), QStringLiteral("FORMAT"), QStringLiteral("text")};
    QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Write to FILE instead of the terminal."), QStringLiteral("FILE")};
    QCommandLineOption layout{QStringLiteral("layout"), QStringLiteral("paper (a count row and a % row per group, as Table 3) or transpose (codes as rows)."), QStringLiteral("LAYOUT"), QStringLiteral("paper")};
    QCommandLineOption force = forceOption();
    QCommandLineOption table{QStringLiteral("table"), QStringLiteral("codes (default), dimensions (shares of the two dimensions) or cooccurrence (codes × codes over cases)."), QStringLiteral("TABLE"), QStringLiteral("codes")};
};

} // namespace

int runStats(const QStringList &args)
{
    QCommandLineParser p;
    StatsOptions o;
    for (const auto *opt : {&o.by, &o.unit, &o.percent, &o.rounding, &o.decimals, &o.status, &o.coder, &o.lang, &o.format, &o.output, &o.force, &o.layout, &o.table})
        p.addOption(*opt);
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project."));
    if (int rc = parseOrExit(p, args, "stats",
                             QStringLiteral("Counts and percentages of coded items by characteristic, grouped by case fields — "
                                            "the tables of a paper. --format json prints {by, unit, codes, groups:[{key, counts, "
                                            "total, percent}], totals}."),
                             QStringLiteral("PROJECT --by ATTR[,ATTR2] [--unit segment|case] [--percent row|column|total] "
                                            "[--rounding half-up|largest-remainder] [--status accepted|suggested|all] [--coder NAME] "
                                            "[--lang zh|en] [--format text|json|csv|md|latex|xlsx|html] [-o FILE [--force]]"));
        rc >= 0)
        return rc;
    if (p.positionalArguments().size() != 1)
        return fail(QStringLiteral("caselens-cli stats: give one project."), Usage);
    analysis::CrosstabSpec spec;
    const QString by = p.value(o.by);
    if (by != QLatin1String("none"))
        spec.by = by.split(QLatin1Char(','), Qt::SkipEmptyParts);
    const auto unit = analysis::unitFromName(p.value(o.unit));
    const auto percent = analysis::percentFromName(p.value(o.percent));
    const auto rounding = analysis::roundingFromName(p.value(o.rounding));
    const auto format = exporting::tableFormatFromName(p.value(o.format));
    bool decOk = false;
    spec.decimals = p.value(o.decimals).toInt(&decOk);
    if (!unit || !percent || !rounding || !format || !decOk)
        return fail(QStringLiteral("caselens-cli stats: an option has a value it does not take; see --help."), Usage);
    const QString table = p.value(o.table);
    if (table != QLatin1String("codes") && table != QLatin1String("dimensions") && table != QLatin1String("cooccurrence"))
        return fail(QStringLiteral("caselens-cli stats: --table takes codes, dimensions or cooccurrence."), Usage);
    const QString layout = p.value(o.layout);
    if (layout != QLatin1String("paper") && layout != QLatin1String("transpose"))
        return fail(QStringLiteral("caselens-cli stats: --layout takes paper or transpose."), Usage);
    spec.unit = *unit;
    spec.percent = *percent;
    spec.rounding = *rounding;
    spec.status = p.value(o.status);
    spec.coder = p.value(o.coder);
    spec.lang = p.value(o.lang) == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh");

    auto project = openProject(p.positionalArguments().first());
    if (!project)
        return Failed;
    const OutputTarget target = outputTarget(p.value(o.output), *project, p.isSet(o.force));
    if (table == QLatin1String("dimensions")) {
        auto d = analysis::computeDimensionShares(*project, spec);
        if (!d)
            return fail(d.error().message, d.error().kind == ErrorKind::InvalidInput ? Usage : Failed);
        return writeTables({analysis::dimensionTable(*d, spec)}, *format, target);
    }
    if (table == QLatin1String("cooccurrence")) {
        auto c = analysis::computeCooccurrence(*project, spec);
        if (!c)
            return fail(c.error().message);
        return writeTables({analysis::cooccurrenceTable(*c, spec.lang)}, *format, target);
    }
    auto t = analysis::computeCrosstab(*project, spec);
    if (!t)
        return fail(t.error().message, t.error().kind == ErrorKind::InvalidInput ? Usage : Failed);
    const exporting::Table out = layout == QLatin1String("transpose") ? analysis::transposedTable(*t) : analysis::paperTable(*t);
    return writeTables({out}, *format, target, analysis::crosstabJson(*t));
}

int runCases(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption by(QStringLiteral("by"), QStringLiteral("year, region, type, province, unit, an attribute, or two joined by a comma."), QStringLiteral("ATTR"), QStringLiteral("region"));
    QCommandLineOption rounding(QStringLiteral("rounding"), QStringLiteral("half-up or largest-remainder."), QStringLiteral("MODE"), QStringLiteral("half-up"));
    QCommandLineOption decimals(QStringLiteral("decimals"), QStringLiteral("Decimals of percentages (default 2)."), QStringLiteral("N"), QStringLiteral("2"));
    QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Labels in zh (default) or en."), QStringLiteral("LANG"), QStringLiteral("zh"));
    QCommandLineOption format(QStringLiteral("format"), QStringLiteral("text, json, csv, md, latex, xlsx or html."), QStringLiteral("FORMAT"), QStringLiteral("text"));
    QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Write to FILE."), QStringLiteral("FILE"));
    QCommandLineOption force = forceOption();
    for (const auto *opt : {&by, &rounding, &decimals, &lang, &format, &output, &force})
        p.addOption(*opt);
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project."));
    if (int rc = parseOrExit(p, args, "cases", QStringLiteral("Cases by year, region, type, province or any attribute, with percentages."),
                             QStringLiteral("PROJECT --by ATTR [--rounding …] [--lang zh|en] [--format …] [-o FILE [--force]]"));
        rc >= 0)
        return rc;
    if (p.positionalArguments().size() != 1)
        return fail(QStringLiteral("caselens-cli cases: give one project."), Usage);
    const auto r = analysis::roundingFromName(p.value(rounding));
    const auto f = exporting::tableFormatFromName(p.value(format));
    bool decOk = false;
    const int d = p.value(decimals).toInt(&decOk);
    if (!r || !f || !decOk || d < 0 || d > 6)
        return fail(QStringLiteral("caselens-cli cases: an option has a value it does not take; see --help."), Usage);
    auto project = openProject(p.positionalArguments().first());
    if (!project)
        return Failed;
    const QString l = p.value(lang) == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh");
    auto t = analysis::computeCaseTable(*project, p.value(by).split(QLatin1Char(','), Qt::SkipEmptyParts), *r, d, l);
    if (!t)
        return fail(t.error().message, t.error().kind == ErrorKind::InvalidInput ? Usage : Failed);
    return writeTables({analysis::caseTable(*t)}, *f, outputTarget(p.value(output), *project, p.isSet(force)), analysis::caseTableJson(*t));
}

} // namespace caselens::cli
