#include "models/codebookmodel.h"

#include "document/readinbackground.h"
#include "store/codestore.h"
#include "uilanguage.h"

#include <QColor>
#include <QLocale>

namespace caselens::gui {

CodebookModel::CodebookModel(store::Project &project, QObject *parent)
    : QAbstractTableModel(parent), m_project(project), m_counting(new LatestRead(this))
{
    m_lang = uiLanguage();
    reload();
}

void CodebookModel::reload()
{
    beginResetModel();
    m_codes.clear();
    m_all.clear();
    for (const auto &sc : store::CodeStore(m_project).codes()) {
        m_all.append(sc.code);
        if (sc.code.codable)
            m_codes.append(sc.code);
        else
            m_dimensionNames.insert(sc.code.key, sc.code.name(m_lang));
    }
    endResetModel();
    refreshCounts();
}

void CodebookModel::refreshCounts()
{
    // Counting every coding of a large project takes longer than a frame (40 ms at
    // 465,000): off the window's thread, the numbers change when they come.
    m_counting->start<QHash<QString, store::CodeStore::Usage>>(
        m_project.path(), [coder = m_onlyCoder](store::Project &project) -> Result<QHash<QString, store::CodeStore::Usage>> {
            return store::CodeStore(project).usage(coder);
        },
        [this](const Result<QHash<QString, store::CodeStore::Usage>> &counts) {
            m_counts = counts ? *counts : QHash<QString, store::CodeStore::Usage>{};
            if (!m_codes.isEmpty())
                Q_EMIT dataChanged(index(0, Accepted), index(int(m_codes.size()) - 1, Suggested));
            Q_EMIT countsChanged();
        });
}

void CodebookModel::retranslate()
{
    m_lang = uiLanguage();
    reload();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void CodebookModel::setOnlyCoder(const QString &coder)
{
    m_onlyCoder = coder;
    refreshCounts();
}

int CodebookModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_codes.size()); }
int CodebookModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CodebookModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_codes.size())
        return {};
    const codebook::Code &c = m_codes.at(index.row());
    if (role == KeyRole)
        return c.key;
    if (role == ColorRole || (role == Qt::DecorationRole && index.column() == Name))
        return QColor(c.color);
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1 — %2\n%3").arg(m_dimensionNames.value(c.parentKey), c.name(m_lang),
                                                 m_lang == QLatin1String("en") ? c.descriptionEn : c.descriptionZh);
    if (role == Qt::TextAlignmentRole && index.column() != Name)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name: return c.name(m_lang);
    case Shortcut: return c.shortcut;
    case Accepted: return m_counts.value(c.key).accepted;
    case Suggested: return m_counts.value(c.key).suggested;
    }
    return {};
}

QVariant CodebookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Code");
    case Shortcut: return tr("Key");
    case Accepted: return tr("Coded");
    case Suggested: return tr("Suggested");
    }
    return {};
}

const codebook::Code *CodebookModel::codeForShortcut(const QString &key) const
{
    for (const auto &c : m_codes)
        if (c.shortcut == key)
            return &c;
    return nullptr;
}

const codebook::Code *CodebookModel::code(const QString &key) const
{
    for (const auto &c : m_codes)
        if (c.key == key)
            return &c;
    return nullptr;
}

} // namespace caselens::gui
