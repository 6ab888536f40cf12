#include "models/casesmodel.h"

#include "metadata/casemeta.h"
#include "metadata/gazetteer.h"
#include "store/documentlisting.h"
#include "store/documentstore.h"
#include "store/regionsetting.h"
#include "uilanguage.h"

#include <QFont>
#include <QLocale>

namespace caselens::gui {

namespace {

constexpr int kPage = 200;         // rows read at once as the view scrolls
constexpr int kMaxCached = 20000;  // forget rows beyond this; they are read again when shown

QString fieldOf(int column)
{
    switch (column) {
    case CasesModel::Title: return QStringLiteral("title");
    case CasesModel::Unit: return QStringLiteral("unit");
    case CasesModel::Year: return QStringLiteral("year");
    case CasesModel::Province: return QStringLiteral("province");
    case CasesModel::Region: return QStringLiteral("region");
    case CasesModel::Type: return QStringLiteral("type");
    default: return {};
    }
}

} // namespace

CasesModel::CasesModel(store::Project &project, QObject *parent) : QAbstractTableModel(parent), m_project(project)
{
    m_lang = uiLanguage();
    reload();
}

QString CasesModel::regionName(const QString &id) const
{
    if (!m_regionNames.contains(id)) {
        auto scheme = store::activeRegionScheme(m_project);
        m_regionNames.insert(id, scheme ? scheme->displayName(id, m_lang) : id);
    }
    return m_regionNames.value(id);
}

void CasesModel::retranslate()
{
    m_lang = uiLanguage();
    reload();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void CasesModel::reload()
{
    beginResetModel();
    m_cache.clear();
    m_regionNames.clear();
    static const store::ListingSort byColumn[ColumnCount] = {
        store::ListingSort::Number, store::ListingSort::Title,  store::ListingSort::Unit, store::ListingSort::Year,
        store::ListingSort::Province, store::ListingSort::Region, store::ListingSort::Type, store::ListingSort::Codings,
        store::ListingSort::Suggestions};
    store::ListingSpec spec;
    spec.filter = m_filter;
    spec.onlySearchHits = m_searching;
    spec.sort = byColumn[qBound(0, m_sortColumn, ColumnCount - 1)];
    spec.descending = m_sortOrder == Qt::DescendingOrder;
    spec.lang = m_lang;
    auto ids = store::DocumentListing(m_project, m_onlyCoder).ids(spec);
    m_ids = ids ? *ids : QList<qint64>{};
    endResetModel();
    if (!ids)
        Q_EMIT errorOccurred(ids.error().message);
}

void CasesModel::setOnlyCoder(const QString &coder)
{
    if (coder == m_onlyCoder)
        return;
    m_onlyCoder = coder;
    reload();
}

void CasesModel::setFilterText(const QString &text)
{
    if (text.trimmed() == m_filter)
        return;
    m_filter = text.trimmed();
    reload();
}

Status CasesModel::setSearchHits(const std::optional<QSet<qint64>> &documents)
{
    if (documents)
        if (Status s = store::DocumentListing(m_project).setSearchHits(*documents); !s)
            return s;
    m_searching = documents.has_value();
    reload();
    return {};
}

void CasesModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

void CasesModel::loadPage(int firstRow) const
{
    if (m_cache.size() > kMaxCached)
        m_cache.clear();
    QList<qint64> ids;
    for (int i = firstRow; i < qMin<int>(firstRow + kPage, int(m_ids.size())); ++i)
        if (!m_cache.contains(m_ids.at(i)))
            ids.append(m_ids.at(i));
    auto rows = store::DocumentListing(m_project, m_onlyCoder).rows(ids);
    if (rows)
        for (const auto &r : *rows)
            m_cache.insert(r.id, r);
}

const CasesModel::Row &CasesModel::rowAt(int row) const
{
    const qint64 id = m_ids.at(row);
    auto it = m_cache.constFind(id);
    if (it == m_cache.cend()) {
        loadPage(row - row % kPage);
        it = m_cache.constFind(id);
        if (it == m_cache.cend()) { // deleted meanwhile: an empty row until the next reload
            static const Row none;
            return none;
        }
    }
    return *it;
}

void CasesModel::refreshDocument(qint64 documentId)
{
    const int row = rowOf(documentId);
    if (row < 0)
        return;
    m_cache.remove(documentId);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int CasesModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_ids.size()); }
int CasesModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString CasesModel::display(const Row &r, int column) const
{
    switch (column) {
    case Id: return QString::number(r.id);
    case Title: return r.title;
    case Unit: return r.unit;
    case Year: return r.year ? QString::number(r.year) : QString();
    case Province: return metadata::Gazetteer::builtin().displayName(r.province, m_lang);
    case Region: return regionName(r.region);
    case Type: return metadata::caseTypeName(r.type, m_lang);
    case Codings: return QString::number(r.codings);
    case Suggested: return QString::number(r.suggested);
    }
    return {};
}

QVariant CasesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    if (role == DocumentIdRole)
        return m_ids.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole && role != Qt::FontRole && role != Qt::TextAlignmentRole)
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == Id || index.column() == Year || index.column() >= Codings ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    const Row &r = rowAt(index.row());
    const bool inferred = r.inferred.contains(fieldOf(index.column()));
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column()) + (inferred ? QStringLiteral(" *") : QString());
    case Qt::EditRole:
        return index.column() == Province ? r.province : index.column() == Type ? r.type : display(r, index.column());
    case Qt::ToolTipRole:
        if (inferred) {
            const QString why = r.evidence.value(fieldOf(index.column()));
            return why.isEmpty() ? tr("Inferred by CaseLens from the text; edit to confirm or correct.")
                                 : tr("Inferred by CaseLens from %1; edit to confirm or correct.").arg(why);
        }
        return index.column() == Title || index.column() == Unit ? QVariant(display(r, index.column())) : QVariant(); // long names are cut in the table
    case Qt::FontRole:
        if (inferred) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    }
    return {};
}

QVariant CasesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id: return tr("#");
    case Title: return tr("Title");
    case Unit: return tr("Submitting unit");
    case Year: return tr("Year");
    case Province: return tr("Province");
    case Region: return tr("Region");
    case Type: return tr("Case type");
    case Codings: return tr("Codings");
    case Suggested: return tr("To review");
    }
    return {};
}

Qt::ItemFlags CasesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!fieldOf(index.column()).isEmpty() && index.column() != Region)
        f |= Qt::ItemIsEditable;
    return f;
}

bool CasesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_ids.size())
        return false;
    const qint64 id = m_ids.at(index.row());
    QString v = value.toString().trimmed();
    if (index.column() == Province && !v.isEmpty()) {
        const auto *p = metadata::Gazetteer::builtin().province(v);
        if (!p) {
            Q_EMIT errorOccurred(tr("\"%1\" is not a province of China.").arg(v));
            return false;
        }
        v = p->id;
    }
    store::DocumentStore docs(m_project);
    if (Status s = docs.setField(id, fieldOf(index.column()), v); !s) {
        Q_EMIT errorOccurred(s.error().message);
        return false;
    }
    if (index.column() == Province)
        (void)docs.reassignRegions();
    // The row keeps its place until the next reload, so an edit does not make it jump.
    m_cache.remove(id);
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

qint64 CasesModel::documentId(int row) const { return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0; }

int CasesModel::rowOf(qint64 documentId) const { return int(m_ids.indexOf(documentId)); }

} // namespace caselens::gui
