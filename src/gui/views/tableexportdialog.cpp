#include "views/tableexportdialog.h"

#include "support/outputfile.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace caselens::gui {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::gui::TableExport)
};

} // namespace

void exportTablesDialog(QWidget *parent, const QString &title, const QList<exporting::Table> &tables, const QString &projectPath,
                        const QByteArray &json)
{
    const QString path = QFileDialog::getSaveFileName(parent, title, QString(),
                                                      Tr::tr("Excel (*.xlsx);;CSV (*.csv);;LaTeX (*.tex);;Markdown (*.md);;HTML (*.html);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    const auto format = exporting::tableFormatFromName(QFileInfo(path).suffix());
    if (!format) {
        QMessageBox::warning(parent, title, Tr::tr("Choose a file ending in .xlsx, .csv, .tex, .md, .html or .json."));
        return;
    }
    // The dialog has asked before replacing a file; a project is still refused.
    Status s = checkOutputTarget({path, true, false, {projectPath}});
    if (s)
        s = exporting::writeTablesFile(tables, *format, path, json);
    if (!s)
        QMessageBox::warning(parent, title, s.error().message);
}

} // namespace caselens::gui
