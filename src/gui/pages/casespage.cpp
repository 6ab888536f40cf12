#include "pages/casespage.h"

#include "document/projectdocument.h"
#include "document/readinbackground.h"
#include "models/casesmodel.h"
#include "store/searchindex.h"
#include "ui_casespage.h"

#include <QHeaderView>
#include <QTimer>

namespace caselens::gui {

CasesPage::CasesPage(ProjectDocument &document, QWidget *parent)
    : QWidget(parent), m_doc(document), m_ui(std::make_unique<Ui::CasesPage>()), m_model(new CasesModel(document.project(), this)),
      m_search(new LatestRead(this))
{
    m_ui->setupUi(this);
    QTableView *view = m_ui->casesView;
    view->setModel(m_model);
    view->sortByColumn(CasesModel::Id, Qt::AscendingOrder);
    view->horizontalHeader()->setSectionResizeMode(CasesModel::Title, QHeaderView::Stretch);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(QFontMetrics(view->font()).height() + 8);
    fitColumns();

    connect(m_model, &CasesModel::errorOccurred, &m_doc, &ProjectDocument::reportError);
    // Filtering runs a query; wait for a pause in typing.
    auto *filterDelay = new QTimer(this);
    filterDelay->setSingleShot(true);
    filterDelay->setInterval(150);
    connect(filterDelay, &QTimer::timeout, this, [this] { m_model->setFilterText(m_ui->filterEdit->text()); });
    connect(m_ui->filterEdit, &QLineEdit::textChanged, filterDelay, qOverload<>(&QTimer::start));
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &CasesPage::runSearch);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString &t) {
        if (t.isEmpty())
            runSearch();
    });
    connect(view, &QTableView::activated, this,
            [this](const QModelIndex &i) { Q_EMIT documentActivated(i.data(CasesModel::DocumentIdRole).toLongLong()); });

    connect(&m_doc, &ProjectDocument::codingsChanged, this, [this](qint64 id) {
        if (id)
            m_model->refreshDocument(id);
        else
            m_model->reload();
    });
    connect(&m_doc, &ProjectDocument::metadataChanged, m_model, &CasesModel::reload);
    connect(&m_doc, &ProjectDocument::blindChanged, this, [this] { m_model->setOnlyCoder(m_doc.onlyCoder()); });
}

CasesPage::~CasesPage() = default;

QLineEdit *CasesPage::filterEdit() const { return m_ui->filterEdit; }
QLineEdit *CasesPage::searchEdit() const { return m_ui->searchEdit; }

void CasesPage::fitColumns()
{
    // Fixed widths: measuring contents would read every row, and a province's worth of
    // cases must open at once. Each column is as wide as its header or a typical value,
    // whichever is wider (plus room for the sort arrow); the title takes the rest.
    QTableView *view = m_ui->casesView;
    const QFontMetrics fm(view->font());
    const QFontMetrics headerFm(view->horizontalHeader()->font());
    const std::pair<int, const char *> widths[] = {{CasesModel::Id, "00000"}, {CasesModel::Unit, "上海市浦东新区实验小学"},
                                                   {CasesModel::Year, "0000"}, {CasesModel::Province, "Heilongjiang"},
                                                   {CasesModel::Region, "Northeast"}, {CasesModel::Type, "Regional development"},
                                                   {CasesModel::Codings, "000"}, {CasesModel::Suggested, "000"}};
    for (const auto &[column, sample] : widths) {
        const QString header = m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        view->setColumnWidth(column, qMax(fm.horizontalAdvance(QString::fromUtf8(sample)), headerFm.horizontalAdvance(header)) + 28);
    }
}

void CasesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_model->retranslate();
        fitColumns();
    }
    QWidget::changeEvent(event);
}

void CasesPage::runSearch()
{
    const QString q = m_ui->searchEdit->text().trimmed();
    if (q.isEmpty()) {
        m_search->forget();
        (void)m_model->setSearchHits(std::nullopt);
        m_ui->searchInfo->clear();
        return;
    }
    // A search of a large project takes a while (a second for one character in 100,000
    // cases): it runs on its own connection off the window's thread.
    m_ui->searchInfo->setText(tr("Searching…"));
    m_search->start<store::SearchIndex::Matches>(
        m_doc.project().path(), [q](store::Project &project) { return store::SearchIndex(project).matches(q); },
        [this](const Result<store::SearchIndex::Matches> &result) {
            if (!result) {
                m_ui->searchInfo->setText(result.error().message);
                return;
            }
            if (Status s = m_model->setSearchHits(result->documents); !s) {
                m_ui->searchInfo->setText(s.error().message);
                return;
            }
            // The cases with hits, whether or not the filter beside shows them all.
            m_ui->searchInfo->setText(tr("%1 passages in %2 cases").arg(result->passages).arg(result->documents.size()));
        });
}

} // namespace caselens::gui
