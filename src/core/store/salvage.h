#pragma once
// Salvage: copies every row that can still be read from a damaged project into a new
// project file, table by table, skipping the rows on damaged pages. The damaged file is
// only read. What `check --repair` does when SQLite's own integrity check fails.

#include "store/project.h"

#include <QList>
#include <QPair>
#include <QStringList>

namespace caselens::store {

struct SalvageReport {
    QString path;                          // the new project
    QList<QPair<QString, qint64>> copied;  // rows per table
    QStringList lost;                      // one sentence per table with rows that could not be read
};

Result<SalvageReport> salvageProject(Project &damaged, const QString &target);

} // namespace caselens::store
