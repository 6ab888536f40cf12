#include "models/codebooktreemodel.h"

#include <QColor>
#include <QFont>
#include <functional>

namespace caselens::gui {

CodebookTreeModel::CodebookTreeModel(CodebookModel &codes, QObject *parent) : QAbstractItemModel(parent), m_codes(codes)
{
    connect(&m_codes, &QAbstractItemModel::modelReset, this, &CodebookTreeModel::rebuild);
    connect(&m_codes, &CodebookModel::countsChanged, this, &CodebookTreeModel::recount);
    connect(&m_codes, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    rebuild();
}

void CodebookTreeModel::rebuild()
{
    beginResetModel();
    m_nodes.clear();
    m_top.clear();
    QHash<QString, int> byKey;
    for (const auto &c : m_codes.allCodes()) {
        Node n;
        n.code = c;
        byKey.insert(c.key, int(m_nodes.size()));
        m_nodes.append(n);
    }
    // Parents come before children in the codebook; a parent that is missing puts its
    // child at the top rather than hiding it.
    for (int i = 0; i < m_nodes.size(); ++i) {
        const int p = byKey.value(m_nodes[i].code.parentKey, -1);
        Node &n = m_nodes[i];
        n.parent = p == i ? -1 : p;
        QList<int> &siblings = n.parent < 0 ? m_top : m_nodes[n.parent].children;
        n.row = int(siblings.size());
        siblings.append(i);
    }
    endResetModel();
    recount();
}

void CodebookTreeModel::recount()
{
    for (Node &n : m_nodes) {
        n.own = m_codes.usage(n.code.key);
        n.rolled = n.own;
    }
    // Children after parents: adding from the end carries each count up through its
    // ancestors exactly once.
    for (int i = int(m_nodes.size()) - 1; i >= 0; --i) {
        const Node &n = m_nodes.at(i);
        if (n.parent >= 0 && n.parent < i) {
            m_nodes[n.parent].rolled.accepted += n.rolled.accepted;
            m_nodes[n.parent].rolled.suggested += n.rolled.suggested;
        }
    }
    const std::function<void(const QModelIndex &)> announce = [&](const QModelIndex &parent) {
        const int rows = rowCount(parent);
        if (rows == 0)
            return;
        Q_EMIT dataChanged(index(0, CodebookModel::Accepted, parent), index(rows - 1, CodebookModel::Suggested, parent));
        for (int r = 0; r < rows; ++r)
            announce(index(r, 0, parent));
    };
    announce({});
}

QModelIndex CodebookTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const QList<int> &rows = parent.isValid() ? m_nodes.at(int(parent.internalId())).children : m_top;
    if (row < 0 || row >= rows.size() || column < 0 || column >= CodebookModel::ColumnCount)
        return {};
    return createIndex(row, column, quintptr(rows.at(row)));
}

QModelIndex CodebookTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_nodes.at(int(child.internalId())).parent;
    return p < 0 ? QModelIndex() : createIndex(m_nodes.at(p).row, 0, quintptr(p));
}

int CodebookTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    return parent.column() == 0 ? int(m_nodes.at(int(parent.internalId())).children.size()) : 0;
}

int CodebookTreeModel::columnCount(const QModelIndex &) const { return CodebookModel::ColumnCount; }

QVariant CodebookTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &n = m_nodes.at(int(index.internalId()));
    const QString lang = m_codes.lang();
    switch (role) {
    case CodebookModel::KeyRole: return n.code.key;
    case CodebookModel::ColorRole: return QColor(n.code.color);
    case CodableRole: return n.code.codable;
    case Qt::DecorationRole:
        return index.column() == CodebookModel::Name && n.code.codable ? QVariant(QColor(n.code.color)) : QVariant();
    case Qt::FontRole:
        if (!n.code.codable) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = n.code.name(lang) + QLatin1Char('\n') + (lang == QLatin1String("en") ? n.code.descriptionEn : n.code.descriptionZh);
        if (!n.children.isEmpty())
            tip += QLatin1Char('\n') + tr("Coded with this code itself: %1; with the codes under it: %2").arg(n.own.accepted).arg(n.rolled.accepted);
        return tip;
    }
    case Qt::TextAlignmentRole:
        return index.column() == CodebookModel::Name ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodebookModel::Name: return n.code.name(lang);
        case CodebookModel::Shortcut: return n.code.shortcut;
        case CodebookModel::Accepted: return n.rolled.accepted;
        case CodebookModel::Suggested: return n.rolled.suggested;
        }
    }
    return {};
}

QVariant CodebookTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_codes.headerData(section, orientation, role);
}

QModelIndex CodebookTreeModel::indexOf(const QString &key) const
{
    for (int i = 0; i < m_nodes.size(); ++i)
        if (m_nodes.at(i).code.key == key)
            return createIndex(m_nodes.at(i).row, 0, quintptr(i));
    return {};
}

} // namespace caselens::gui
