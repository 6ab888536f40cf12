#pragma once
// MainWindow: the CaseLens workbench — cases, the document being coded, the review
// queue and the statistics with their charts, the codebook beside them. Every edit goes
// through the undo stack; long work runs on a worker thread with progress and cancel.

#include "codebook/codebook.h"
#include "import/importjob.h"
#include "review/reviewservice.h"
#include "store/codestore.h"
#include "store/project.h"
#include "support/progress.h"

#include <QMainWindow>
#include <memory>

class QTabWidget;
class QTableView;
class QLineEdit;
class QLabel;
class QUndoStack;
class QComboBox;

namespace caselens::gui {

class CasesModel;
class CodebookModel;
class ReviewQueueModel;
class DocumentView;
class StatsView;
class AgreementView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openProject(const QString &path, QString *error = nullptr);
    // cases | document | review | agreement | charts
    bool showView(const QString &name);

    store::Project *project() const { return m_project.get(); }
    CasesModel *casesModel() const { return m_cases; }
    CodebookModel *codebookModel() const { return m_codebook; }
    DocumentView *documentView() const { return m_document; }
    ReviewQueueModel *reviewModel() const { return m_review; }
    StatsView *statsView() const { return m_stats; }
    AgreementView *agreementView() const { return m_agreement; }
    QUndoStack *undoStack() const { return m_undo; }
    QLineEdit *filterEdit() const { return m_filter; }
    QLineEdit *searchEdit() const { return m_search; }
    void openDocument(qint64 id);
    void decideCurrentReviewItem(bool accept);
    void setBlindSession(bool on);
    // Switches the interface language at once (menus and views are built again) and
    // keeps it for the next start: "zh_CN" or "en".
    void setLanguage(const QString &lang);
    void setCoderName(const QString &name);
    // Codebook edits from the dock: the dialog, then undoable commands (one macro for a
    // code's fields and your memo on it). `before` is empty (no key) for a new code.
    void editCode(const QString &key);
    void newCode();
    void applyCodeEdit(const codebook::Code &before, const codebook::Code &after, const QString &memoAfter);
    void editProjectMemo();
    // Merging and deleting codes rewrite codings and cannot be undone step by step: the
    // project is copied first (the copy's path is in the status bar) and the undo
    // history is cleared. The dialogs ask; apply* do the work (and serve the tests).
    void mergeCodeDialog(const QString &key);
    void deleteCodeDialog(const QString &key);
    Status applyMerge(const QString &from, const QString &into);
    Status applyDelete(const QString &key, store::CodeStore::CodingsFate fate, const QString &moveTo);
    // Long work on a worker thread with a progress dialog; backgroundWorkFinished reports
    // the one-line summary when it is done and the views are up to date.
    void importPaths(const QStringList &paths, const import::ImportOptions &options);
    void runEngine(const QString &engine);
    void trainLearned();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void backgroundWorkFinished(const QString &summary);

private:
    void buildUi();
    void buildMenus();
    void rebuildViews();
    void onCodingsChanged(qint64 documentId);
    void refreshStatsIfStale();
    void invalidateStats();
    // After work that may have changed anything (a background job, a merge): every view reads again.
    void refreshAll();
    void afterCodebookRewrite(const QString &message);
    void refreshReviewQueue();
    void updateEngineChoices();
    void showError(const QString &message);
    void runSearch();
    void newProject();
    void openProjectDialog();
    void importDocuments();
    void importFolder();
    void askMetadataAndImport(const QStringList &paths);
    void saveCopy();
    void updateRecentMenu();
    void runInBackground(const QString &title, const std::function<QString(store::Project &, ProgressSink &)> &work);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

    std::unique_ptr<store::Project> m_project;
    std::unique_ptr<review::ReviewService> m_service;
    QString m_coderName;
    bool m_blind = false;
    bool m_statsStale = false;
    bool m_busy = false;
    bool m_reviewStale = false;
    int m_searchGeneration = 0;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_casesView = nullptr;
    QTableView *m_reviewView = nullptr;
    QLineEdit *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_searchInfo = nullptr;
    QComboBox *m_reviewOrder = nullptr;
    QComboBox *m_engineFilter = nullptr;
    CasesModel *m_cases = nullptr;
    CodebookModel *m_codebook = nullptr;
    ReviewQueueModel *m_review = nullptr;
    DocumentView *m_document = nullptr;
    StatsView *m_stats = nullptr;
    AgreementView *m_agreement = nullptr;
    QTableView *m_codebookView = nullptr;
    QUndoStack *m_undo = nullptr;
    QMenu *m_recentMenu = nullptr;
    QWidget *m_casesPage = nullptr;
    QWidget *m_reviewPage = nullptr;
};

} // namespace caselens::gui
