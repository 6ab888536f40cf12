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
    void setTable(const exporting::Table &table);
    const exporting::Table &table() const { return m_table; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    exporting::Table m_table;
};

} // namespace caselens::gui
