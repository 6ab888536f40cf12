#pragma once
// DistributionChart: draws a crosstab — grouped bars of the ten characteristics by
// group (region, case type; the largest provinces and the rest as one), or lines across
// years in the codebook's colours. Analysis returns plain tables; this only draws them,
// so Qt Charts stays swappable.

#include "analysis/crosstab.h"

#include <QColor>
#include <QHash>
#include <QWidget>

class QChartView;
class QChart;

namespace caselens::gui {

class DistributionChart : public QWidget {
    Q_OBJECT
public:
    explicit DistributionChart(QWidget *parent = nullptr);
    // The colour of each code (by key), as the codebook gives them.
    void setCodeColours(const QHash<QString, QColor> &colours) { m_colours = colours; }
    // percent: plot each group's shares; otherwise counts. More than kMaxGroups groups
    // (provinces) show the largest kMaxGroups - 1 and the rest together.
    void setCrosstab(const analysis::Crosstab &table, bool percent);
    static constexpr int kMaxGroups = 8;
    // Nothing drawn (the figures could not be computed): never the last figures left standing.
    void clear();
    // The plotted values, group by group, in code order (for tests).
    QList<QList<double>> plottedValues() const { return m_values; }
    QStringList seriesNames() const { return m_names; }
    QChart *chart() const;
    // PNG, SVG or PDF by the file's extension, `size` in millimetres at `dpi` dots per
    // inch, on white (no card behind the chart).
    bool exportTo(const QString &path, QSizeF sizeMm = {170, 100}, int dpi = 300, QString *error = nullptr);

private:
    QChartView *m_view;
    QList<QList<double>> m_values;
    QStringList m_names;
    QHash<QString, QColor> m_colours;
    QStringList m_categoryNames; // whole code names under the bars, before wrapping
};

} // namespace caselens::gui
