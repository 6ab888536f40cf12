#pragma once
// DistributionChart: draws a crosstab — grouped bars of the ten characteristics by
// group (region, case type, province…), or lines across years. Analysis returns plain
// tables; this only draws them, so Qt Charts stays swappable.

#include "analysis/crosstab.h"

#include <QWidget>

class QChartView;
class QChart;

namespace caselens::gui {

class DistributionChart : public QWidget {
    Q_OBJECT
public:
    explicit DistributionChart(QWidget *parent = nullptr);
    // percent: plot each group's shares; otherwise counts.
    void setCrosstab(const analysis::Crosstab &table, bool percent);
    // Nothing drawn (the figures could not be computed): never the last figures left standing.
    void clear();
    // The plotted values, group by group, in code order (for tests).
    QList<QList<double>> plottedValues() const { return m_values; }
    QStringList seriesNames() const { return m_names; }
    QChart *chart() const;
    // PNG, SVG or PDF by the file's extension.
    bool exportTo(const QString &path, QString *error = nullptr);

private:
    QChartView *m_view;
    QList<QList<double>> m_values;
    QStringList m_names;
};

} // namespace caselens::gui
