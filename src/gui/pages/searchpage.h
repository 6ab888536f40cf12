#pragma once
// SearchPage: keyword in context — every passage of every case that holds the words,
// the hit between its context, one line each; Enter on a line opens the case with the
// hit highlighted. Form: ui/searchpage.ui.

#include "store/searchindex.h"

#include <QWidget>
#include <memory>

namespace Ui {
class SearchPage;
}

namespace caselens::gui {

class LatestRead;
class ProjectDocument;
class TableModel;

class SearchPage : public QWidget {
    Q_OBJECT
public:
    explicit SearchPage(ProjectDocument &document, QWidget *parent = nullptr);
    ~SearchPage() override;
    // Finds the words (at most 1,000 lines) on its own connection and shows them when
    // they come (filled()).
    void search(const QString &query);
    const QList<store::SearchHit> &hits() const { return m_hits; }
    TableModel *model() const { return m_model; }

Q_SIGNALS:
    void documentRequested(qint64 documentId, qint64 start, qint64 end);
    // The answer to the latest search is on screen.
    void filled();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Found {
        QList<store::SearchHit> hits;
        qint64 total = 0;
    };
    void show(const QString &query, const Found &found);
    ProjectDocument &m_doc;
    std::unique_ptr<Ui::SearchPage> m_ui;
    TableModel *m_model;
    QList<store::SearchHit> m_hits;
    qint64 m_total = 0;
    LatestRead *m_read;
};

} // namespace caselens::gui
