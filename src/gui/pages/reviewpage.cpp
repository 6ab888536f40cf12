#include "pages/reviewpage.h"

#include "commands/codingcommands.h"
#include "document/projectdocument.h"
#include "models/codebookmodel.h"
#include "models/reviewqueuemodel.h"
#include "pages/choices.h"
#include "pages/refreshwhenshown.h"
#include "ui_reviewpage.h"
#include "uilanguage.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QTextBrowser>

namespace caselens::gui {

ReviewPage::ReviewPage(ProjectDocument &document, const CodebookModel &codebook, QWidget *parent)
    : QWidget(parent), m_doc(document), m_codebook(codebook), m_ui(std::make_unique<Ui::ReviewPage>()),
      m_model(new ReviewQueueModel(document.project(), uiLanguage(), this)), m_refresh(new RefreshWhenShown(this, [this] { reload(); }))
{
    m_ui->setupUi(this);
    QTableView *view = m_ui->queueView;
    view->setModel(m_model);
    view->horizontalHeader()->setSectionResizeMode(ReviewQueueModel::Passage, QHeaderView::Stretch);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->setColumnWidth(ReviewQueueModel::Case, 320);
    view->setColumnWidth(ReviewQueueModel::Code, 240);
    view->installEventFilter(this);
    fillCodeChoices();

    connect(m_ui->orderCombo, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_model->setOrder(i == 0 ? ReviewQueueModel::Order::Uncertain : i == 1 ? ReviewQueueModel::Order::Score : ReviewQueueModel::Order::Document);
    });
    connect(m_ui->codeFilter, &QComboBox::currentIndexChanged, this, [this] { m_model->setCodeFilter(m_ui->codeFilter->currentData().toString()); });
    connect(m_ui->engineFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setEngineFilter(m_ui->engineFilter->currentData().toString()); });
    auto scoreChanged = [this] { m_model->setScoreRange(m_ui->minScore->value(), m_ui->maxScore->value()); };
    connect(m_ui->minScore, &QDoubleSpinBox::valueChanged, this, scoreChanged);
    connect(m_ui->maxScore, &QDoubleSpinBox::valueChanged, this, scoreChanged);
    connect(m_ui->casesEdit, &QLineEdit::editingFinished, this, [this] {
        if (Status s = m_model->setDocumentFilter(m_ui->casesEdit->text()); !s)
            m_doc.reportStatus(s.error().message);
    });
    connect(m_ui->acceptButton, &QPushButton::clicked, this, [this] { decideCurrent(true); });
    connect(m_ui->rejectButton, &QPushButton::clicked, this, [this] { decideCurrent(false); });
    m_ui->queueSplitter->setStretchFactor(0, 3);
    m_ui->queueSplitter->setStretchFactor(1, 1);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReviewPage::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, m_ui->detail, &QTextBrowser::clear);
    connect(view, &QTableView::activated, this,
            [this](const QModelIndex &i) { Q_EMIT documentActivated(i.data(ReviewQueueModel::DocumentIdRole).toLongLong()); });

    connect(&m_doc, &ProjectDocument::codingsChanged, m_refresh, &RefreshWhenShown::changed);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReviewPage::summarise);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ReviewPage::summarise);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_currentRow = m_ui->queueView->currentIndex().isValid() ? m_ui->queueView->currentIndex().row() : -1;
    });
    connect(m_model, &ReviewQueueModel::loaded, this, &ReviewPage::afterLoad);
    summarise();
    connect(&m_doc, &ProjectDocument::codebookChanged, this, [this] {
        fillCodeChoices();
        m_refresh->changed();
    });
}

ReviewPage::~ReviewPage() = default;

void ReviewPage::showDetail(const QModelIndex &current)
{
    if (!current.isValid() || current.row() >= m_model->rowCount()) {
        m_ui->detail->clear();
        return;
    }
    const store::QueuedSuggestion &s = m_model->suggestion(current.row());
    const auto *code = m_codebook.code(s.code);
    const QString codeName = code ? code->name(m_codebook.lang()) : s.codeName;
    QString html = QStringLiteral("<p><b>#%1 %2</b></p>").arg(s.document).arg(s.title.toHtmlEscaped());
    html += QStringLiteral("<p>") + tr("%1 suggests <span style=\"color:%2\">■</span> <b>%3</b> (score %4).")
                                        .arg(s.engine.toHtmlEscaped(), code ? code->color : QStringLiteral("#888888"), codeName.toHtmlEscaped(),
                                             QString::number(s.score, 'f', 2))
            + QStringLiteral("</p>");
    html += QStringLiteral("<blockquote>%1</blockquote>").arg(m_model->passage(current.row()).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    if (!s.rationale.isEmpty())
        html += QStringLiteral("<p><i>%1</i> %2</p>").arg(tr("Why:"), s.rationale.toHtmlEscaped());
    m_ui->detail->setHtml(html);
}

QString ReviewPage::detailText() const { return m_ui->detail->toPlainText(); }

void ReviewPage::fillCodeChoices()
{
    QList<std::pair<QString, QString>> codes;
    for (const auto &c : m_codebook.codes())
        codes.append({c.name(m_codebook.lang()), c.key});
    refillChoices(m_ui->codeFilter, tr("All codes"), codes);
}

void ReviewPage::fillEngineChoices()
{
    QList<std::pair<QString, QString>> engines;
    for (const QString &e : m_model->engines())
        engines.append({e, e});
    refillChoices(m_ui->engineFilter, tr("All engines"), engines);
}

void ReviewPage::reload()
{
    // Ordering every open suggestion takes a while on a large project: only when in view
    // (RefreshWhenShown).
    fillEngineChoices();
    m_model->reload();
}

void ReviewPage::afterLoad()
{
    if (!m_model->failure().isEmpty())
        m_doc.reportStatus(m_model->failure());
    // Work on through the queue without the mouse: the same row stays current.
    if (m_model->rowCount() > 0 && m_currentRow >= 0)
        m_ui->queueView->setCurrentIndex(m_model->index(qMin(m_currentRow, m_model->rowCount() - 1), 0));
    Q_EMIT filled();
}

void ReviewPage::summarise()
{
    // What is waiting, by engine and by code, or what to do when nothing is.
    const int n = m_model->rowCount();
    if (n == 0 && m_model->isLoading()) {
        m_ui->queueSummary->setText(tr("Reading the queue…"));
        return;
    }
    if (n == 0) {
        m_ui->queueSummary->setText(tr("Nothing is waiting for review here. Let an engine suggest codes first: Coding ▸ Suggest codes with "
                                       "the lexicon (or the learned coder, or an LLM); its suggestions appear here to accept or reject."));
        return;
    }
    QMap<QString, int> byEngine, byCode;
    for (int r = 0; r < n; ++r) {
        byEngine[m_model->index(r, ReviewQueueModel::Engine).data().toString()] += 1;
        byCode[m_model->index(r, ReviewQueueModel::Code).data().toString()] += 1;
    }
    auto list = [](const QMap<QString, int> &counts) {
        QStringList parts;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            parts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
        return parts.join(QStringLiteral(", "));
    };
    m_ui->queueSummary->setText(tr("%1 suggestions waiting. By engine: %2. By code: %3.").arg(n).arg(list(byEngine), list(byCode)));
}

void ReviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const int order = m_ui->orderCombo->currentIndex();
        m_ui->retranslateUi(this);
        m_ui->orderCombo->setCurrentIndex(order);
        m_model->retranslate();
        fillCodeChoices();
        fillEngineChoices();
        summarise();
    }
    QWidget::changeEvent(event);
}

bool ReviewPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->queueView && event->type() == QEvent::KeyPress) {
        const QString t = static_cast<QKeyEvent *>(event)->text().toLower();
        if (t == QLatin1String("a") || t == QLatin1String("r")) {
            decideCurrent(t == QLatin1String("a"));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReviewPage::decideCurrent(bool accept)
{
    QTableView *view = m_ui->queueView;
    const QModelIndex i = view->currentIndex().isValid() ? view->currentIndex() : m_model->index(0, 0);
    if (!i.isValid())
        return;
    const int row = i.row();
    const qint64 coding = i.data(ReviewQueueModel::CodingIdRole).toLongLong();
    m_doc.push(new DecisionCommand(m_doc, coding, i.data(ReviewQueueModel::DocumentIdRole).toLongLong(),
                                   accept ? DecisionCommand::Decision::Accept : DecisionCommand::Decision::Reject));
    m_model->removeCoding(coding);
    // Work on through the queue without the mouse.
    view->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1), 0));
}

} // namespace caselens::gui
