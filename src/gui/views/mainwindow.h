#pragma once
// MainWindow: the frame of the workbench. It holds the project document, assembles the
// pages (Cases, Document, Review, Agreement, Statistics) and the codebook dock, owns
// the menus and starts long work in the background. The pages follow the document's
// announcements; the frame refreshes nothing by hand.

#include "import/importjob.h"

#include <QMainWindow>
#include <memory>
#include <optional>

class QLabel;
class QTabWidget;
class QMenu;

namespace caselens::gui {

class AgreementView;
class BackgroundWork;
class CasesPage;
class CodebookDock;
class DocumentView;
class MatrixPage;
class ProjectDocument;
class ReviewPage;
class SearchPage;
class SegmentsPage;
class StatsView;
class TeamLink;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openProject(const QString &path, QString *error = nullptr);
    // Opens a team project from its server (postgresql://…) as a working copy kept in step
    // with the server.
    bool openTeamProject(const QString &address, QString *error = nullptr);
    // Merges colleagues' copies of this project into it in the background (a copy of it is
    // saved first); the report stays on screen.
    void mergeCopiesNow(const QStringList &copies);
    TeamLink *teamLink() const { return m_team.get(); }
    // cases | document | review | agreement | charts | segments | matrix | search
    bool showView(const QString &name);
    void openDocument(qint64 id);
    // Opens the case with a span highlighted (a search hit, a retrieved segment).
    void openDocumentAt(qint64 id, qint64 start, qint64 end);

    ProjectDocument &document() const { return *m_doc; }
    // The pages, null until a project is open.
    CasesPage *casesPage() const { return m_casesPage; }
    DocumentView *documentView() const { return m_documentPage; }
    ReviewPage *reviewPage() const { return m_reviewPage; }
    AgreementView *agreementView() const { return m_agreementPage; }
    StatsView *statsView() const { return m_statsPage; }
    SegmentsPage *segmentsPage() const { return m_segmentsPage; }
    MatrixPage *matrixPage() const { return m_matrixPage; }
    SearchPage *searchPage() const { return m_searchPage; }
    CodebookDock *codebookDock() const { return m_codebookDock; }

    void setBlindSession(bool on);
    // Switches the interface language at once and keeps it for the next start: "zh_CN"
    // or "en". Every page translates itself; nothing is rebuilt.
    void setLanguage(const QString &lang);
    void setCoderName(const QString &name);
    // On first use, asks whose codings these are (instead of recording them as "coder").
    void askCoderNameIfUnset();
    void editProjectMemo();
    // Long work on a worker thread with a progress dialog; backgroundWorkFinished reports
    // the one-line summary when it is done and the pages have heard of the change.
    void importPaths(const QStringList &paths, const import::ImportOptions &options);
    void runEngine(const QString &engine);
    void trainLearned();
    bool isBusy() const;

Q_SIGNALS:
    void backgroundWorkFinished(const QString &summary);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void buildPages();
    void retranslate();
    // Registers an action's or menu's text so a change of language finds it.
    QAction *labelled(QAction *action, const char *source);
    QMenu *menu(QMenu *parent, const char *source);
    void updateRecentMenu();
    void showError(const QString &message);
    void startWork(const QString &title, const std::function<QString(store::Project &, ProgressSink &)> &job);
    void newProject();
    void openProjectDialog();
    void openTeamProjectDialog();
    void importDocuments();
    void importFolder();
    void importQdpx();
    void exportQdpx();
    void askMetadataAndImport(const QStringList &paths);
    void saveCopy();
    void mergeCopies();
    void setRegionScheme(const QString &id);

    ProjectDocument *m_doc;
    BackgroundWork *m_work;
    QTabWidget *m_tabs = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_blindAction = nullptr;
    // The running job's report stays on screen (an import, a merge): the box's title and note.
    std::optional<std::pair<QString, QString>> m_reportAfterWork;
    QList<std::pair<QAction *, QString>> m_languageActions; // action, language code
    QList<std::pair<QAction *, const char *>> m_labels;
    CasesPage *m_casesPage = nullptr;
    DocumentView *m_documentPage = nullptr;
    ReviewPage *m_reviewPage = nullptr;
    AgreementView *m_agreementPage = nullptr;
    StatsView *m_statsPage = nullptr;
    SegmentsPage *m_segmentsPage = nullptr;
    MatrixPage *m_matrixPage = nullptr;
    SearchPage *m_searchPage = nullptr;
    CodebookDock *m_codebookDock = nullptr;
    std::unique_ptr<TeamLink> m_team; // while a team project is open
    QLabel *m_teamStatus;
};

} // namespace caselens::gui
