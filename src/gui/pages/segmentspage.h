#pragma once
// SegmentsPage: retrieved segments — every passage coded with the chosen codes, with its
// case and metadata, filtered by coder and by a cell of the code matrix, exportable as
// the table papers quote from. Double-click opens the case at the passage. Form:
// ui/segmentspage.ui.

#include "store/codedsegments.h"

#include <QWidget>
#include <memory>

namespace Ui {
class SegmentsPage;
}

namespace caselens::gui {

class RefreshWhenShown;
class CodebookModel;
class LatestRead;
class ProjectDocument;
class TableModel;

class SegmentsPage : public QWidget {
    Q_OBJECT
public:
    SegmentsPage(ProjectDocument &document, CodebookModel &codebook, QWidget *parent = nullptr);
    ~SegmentsPage() override;
    // Selects these codes in the list and reads their segments off the window's thread;
    // filled() says when they are on screen.
    void setCodes(const QStringList &keys);
    // Only the cases whose `field` is `value` (a cell of the matrix); `label` says which.
    void setCellFilter(const QString &field, const QString &value, const QString &label);
    const QList<store::CodedSegment> &segments() const { return m_segments; }
    TableModel *model() const { return m_model; }
    void exportSegments();

Q_SIGNALS:
    void documentRequested(qint64 documentId, qint64 start, qint64 end);
    void filled();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void show(const store::SegmentQuery &query, const QList<store::CodedSegment> &segments);
    void fillCoders();
    ProjectDocument &m_doc;
    CodebookModel &m_codebook;
    std::unique_ptr<Ui::SegmentsPage> m_ui;
    TableModel *m_model;
    QList<store::CodedSegment> m_segments;
    QString m_field, m_value, m_cellLabel;
    LatestRead *m_read;
    RefreshWhenShown *m_refresh; // last: made after everything it reads
};

} // namespace caselens::gui
