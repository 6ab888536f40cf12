#pragma once
// Asks where to write tables and writes them in the format the file name says (xlsx,
// CSV, LaTeX, Markdown, HTML, JSON), refusing the project itself; one sentence on failure.
// The statistics page and retrieved segments export through it.

#include "export/table.h"

class QWidget;

namespace caselens::gui {

void exportTablesDialog(QWidget *parent, const QString &title, const QList<exporting::Table> &tables, const QString &projectPath,
                        const QByteArray &json = {});

} // namespace caselens::gui
