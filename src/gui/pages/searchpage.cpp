#include "pages/searchpage.h"

#include "document/projectdocument.h"
#include "document/readinbackground.h"
#include "export/table.h"
#include "models/tablemodel.h"
#include "ui_searchpage.h"

#include <QHeaderView>

namespace caselens::gui {

namespace {

enum Column { Case, Title, Left, Match, Right };
constexpr int kMaxLines = 1000;

} // namespace

SearchPage::SearchPage(ProjectDocument &document, QWidget *parent)
    : QWidget(parent), m_doc(document), m_ui(std::make_unique<Ui::SearchPage>()), m_model(new TableModel(this)),
      m_read(new LatestRead(this))
{
    m_ui->setupUi(this);
    m_model->setEmphasisColumn(Match);
    m_model->setRightAlignedColumn(Left);
    m_ui->hitsView->setModel(m_model);
    // Column widths from the first hundred rows, not thousands.
    m_ui->hitsView->horizontalHeader()->setResizeContentsPrecision(100);
    connect(m_ui->queryEdit, &QLineEdit::returnPressed, this, [this] { search(m_ui->queryEdit->text()); });
    connect(m_ui->hitsView, &QTableView::activated, this, [this](const QModelIndex &i) {
        if (i.row() < m_hits.size())
            Q_EMIT documentRequested(m_hits.at(i.row()).documentId, m_hits.at(i.row()).start, m_hits.at(i.row()).end);
    });
}

SearchPage::~SearchPage() = default;

void SearchPage::search(const QString &query)
{
    if (m_ui->queryEdit->text() != query)
        m_ui->queryEdit->setText(query);
    if (query.trimmed().isEmpty()) {
        m_read->forget();
        show(query, {});
        return;
    }
    // One character in a large project matches most passages: the search runs off the
    // window's thread.
    m_ui->info->setText(tr("Searching…"));
    m_read->start<Found>(
        m_doc.project().path(),
        [query](store::Project &project) -> Result<Found> {
            store::SearchIndex index(project);
            auto hits = index.search(query, kMaxLines, 24);
            if (!hits)
                return hits.error();
            const auto total = index.count(query);
            return Found{*hits, total ? *total : qint64(hits->size())};
        },
        [this, query](const Result<Found> &found) {
            if (found)
                show(query, *found);
            else {
                show(query, {});
                m_ui->info->setText(found.error().message);
            }
        });
}

void SearchPage::show(const QString &query, const Found &found)
{
    m_hits = found.hits;
    m_total = found.total;
    exporting::Table t;
    t.columns = {tr("Case"), tr("Title"), QString(), tr("Hit"), QString()};
    for (const auto &h : m_hits)
        t.rows.append({exporting::TableCell::fromNumber(double(h.documentId), 0), exporting::TableCell::fromText(h.title),
                       exporting::TableCell::fromText(h.left), exporting::TableCell::fromText(h.match), exporting::TableCell::fromText(h.right)});
    m_model->setTable(t);
    QHeaderView *header = m_ui->hitsView->horizontalHeader();
    m_ui->hitsView->resizeColumnsToContents();
    m_ui->hitsView->setColumnWidth(Title, qMin(m_ui->hitsView->columnWidth(Title), 240));
    header->setStretchLastSection(true);
    m_ui->info->setText(query.trimmed().isEmpty() ? QString()
                        : m_total > m_hits.size() ? tr("%1 passages; the first %2 shown").arg(m_total).arg(m_hits.size())
                                                  : tr("%1 passages").arg(m_total));
    Q_EMIT filled();
}

void SearchPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        search(m_ui->queryEdit->text());
    }
    QWidget::changeEvent(event);
}

} // namespace caselens::gui
