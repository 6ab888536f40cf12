#pragma once
// MatrixPage: the code matrix — codes down, the groups of one document field across
// (region, year, type, province, or any attribute the cases carry), each cell the coded
// items of that code in that group, exactly as `caselens-cli stats` counts them, shaded
// by share of the column's largest.
// Clicking a cell asks for its segments. Form: ui/matrixpage.ui.

#include "analysis/crosstab.h"

#include <QWidget>
#include <memory>

namespace Ui {
class MatrixPage;
}

namespace caselens::gui {

class RefreshWhenShown;
class LatestRead;
class ProjectDocument;
class TableModel;

class MatrixPage : public QWidget {
    Q_OBJECT
public:
    explicit MatrixPage(ProjectDocument &document, QWidget *parent = nullptr);
    ~MatrixPage() override;
    // region | year | type | province, or an attribute of the cases. Counts off the window's thread; filled() says when
    // the matrix is on screen.
    void setGrouping(const QString &field);
    const std::optional<analysis::Crosstab> &crosstab() const { return m_table; }
    TableModel *model() const { return m_model; }
    void recompute();

Q_SIGNALS:
    // A cell was chosen: the code's segments in the cases whose `field` is `value`.
    void cellActivated(const QString &code, const QString &field, const QString &value, const QString &label);
    void filled();

protected:
    void changeEvent(QEvent *event) override;

private:
    QString field() const;
    void fillAttributes();
    void show(const Result<analysis::Crosstab> &table, const QString &lang);
    ProjectDocument &m_doc;
    std::unique_ptr<Ui::MatrixPage> m_ui;
    TableModel *m_model;
    std::optional<analysis::Crosstab> m_table;
    LatestRead *m_read;
    RefreshWhenShown *m_refresh; // last: made after everything it reads
};

} // namespace caselens::gui
