#include "views/mainwindow.h"

#include "coding/coderfactory.h"
#include "coding/codingrun.h"
#include "coding/learnedcoder.h"
#include "commands/editcommands.h"
#include "document/backgroundwork.h"
#include "document/projectdocument.h"
#include "document/teamlink.h"
#include "document/teamproject.h"
#include "team/projectmerge.h"
#include "team/workingcopy.h"
#include "exchange/qdpxexport.h"
#include "exchange/qdpximport.h"
#include "models/casesmodel.h"
#include "pages/casespage.h"
#include "pages/codebookdock.h"
#include "pages/matrixpage.h"
#include "pages/reviewpage.h"
#include "pages/searchpage.h"
#include "pages/segmentspage.h"
#include "preferences.h"
#include "store/newproject.h"
#include "store/regionsetting.h"
#include "translations.h"
#include "views/agreementview.h"
#include "views/documentview.h"
#include "views/helpdialogs.h"
#include "views/llmsettingsdialog.h"
#include "views/statsview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>

namespace caselens::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_doc(new ProjectDocument(prefs::coderName.value(), this)), m_work(new BackgroundWork(this)),
      m_tabs(new QTabWidget(this)), m_teamStatus(new QLabel(this))
{
    setCentralWidget(m_tabs);
    statusBar()->addPermanentWidget(m_teamStatus);
    // Eight pages: on a narrow screen the tabs scroll rather than widen the window.
    m_tabs->setUsesScrollButtons(true);
    buildMenus();
    statusBar()->showMessage(tr("Open a project to begin."));
    connect(m_doc, &ProjectDocument::errorOccurred, this, &MainWindow::showError);
    connect(m_doc, &ProjectDocument::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 15000); });
    connect(m_doc, &ProjectDocument::opened, this, &MainWindow::buildPages);
    connect(m_work, &BackgroundWork::finished, this, [this](const QString &summary) {
        m_doc->announceEverything();
        const QString headline = summary.section(QLatin1Char('\n'), 0, 0);
        statusBar()->showMessage(headline, 15000);
        // An import's report stays until read: which files failed and why, one line each.
        if (const auto report = std::exchange(m_reportAfterWork, {}); report && isVisible()) {
            auto *box = new QMessageBox(QMessageBox::Information, report->first, headline, QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setInformativeText(report->second);
            if (const QString details = summary.section(QLatin1Char('\n'), 1); !details.isEmpty())
                box->setDetailedText(details);
            box->open(); // not blocking: work can go on
        }
        Q_EMIT backgroundWorkFinished(headline);
    });
    resize(1400, 900);
}

MainWindow::~MainWindow()
{
    m_team.reset(); // its worker's last sync ends first
    // Commands first, then the pages, while the project they read is still open.
    m_doc->undoStack()->clear();
    delete m_tabs;
    delete m_codebookDock;
}

QAction *MainWindow::labelled(QAction *action, const char *source)
{
    m_labels.append({action, source});
    action->setText(tr(source));
    return action;
}

QMenu *MainWindow::menu(QMenu *parent, const char *source)
{
    QMenu *m = parent ? parent->addMenu(QString()) : menuBar()->addMenu(QString());
    labelled(m->menuAction(), source);
    return m;
}

void MainWindow::buildMenus()
{
    // Every action is made once here; a change of language sets the texts again (retranslate).
    QMenu *file = menu(nullptr, QT_TR_NOOP("&File"));
    labelled(file->addAction(QString(), QKeySequence::New, this, &MainWindow::newProject), QT_TR_NOOP("&New project…"));
    labelled(file->addAction(QString(), QKeySequence::Open, this, &MainWindow::openProjectDialog), QT_TR_NOOP("&Open project…"));
    labelled(file->addAction(QString(), this, &MainWindow::openTeamProjectDialog), QT_TR_NOOP("Open &team project…"));
    m_recentMenu = menu(file, QT_TR_NOOP("Open &recent"));
    file->addSeparator();
    labelled(file->addAction(QString(), this, &MainWindow::importDocuments), QT_TR_NOOP("&Import documents…"));
    labelled(file->addAction(QString(), this, &MainWindow::importFolder), QT_TR_NOOP("Import a &folder…"));
    labelled(file->addAction(QString(), this, &MainWindow::importQdpx), QT_TR_NOOP("Import a REFI-QDA project (.qdpx)…"));
    labelled(file->addAction(QString(), this, &MainWindow::exportQdpx), QT_TR_NOOP("Export as REFI-QDA project (.qdpx)…"));
    labelled(file->addAction(QString(), this, [this] {
                 if (m_statsPage)
                     m_statsPage->exportTable();
             }),
             QT_TR_NOOP("Export &table…"));
    labelled(file->addAction(QString(), this, [this] {
                 if (m_statsPage)
                     m_statsPage->exportChart();
             }),
             QT_TR_NOOP("Export &chart…"));
    labelled(file->addAction(QString(), this, &MainWindow::saveCopy), QT_TR_NOOP("Save a &copy…"));
    labelled(file->addAction(QString(), this, &MainWindow::mergeCopies), QT_TR_NOOP("&Merge a colleague's project…"));
    file->addSeparator();
    labelled(file->addAction(QString(), QKeySequence::Quit, qApp, &QApplication::quit), QT_TR_NOOP("&Quit"));

    QMenu *edit = menu(nullptr, QT_TR_NOOP("&Edit"));
    QAction *undo = m_doc->undoStack()->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_doc->undoStack()->createRedoAction(this);
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    labelled(edit->addAction(QString(), this, [this] {
                 if (m_codebookDock)
                     m_codebookDock->newCode();
             }),
             QT_TR_NOOP("&New code…"));
    labelled(edit->addAction(QString(), this, [this] {
                 if (m_codebookDock && !m_codebookDock->selectedKey().isEmpty())
                     m_codebookDock->editCode(m_codebookDock->selectedKey());
             }),
             QT_TR_NOOP("&Edit the selected code…"));
    labelled(edit->addAction(QString(), this, &MainWindow::editProjectMemo), QT_TR_NOOP("&Project memo…"));

    QMenu *coding = menu(nullptr, QT_TR_NOOP("&Coding"));
    labelled(coding->addAction(QString(), this, [this] { runEngine(QStringLiteral("lexicon")); }), QT_TR_NOOP("Suggest codes with the &lexicon"));
    labelled(coding->addAction(QString(), this, &MainWindow::trainLearned), QT_TR_NOOP("&Train the learned coder"));
    labelled(coding->addAction(QString(), this, [this] { runEngine(QStringLiteral("learned")); }),
             QT_TR_NOOP("Suggest codes with the l&earned coder"));
    labelled(coding->addAction(QString(), this, [this] { runEngine(QStringLiteral("llm")); }),
             QT_TR_NOOP("Suggest codes with the LL&M (Settings ▸ LLM endpoint)"));

    QMenu *settings = menu(nullptr, QT_TR_NOOP("&Settings"));
    QMenu *language = menu(settings, QT_TR_NOOP("&Language"));
    // Queued: the menu that asked is still delivering its signal. The one in use is checked.
    auto *languages = new QActionGroup(this);
    for (const auto &[code, name] : {std::pair{QStringLiteral("zh_CN"), QStringLiteral("中文")}, std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction *a = language->addAction(name, this, [this, code] { QMetaObject::invokeMethod(this, [this, code] { setLanguage(code); }, Qt::QueuedConnection); });
        a->setCheckable(true);
        languages->addAction(a);
        m_languageActions.append({a, code});
    }
    QMenu *regions = menu(settings, QT_TR_NOOP("&Region scheme"));
    labelled(regions->addAction(QString(), this, [this] { setRegionScheme(QStringLiteral("three")); }),
             QT_TR_NOOP("Three regions (east, central, west)"));
    labelled(regions->addAction(QString(), this, [this] { setRegionScheme(QStringLiteral("four")); }),
             QT_TR_NOOP("Four regions (with the north-east)"));
    labelled(settings->addAction(QString(), this, [this] {
                 if (!m_doc->isOpen())
                     return;
                 LlmSettingsDialog dialog(m_doc->project(), this);
                 if (dialog.exec() == QDialog::Accepted)
                     statusBar()->showMessage(tr("LLM endpoint saved for this project."), 5000);
             }),
             QT_TR_NOOP("&LLM endpoint…"));
    m_blindAction = labelled(settings->addAction(QString()), QT_TR_NOOP("&Blind coding session"));
    m_blindAction->setCheckable(true);
    connect(m_blindAction, &QAction::toggled, this, &MainWindow::setBlindSession);
    labelled(settings->addAction(QString(), this, [this] {
                 bool ok = false;
                 const QString name = QInputDialog::getText(this, tr("Coder name"), tr("Your codings and decisions are recorded under:"),
                                                            QLineEdit::Normal, m_doc->coderName(), &ok);
                 if (ok && !name.trimmed().isEmpty()) {
                     setCoderName(name.trimmed());
                     prefs::coderName.set(m_doc->coderName());
                 }
             }),
             QT_TR_NOOP("Your coder &name…"));
    QMenu *help = menu(nullptr, QT_TR_NOOP("&Help"));
    labelled(help->addAction(QString(), this, [this] { showUserGuide(this); }), QT_TR_NOOP("&User guide"));
    labelled(help->addAction(QString(), this, [this] { showShortcuts(this); }), QT_TR_NOOP("&Keyboard shortcuts"));
    labelled(help->addAction(QString(), this, [this] { showAbout(this); }), QT_TR_NOOP("&About CaseLens"));
    updateRecentMenu();
    retranslate();
}

void MainWindow::askCoderNameIfUnset()
{
    if (prefs::coderName.isSet())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Coder name"),
                                               tr("Your codings, decisions and memos are recorded under your name. What is it?"),
                                               QLineEdit::Normal, m_doc->coderName(), &ok);
    if (ok && !name.trimmed().isEmpty())
        setCoderName(name.trimmed());
    prefs::coderName.set(m_doc->coderName()); // asked once
}

void MainWindow::retranslate()
{
    for (const auto &[action, source] : m_labels)
        action->setText(tr(source));
    const bool chinese = QLocale().language() == QLocale::Chinese;
    for (const auto &[action, code] : m_languageActions)
        action->setChecked(chinese == code.startsWith(QLatin1String("zh")));
    const char *tabs[] = {QT_TR_NOOP("Cases"),     QT_TR_NOOP("Document"), QT_TR_NOOP("Review"), QT_TR_NOOP("Agreement"),
                          QT_TR_NOOP("Statistics and charts"), QT_TR_NOOP("Segments"), QT_TR_NOOP("Code matrix"), QT_TR_NOOP("Search")};
    for (int i = 0; i < m_tabs->count() && i < int(std::size(tabs)); ++i)
        m_tabs->setTabText(i, tr(tabs[i]));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = prefs::recentProjects.value();
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
    if (m_team) { // a team project's link goes with it, and you are yourself again
        m_team.reset();
        m_doc->setCoderName(prefs::coderName.value());
    }
    m_teamStatus->clear();
    if (Status s = m_doc->open(path); !s) {
        if (error)
            *error = s.error().message;
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = prefs::recentProjects.value();
    recent.removeAll(path);
    recent.removeAll(absolute);
    recent.prepend(absolute);
    prefs::recentProjects.set(recent.mid(0, 8));
    prefs::lastProject.set(absolute);
    updateRecentMenu();
    store::Project &project = m_doc->project();
    const bool synthetic = !project.info(QStringLiteral("synthetic")).isEmpty();
    setWindowTitle(QStringLiteral("CaseLens 案例透镜 — %1%2").arg(project.info(QStringLiteral("name")), synthetic ? tr(" [synthetic demo data]") : QString()));
    statusBar()->showMessage(synthetic ? tr("This is the synthetic demo corpus: invented texts that reproduce the published figures.")
                                       : tr("Opened %1").arg(path));
    return true;
}

void MainWindow::buildPages()
{
    // A newly opened project: the pages of the one before go (they read its store).
    while (m_tabs->count())
        delete m_tabs->widget(0);
    delete m_codebookDock;

    m_codebookDock = new CodebookDock(*m_doc, this);
    addDockWidget(Qt::RightDockWidgetArea, m_codebookDock);
    m_casesPage = new CasesPage(*m_doc);
    m_documentPage = new DocumentView(*m_doc, *m_codebookDock->model());
    m_reviewPage = new ReviewPage(*m_doc, *m_codebookDock->model());
    m_agreementPage = new AgreementView(*m_doc);
    m_statsPage = new StatsView(*m_doc);
    m_segmentsPage = new SegmentsPage(*m_doc, *m_codebookDock->model());
    m_matrixPage = new MatrixPage(*m_doc);
    m_searchPage = new SearchPage(*m_doc);
    for (QWidget *page : std::initializer_list<QWidget *>{m_casesPage, m_documentPage, m_reviewPage, m_agreementPage, m_statsPage, m_segmentsPage,
                                                          m_matrixPage, m_searchPage})
        m_tabs->addTab(page, QString());
    retranslate();
    connect(m_casesPage, &CasesPage::documentActivated, this, &MainWindow::openDocument);
    connect(m_reviewPage, &ReviewPage::documentActivated, this, &MainWindow::openDocument);
    connect(m_segmentsPage, &SegmentsPage::documentRequested, this, &MainWindow::openDocumentAt);
    connect(m_searchPage, &SearchPage::documentRequested, this, &MainWindow::openDocumentAt);
    connect(m_matrixPage, &MatrixPage::cellActivated, this, [this](const QString &code, const QString &field, const QString &value, const QString &label) {
        m_segmentsPage->setCellFilter(field, value, label);
        m_segmentsPage->setCodes({code});
        m_tabs->setCurrentWidget(m_segmentsPage);
    });
    connect(m_codebookDock, &CodebookDock::codeActivated, m_documentPage, &DocumentView::codeWithShortcut);
    connect(m_codebookDock, &CodebookDock::segmentsRequested, this, [this](const QStringList &codes) {
        m_segmentsPage->setCellFilter({}, {}, {});
        m_segmentsPage->setCodes(codes);
        m_tabs->setCurrentWidget(m_segmentsPage);
    });
    if (m_doc->isBlind())
        setBlindSession(true);
    if (const qint64 first = m_casesPage->model()->rowCount() > 0 ? m_casesPage->model()->documentId(0) : 0)
        m_documentPage->showDocument(first);
}

void MainWindow::openDocumentAt(qint64 id, qint64 start, qint64 end)
{
    if (!m_documentPage)
        return;
    m_tabs->setCurrentWidget(m_documentPage);
    m_documentPage->showDocumentAt(id, start, end);
}

void MainWindow::openDocument(qint64 id)
{
    if (!m_documentPage)
        return;
    m_documentPage->showDocument(id);
    m_tabs->setCurrentWidget(m_documentPage);
}

bool MainWindow::showView(const QString &name)
{
    if (!m_casesPage)
        return false;
    const std::pair<const char *, QWidget *> views[] = {{"cases", m_casesPage},     {"document", m_documentPage}, {"review", m_reviewPage},
                                                        {"agreement", m_agreementPage}, {"charts", m_statsPage},     {"segments", m_segmentsPage},
                                                        {"matrix", m_matrixPage},     {"search", m_searchPage}};
    for (const auto &[id, page] : views)
        if (name == QLatin1String(id)) {
            if (page == m_agreementPage)
                m_agreementPage->compute();
            m_tabs->setCurrentWidget(page);
            return true;
        }
    return false;
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 10000);
    if (isVisible())
        QMessageBox::warning(this, tr("CaseLens"), message);
}

void MainWindow::setBlindSession(bool on)
{
    // Blind: nothing of another coder shows — not their codings or colours in the text,
    // not their counts in the case list, the codebook or the statistics, no review queue
    // and no agreement (which compares coders). Each page hears it from the document.
    const QSignalBlocker block(m_blindAction);
    m_blindAction->setChecked(on);
    m_doc->setBlind(on);
    if (m_reviewPage) {
        m_tabs->setTabEnabled(m_tabs->indexOf(m_reviewPage), !on);
        m_tabs->setTabEnabled(m_tabs->indexOf(m_agreementPage), !on);
        m_segmentsPage->setCellFilter({}, {}, {}); // read again, only the coder's own now
    }
    statusBar()->showMessage(on ? tr("Blind session: you see only your own codings (%1).").arg(m_doc->coderName()) : QString(), 10000);
}

void MainWindow::setCoderName(const QString &name)
{
    m_doc->setCoderName(name);
}

void MainWindow::setLanguage(const QString &lang)
{
    prefs::language.set(lang);
    if (!installLanguage(lang)) {
        showError(QStringLiteral("The Chinese translation is not part of this build. 本程序未包含中文界面。"));
        return;
    }
    // Qt posts the change to every window; deliver it now, so the window is in the new
    // language when this returns. The undo history keeps the words its entries were made with.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    statusBar()->showMessage(tr("Language: English"), 5000);
}

void MainWindow::editProjectMemo()
{
    if (!m_doc->isOpen())
        return;
    QString before;
    if (auto memos = store::MemoStore(m_doc->project()).memosOn(store::MemoTarget::Project, 0))
        for (const auto &m : *memos)
            if (m.author == m_doc->coderName())
                before = m.text;
    bool ok = false;
    const QString after = QInputDialog::getMultiLineText(this, tr("Project memo"), tr("Your memo on the project as a whole:"), before, &ok);
    if (ok && after.trimmed() != before)
        m_doc->push(new EditMemoCommand(*m_doc, store::MemoTarget::Project, 0, before, after.trimmed()));
}

void MainWindow::setRegionScheme(const QString &id)
{
    if (!m_doc->isOpen())
        return;
    auto scheme = metadata::RegionScheme::builtin(id);
    auto changed = scheme ? store::setRegionScheme(m_doc->project(), *scheme, true) : Result<int>(scheme.error());
    if (!changed) {
        showError(changed.error().message);
        return;
    }
    m_doc->announceMetadata();
    statusBar()->showMessage(tr("Region scheme set; %1 documents updated.").arg(*changed), 8000);
}

bool MainWindow::isBusy() const
{
    return m_work->isBusy();
}

void MainWindow::startWork(const QString &title, const std::function<QString(store::Project &, ProgressSink &)> &job)
{
    if (!m_doc->isOpen())
        return;
    if (!m_work->start(m_doc->project().path(), title, job))
        statusBar()->showMessage(tr("Other work is still running; wait for it to finish or cancel it."), 8000);
}

void MainWindow::importPaths(const QStringList &paths, const import::ImportOptions &options)
{
    if (!isBusy())
        m_reportAfterWork = std::pair{tr("Import finished"), tr("Metadata read from the texts is marked * in Cases until you confirm it there.")};
    startWork(tr("Importing documents…"), [paths, options](store::Project &project, ProgressSink &progress) {
        auto report = import::ImportJob(project, options).run(paths, progress);
        if (!report)
            return report.error().message;
        QString summary = MainWindow::tr("%1 imported, %2 already present, %3 failed")
                              .arg(report->count(import::ImportOutcome::Imported))
                              .arg(report->count(import::ImportOutcome::Duplicate))
                              .arg(report->count(import::ImportOutcome::Failed));
        for (const auto &e : report->entries)
            if (e.outcome == import::ImportOutcome::Failed)
                summary += QStringLiteral("\n%1: %2").arg(QFileInfo(e.source).fileName(), e.message);
        return summary;
    });
}

void MainWindow::runEngine(const QString &engine)
{
    startWork(tr("Suggesting codes…"), [engine](store::Project &project, ProgressSink &progress) {
        auto coder = coding::makeCoder(project, engine);
        if (!coder)
            return coder.error().message;
        (*coder)->setCancelFlag(progress.cancelFlag());
        auto all = store::DocumentFilter::parse({}, {});
        auto report = coding::runCoder(project, **coder, *all, 0.0, progress);
        if (!report)
            return report.error().message;
        return MainWindow::tr("%1: %2 new suggestions").arg(engine).arg(report->suggestions);
    });
}

void MainWindow::trainLearned()
{
    startWork(tr("Training the learned coder…"), [](store::Project &project, ProgressSink &progress) {
        // Every accepted coding in the project, whoever made or accepted it.
        auto all = store::DocumentFilter::parse({}, {});
        auto report = coding::LearnedCoder::train(project, QStringLiteral("*"), *all, {}, progress);
        if (!report)
            return report.error().message;
        return MainWindow::tr("Trained on %1 passages in %2 ms").arg(report->passages).arg(report->milliseconds);
    });
}

void MainWindow::newProject()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New project"), QString(), tr("CaseLens projects (*.caselens)"));
    if (path.isEmpty())
        return;
    auto p = store::createProject(path.endsWith(QLatin1String(".caselens")) ? path : path + QStringLiteral(".caselens"));
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

bool MainWindow::openTeamProject(const QString &address, QString *error)
{
    auto path = prepareWorkingCopy(address);
    if (!path || !openProject(*path, error)) {
        if (error && !path)
            *error = path.error().message;
        return false;
    }
    // On a team you act as your database role: the server checks every step against it.
    m_doc->setCoderName(team::workingCopyPerson(m_doc->project()));
    m_team = std::make_unique<TeamLink>(*m_doc, address);
    connect(m_team.get(), &TeamLink::statusChanged, m_teamStatus, &QLabel::setText);
    m_teamStatus->setText(tr("Team: connecting…"));
    return true;
}

void MainWindow::openTeamProjectDialog()
{
    bool ok = false;
    const QString address =
        QInputDialog::getText(this, tr("Open team project"),
                              tr("The team server's address, as your lead gave it (postgresql://you@server/database). Your password comes "
                                 "from PGPASSWORD or ~/.pgpass; CaseLens does not keep it."),
                              QLineEdit::Normal, QStringLiteral("postgresql://"), &ok);
    if (!ok || address.trimmed().isEmpty())
        return;
    QString error;
    if (!openTeamProject(address.trimmed(), &error))
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

void MainWindow::importQdpx()
{
    const QString from = QFileDialog::getOpenFileName(this, tr("Import REFI-QDA project"), QString(), tr("REFI-QDA projects (*.qdpx)"));
    if (from.isEmpty())
        return;
    const QString to = QFileDialog::getSaveFileName(this, tr("New project"), QString(), tr("CaseLens projects (*.caselens)"));
    if (to.isEmpty())
        return;
    auto r = exchange::importQdpx(from, to);
    if (!r) {
        showError(r.error().message);
        return;
    }
    QString error;
    if (!openProject(to, &error))
        showError(error);
    else if (!r->notes.isEmpty())
        QMessageBox::information(this, tr("Import REFI-QDA project"), r->notes.join(QLatin1Char('\n')));
}

void MainWindow::exportQdpx()
{
    if (!m_doc->isOpen())
        return;
    const QString to = QFileDialog::getSaveFileName(this, tr("Export REFI-QDA project"), QString(), tr("REFI-QDA projects (*.qdpx)"));
    if (to.isEmpty())
        return;
    if (Status s = checkOutputTarget({to, true, false, {m_doc->project().path()}}); !s) {
        showError(s.error().message);
        return;
    }
    auto r = exchange::exportQdpx(m_doc->project(), to);
    if (!r)
        showError(r.error().message);
    else
        statusBar()->showMessage(tr("Exported %1 sources and %2 codings to %3").arg(r->sources).arg(r->codings).arg(to), 10000);
}

void MainWindow::saveCopy()
{
    if (!m_doc->isOpen())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy"), QString(), tr("CaseLens projects (*.caselens)"));
    if (path.isEmpty())
        return;
    // The dialog has asked before replacing a file; another project is still refused.
    if (Status s = checkOutputTarget({path, true, false, {m_doc->project().path()}}); !s)
        showError(s.error().message);
    else if (Status s = m_doc->project().backupTo(path); !s)
        showError(s.error().message);
    else
        statusBar()->showMessage(tr("Saved a copy to %1").arg(path), 5000);
}

void MainWindow::mergeCopies()
{
    if (!m_doc->isOpen())
        return;
    const QStringList copies = QFileDialog::getOpenFileNames(this, tr("Merge a colleague's project"), QString(), tr("CaseLens projects (*.caselens)"));
    if (!copies.isEmpty())
        mergeCopiesNow(copies);
}

void MainWindow::mergeCopiesNow(const QStringList &copies)
{
    // As the command line's merge: a copy of this project first, then each colleague's
    // copy in one transaction; the report names every conflict and the rule that decided it.
    if (!isBusy())
        m_reportAfterWork = std::pair{tr("Merge finished"), tr("Undo does not take a merge back; the copy named above does.")};
    startWork(tr("Merging"), [copies](store::Project &project, ProgressSink &) -> QString {
        auto before = project.backupBefore(QStringLiteral("merge"));
        if (!before)
            return before.error().message;
        QStringList lines{tr("Merged %n project(s); a copy of this project from before is at %1", nullptr, int(copies.size())).arg(*before)};
        for (const QString &copy : copies) {
            auto report = team::mergeProject(project, copy, false);
            if (!report) {
                lines.append(tr("%1: %2").arg(QFileInfo(copy).fileName(), report.error().message));
                continue;
            }
            lines.append(report->changedNothing()
                             ? tr("%1: nothing new").arg(QFileInfo(copy).fileName())
                             : tr("%1: %2 cases, %3 codings, %4 decisions, %5 memos, %6 samples").arg(QFileInfo(copy).fileName()).arg(report->documents).arg(report->codings).arg(report->decisions).arg(report->memos).arg(report->samples));
            for (const QString &c : report->conflicts)
                lines.append(tr("  conflict: %1").arg(c));
        }
        return lines.join(QLatin1Char('\n'));
    });
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

} // namespace caselens::gui
