#include "views/statsview.h"

#include "analysis/tablebuilders.h"
#include "charts/distributionchart.h"
#include "models/tablemodel.h"

#include <QComboBox>
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

StatsView::StatsView(store::Project &project, QString lang, QWidget *parent)
    : QWidget(parent), m_project(project), m_lang(std::move(lang)), m_by(new QComboBox(this)), m_unit(new QComboBox(this)),
      m_values(new QComboBox(this)), m_view(new QTableView(this)), m_model(new TableModel(this)), m_chart(new DistributionChart(this)),
      m_note(new QLabel(this))
{
    m_by->addItem(tr("Region"), QStringLiteral("region"));
    m_by->addItem(tr("Year"), QStringLiteral("year"));
    m_by->addItem(tr("Case type"), QStringLiteral("type"));
    m_by->addItem(tr("Province"), QStringLiteral("province"));
    m_by->addItem(tr("Overall"), QStringLiteral("none"));
    m_unit->addItem(tr("Coded items"), QStringLiteral("segment"));
    m_unit->addItem(tr("Cases"), QStringLiteral("case"));
    m_values->addItem(tr("Percent"), true);
    m_values->addItem(tr("Counts"), false);
    auto *exportTableButton = new QPushButton(tr("Export table…"), this);
    auto *exportChartButton = new QPushButton(tr("Export chart…"), this);
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Group by"), this));
    controls->addWidget(m_by);
    controls->addWidget(new QLabel(tr("Count"), this));
    controls->addWidget(m_unit);
    controls->addWidget(new QLabel(tr("Show"), this));
    controls->addWidget(m_values);
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
    for (QComboBox *box : {m_by, m_unit, m_values})
        connect(box, &QComboBox::currentIndexChanged, this, &StatsView::recompute);
    connect(exportTableButton, &QPushButton::clicked, this, &StatsView::exportTable);
    connect(exportChartButton, &QPushButton::clicked, this, &StatsView::exportChart);
    // Computed when first shown (the window calls recompute): a large project's tables
    // should not delay opening it.
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
    spec.lang = m_lang;
    spec.coder = m_onlyCoder;
    auto t = analysis::computeCrosstab(m_project, spec);
    if (!t) {
        m_table.reset();
        m_model->setTable({});
        m_chart->clear();
        // In a blind session before your first coding there is no coder to count yet.
        const bool nothingYet = !m_onlyCoder.isEmpty() && t.error().kind == ErrorKind::NotFound;
        m_note->setText(nothingYet ? tr("Blind session: you have no codings yet.") : t.error().message);
        return;
    }
    m_table = t.take();
    const exporting::Table table = analysis::paperTable(*m_table);
    m_model->setTable(table);
    m_note->setText(table.note);
    m_chart->setCrosstab(*m_table, m_values->currentData().toBool());
}

void StatsView::setOnlyCoder(const QString &coder)
{
    m_onlyCoder = coder;
    if (m_table)
        recompute();
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
    const QString path = QFileDialog::getSaveFileName(this, tr("Export table"), QString(),
                                                      tr("Excel (*.xlsx);;CSV (*.csv);;LaTeX (*.tex);;Markdown (*.md);;HTML (*.html);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    const auto format = exporting::tableFormatFromName(QFileInfo(path).suffix());
    if (!format) {
        QMessageBox::warning(this, tr("Export table"), tr("Choose a file ending in .xlsx, .csv, .tex, .md, .html or .json."));
        return;
    }
    const QList<exporting::Table> tables{analysis::paperTable(*m_table), analysis::transposedTable(*m_table)};
    // The dialog has asked before replacing a file; a project is still refused.
    Status s = checkOutputTarget({path, true, false, {m_project.path()}});
    if (s)
        s = exporting::writeTablesFile(tables, *format, path, analysis::crosstabJson(*m_table));
    if (!s)
        QMessageBox::warning(this, tr("Export table"), s.error().message);
}

void StatsView::exportChart()
{
    if (!m_table)
        recompute();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), QString(), tr("PNG (*.png);;SVG (*.svg);;PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = checkOutputTarget({path, true, false, {m_project.path()}}); !s) {
        QMessageBox::warning(this, tr("Export chart"), s.error().message);
        return;
    }
    QString error;
    if (!m_chart->exportTo(path, &error))
        QMessageBox::warning(this, tr("Export chart"), error.isEmpty() ? tr("Cannot write %1.").arg(path) : error);
}

} // namespace caselens::gui
