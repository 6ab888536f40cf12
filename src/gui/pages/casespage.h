#pragma once
// CasesPage: every case of the project as a table — filter on its metadata, search the
// full text, open a case. Its form is ui/casespage.ui.

#include <QWidget>
#include <memory>

class QLineEdit;

namespace Ui {
class CasesPage;
}

namespace caselens::gui {

class CasesModel;
class LatestRead;
class ProjectDocument;

class CasesPage : public QWidget {
    Q_OBJECT
public:
    explicit CasesPage(ProjectDocument &document, QWidget *parent = nullptr);
    ~CasesPage() override;
    CasesModel *model() const { return m_model; }
    QLineEdit *filterEdit() const;
    QLineEdit *searchEdit() const;
    // Runs the search in the search field on its own connection; the table shows the
    // cases with hits when it answers (an empty field shows every case again).
    void runSearch();

Q_SIGNALS:
    void documentActivated(qint64 documentId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fitColumns();
    ProjectDocument &m_doc;
    std::unique_ptr<Ui::CasesPage> m_ui;
    CasesModel *m_model;
    LatestRead *m_search;
};

} // namespace caselens::gui
