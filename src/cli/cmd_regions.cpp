#include "command.h"

#include "store/regionsetting.h"

#include <QFile>

namespace caselens::cli {

int runRegions(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption scheme(QStringLiteral("scheme"), QStringLiteral("three, four, or a JSON file of your own scheme."), QStringLiteral("SCHEME"));
    p.addOption(scheme);
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project."));
    if (int rc = parseOrExit(p, args, "regions",
                             QStringLiteral("Shows the project's region scheme, or switches it with --scheme and recomputes "
                                            "every document's region from its province."),
                             QStringLiteral("PROJECT [--scheme three|four|FILE.json]"));
        rc >= 0)
        return rc;
    if (p.positionalArguments().size() != 1)
        return fail(QStringLiteral("caselens-cli regions: give one project."), Usage);
    auto project = openProject(p.positionalArguments().first());
    if (!project)
        return Failed;
    if (p.isSet(scheme)) {
        const QString value = p.value(scheme);
        const bool builtin = metadata::RegionScheme::builtinIds().contains(value);
        Result<metadata::RegionScheme> s = makeError(QString());
        if (builtin) {
            s = metadata::RegionScheme::builtin(value);
        } else {
            QFile f(value);
            if (!f.open(QIODevice::ReadOnly))
                return fail(QStringLiteral("There is no built-in scheme \"%1\" and no such file; use three, four or a JSON file.").arg(value));
            s = metadata::RegionScheme::fromJson(f.readAll());
        }
        if (!s)
            return fail(s.error().message);
        auto changed = store::setRegionScheme(*project, *s, builtin);
        if (!changed)
            return fail(changed.error().message);
        out() << "Region scheme set to " << s->id() << "; " << *changed << " documents updated" << Qt::endl;
    }
    auto active = store::activeRegionScheme(*project);
    if (!active)
        return fail(active.error().message);
    out() << active->id() << ": " << active->name(QStringLiteral("en")) << "\n";
    for (const auto &r : active->regions())
        out() << "  " << r.id.leftJustified(10) << r.zh << " " << r.provinces.join(QLatin1Char(' ')) << "\n";
    out().flush();
    return Ok;
}

} // namespace caselens::cli
