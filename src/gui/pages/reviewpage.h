#pragma once
// ReviewPage: the suggestions waiting for a decision, in the chosen order and filters,
// with the current one's whole passage and reason below; A and R (or the buttons)
// decide it, Enter opens its case. The queue is
// read again when the page comes into view after a change. Form: ui/reviewpage.ui.

#include <QModelIndex>
#include <QWidget>
#include <memory>

namespace Ui {
class ReviewPage;
}

namespace caselens::gui {

class RefreshWhenShown;
class CodebookModel;
class ProjectDocument;
class ReviewQueueModel;

class ReviewPage : public QWidget {
    Q_OBJECT
public:
    ReviewPage(ProjectDocument &document, const CodebookModel &codebook, QWidget *parent = nullptr);
    ~ReviewPage() override;
    ReviewQueueModel *model() const { return m_model; }
    // The pane below the queue: the current suggestion's passage and reason.
    QString detailText() const;
    // Accepts or rejects the current suggestion (the first when none is current) and moves on.
    void decideCurrent(bool accept);

Q_SIGNALS:
    void documentActivated(qint64 documentId);
    // The queue was read again (off the window's thread) and is on screen.
    void filled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void afterLoad();
    void showDetail(const QModelIndex &current);
    void fillCodeChoices();
    void fillEngineChoices();
    void summarise();
    ProjectDocument &m_doc;
    const CodebookModel &m_codebook;
    std::unique_ptr<Ui::ReviewPage> m_ui;
    ReviewQueueModel *m_model;
    int m_currentRow = -1;
    RefreshWhenShown *m_refresh; // last: made after everything it reads
};

} // namespace caselens::gui
