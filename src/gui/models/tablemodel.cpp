#include "models/tablemodel.h"

namespace caselens::gui {

void TableModel::setTable(const exporting::Table &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

int TableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_table.rows.size()); }
int TableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_table.columns.size()); }

QVariant TableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_table.rows.size() || index.column() >= m_table.rows.at(index.row()).size())
        return {};
    const auto &cell = m_table.rows.at(index.row()).at(index.column());
    if (role == Qt::DisplayRole)
        return cell.text;
    if (role == Qt::UserRole)
        return cell.number ? QVariant(*cell.number) : QVariant();
    if (role == Qt::TextAlignmentRole && cell.number)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return m_table.columns.value(section);
    return {};
}

} // namespace caselens::gui
