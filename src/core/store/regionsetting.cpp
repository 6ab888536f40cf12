#include "store/regionsetting.h"

#include "store/documentstore.h"

namespace caselens::store {

Result<metadata::RegionScheme> activeRegionScheme(Project &project)
{
    const QString custom = project.info(QStringLiteral("region_scheme_json"));
    if (!custom.isEmpty())
        return metadata::RegionScheme::fromJson(custom.toUtf8());
    return metadata::RegionScheme::builtin(project.info(QStringLiteral("region_scheme"), QStringLiteral("three")));
}

Result<int> setRegionScheme(Project &project, const metadata::RegionScheme &scheme, bool builtin)
{
    if (Status s = project.setInfo(QStringLiteral("region_scheme"), scheme.id()); !s)
        return s.error();
    if (Status s = project.setInfo(QStringLiteral("region_scheme_json"), builtin ? QString() : QString::fromUtf8(scheme.toJson())); !s)
        return s.error();
    return DocumentStore(project).reassignRegions();
}

} // namespace caselens::store
