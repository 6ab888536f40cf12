#pragma once
// StatsView: any analysis table beside its chart — choose the grouping, the unit and
// counts or percentages; export the table in every format and the chart as PNG, SVG
// or PDF. It computes exactly what `caselens-cli stats` computes.

#include "analysis/crosstab.h"
#include "store/project.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace caselens::gui {

class RefreshWhenShown;
class DistributionChart;
class ProjectDocument;
class TableModel;

class StatsView : public QWidget {
    Q_OBJECT
public:
    // Follows the document: any change marks the figures stale; they are computed again
    // when the page is in view (a large project's tables take a while).
    explicit StatsView(ProjectDocument &document, QWidget *parent = nullptr);
    void recompute();
    void invalidate();
    void setGrouping(const QString &by);
    const analysis::Crosstab *crosstab() const { return m_table ? &*m_table : nullptr; }
    DistributionChart *chart() const { return m_chart; }
    QString note() const;
    // What is counted: accepted | suggested | all, of one coder or (empty) every coder.
    void setCountingBasis(const QString &status, const QString &coder);
    // A blind session: the figures are this coder's codings only (empty: the counting basis's default).
    void setOnlyCoder(const QString &coder);
    void exportTable();
    void exportChart();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    store::Project &m_project;
    QComboBox *m_by, *m_unit, *m_values;
    QLabel *m_byLabel, *m_unitLabel, *m_valuesLabel;
    // Whose codings count, and which: the counting basis of the tables (accepted codings of
    // every coder unless chosen otherwise; a blind session counts only your own).
    QComboBox *m_status, *m_coder;
    QLabel *m_basisLabel;
    QPushButton *m_exportTable, *m_exportChart;
    QTableView *m_view;
    TableModel *m_model;
    DistributionChart *m_chart;
    QLabel *m_note;
    QString m_onlyCoder; // what was counted and how percentages are taken, as printed under exports
    std::optional<analysis::Crosstab> m_table;
    RefreshWhenShown *m_refresh; // last: made after everything it reads
};

} // namespace caselens::gui
