#include "views/sampledialog.h"

#include "ui_sampledialog.h"

#include <QDate>
#include <QFileInfo>
#include <QPushButton>
#include <QRandomGenerator>

namespace caselens::gui {

SampleDialog::SampleDialog(store::Project &project, QWidget *parent)
    : QDialog(parent), m_project(project), m_ui(std::make_unique<Ui::SampleDialog>())
{
    m_ui->setupUi(this);
    m_ui->strataCombo->addItem(tr("Nothing (simple random sample)"), QString());
    m_ui->strataCombo->addItem(tr("Region"), QStringLiteral("region"));
    m_ui->strataCombo->addItem(tr("Year"), QStringLiteral("year"));
    m_ui->strataCombo->addItem(tr("Case type"), QStringLiteral("type"));
    m_ui->strataCombo->addItem(tr("Province"), QStringLiteral("province"));
    m_ui->nameEdit->setText(QStringLiteral("sample-%1").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
    connect(m_ui->newSeedButton, &QPushButton::clicked, this,
            [this] { m_ui->seedSpin->setValue(int(QRandomGenerator::global()->bounded(1, 1000000))); });
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &SampleDialog::describe);
    connect(m_ui->unitCombo, &QComboBox::currentIndexChanged, this, &SampleDialog::describe);
    connect(m_ui->sizeSpin, &QSpinBox::valueChanged, this, &SampleDialog::describe);
    connect(m_ui->seedSpin, &QSpinBox::valueChanged, this, &SampleDialog::describe);
    connect(m_ui->strataCombo, &QComboBox::currentIndexChanged, this, &SampleDialog::describe);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        if (draw())
            accept();
    });
    describe();
}

SampleDialog::~SampleDialog() = default;

review::SampleSpec SampleDialog::spec() const
{
    review::SampleSpec s;
    s.name = m_ui->nameEdit->text().trimmed();
    s.unit = m_ui->unitCombo->currentIndex() == 1 ? QStringLiteral("passage") : QStringLiteral("document");
    s.size = m_ui->sizeSpin->value();
    s.seed = quint64(m_ui->seedSpin->value());
    s.stratify = m_ui->strataCombo->currentData().toString();
    return s;
}

void SampleDialog::setSpec(const review::SampleSpec &s)
{
    m_ui->nameEdit->setText(s.name);
    m_ui->unitCombo->setCurrentIndex(s.unit == QLatin1String("passage") ? 1 : 0);
    m_ui->sizeSpin->setValue(s.size);
    m_ui->seedSpin->setValue(int(s.seed));
    m_ui->strataCombo->setCurrentIndex(qMax(0, m_ui->strataCombo->findData(s.stratify)));
}

void SampleDialog::describe()
{
    // The same sample from the command line: what a methods section cites.
    const review::SampleSpec s = spec();
    QString command = QStringLiteral("caselens-cli sample %1 --name %2 --n %3 --seed %4 --unit %5")
                          .arg(QFileInfo(m_project.path()).fileName(), s.name.isEmpty() ? QStringLiteral("…") : s.name)
                          .arg(s.size)
                          .arg(s.seed)
                          .arg(s.unit);
    if (!s.stratify.isEmpty())
        command += QStringLiteral(" --stratify ") + s.stratify;
    m_ui->commandLine->setText(tr("The same sample from the command line:") + QStringLiteral("<br><code>%1</code>").arg(command.toHtmlEscaped()));
    m_ui->error->clear();
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!s.name.isEmpty());
}

Status SampleDialog::draw()
{
    auto chosen = review::drawSample(m_project, spec());
    if (!chosen) {
        m_ui->error->setText(chosen.error().message);
        return chosen.error();
    }
    m_drawn = *chosen;
    return {};
}

} // namespace caselens::gui
