#include "views/statsview.h"

#include "document/projectdocument.h"
#include "uilanguage.h"
#include "analysis/tablebuilders.h"
#include "charts/distributionchart.h"
#include "models/tablemodel.h"
#include "pages/choices.h"
#include "pages/refreshwhenshown.h"
#include "store/codestore.h"
#include "views/chartexportdialog.h"
#include "views/tableexportdialog.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace caselens::gui {

StatsView::StatsView(ProjectDocument &document, QWidget *parent)
    : QWidget(parent), m_project(document.project()), m_by(new QComboBox(this)), m_unit(new QComboBox(this)),
      m_values(new QComboBox(this)), m_byLabel(new QLabel(this)), m_unitLabel(new QLabel(this)), m_valuesLabel(new QLabel(this)),
      m_status(new QComboBox(this)), m_coder(new QComboBox(this)), m_basisLabel(new QLabel(this)),
      m_exportTable(new QPushButton(this)), m_exportChart(new QPushButton(this)), m_view(new QTableView(this)),
      m_model(new TableModel(this)), m_chart(new DistributionChart(this)), m_note(new QLabel(this)),
      m_refresh(new RefreshWhenShown(this, [this] { recompute(); }))
{
    for (const char *by : {"region", "year", "type", "province", "none"})
        m_by->addItem(QString(), QString::fromLatin1(by));
    m_unit->addItem(QString(), QStringLiteral("segment"));
    m_unit->addItem(QString(), QStringLiteral("case"));
    m_values->addItem(QString(), true);
    m_values->addItem(QString(), false);
    for (const char *status : {"accepted", "suggested", "all"})
        m_status->addItem(QString(), QString::fromLatin1(status));
    retranslate();
    auto *exportTableButton = m_exportTable, *exportChartButton = m_exportChart;
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_byLabel);
    controls->addWidget(m_by);
    controls->addWidget(m_unitLabel);
    controls->addWidget(m_unit);
    controls->addWidget(m_valuesLabel);
    controls->addWidget(m_values);
    controls->addWidget(m_basisLabel);
    controls->addWidget(m_status);
    controls->addWidget(m_coder);
    controls->addStretch(1);
    controls->addWidget(exportTableButton);
    controls->addWidget(exportChartButton);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setWordWrap(false);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    layout->addWidget(split, 1);
    for (QComboBox *box : {m_by, m_unit, m_values, m_status, m_coder})
        connect(box, &QComboBox::currentIndexChanged, this, &StatsView::recompute);
    connect(exportTableButton, &QPushButton::clicked, this, &StatsView::exportTable);
    connect(exportChartButton, &QPushButton::clicked, this, &StatsView::exportChart);
    for (auto signal : {&ProjectDocument::codebookChanged, &ProjectDocument::metadataChanged})
        connect(&document, signal, this, &StatsView::invalidate);
    connect(&document, &ProjectDocument::codingsChanged, this, &StatsView::invalidate);
    connect(&document, &ProjectDocument::blindChanged, this, [this, &document] { setOnlyCoder(document.onlyCoder()); });
    // Computed when first shown: a large project's tables should not delay opening it.
}

void StatsView::retranslate()
{
    const QString byNames[] = {tr("Region"), tr("Year"), tr("Case type"), tr("Province"), tr("Overall")};
    for (int i = 0; i < m_by->count(); ++i)
        m_by->setItemText(i, byNames[i]);
    m_unit->setItemText(0, tr("Coded items"));
    m_unit->setItemText(1, tr("Cases"));
    m_values->setItemText(0, tr("Percent"));
    m_values->setItemText(1, tr("Counts"));
    m_status->setItemText(0, tr("accepted codings"));
    m_status->setItemText(1, tr("suggestions"));
    m_status->setItemText(2, tr("both"));
    if (m_coder->count() > 0)
        m_coder->setItemText(0, tr("of every coder"));
    m_basisLabel->setText(tr("Counting"));
    m_byLabel->setText(tr("Group by"));
    m_unitLabel->setText(tr("Count"));
    m_valuesLabel->setText(tr("Show"));
    m_exportTable->setText(tr("Export table…"));
    m_exportChart->setText(tr("Export chart…"));
}

void StatsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        invalidate(); // names of regions, types and codes in the new language
    }
    QWidget::changeEvent(event);
}

void StatsView::invalidate()
{
    m_refresh->changed();
}

void StatsView::setGrouping(const QString &by)
{
    const int i = m_by->findData(by);
    if (i < 0)
        return;
    const QSignalBlocker block(m_by);
    m_by->setCurrentIndex(i);
    recompute();
}

void StatsView::recompute()
{
    analysis::CrosstabSpec spec;
    const QString by = m_by->currentData().toString();
    if (by != QLatin1String("none"))
        spec.by = {by};
    spec.unit = m_unit->currentData().toString() == QLatin1String("case") ? analysis::Unit::Case : analysis::Unit::Segment;
    spec.rounding = analysis::Rounding::LargestRemainder;
    spec.lang = uiLanguage();
    m_refresh->done();
    // Coders come and go (imports, merges): the choice is filled again, keeping yours.
    QList<std::pair<QString, QString>> coders;
    for (const QString &c : store::CodeStore(m_project).coderNames())
        coders.append({c, c});
    refillChoices(m_coder, tr("of every coder"), coders);
    m_coder->setEnabled(m_onlyCoder.isEmpty());
    spec.status = m_status->currentData().toString();
    spec.coder = m_onlyCoder.isEmpty() ? m_coder->currentData().toString() : m_onlyCoder;
    auto t = analysis::computeCrosstab(m_project, spec);
    if (!t) {
        m_table.reset();
        m_model->setTable({});
        m_chart->clear();
        // In a blind session before your first coding there is no coder to count yet.
        const bool nothingYet = !spec.coder.isEmpty() && t.error().kind == ErrorKind::NotFound;
        m_note->setText(!nothingYet              ? t.error().message
                        : !m_onlyCoder.isEmpty() ? tr("Blind session: you have no codings yet.")
                                                 : tr("%1 has no codings counted here.").arg(spec.coder));
        return;
    }
    m_table = t.take();
    const exporting::Table table = analysis::paperTable(*m_table);
    m_model->setTable(table);
    m_note->setText(table.note);
    QHash<QString, QColor> colours;
    for (const auto &c : store::CodeStore(m_project).codes())
        colours.insert(c.code.key, QColor(c.code.color));
    m_chart->setCodeColours(colours);
    m_chart->setCrosstab(*m_table, m_values->currentData().toBool());
}

void StatsView::setCountingBasis(const QString &status, const QString &coder)
{
    {
        const QSignalBlocker a(m_status), b(m_coder);
        m_status->setCurrentIndex(qMax(0, m_status->findData(status)));
        if (m_coder->findData(coder) < 0)
            m_coder->addItem(coder, coder);
        m_coder->setCurrentIndex(qMax(0, m_coder->findData(coder)));
    }
    recompute();
}

void StatsView::setOnlyCoder(const QString &coder)
{
    m_onlyCoder = coder;
    invalidate();
}

QString StatsView::note() const
{
    return m_note->text();
}

void StatsView::exportTable()
{
    if (!m_table)
        recompute();
    if (!m_table)
        return;
    exportTablesDialog(this, tr("Export table"), {analysis::paperTable(*m_table), analysis::transposedTable(*m_table)}, m_project.path(),
                       analysis::crosstabJson(*m_table));
}

void StatsView::exportChart()
{
    if (!m_table)
        recompute();
    ChartExportDialog size(this);
    if (size.exec() != QDialog::Accepted)
        return;
    size.remember();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), QString(), tr("PNG (*.png);;SVG (*.svg);;PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = checkOutputTarget({path, true, false, {m_project.path()}}); !s) {
        QMessageBox::warning(this, tr("Export chart"), s.error().message);
        return;
    }
    QString error;
    if (!m_chart->exportTo(path, size.sizeMm(), size.dpi(), &error))
        QMessageBox::warning(this, tr("Export chart"), error.isEmpty() ? tr("Cannot write %1.").arg(path) : error);
}

} // namespace caselens::gui
