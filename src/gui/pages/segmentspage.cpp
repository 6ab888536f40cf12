#include "pages/segmentspage.h"

#include "document/projectdocument.h"
#include "document/readinbackground.h"
#include "export/table.h"
#include "metadata/casemeta.h"
#include "metadata/gazetteer.h"
#include "models/codebookmodel.h"
#include "models/tablemodel.h"
#include "pages/choices.h"
#include "pages/refreshwhenshown.h"
#include "views/tableexportdialog.h"
#include "store/codestore.h"
#include "ui_segmentspage.h"
#include "uilanguage.h"

#include <QHeaderView>

namespace caselens::gui {

SegmentsPage::SegmentsPage(ProjectDocument &document, CodebookModel &codebook, QWidget *parent)
    : QWidget(parent), m_doc(document), m_codebook(codebook), m_ui(std::make_unique<Ui::SegmentsPage>()), m_model(new TableModel(this)), m_read(new LatestRead(this)),
      m_refresh(new RefreshWhenShown(this, [this] { reload(); }))
{
    m_ui->setupUi(this);
    m_ui->codesList->setModel(&m_codebook);
    m_ui->codesList->setModelColumn(CodebookModel::Name);
    m_ui->segmentsView->setModel(m_model);
    // Column widths from the first hundred rows, not thousands.
    m_ui->segmentsView->horizontalHeader()->setResizeContentsPrecision(100);
    m_ui->clearCellButton->hide();
    fillCoders();
    connect(m_ui->codesList->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SegmentsPage::reload);
    connect(m_ui->coderCombo, &QComboBox::currentIndexChanged, this, &SegmentsPage::reload);
    connect(m_ui->clearCellButton, &QPushButton::clicked, this, [this] { setCellFilter({}, {}, {}); });
    connect(m_ui->exportButton, &QPushButton::clicked, this, &SegmentsPage::exportSegments);
    connect(m_ui->segmentsView, &QTableView::activated, this, [this](const QModelIndex &i) {
        if (i.row() < m_segments.size()) {
            const auto &s = m_segments.at(i.row());
            Q_EMIT documentRequested(s.documentId, s.start, s.end);
        }
    });
    connect(&m_doc, &ProjectDocument::codingsChanged, m_refresh, &RefreshWhenShown::changed);
    connect(&m_doc, &ProjectDocument::codebookChanged, this, &SegmentsPage::fillCoders);
}

SegmentsPage::~SegmentsPage() = default;

void SegmentsPage::fillCoders()
{
    QList<std::pair<QString, QString>> coders;
    for (const QString &c : store::CodeStore(m_doc.project()).coderNames())
        coders.append({c, c});
    refillChoices(m_ui->coderCombo, tr("Everyone"), coders);
}

void SegmentsPage::setCodes(const QStringList &keys)
{
    QItemSelection selection;
    for (int r = 0; r < m_codebook.rowCount(); ++r)
        if (keys.contains(m_codebook.index(r, 0).data(CodebookModel::KeyRole).toString()))
            selection.select(m_codebook.index(r, 0), m_codebook.index(r, 0));
    m_ui->codesList->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    reload();
}

void SegmentsPage::setCellFilter(const QString &field, const QString &value, const QString &label)
{
    m_field = field;
    m_value = value;
    m_cellLabel = label;
    m_ui->cellLabel->setText(label.isEmpty() ? QString() : tr("Only: %1").arg(label));
    m_ui->clearCellButton->setVisible(!field.isEmpty());
    reload();
}

void SegmentsPage::reload()
{
    m_refresh->done();
    store::SegmentQuery q;
    for (const QModelIndex &i : m_ui->codesList->selectionModel()->selectedIndexes())
        q.codes.append(i.data(CodebookModel::KeyRole).toString());
    q.basis.coder = m_doc.isBlind() ? m_doc.coderName() : m_ui->coderCombo->currentData().toString();
    q.field = m_field;
    q.value = m_value;
    if (q.codes.isEmpty()) {
        m_read->forget();
        show(q, {});
        return;
    }
    // Every passage of a common code in a large project is thousands of rows: read off
    // the window's thread.
    m_ui->summary->setText(tr("Reading…"));
    m_read->start<QList<store::CodedSegment>>(
        m_doc.project().path(), [q](store::Project &project) { return store::codedSegments(project, q); },
        [this, q](const Result<QList<store::CodedSegment>> &found) {
            if (!found)
                m_doc.reportStatus(found.error().message);
            show(q, found ? *found : QList<store::CodedSegment>{});
        });
}

void SegmentsPage::show(const store::SegmentQuery &q, const QList<store::CodedSegment> &segments)
{
    m_segments = segments;
    // One table serves the screen and the export.
    const QString lang = uiLanguage();
    exporting::Table t;
    t.name = QStringLiteral("segments");
    t.columns = {tr("Case"), tr("Title"), tr("Year"), tr("Province"), tr("Type"), tr("Code"), tr("Coder"), tr("Passage")};
    QSet<qint64> cases;
    for (const auto &s : m_segments) {
        const auto *code = m_codebook.code(s.code);
        t.rows.append({exporting::TableCell::fromNumber(double(s.documentId), 0), exporting::TableCell::fromText(s.title),
                       exporting::TableCell::fromText(s.year), exporting::TableCell::fromText(metadata::Gazetteer::builtin().displayName(s.province, lang)),
                       exporting::TableCell::fromText(metadata::caseTypeName(s.type, lang)),
                       exporting::TableCell::fromText(code ? code->name(lang) : s.code), exporting::TableCell::fromText(s.coder),
                       exporting::TableCell::fromText(s.text)});
        cases.insert(s.documentId);
    }
    t.note = tr("%1 coded passages in %2 cases.").arg(m_segments.size()).arg(cases.size());
    m_model->setTable(t);
    m_ui->summary->setText(q.codes.isEmpty() ? tr("Choose one or more codes on the left.") : t.note);
    // The metadata as wide as it needs (the title at most 260 pixels), the passage the rest.
    QTableView *view = m_ui->segmentsView;
    for (int c = 0; c + 1 < t.columns.size(); ++c)
        view->resizeColumnToContents(c);
    view->setColumnWidth(1, qMin(view->columnWidth(1), 260));
    view->horizontalHeader()->setSectionResizeMode(int(t.columns.size()) - 1, QHeaderView::Stretch);
    Q_EMIT filled();
}

void SegmentsPage::exportSegments()
{
    exportTablesDialog(this, tr("Export segments"), {m_model->table()}, m_doc.project().path());
}

void SegmentsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->coderCombo->setItemText(0, tr("Everyone"));
        setCellFilter(m_field, m_value, m_cellLabel);
    }
    QWidget::changeEvent(event);
}

} // namespace caselens::gui
