#pragma once
// Writes analysis tables where the user asked: stdout or -o FILE, in any format.

#include "export/table.h"

#include <QByteArray>

namespace caselens::cli {

// `json` replaces the generic table JSON when the command has a shape of its own.
int writeTables(const QList<exporting::Table> &tables, exporting::TableFormat format, const QString &outPath,
                const QByteArray &json = {});

} // namespace caselens::cli
