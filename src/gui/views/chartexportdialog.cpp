#include "views/chartexportdialog.h"

#include "preferences.h"
#include "ui_chartexportdialog.h"

namespace caselens::gui {

ChartExportDialog::ChartExportDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::ChartExportDialog>())
{
    m_ui->setupUi(this);
    m_ui->widthSpin->setValue(prefs::chartWidthMm.value());
    m_ui->heightSpin->setValue(prefs::chartHeightMm.value());
    m_ui->dpiSpin->setValue(prefs::chartDpi.value());
    for (auto *spin : {m_ui->widthSpin, m_ui->heightSpin})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &ChartExportDialog::describe);
    connect(m_ui->dpiSpin, &QSpinBox::valueChanged, this, &ChartExportDialog::describe);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    describe();
}

ChartExportDialog::~ChartExportDialog() = default;

QSizeF ChartExportDialog::sizeMm() const { return {m_ui->widthSpin->value(), m_ui->heightSpin->value()}; }
int ChartExportDialog::dpi() const { return m_ui->dpiSpin->value(); }

void ChartExportDialog::remember() const
{
    prefs::chartWidthMm.set(sizeMm().width());
    prefs::chartHeightMm.set(sizeMm().height());
    prefs::chartDpi.set(dpi());
}

void ChartExportDialog::describe()
{
    const QSizeF mm = sizeMm();
    m_ui->pixels->setText(tr("A PNG of %1 × %2 pixels on white; SVG and PDF at this size are drawn as lines and text.")
                              .arg(qRound(mm.width() / 25.4 * dpi()))
                              .arg(qRound(mm.height() / 25.4 * dpi())));
}

} // namespace caselens::gui
