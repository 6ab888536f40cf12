#include "models/tablemodel.h"

#include <QColor>
#include <QFont>

namespace caselens::gui {

void TableModel::setTable(const exporting::Table &table, const QStringList &headerTips)
{
    beginResetModel();
    m_table = table;
    m_headerTips = headerTips;
    m_columnMax = QList<double>(table.columns.size(), 0.0);
    for (const auto &row : table.rows)
        for (int c = 0; c < row.size() && c < m_columnMax.size(); ++c)
            if (row.at(c).number)
                m_columnMax[c] = std::max(m_columnMax.at(c), *row.at(c).number);
    endResetModel();
}

void TableModel::setEmphasisColumn(int column)
{
    m_emphasis = column;
}

void TableModel::setHeatFromColumn(int column)
{
    m_heatFrom = column;
}

void TableModel::setRightAlignedColumn(int column)
{
    m_rightAligned = column;
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
    if (role == Qt::TextAlignmentRole && (cell.number || index.column() == m_rightAligned))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && cell.text.size() > 30)
        return cell.text; // a passage cut by its column, whole
    if (role == Qt::FontRole && index.column() == m_emphasis) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::BackgroundRole && index.column() == m_emphasis)
        return QColor(255, 236, 150);
    if (role == Qt::BackgroundRole && m_heatFrom >= 0 && index.column() >= m_heatFrom && cell.number
        && m_columnMax.value(index.column()) > 0) {
        // Light to deep blue by share of the column's largest cell: readable in print.
        const double share = *cell.number / m_columnMax.at(index.column());
        return QColor::fromHsvF(0.58, 0.08 + 0.5 * share, 1.0 - 0.25 * share);
    }
    return {};
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return m_table.columns.value(section);
    if (role == Qt::ToolTipRole && !m_headerTips.value(section).isEmpty())
        return m_headerTips.value(section);
    return {};
}

} // namespace caselens::gui
