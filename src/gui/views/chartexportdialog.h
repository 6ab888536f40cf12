#pragma once
// ChartExportDialog: the size (millimetres) and resolution (dpi) a chart is exported at,
// remembered for the next export. Form: ui/chartexportdialog.ui.

#include <QDialog>
#include <QSizeF>
#include <memory>

namespace Ui {
class ChartExportDialog;
}

namespace caselens::gui {

class ChartExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ChartExportDialog(QWidget *parent = nullptr);
    ~ChartExportDialog() override;
    QSizeF sizeMm() const;
    int dpi() const;
    // Keeps the choice for the next export.
    void remember() const;

private:
    void describe();
    std::unique_ptr<Ui::ChartExportDialog> m_ui;
};

} // namespace caselens::gui
