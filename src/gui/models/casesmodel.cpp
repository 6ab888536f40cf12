#include "models/casesmodel.h"

#include "metadata/casemeta.h"
#include "metadata/gazetteer.h"
#include "store/documentstore.h"
#include "store/regionsetting.h"
#include "store/searchindex.h"
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

QString sqlString(const QString &s) { return QLatin1Char('\'') + QString(s).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\''); }

QString sqlList(const QStringList &values)
{
    QStringList quoted;
    for (const QString &v : values)
        quoted.append(sqlString(v));
    return quoted.join(QLatin1Char(','));
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

QString CasesModel::rankByName(const QString &column, const QStringList &ids, const std::function<QString(const QString &)> &name) const
{
    QStringList sorted = ids;
    std::sort(sorted.begin(), sorted.end(), [&](const QString &a, const QString &b) { return name(a) < name(b); });
    QString expr = QStringLiteral("CASE %1").arg(column);
    for (int i = 0; i < sorted.size(); ++i)
        expr += QStringLiteral(" WHEN %1 THEN %2").arg(sqlString(sorted.at(i))).arg(i);
    return expr + QStringLiteral(" ELSE -1 END");
}

void CasesModel::reload()
{
    beginResetModel();
    m_ids.clear();
    m_cache.clear();
    m_regionNames.clear();

    QStringList where;
    if (!m_filter.isEmpty()) {
        // The filter matches what the table shows: province, region and type by their names.
        const QString needle = m_filter;
        auto matching = [&](const QStringList &ids, const std::function<QString(const QString &)> &name) {
            QStringList out;
            for (const QString &id : ids)
                if (name(id).contains(needle, Qt::CaseInsensitive))
                    out.append(id);
            return out;
        };
        QStringList provinceIds, regionIds, typeIds;
        for (const auto &p : metadata::Gazetteer::builtin().provinces())
            provinceIds.append(p.id);
        if (auto scheme = store::activeRegionScheme(m_project))
            for (const auto &r : scheme->regions())
                regionIds.append(r.id);
        for (const auto &t : metadata::caseTypes())
            typeIds.append(t.id);
        QString like = m_filter;
        like.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%")).replace(QLatin1Char('_'), QStringLiteral("\\_"));
        const QString pattern = sqlString(QLatin1Char('%') + like + QLatin1Char('%'));
        QStringList any;
        for (const char *col : {"CAST(d.id AS TEXT)", "d.title", "d.unit", "CAST(d.year AS TEXT)"})
            any.append(QStringLiteral("%1 LIKE %2 ESCAPE '\\'").arg(QString::fromLatin1(col), pattern));
        const auto provinces = matching(provinceIds, [](const QString &id) { return metadata::Gazetteer::builtin().displayName(id, QStringLiteral("zh")) + QLatin1Char(' ') + metadata::Gazetteer::builtin().displayName(id, QStringLiteral("en")); });
        const auto regions = matching(regionIds, [this](const QString &id) { return regionName(id); });
        const auto types = matching(typeIds, [this](const QString &id) { return metadata::caseTypeName(id, m_lang); });
        if (!provinces.isEmpty())
            any.append(QStringLiteral("d.province IN (%1)").arg(sqlList(provinces)));
        if (!regions.isEmpty())
            any.append(QStringLiteral("d.region IN (%1)").arg(sqlList(regions)));
        if (!types.isEmpty())
            any.append(QStringLiteral("d.case_type IN (%1)").arg(sqlList(types)));
        where.append(QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    if (m_searching)
        where.append(QStringLiteral("d.id IN (SELECT id FROM temp.search_hits)"));

    QString order;
    QString join;
    switch (m_sortColumn) {
    case Title: order = QStringLiteral("d.title"); break;
    case Unit: order = QStringLiteral("d.unit"); break;
    case Year: order = QStringLiteral("d.year"); break;
    case Province: {
        QStringList ids;
        for (const auto &p : metadata::Gazetteer::builtin().provinces())
            ids.append(p.id);
        order = rankByName(QStringLiteral("d.province"), ids, [this](const QString &id) { return metadata::Gazetteer::builtin().displayName(id, m_lang); });
        break;
    }
    case Region: {
        QStringList ids;
        if (auto scheme = store::activeRegionScheme(m_project))
            for (const auto &r : scheme->regions())
                ids.append(r.id);
        order = rankByName(QStringLiteral("d.region"), ids, [this](const QString &id) { return regionName(id); });
        break;
    }
    case Type: {
        QStringList ids;
        for (const auto &t : metadata::caseTypes())
            ids.append(t.id);
        order = rankByName(QStringLiteral("d.case_type"), ids, [this](const QString &id) { return metadata::caseTypeName(id, m_lang); });
        break;
    }
    case Codings:
    case Suggested:
        join = QStringLiteral(" LEFT JOIN (SELECT document_id, count(*) AS n FROM codings WHERE status = '%1' GROUP BY document_id) n "
                              "ON n.document_id = d.id")
                   .arg(m_sortColumn == Codings ? QStringLiteral("accepted") : QStringLiteral("suggested"));
        order = QStringLiteral("COALESCE(n.n, 0)");
        break;
    default: order.clear();
    }
    const QString direction = m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    // Document rows hold their texts, one or two pages each: without a filter on the title
    // or unit, the numbers and the grouping columns come from the narrow grouping index
    // (sorted in memory) rather than from a walk over every document's pages.
    const bool needsRows = !m_filter.isEmpty() || m_sortColumn == Title || m_sortColumn == Unit;
    const QString sql = QStringLiteral("SELECT d.id FROM documents d%5%1%2 ORDER BY %3d.id %4")
                            .arg(join, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")),
                                 order.isEmpty() ? QString() : order + QLatin1Char(' ') + direction + QStringLiteral(", "), direction,
                                 needsRows ? QString() : QStringLiteral(" INDEXED BY documents_grouping"));
    auto st = m_project.db().prepare(sql);
    if (st) {
        while (st->next())
            m_ids.append(st->int64(0));
        if (st->lastError())
            Q_EMIT errorOccurred(st->lastError()->message);
    } else {
        Q_EMIT errorOccurred(st.error().message);
    }
    endResetModel();
}

void CasesModel::setFilterText(const QString &text)
{
    if (text.trimmed() == m_filter)
        return;
    m_filter = text.trimmed();
    reload();
}

Result<qint64> CasesModel::setSearch(const QString &query)
{
    if (query.trimmed().isEmpty()) {
        m_searching = false;
        reload();
        return qint64(0);
    }
    auto passages = store::SearchIndex(m_project).fillHitTable(query);
    if (!passages)
        return passages.error();
    m_searching = true;
    reload();
    return *passages;
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
    QStringList ids;
    for (int i = firstRow; i < qMin<int>(firstRow + kPage, int(m_ids.size())); ++i)
        if (!m_cache.contains(m_ids.at(i)))
            ids.append(QString::number(m_ids.at(i)));
    if (ids.isEmpty())
        return;
    const QString list = ids.join(QLatin1Char(','));
    // Metadata only: the texts stay in the database until a document is opened.
    auto st = m_project.db().prepare(QStringLiteral(
        "SELECT d.id, d.title, COALESCE(d.unit, ''), COALESCE(d.year, 0), COALESCE(d.province, ''), COALESCE(d.region, ''), "
        "COALESCE(d.case_type, ''), d.inferred FROM documents d WHERE d.id IN (%1)").arg(list));
    while (st && st->next()) {
        const QStringList inferred = st->text(7).split(QLatin1Char(','), Qt::SkipEmptyParts);
        Row r;
        r.id = st->int64(0);
        r.title = st->text(1);
        r.unit = st->text(2);
        r.year = st->integer(3);
        r.province = st->text(4);
        r.region = st->text(5);
        r.type = st->text(6);
        r.inferred = QSet<QString>(inferred.begin(), inferred.end());
        m_cache.insert(r.id, r);
    }
    auto counts = m_project.db().prepare(QStringLiteral(
        "SELECT document_id, sum(status = 'accepted'), sum(status = 'suggested') FROM codings WHERE document_id IN (%1) GROUP BY document_id").arg(list));
    while (counts && counts->next()) {
        auto it = m_cache.find(counts->int64(0));
        if (it != m_cache.end()) {
            it->codings = counts->integer(1);
            it->suggested = counts->integer(2);
        }
    }
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
        if (inferred)
            return tr("Inferred by CaseLens from the text; edit to confirm or correct.");
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
