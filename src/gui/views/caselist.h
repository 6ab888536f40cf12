#pragma once
// CaseList: the cases beside the document view — a filter field and the numbers and
// titles, the open case selected — to move between cases without leaving the text.

#include <QWidget>

class QLineEdit;
class QTableView;

namespace caselens::gui {

class CasesModel;
class ProjectDocument;

class CaseList : public QWidget {
    Q_OBJECT
public:
    explicit CaseList(ProjectDocument &document, QWidget *parent = nullptr);
    // Selects the open case's row, when the filter shows it.
    void setCurrent(qint64 documentId);
    CasesModel *model() const { return m_model; }
    QLineEdit *filterEdit() const { return m_filter; }

Q_SIGNALS:
    void caseChosen(qint64 documentId);

protected:
    void changeEvent(QEvent *event) override;

private:
    ProjectDocument &m_doc;
    QLineEdit *m_filter;
    QTableView *m_view;
    CasesModel *m_model;
    qint64 m_current = 0;
};

} // namespace caselens::gui
