#include "pages/matrixpage.h"

#include "document/projectdocument.h"
#include "document/readinbackground.h"
#include "models/tablemodel.h"
#include "pages/refreshwhenshown.h"
#include "store/documentstore.h"
#include "ui_matrixpage.h"
#include "uilanguage.h"

#include <QHeaderView>

namespace caselens::gui {

namespace {

// As the form lists them; "case" is each case on its own (MAXQDA's code matrix browser).
const QStringList kFields = {QStringLiteral("region"), QStringLiteral("year"), QStringLiteral("type"), QStringLiteral("province"), QStringLiteral("case")};

} // namespace

MatrixPage::MatrixPage(ProjectDocument &document, QWidget *parent)
    : QWidget(parent), m_doc(document), m_ui(std::make_unique<Ui::MatrixPage>()), m_model(new TableModel(this)), m_read(new LatestRead(this)),
      m_refresh(new RefreshWhenShown(this, [this] { recompute(); }))
{
    m_ui->setupUi(this);
    m_model->setHeatFromColumn(1);
    m_ui->matrixView->setModel(m_model);
    connect(m_ui->byCombo, &QComboBox::currentIndexChanged, this, &MatrixPage::recompute);
    connect(m_ui->matrixView, &QTableView::clicked, this, [this](const QModelIndex &i) {
        if (!m_table || i.column() < 1 || i.column() > m_table->groups.size() || i.row() >= m_table->codes.size())
            return;
        const auto &group = m_table->groups.at(i.column() - 1);
        const QString value = group.key.value(0);
        Q_EMIT cellActivated(m_table->codes.at(i.row()), field(), value,
                             m_table->codeNames.at(i.row()) + QStringLiteral(" · ") + m_table->labels.label(field(), value));
    });
    fillAttributes();
    for (auto signal : {&ProjectDocument::codebookChanged, &ProjectDocument::metadataChanged})
        connect(&m_doc, signal, m_refresh, &RefreshWhenShown::changed);
    connect(&m_doc, &ProjectDocument::metadataChanged, this, &MatrixPage::fillAttributes);
    connect(&m_doc, &ProjectDocument::codingsChanged, m_refresh, &RefreshWhenShown::changed);
    connect(&m_doc, &ProjectDocument::blindChanged, m_refresh, &RefreshWhenShown::changed);
}

MatrixPage::~MatrixPage() = default;

QString MatrixPage::field() const
{
    const int i = m_ui->byCombo->currentIndex();
    return i < kFields.size() ? kFields.value(i, kFields.first()) : m_ui->byCombo->currentData().toString();
}

void MatrixPage::fillAttributes()
{
    // After the fields every case has, the attributes the project's cases carry.
    const QString current = field();
    const QSignalBlocker block(m_ui->byCombo);
    while (m_ui->byCombo->count() > kFields.size())
        m_ui->byCombo->removeItem(m_ui->byCombo->count() - 1);
    for (const QString &name : store::DocumentStore(m_doc.project()).attributeNames())
        m_ui->byCombo->addItem(name, name);
    const int again = kFields.contains(current) ? int(kFields.indexOf(current)) : m_ui->byCombo->findData(current);
    m_ui->byCombo->setCurrentIndex(qMax(0, again));
}

void MatrixPage::setGrouping(const QString &f)
{
    const int i = kFields.contains(f) ? int(kFields.indexOf(f)) : m_ui->byCombo->findData(f);
    if (i >= 0 && i != m_ui->byCombo->currentIndex())
        m_ui->byCombo->setCurrentIndex(i); // recomputes
    else
        recompute();
}

void MatrixPage::recompute()
{
    m_refresh->done();
    analysis::CrosstabSpec spec;
    spec.by = {field()};
    spec.unit = analysis::Unit::Segment;
    spec.lang = uiLanguage();
    spec.coder = m_doc.onlyCoder();
    m_ui->note->setText(tr("Counting…"));
    m_read->start<analysis::Crosstab>(
        m_doc.project().path(), [spec](store::Project &project) { return analysis::computeCrosstab(project, spec); },
        [this, lang = spec.lang](const Result<analysis::Crosstab> &t) { show(t, lang); });
}

void MatrixPage::show(const Result<analysis::Crosstab> &t, const QString &lang)
{
    if (!t) {
        m_table.reset();
        m_model->setTable({});
        m_ui->note->setText(t.error().message);
        Q_EMIT filled();
        return;
    }
    m_table = *t;
    // Codes down, groups across: the transpose of the stats table, the same counts.
    exporting::Table table;
    table.name = QStringLiteral("matrix");
    table.columns.append(tr("Code"));
    QStringList tips{QString()};
    for (const auto &g : m_table->groups) {
        QString label = m_table->labels.label(field(), g.key.value(0));
        tips.append(label);
        // Hundreds of cases side by side: each headed by its number and the start of its
        // title; the whole title is the header's tooltip.
        const qsizetype room = g.key.value(0).size() + 6;
        if (field() == QLatin1String("case") && label.size() > room + 1)
            label = label.left(room) + QChar(0x2026);
        table.columns.append(label);
    }
    table.columns.append(tr("Total"));
    for (int c = 0; c < m_table->codes.size(); ++c) {
        QList<exporting::TableCell> row{exporting::TableCell::fromText(m_table->codeNames.at(c))};
        for (const auto &g : m_table->groups)
            row.append(exporting::TableCell::fromNumber(double(g.counts.value(c)), 0));
        row.append(exporting::TableCell::fromNumber(double(m_table->totals.counts.value(c)), 0));
        table.rows.append(row);
    }
    QHeaderView *header = m_ui->matrixView->horizontalHeader();
    const bool many = table.columns.size() > 60;
    if (many) {
        // Thousands of cases side by side: measuring every cell would hold the window up
        // (a third of a second at 10,000 cases); their headers are short, so one width,
        // given before the columns exist, fits them all.
        const auto longest = std::max_element(table.columns.begin() + 1, table.columns.end(),
                                              [](const QString &a, const QString &b) { return a.size() < b.size(); });
        header->setDefaultSectionSize(header->fontMetrics().horizontalAdvance(*longest) + 16);
    }
    m_model->setTable(table, tips);
    if (many)
        m_ui->matrixView->resizeColumnToContents(0);
    else
        m_ui->matrixView->resizeColumnsToContents();
    m_ui->note->setText(m_table->spec.counting().describe(lang));
    Q_EMIT filled();
}

void MatrixPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const int by = m_ui->byCombo->currentIndex();
        {
            const QSignalBlocker block(m_ui->byCombo);
            m_ui->retranslateUi(this);
            m_ui->byCombo->setCurrentIndex(by);
        }
        m_refresh->changed();
    }
    QWidget::changeEvent(event);
}

} // namespace caselens::gui
