#include "store/repair.h"

#include "store/salvage.h"
#include "store/searchindex.h"

#include <QFileInfo>

namespace caselens::store {

Result<RepairReport> repairProject(Project &project)
{
    RepairReport r;
    auto backup = project.backupBefore(QStringLiteral("repair"));
    if (!backup)
        return backup.error();
    r.backup = *backup;
    Database &db = project.db();
    auto quick = db.scalar(QStringLiteral("PRAGMA quick_check(1)"));
    if (!quick || quick->toString() != QLatin1String("ok")) {
        // Writing to a damaged file can spread the damage: salvage beside it instead.
        QString target = project.path() + QStringLiteral(".recovered.caselens");
        for (int n = 2; QFileInfo::exists(target); ++n)
            target = project.path() + QStringLiteral(".recovered-%1.caselens").arg(n);
        auto salvaged = salvageProject(project, target);
        if (!salvaged)
            return salvaged.error();
        r.recovered = salvaged->path;
        r.lost = salvaged->lost;
        for (const auto &[table, rows] : salvaged->copied)
            r.done.append(QStringLiteral("copied %1 row(s) of %2").arg(rows).arg(table));
        return r;
    }
    if (Status s = db.exec(QStringLiteral("REINDEX")); !s)
        return s.error();
    r.done.append(QStringLiteral("rebuilt every index"));
    auto indexed = rebuildSearchIndex(project);
    if (!indexed)
        return indexed.error();
    r.done.append(QStringLiteral("rebuilt the full-text index (%1 passages)").arg(*indexed));
    return r;
}

} // namespace caselens::store
