#pragma once
// TableModel: shows an exported analysis table (exporting::Table) in a view, so the
// screen shows exactly the figures the files and `caselens-cli stats` carry.

#include "export/table.h"

#include <QAbstractTableModel>

namespace caselens::gui {

class TableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;
    // `headerTips`: the whole text of headers shortened to fit (one per column, or none).
    void setTable(const exporting::Table &table, const QStringList &headerTips = {});
    // Draws this column's text in bold on a light highlight (the match of a
    // keyword-in-context line); -1: none.
    void setEmphasisColumn(int column);
    // Shades the numeric cells from this column on by their share of the largest value
    // in their column (a code matrix); -1: none.
    void setHeatFromColumn(int column);
    // Aligns this column's text to the right (the left context of a keyword-in-context line).
    void setRightAlignedColumn(int column);
    const exporting::Table &table() const { return m_table; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    exporting::Table m_table;
    QStringList m_headerTips;
    int m_emphasis = -1;
    int m_heatFrom = -1;
    int m_rightAligned = -1;
    QList<double> m_columnMax;
};

} // namespace caselens::gui
