#include "views/caselist.h"

#include "document/projectdocument.h"
#include "models/casesmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace caselens::gui {

CaseList::CaseList(ProjectDocument &document, QWidget *parent)
    : QWidget(parent), m_doc(document), m_filter(new QLineEdit(this)), m_view(new QTableView(this)), m_model(new CasesModel(document.project(), this))
{
    m_filter->setClearButtonEnabled(true);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(QFontMetrics(m_view->font()).height() + 6);
    for (int c = 0; c < CasesModel::ColumnCount; ++c)
        m_view->setColumnHidden(c, c != CasesModel::Id && c != CasesModel::Title);
    m_view->setColumnWidth(CasesModel::Id, QFontMetrics(m_view->font()).horizontalAdvance(QStringLiteral("00000")) + 24);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(CasesModel::Title, QHeaderView::Stretch);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    setMinimumWidth(200);

    // The same filter as the Cases page, after a pause in typing.
    auto *delay = new QTimer(this);
    delay->setSingleShot(true);
    delay->setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, delay, qOverload<>(&QTimer::start));
    connect(delay, &QTimer::timeout, this, [this] {
        m_model->setFilterText(m_filter->text());
        setCurrent(m_current);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        const qint64 id = i.isValid() ? m_model->documentId(i.row()) : 0;
        if (id && id != m_current) {
            m_current = id;
            Q_EMIT caseChosen(id);
        }
    });
    connect(m_model, &CasesModel::errorOccurred, &m_doc, &ProjectDocument::reportError);
    connect(&m_doc, &ProjectDocument::metadataChanged, m_model, &CasesModel::reload);
    connect(&m_doc, &ProjectDocument::blindChanged, this, [this] { m_model->setOnlyCoder(m_doc.onlyCoder()); });
    m_filter->setPlaceholderText(tr("Filter cases…"));
}

void CaseList::setCurrent(qint64 documentId)
{
    m_current = documentId;
    const int row = documentId ? m_model->rowOf(documentId) : -1;
    const QSignalBlocker block(m_view->selectionModel());
    if (row < 0) {
        m_view->clearSelection();
        return;
    }
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, CasesModel::Title), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(m_model->index(row, CasesModel::Title));
    m_view->viewport()->update();
}

void CaseList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_filter->setPlaceholderText(tr("Filter cases…"));
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace caselens::gui
