#pragma once
// Writes analysis tables where the user asked: stdout or -o FILE, in any format.

#include "export/table.h"
#include "support/outputfile.h"

#include <QByteArray>

namespace caselens::cli {

// An empty target path (or "-") means stdout. `json` replaces the generic table JSON
// when the command has a shape of its own.
int writeTables(const QList<exporting::Table> &tables, exporting::TableFormat format, const OutputTarget &target,
                const QByteArray &json = {});

} // namespace caselens::cli
