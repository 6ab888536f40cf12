#include "views/mainwindow.h"

#include "coding/coderfactory.h"
#include "coding/codingrun.h"
#include "coding/learnedcoder.h"
#include "coding/lexiconcoder.h"
#include "coding/llmcoder.h"
#include "store/regionsetting.h"
#include "commands/codingcommands.h"
#include "commands/editcommands.h"
#include "export/qdpxexport.h"
#include "import/importjob.h"
#include "import/qdpximport.h"
#include "models/casesmodel.h"
#include "models/codebookmodel.h"
#include "models/reviewqueuemodel.h"
#include "store/codestore.h"
#include "store/searchindex.h"
#include "views/documentview.h"
#include "translations.h"
#include "views/agreementview.h"
#include "views/codedialog.h"
#include "views/llmsettingsdialog.h"
#include "views/memopanel.h"
#include "views/statsview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <atomic>

namespace caselens::gui {

namespace {

// Forwards progress from a worker thread to the GUI thread and carries Cancel back.
class ThreadProgress : public ProgressSink {
public:
    ThreadProgress(QProgressDialog *dialog, std::atomic_bool &cancelled) : m_dialog(dialog), m_cancelled(cancelled) {}
    void start(const QString &, qint64 total) override
    {
        QMetaObject::invokeMethod(m_dialog, [d = m_dialog, total] { d->setMaximum(int(std::max<qint64>(total, 0))); }, Qt::QueuedConnection);
    }
    bool step(qint64 done, const QString &) override
    {
        QMetaObject::invokeMethod(m_dialog, [d = m_dialog, done] { d->setValue(int(done)); }, Qt::QueuedConnection);
        return !m_cancelled.load();
    }
    const std::atomic_bool *cancelFlag() const override { return &m_cancelled; }

private:
    QProgressDialog *m_dialog;
    std::atomic_bool &m_cancelled;
};

QString defaultCoderName()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("coder") : user;
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_undo(new QUndoStack(this))
{
    QSettings settings;
    m_coderName = settings.value(QStringLiteral("coder/name"), defaultCoderName()).toString();
    buildUi();
    buildMenus();
    resize(1400, 900);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    m_tabs = new QTabWidget(this);
    setCentralWidget(m_tabs);
    statusBar()->showMessage(tr("Open a project to begin."));
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New project…"), QKeySequence::New, this, &MainWindow::newProject);
    file->addAction(tr("&Open project…"), QKeySequence::Open, this, &MainWindow::openProjectDialog);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addSeparator();
    file->addAction(tr("&Import documents…"), this, &MainWindow::importDocuments);
    file->addAction(tr("Import a &folder…"), this, &MainWindow::importFolder);
    file->addAction(tr("Import a REFI-QDA project (.qdpx)…"), this, [this] {
        const QString from = QFileDialog::getOpenFileName(this, tr("Import REFI-QDA project"), QString(), tr("REFI-QDA projects (*.qdpx)"));
        if (from.isEmpty())
            return;
        const QString to = QFileDialog::getSaveFileName(this, tr("New project"), QString(), tr("CaseLens projects (*.caselens)"));
        if (to.isEmpty())
            return;
        auto r = import::importQdpx(from, to);
        if (!r) {
            showError(r.error().message);
            return;
        }
        QString error;
        if (!openProject(to, &error))
            showError(error);
        else if (!r->notes.isEmpty())
            QMessageBox::information(this, tr("Import REFI-QDA project"), r->notes.join(QLatin1Char('\n')));
    });
    file->addAction(tr("Export as REFI-QDA project (.qdpx)…"), this, [this] {
        if (!m_project)
            return;
        const QString to = QFileDialog::getSaveFileName(this, tr("Export REFI-QDA project"), QString(), tr("REFI-QDA projects (*.qdpx)"));
        if (to.isEmpty())
            return;
        if (Status s = checkOutputTarget({to, true, false, {m_project->path()}}); !s) {
            showError(s.error().message);
            return;
        }
        auto r = exporting::exportQdpx(*m_project, to);
        if (!r)
            showError(r.error().message);
        else
            statusBar()->showMessage(tr("Exported %1 sources and %2 codings to %3").arg(r->sources).arg(r->codings).arg(to), 10000);
    });
    file->addAction(tr("Export &table…"), this, [this] {
        if (m_stats)
            m_stats->exportTable();
    });
    file->addAction(tr("Export &chart…"), this, [this] {
        if (m_stats)
            m_stats->exportChart();
    });
    file->addAction(tr("Save a &copy…"), this, &MainWindow::saveCopy);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&New code…"), this, &MainWindow::newCode);
    edit->addAction(tr("&Edit the selected code…"), this, [this] {
        if (m_codebookView && m_codebookView->currentIndex().isValid())
            editCode(m_codebookView->currentIndex().data(CodebookModel::KeyRole).toString());
    });
    edit->addAction(tr("&Project memo…"), this, &MainWindow::editProjectMemo);

    QMenu *coding = menuBar()->addMenu(tr("&Coding"));
    coding->addAction(tr("Suggest codes with the &lexicon"), this, [this] { runEngine(QStringLiteral("lexicon")); });
    coding->addAction(tr("&Train the learned coder"), this, &MainWindow::trainLearned);
    coding->addAction(tr("Suggest codes with the l&earned coder"), this, [this] { runEngine(QStringLiteral("learned")); });
    coding->addAction(tr("Suggest codes with the LL&M (Settings ▸ LLM endpoint)"), this, [this] { runEngine(QStringLiteral("llm")); });

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QMenu *language = settingsMenu->addMenu(tr("&Language"));
    // Queued: switching rebuilds the menus, and the action that asked must not be deleted
    // while its signal is still running.
    language->addAction(QStringLiteral("中文"), this, [this] {
        QMetaObject::invokeMethod(this, [this] { setLanguage(QStringLiteral("zh_CN")); }, Qt::QueuedConnection);
    });
    language->addAction(QStringLiteral("English"), this, [this] {
        QMetaObject::invokeMethod(this, [this] { setLanguage(QStringLiteral("en")); }, Qt::QueuedConnection);
    });
    QMenu *regions = settingsMenu->addMenu(tr("&Region scheme"));
    for (const auto &[id, label] : {std::pair{QStringLiteral("three"), tr("Three regions (east, central, west)")},
                                    std::pair{QStringLiteral("four"), tr("Four regions (with the north-east)")}}) {
        regions->addAction(label, this, [this, id] {
            if (!m_project)
                return;
            auto scheme = metadata::RegionScheme::builtin(id);
            auto changed = scheme ? store::setRegionScheme(*m_project, *scheme, true) : Result<int>(scheme.error());
            if (!changed) {
                showError(changed.error().message);
                return;
            }
            m_cases->reload();
            invalidateStats();
            statusBar()->showMessage(tr("Region scheme set; %1 documents updated.").arg(*changed), 8000);
        });
    }
    settingsMenu->addAction(tr("&LLM endpoint…"), this, [this] {
        if (!m_project)
            return;
        LlmSettingsDialog dialog(*m_project, this);
        if (dialog.exec() == QDialog::Accepted)
            statusBar()->showMessage(tr("LLM endpoint saved for this project."), 5000);
    });
    QAction *blind = settingsMenu->addAction(tr("&Blind coding session"));
    blind->setCheckable(true);
    blind->setChecked(m_blind);
    connect(blind, &QAction::toggled, this, [this](bool on) { setBlindSession(on); });
    settingsMenu->addAction(tr("Your coder &name…"), this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Coder name"), tr("Your codings and decisions are recorded under:"), QLineEdit::Normal, m_coderName, &ok);
        if (ok && !name.trimmed().isEmpty()) {
            setCoderName(name.trimmed());
            QSettings().setValue(QStringLiteral("coder/name"), m_coderName);
        }
    });
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(path, this, [this, path] {
            QString error;
            if (!openProject(path, &error))
                showError(error);
        });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

bool MainWindow::openProject(const QString &path, QString *error)
{
    auto p = store::Project::open(path);
    if (!p) {
        if (error)
            *error = p.error().message;
        return false;
    }
    m_undo->clear();
    m_project = p.take();
    m_service = std::make_unique<review::ReviewService>(*m_project, m_coderName);
    rebuildViews();
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentProjects")).toStringList();
    recent.removeAll(path);
    recent.prepend(QFileInfo(path).absoluteFilePath());
    settings.setValue(QStringLiteral("recentProjects"), recent.mid(0, 8));
    settings.setValue(QStringLiteral("lastProject"), QFileInfo(path).absoluteFilePath());
    updateRecentMenu();
    const bool synthetic = !m_project->info(QStringLiteral("synthetic")).isEmpty();
    setWindowTitle(QStringLiteral("CaseLens 案例透镜 — %1%2").arg(m_project->info(QStringLiteral("name")),
                                                                  synthetic ? tr(" [synthetic demo data]") : QString()));
    statusBar()->showMessage(synthetic ? tr("This is the synthetic demo corpus: invented texts that reproduce the published figures.")
                                       : tr("Opened %1").arg(path));
    return true;
}

void MainWindow::rebuildViews()
{
    ++m_searchGeneration; // a search still running was for the views being replaced
    while (m_tabs->count())
        delete m_tabs->widget(0);
    delete m_codebookView;
    for (auto *dock : findChildren<QDockWidget *>())
        delete dock;

    m_codebook = new CodebookModel(*m_project, this);
    const QString lang = m_codebook->lang();
    m_cases = new CasesModel(*m_project, this);
    connect(m_cases, &CasesModel::errorOccurred, this, &MainWindow::showError);
    // Cases page: filter on metadata, full-text search, the table.
    m_casesPage = new QWidget;
    m_filter = new QLineEdit(m_casesPage);
    m_filter->setPlaceholderText(tr("Filter by title, unit, province, region, type…"));
    m_filter->setClearButtonEnabled(true);
    m_search = new QLineEdit(m_casesPage);
    m_search->setPlaceholderText(tr("Search the full text (教师, 数字素养 …) and press Enter"));
    m_search->setClearButtonEnabled(true);
    m_searchInfo = new QLabel(m_casesPage);
    m_casesView = new QTableView(m_casesPage);
    m_casesView->setModel(m_cases);
    m_casesView->setSortingEnabled(true);
    m_casesView->sortByColumn(CasesModel::Id, Qt::AscendingOrder);
    m_casesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_casesView->verticalHeader()->hide();
    // Fixed widths: measuring contents would read every row, and a province's worth of
    // cases must open at once.
    m_casesView->horizontalHeader()->setSectionResizeMode(CasesModel::Title, QHeaderView::Stretch);
    const QFontMetrics fm(m_casesView->font());
    // Each column as wide as its header or a typical value, whichever is wider (plus room
    // for the sort arrow); the title takes the rest.
    const std::pair<int, const char *> widths[] = {{CasesModel::Id, "00000"}, {CasesModel::Unit, "上海市浦东新区实验小学"},
                                                   {CasesModel::Year, "0000"}, {CasesModel::Province, "Heilongjiang"},
                                                   {CasesModel::Region, "Northeast"}, {CasesModel::Type, "Regional development"},
                                                   {CasesModel::Codings, "000"}, {CasesModel::Suggested, "000"}};
    const QFontMetrics headerFm(m_casesView->horizontalHeader()->font());
    for (const auto &[column, sample] : widths) {
        const QString header = m_cases->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        m_casesView->setColumnWidth(column, qMax(fm.horizontalAdvance(QString::fromUtf8(sample)), headerFm.horizontalAdvance(header)) + 28);
    }
    m_casesView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_casesView->verticalHeader()->setDefaultSectionSize(fm.height() + 8);
    m_casesView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_search, 1);
    top->addWidget(m_searchInfo);
    auto *casesLayout = new QVBoxLayout(m_casesPage);
    casesLayout->addLayout(top);
    casesLayout->addWidget(m_casesView, 1);
    // Filtering runs a query; wait for a pause in typing.
    auto *filterDelay = new QTimer(m_casesPage);
    filterDelay->setSingleShot(true);
    filterDelay->setInterval(150);
    connect(filterDelay, &QTimer::timeout, this, [this] { m_cases->setFilterText(m_filter->text()); });
    connect(m_filter, &QLineEdit::textChanged, filterDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::runSearch);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) {
        if (t.isEmpty())
            runSearch();
    });
    connect(m_casesView, &QTableView::activated, this, [this](const QModelIndex &i) {
        openDocument(i.data(CasesModel::DocumentIdRole).toLongLong());
    });

    m_document = new DocumentView(*m_project, *m_codebook, m_coderName);
    connect(m_document->memoPanel(), &MemoPanel::memoEdited, this,
            [this](store::MemoTarget target, qint64 id, const QString &before, const QString &after) {
                m_undo->push(new EditMemoCommand(*m_project, target, id, m_coderName, before, after,
                                                 [this] { m_document->memoPanel()->reload(); }, [this](const QString &m) { showError(m); }));
            });
    connect(m_document, &DocumentView::codeRequested, this, [this](qint64 doc, qint64 start, qint64 end, const QString &code, qint64 passage) {
        m_undo->push(new AddCodingCommand(*m_service, doc, start, end, code, passage, [this](qint64 d) { onCodingsChanged(d); },
                                          [this](const QString &m) { showError(m); }));
    });
    connect(m_document, &DocumentView::failed, this, [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_document, &DocumentView::decisionRequested, this, [this](qint64 id, qint64 doc, bool accept) {
        m_undo->push(new DecisionCommand(*m_service, id, doc, accept ? DecisionCommand::Decision::Accept : DecisionCommand::Decision::Reject,
                                         [this](qint64 d) { onCodingsChanged(d); }, [this](const QString &m) { showError(m); }));
    });

    // Review page: the queue in the chosen order; A and R decide, Enter opens the case.
    m_reviewPage = new QWidget;
    m_review = new ReviewQueueModel(*m_project, lang, this);
    m_reviewOrder = new QComboBox(m_reviewPage);
    m_reviewOrder->addItem(tr("Most uncertain first"));
    m_reviewOrder->addItem(tr("Highest score first"));
    m_reviewOrder->addItem(tr("Document order"));
    auto *codeFilter = new QComboBox(m_reviewPage);
    codeFilter->addItem(tr("All codes"), QString());
    for (const auto &c : m_codebook->codes())
        codeFilter->addItem(c.name(lang), c.key);
    auto *engineFilter = m_engineFilter = new QComboBox(m_reviewPage);
    updateEngineChoices();
    auto *minScore = new QDoubleSpinBox(m_reviewPage);
    auto *maxScore = new QDoubleSpinBox(m_reviewPage);
    for (auto *box : {minScore, maxScore}) {
        box->setRange(0.0, 1.0);
        box->setSingleStep(0.05);
        box->setDecimals(2);
    }
    maxScore->setValue(1.0);
    auto *cases = new QLineEdit(m_reviewPage);
    cases->setPlaceholderText(tr("Cases: 1-20, year=2024 …"));
    cases->setClearButtonEnabled(true);
    connect(cases, &QLineEdit::editingFinished, this, [this, cases] {
        if (Status s = m_review->setDocumentFilter(cases->text()); !s)
            statusBar()->showMessage(s.error().message, 10000);
    });
    auto *accept = new QPushButton(tr("Accept (A)"), m_reviewPage);
    auto *reject = new QPushButton(tr("Reject (R)"), m_reviewPage);
    m_reviewView = new QTableView(m_reviewPage);
    m_reviewView->setModel(m_review);
    m_reviewView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_reviewView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_reviewView->verticalHeader()->hide();
    m_reviewView->horizontalHeader()->setSectionResizeMode(ReviewQueueModel::Passage, QHeaderView::Stretch);
    m_reviewView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_reviewView->setWordWrap(false);
    m_reviewView->setColumnWidth(ReviewQueueModel::Case, 320);
    m_reviewView->setColumnWidth(ReviewQueueModel::Code, 240);
    m_reviewView->installEventFilter(this);
    // Two rows: the order and the decisions above, the filters below, so the window keeps
    // its width however long the code names are.
    auto *reviewTop = new QHBoxLayout;
    reviewTop->addWidget(new QLabel(tr("Order"), m_reviewPage));
    reviewTop->addWidget(m_reviewOrder);
    reviewTop->addStretch(1);
    reviewTop->addWidget(accept);
    reviewTop->addWidget(reject);
    auto *reviewFilters = new QHBoxLayout;
    reviewFilters->addWidget(codeFilter);
    reviewFilters->addWidget(engineFilter);
    reviewFilters->addWidget(new QLabel(tr("Score"), m_reviewPage));
    reviewFilters->addWidget(minScore);
    reviewFilters->addWidget(new QLabel(QStringLiteral("–"), m_reviewPage));
    reviewFilters->addWidget(maxScore);
    reviewFilters->addWidget(cases, 1);
    auto *rationale = new QLabel(m_reviewPage);
    rationale->setWordWrap(true);
    auto *reviewLayout = new QVBoxLayout(m_reviewPage);
    reviewLayout->addLayout(reviewTop);
    reviewLayout->addLayout(reviewFilters);
    reviewLayout->addWidget(m_reviewView, 1);
    reviewLayout->addWidget(rationale);
    connect(m_reviewOrder, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_review->setOrder(i == 0 ? ReviewQueueModel::Order::Uncertain : i == 1 ? ReviewQueueModel::Order::Score : ReviewQueueModel::Order::Document);
    });
    connect(codeFilter, &QComboBox::currentIndexChanged, this, [this, codeFilter] { m_review->setCodeFilter(codeFilter->currentData().toString()); });
    connect(engineFilter, &QComboBox::currentIndexChanged, this, [this, engineFilter] { m_review->setEngineFilter(engineFilter->currentData().toString()); });
    auto scoreChanged = [this, minScore, maxScore] { m_review->setScoreRange(minScore->value(), maxScore->value()); };
    connect(minScore, &QDoubleSpinBox::valueChanged, this, scoreChanged);
    connect(maxScore, &QDoubleSpinBox::valueChanged, this, scoreChanged);
    connect(accept, &QPushButton::clicked, this, [this] { decideCurrentReviewItem(true); });
    connect(reject, &QPushButton::clicked, this, [this] { decideCurrentReviewItem(false); });
    connect(m_reviewView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [rationale](const QModelIndex &i) {
        rationale->setText(i.data(ReviewQueueModel::RationaleRole).toString());
    });
    connect(m_reviewView, &QTableView::activated, this, [this](const QModelIndex &i) {
        openDocument(i.data(ReviewQueueModel::DocumentIdRole).toLongLong());
    });

    m_stats = new StatsView(*m_project, lang);
    m_statsStale = true;
    m_agreement = new AgreementView(*m_project, m_coderName);
    connect(m_agreement, &AgreementView::codingsChanged, this, [this] { onCodingsChanged(m_document->documentId()); });

    m_tabs->addTab(m_casesPage, tr("Cases"));
    m_tabs->addTab(m_document, tr("Document"));
    m_tabs->addTab(m_reviewPage, tr("Review"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_stats)
            refreshStatsIfStale();
        if (m_tabs->currentWidget() == m_reviewPage && m_reviewStale)
            refreshReviewQueue();
    });
    m_tabs->addTab(m_agreement, tr("Agreement"));
    m_tabs->addTab(m_stats, tr("Statistics and charts"));

    auto *dock = new QDockWidget(tr("Codebook"), this);
    dock->setObjectName(QStringLiteral("codebook"));
    m_codebookView = new QTableView(dock);
    m_codebookView->setModel(m_codebook);
    m_codebookView->verticalHeader()->hide();
    m_codebookView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_codebookView->horizontalHeader()->setSectionResizeMode(CodebookModel::Name, QHeaderView::Stretch);
    m_codebookView->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(m_codebookView, &QTableView::activated, this, [this](const QModelIndex &i) {
        const auto &c = m_codebook->codes().at(i.row());
        m_document->codeWithShortcut(c.shortcut);
    });
    m_codebookView->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *editAction = new QAction(tr("Edit code, cue terms and memo…"), m_codebookView);
    connect(editAction, &QAction::triggered, this, [this] {
        if (m_codebookView->currentIndex().isValid())
            editCode(m_codebookView->currentIndex().data(CodebookModel::KeyRole).toString());
    });
    m_codebookView->addAction(editAction);
    auto *mergeAction = new QAction(tr("Merge into another code…"), m_codebookView);
    connect(mergeAction, &QAction::triggered, this, [this] {
        if (m_codebookView->currentIndex().isValid())
            mergeCodeDialog(m_codebookView->currentIndex().data(CodebookModel::KeyRole).toString());
    });
    m_codebookView->addAction(mergeAction);
    auto *deleteAction = new QAction(tr("Delete code…"), m_codebookView);
    connect(deleteAction, &QAction::triggered, this, [this] {
        if (m_codebookView->currentIndex().isValid())
            deleteCodeDialog(m_codebookView->currentIndex().data(CodebookModel::KeyRole).toString());
    });
    m_codebookView->addAction(deleteAction);
    auto *dockPage = new QWidget(dock);
    auto *newButton = new QPushButton(tr("New code…"), dockPage);
    auto *editButton = new QPushButton(tr("Edit…"), dockPage);
    connect(newButton, &QPushButton::clicked, this, &MainWindow::newCode);
    connect(editButton, &QPushButton::clicked, editAction, &QAction::trigger);
    auto *dockButtons = new QHBoxLayout;
    dockButtons->addWidget(newButton);
    dockButtons->addWidget(editButton);
    dockButtons->addStretch(1);
    auto *dockLayout = new QVBoxLayout(dockPage);
    dockLayout->setContentsMargins(0, 0, 0, 0);
    dockLayout->addWidget(m_codebookView, 1);
    dockLayout->addLayout(dockButtons);
    dock->setWidget(dockPage);
    dock->setMinimumWidth(380);
    addDockWidget(Qt::RightDockWidgetArea, dock);

    if (m_cases->rowCount() > 0)
        m_document->showDocument(m_cases->documentId(0));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_reviewView && event->type() == QEvent::KeyPress) {
        const QString t = static_cast<QKeyEvent *>(event)->text().toLower();
        if (t == QLatin1String("a") || t == QLatin1String("r")) {
            decideCurrentReviewItem(t == QLatin1String("a"));
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::decideCurrentReviewItem(bool accept)
{
    const QModelIndex i = m_reviewView->currentIndex().isValid() ? m_reviewView->currentIndex() : m_review->index(0, 0);
    if (!i.isValid())
        return;
    const int row = i.row();
    m_undo->push(new DecisionCommand(*m_service, i.data(ReviewQueueModel::CodingIdRole).toLongLong(),
                                     i.data(ReviewQueueModel::DocumentIdRole).toLongLong(),
                                     accept ? DecisionCommand::Decision::Accept : DecisionCommand::Decision::Reject,
                                     [this](qint64 d) { onCodingsChanged(d); }, [this](const QString &m) { showError(m); }));
    // Work on through the queue without the mouse.
    m_reviewView->setCurrentIndex(m_review->index(qMin(row, m_review->rowCount() - 1), 0));
}

void MainWindow::onCodingsChanged(qint64 documentId)
{
    if (m_document && m_document->documentId() == documentId)
        m_document->refresh();
    m_codebook->refreshCounts();
    m_cases->refreshDocument(documentId);
    refreshReviewQueue();
    invalidateStats();
}

void MainWindow::refreshAll()
{
    m_cases->reload();
    m_codebook->refreshCounts();
    refreshReviewQueue();
    invalidateStats();
    if (m_document->documentId())
        m_document->refresh();
}

void MainWindow::invalidateStats()
{
    // Tables of a large project take a while: recompute when the tab is in view.
    m_statsStale = true;
    if (m_tabs->currentWidget() == m_stats)
        refreshStatsIfStale();
}

void MainWindow::refreshReviewQueue()
{
    // Ordering every open suggestion takes a while on a large project: only when in view.
    m_reviewStale = m_tabs->currentWidget() != m_reviewPage;
    if (!m_reviewStale) {
        updateEngineChoices();
        m_review->reload();
        if (!m_review->failure().isEmpty())
            statusBar()->showMessage(m_review->failure(), 10000);
    }
}

void MainWindow::updateEngineChoices()
{
    // Engines come and go with coding runs; keep the one chosen.
    const QString chosen = m_engineFilter->currentData().toString();
    const QSignalBlocker block(m_engineFilter);
    m_engineFilter->clear();
    m_engineFilter->addItem(tr("All engines"), QString());
    for (const QString &e : m_review->engines())
        m_engineFilter->addItem(e, e);
    m_engineFilter->setCurrentIndex(qMax(0, m_engineFilter->findData(chosen)));
}

void MainWindow::refreshStatsIfStale()
{
    if (!m_statsStale || !m_stats)
        return;
    m_statsStale = false;
    m_stats->recompute();
}

void MainWindow::openDocument(qint64 id)
{
    m_document->showDocument(id);
    m_tabs->setCurrentWidget(m_document);
}

void MainWindow::runSearch()
{
    const QString q = m_search->text().trimmed();
    const int generation = ++m_searchGeneration; // answers to earlier searches are dropped
    if (q.isEmpty()) {
        (void)m_cases->setSearchHits(std::nullopt);
        m_searchInfo->clear();
        return;
    }
    // A search of a large project takes a while (a second for one character in 100,000
    // cases): it runs on its own connection off the window's thread.
    m_searchInfo->setText(tr("Searching…"));
    const QString path = m_project->path();
    auto found = std::make_shared<std::optional<Result<store::SearchIndex::Matches>>>();
    QThread *thread = QThread::create([path, q, found] {
        auto project = store::Project::open(path);
        if (!project)
            found->emplace(project.error());
        else
            found->emplace(store::SearchIndex(**project).matches(q));
    });
    connect(thread, &QThread::finished, this, [this, thread, found, generation] {
        thread->deleteLater();
        if (generation != m_searchGeneration || !found->has_value())
            return;
        const auto &result = **found;
        if (!result) {
            m_searchInfo->setText(result.error().message);
            return;
        }
        if (Status s = m_cases->setSearchHits(result->documents); !s) {
            m_searchInfo->setText(s.error().message);
            return;
        }
        // The cases with hits, whether or not the filter beside shows them all.
        m_searchInfo->setText(tr("%1 passages in %2 cases").arg(result->passages).arg(result->documents.size()));
    });
    thread->start();
}

bool MainWindow::showView(const QString &name)
{
    if (!m_tabs || m_tabs->count() < 5)
        return false;
    if (name == QLatin1String("cases"))
        m_tabs->setCurrentWidget(m_casesPage);
    else if (name == QLatin1String("document"))
        m_tabs->setCurrentWidget(m_document);
    else if (name == QLatin1String("review"))
        m_tabs->setCurrentWidget(m_reviewPage);
    else if (name == QLatin1String("agreement")) {
        m_agreement->compute();
        m_tabs->setCurrentWidget(m_agreement);
    } else if (name == QLatin1String("charts"))
        m_tabs->setCurrentWidget(m_stats);
    else
        return false;
    return true;
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 10000);
    if (isVisible())
        QMessageBox::warning(this, tr("CaseLens"), message);
}

void MainWindow::newProject()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New project"), QString(), tr("CaseLens projects (*.caselens)"));
    if (path.isEmpty())
        return;
    auto p = store::Project::create(path.endsWith(QLatin1String(".caselens")) ? path : path + QStringLiteral(".caselens"));
    if (!p) {
        showError(p.error().message);
        return;
    }
    const QString created = (*p)->path();
    p->reset();
    QString error;
    if (!openProject(created, &error))
        showError(error);
}

void MainWindow::openProjectDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), QString(), tr("CaseLens projects (*.caselens)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openProject(path, &error))
        showError(error);
}

void MainWindow::saveCopy()
{
    if (!m_project)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy"), QString(), tr("CaseLens projects (*.caselens)"));
    if (path.isEmpty())
        return;
    // The dialog has asked before replacing a file; another project is still refused.
    if (Status s = checkOutputTarget({path, true, false, {m_project->path()}}); !s)
        showError(s.error().message);
    else if (Status s = m_project->backupTo(path); !s)
        showError(s.error().message);
    else
        statusBar()->showMessage(tr("Saved a copy to %1").arg(path), 5000);
}

void MainWindow::runInBackground(const QString &title, const std::function<QString(store::Project &, ProgressSink &)> &work)
{
    if (!m_project)
        return;
    if (m_busy) {
        statusBar()->showMessage(tr("Other work is still running; wait for it to finish or cancel it."), 8000);
        return;
    }
    m_busy = true;
    auto *dialog = new QProgressDialog(title, tr("Cancel"), 0, 0, this);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(0);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    connect(dialog, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    const QString path = m_project->path();
    auto result = std::make_shared<QString>();
    // The worker opens its own connection: SQLite connections stay on their thread.
    QThread *thread = QThread::create([path, work, dialog, cancelled, result] {
        auto project = store::Project::open(path);
        if (!project) {
            *result = project.error().message;
            return;
        }
        ThreadProgress progress(dialog, *cancelled);
        *result = work(**project, progress);
    });
    connect(thread, &QThread::finished, this, [this, thread, dialog, result] {
        dialog->deleteLater();
        thread->deleteLater();
        refreshAll();
        statusBar()->showMessage(*result, 15000);
        m_busy = false;
        Q_EMIT backgroundWorkFinished(*result);
    });
    thread->start();
}

void MainWindow::importDocuments()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import documents"), QString(),
                                                            tr("Case documents (*.txt *.md *.docx *.pdf *.csv *.jsonl)"));
    if (!files.isEmpty())
        askMetadataAndImport(files);
}

void MainWindow::importFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a folder of case documents"));
    if (!folder.isEmpty())
        askMetadataAndImport({folder});
}

void MainWindow::askMetadataAndImport(const QStringList &paths)
{
    import::ImportOptions options;
    if (QMessageBox::question(this, tr("Import documents"),
                              tr("Is there a metadata CSV for these documents (a column \"file\" naming each file, and year, "
                                 "province, type or any other columns)?"))
        == QMessageBox::Yes)
        options.metadataCsv = QFileDialog::getOpenFileName(this, tr("Metadata CSV"), QString(), tr("CSV files (*.csv)"));
    importPaths(paths, options);
}

void MainWindow::importPaths(const QStringList &paths, const import::ImportOptions &options)
{
    runInBackground(tr("Importing documents…"), [paths, options](store::Project &project, ProgressSink &progress) {
        auto report = import::ImportJob(project, options).run(paths, progress);
        if (!report)
            return report.error().message;
        QString summary = QCoreApplication::translate("caselens::gui::MainWindow", "%1 imported, %2 already present, %3 failed")
                              .arg(report->count(import::ImportOutcome::Imported))
                              .arg(report->count(import::ImportOutcome::Duplicate))
                              .arg(report->count(import::ImportOutcome::Failed));
        for (const auto &e : report->entries)
            if (e.outcome == import::ImportOutcome::Failed) {
                summary += QStringLiteral("; %1: %2").arg(QFileInfo(e.source).fileName(), e.message);
                break; // the first reason; the CLI lists them all
            }
        return summary;
    });
}

void MainWindow::runEngine(const QString &engine)
{
    runInBackground(tr("Suggesting codes…"), [engine](store::Project &project, ProgressSink &progress) {
        auto coder = coding::makeCoder(project, engine);
        if (!coder)
            return coder.error().message;
        (*coder)->setCancelFlag(progress.cancelFlag());
        auto all = store::DocumentFilter::parse({}, {});
        auto report = coding::runCoder(project, **coder, *all, 0.0, progress);
        if (!report)
            return report.error().message;
        return QCoreApplication::translate("caselens::gui::MainWindow", "%1: %2 new suggestions").arg(engine).arg(report->suggestions);
    });
}

void MainWindow::trainLearned()
{
    runInBackground(tr("Training the learned coder…"), [](store::Project &project, ProgressSink &progress) {
        // Every accepted coding in the project, whoever made or accepted it.
        auto all = store::DocumentFilter::parse({}, {});
        auto report = coding::LearnedCoder::train(project, QStringLiteral("*"), *all, {}, progress);
        if (!report)
            return report.error().message;
        return QCoreApplication::translate("caselens::gui::MainWindow", "Trained on %1 passages in %2 ms").arg(report->passages).arg(report->milliseconds);
    });
}

void MainWindow::setCoderName(const QString &name)
{
    m_coderName = name;
    if (!m_project)
        return;
    m_service = std::make_unique<review::ReviewService>(*m_project, name);
    m_document->memoPanel()->setAuthor(name);
}

namespace {

QString ownMemo(store::Project &project, store::MemoTarget target, qint64 id, const QString &author)
{
    auto memos = store::MemoStore(project).memosOn(target, id);
    if (memos)
        for (const auto &m : *memos)
            if (m.author == author)
                return m.text;
    return {};
}

// Every code and dimension a code may be put under, by name.
QList<std::pair<QString, QString>> parentChoices(const codebook::Codebook &book, const QString &lang)
{
    QList<std::pair<QString, QString>> out;
    for (const auto &c : book.codes)
        out.append({c.key, c.name(lang)});
    return out;
}

} // namespace

void MainWindow::editCode(const QString &key)
{
    if (!m_project)
        return;
    const auto book = store::CodeStore(*m_project).codebook();
    const auto *full = book.find(key);
    if (!full)
        return;
    const qint64 id = store::CodeStore(*m_project).idsByKey().value(key);
    CodeDialog dialog(*full, parentChoices(book, m_codebook->lang()), ownMemo(*m_project, store::MemoTarget::Code, id, m_coderName), false, this);
    if (dialog.exec() == QDialog::Accepted)
        applyCodeEdit(*full, dialog.code(), dialog.memo());
}

void MainWindow::newCode()
{
    if (!m_project)
        return;
    codebook::Code fresh;
    fresh.color = QStringLiteral("#4E79A7");
    CodeDialog dialog(fresh, parentChoices(store::CodeStore(*m_project).codebook(), m_codebook->lang()), QString(), true, this);
    if (dialog.exec() == QDialog::Accepted)
        applyCodeEdit(codebook::Code{}, dialog.code(), dialog.memo());
}

void MainWindow::applyCodeEdit(const codebook::Code &before, const codebook::Code &after, const QString &memoAfter)
{
    auto changed = [this] {
        m_codebook->reload();
        m_document->refresh();
        invalidateStats();
    };
    auto error = [this](const QString &m) { showError(m); };
    if (before.key.isEmpty()) { // a new code; the store refuses a taken key in one sentence
        m_undo->push(new AddCodeCommand(*m_project, after, memoAfter, m_coderName, changed, error));
        return;
    }
    const qint64 id = store::CodeStore(*m_project).idsByKey().value(before.key);
    const QString memoBefore = ownMemo(*m_project, store::MemoTarget::Code, id, m_coderName);
    const bool codeChanged = store::CodeStore(*m_project).codebook().find(before.key) && !(after == before);
    if (!codeChanged && memoBefore == memoAfter)
        return;
    m_undo->beginMacro(tr("Edit code %1").arg(after.nameZh));
    if (codeChanged)
        m_undo->push(new EditCodeCommand(*m_project, before, after, m_coderName, changed, error));
    if (memoBefore != memoAfter)
        m_undo->push(new EditMemoCommand(*m_project, store::MemoTarget::Code, id, m_coderName, memoBefore, memoAfter, [] {}, error));
    m_undo->endMacro();
}

namespace {

// Names of every codable code but one, for choosing where codings go.
QList<std::pair<QString, QString>> otherCodes(const CodebookModel &codebook, const QString &except)
{
    QList<std::pair<QString, QString>> out;
    for (const auto &c : codebook.codes())
        if (c.key != except)
            out.append({c.key, c.name(codebook.lang())});
    return out;
}

std::optional<QString> chooseCode(QWidget *parent, const QString &title, const QString &label, const QList<std::pair<QString, QString>> &codes)
{
    QStringList names;
    for (const auto &c : codes)
        names.append(c.second);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, title, label, names, 0, false, &ok);
    if (!ok)
        return std::nullopt;
    return codes.at(names.indexOf(chosen)).first;
}

} // namespace

Status MainWindow::applyMerge(const QString &from, const QString &into)
{
    auto copied = store::CodeStore(*m_project).mergeCode(from, into, m_coderName);
    if (!copied)
        return copied.error();
    afterCodebookRewrite(tr("Merged. A copy of the project from before is at %1").arg(*copied));
    return {};
}

Status MainWindow::applyDelete(const QString &key, store::CodeStore::CodingsFate fate, const QString &moveTo)
{
    auto copied = store::CodeStore(*m_project).deleteCode(key, fate, moveTo, m_coderName);
    if (!copied)
        return copied.error();
    afterCodebookRewrite(copied->isEmpty() ? tr("Deleted.") : tr("Deleted. A copy of the project from before is at %1").arg(*copied));
    return {};
}

void MainWindow::afterCodebookRewrite(const QString &message)
{
    m_undo->clear(); // earlier steps may name the code that is gone
    m_codebook->reload();
    refreshAll();
    statusBar()->showMessage(message, 15000);
}

void MainWindow::mergeCodeDialog(const QString &key)
{
    const auto *code = m_codebook->code(key);
    if (!m_project || !code)
        return;
    const auto into = chooseCode(this, tr("Merge code"), tr("Merge \"%1\" into:").arg(code->name(m_codebook->lang())), otherCodes(*m_codebook, key));
    if (!into)
        return;
    if (QMessageBox::question(this, tr("Merge code"),
                              tr("Every coding of \"%1\" moves to \"%2\" and \"%1\" is removed. This cannot be undone with Undo; "
                                 "a copy of the project is saved first.")
                                  .arg(code->name(m_codebook->lang()), m_codebook->code(*into)->name(m_codebook->lang())))
        != QMessageBox::Yes)
        return;
    if (Status s = applyMerge(key, *into); !s)
        showError(s.error().message);
}

void MainWindow::deleteCodeDialog(const QString &key)
{
    const auto *code = m_codebook->code(key);
    if (!m_project || !code)
        return;
    const QString name = code->name(m_codebook->lang());
    const qint64 codings = store::CodeStore(*m_project).codingCount(key);
    if (codings == 0) {
        if (QMessageBox::question(this, tr("Delete code"), tr("Delete the code \"%1\"? It has no codings.").arg(name)) == QMessageBox::Yes)
            if (Status s = applyDelete(key, store::CodeStore::CodingsFate::Refuse, QString()); !s)
                showError(s.error().message);
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Delete code"),
                    tr("\"%1\" has %2 codings and suggestions. What should happen to them? This cannot be undone with Undo; a copy of "
                       "the project is saved first.").arg(name).arg(codings),
                    QMessageBox::Cancel, this);
    QPushButton *move = box.addButton(tr("Move them to another code…"), QMessageBox::AcceptRole);
    QPushButton *drop = box.addButton(tr("Delete them too"), QMessageBox::DestructiveRole);
    box.exec();
    Status s;
    if (box.clickedButton() == move) {
        const auto to = chooseCode(this, tr("Delete code"), tr("Move the codings of \"%1\" to:").arg(name), otherCodes(*m_codebook, key));
        if (!to)
            return;
        s = applyDelete(key, store::CodeStore::CodingsFate::MoveTo, *to);
    } else if (box.clickedButton() == drop) {
        s = applyDelete(key, store::CodeStore::CodingsFate::Delete, QString());
    } else {
        return;
    }
    if (!s)
        showError(s.error().message);
}

void MainWindow::editProjectMemo()
{
    if (!m_project)
        return;
    const QString before = ownMemo(*m_project, store::MemoTarget::Project, 0, m_coderName);
    bool ok = false;
    const QString after = QInputDialog::getMultiLineText(this, tr("Project memo"), tr("Your memo on the project as a whole:"), before, &ok);
    if (ok && after.trimmed() != before)
        m_undo->push(new EditMemoCommand(*m_project, store::MemoTarget::Project, 0, m_coderName, before, after.trimmed(), [] {},
                                         [this](const QString &m) { showError(m); }));
}

void MainWindow::setBlindSession(bool on)
{
    m_blind = on;
    if (!m_document)
        return;
    // Blind: nothing of another coder shows — not their codings or colours in the text,
    // not their counts in the case list, the codebook or the statistics, no review queue
    // and no agreement (which compares coders).
    const QString only = on ? m_coderName : QString();
    m_document->setBlindCoder(only);
    m_cases->setOnlyCoder(only);
    m_codebook->setOnlyCoder(only);
    m_stats->setOnlyCoder(only);
    m_tabs->setTabEnabled(m_tabs->indexOf(m_reviewPage), !on);
    m_tabs->setTabEnabled(m_tabs->indexOf(m_agreement), !on);
    statusBar()->showMessage(on ? tr("Blind session: you see only your own codings (%1).").arg(m_coderName) : QString(), 10000);
}

void MainWindow::setLanguage(const QString &lang)
{
    QSettings().setValue(QStringLiteral("language"), lang);
    if (!installLanguage(lang)) {
        showError(QStringLiteral("The Chinese translation is not part of this build. 本程序未包含中文界面。"));
        return;
    }
    // Menus and views are built in code: build them again in the new language. The undo
    // history stays; its entries keep the words they were made with.
    const int tab = m_tabs ? m_tabs->currentIndex() : 0;
    const qint64 document = m_document ? m_document->documentId() : 0;
    menuBar()->clear();
    buildMenus();
    if (m_project) {
        rebuildViews();
        if (document)
            m_document->showDocument(document);
        m_tabs->setCurrentIndex(tab);
        if (m_blind)
            setBlindSession(true); // a blind session goes on in the new language
    }
    statusBar()->showMessage(tr("Language: English"), 5000);
}

} // namespace caselens::gui
