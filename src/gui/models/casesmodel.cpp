#include "models/casesmodel.h"

#include "metadata/casemeta.h"
#include "metadata/gazetteer.h"
#include "store/documentstore.h"
#include "store/regionsetting.h"

#include <QFont>
#include <QLocale>

namespace caselens::gui {

CasesModel::CasesModel(store::Project &project, QObject *parent) : QAbstractTableModel(parent), m_project(project)
{
    m_lang = QLocale().language() == QLocale::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
    reload();
}

void CasesModel::reload()
{
    beginResetModel();
    m_rows.clear();
    // Metadata and counts only: the texts stay in the database until a document is opened.
    auto st = m_project.db().prepare(QStringLiteral(
        "SELECT d.id, d.title, COALESCE(d.unit, ''), COALESCE(d.year, 0), COALESCE(d.province, ''), COALESCE(d.region, ''), "
        "COALESCE(d.case_type, ''), d.inferred, COALESCE(n.accepted, 0), COALESCE(n.suggested, 0) FROM documents d "
        "LEFT JOIN (SELECT document_id, sum(status = 'accepted') AS accepted, sum(status = 'suggested') AS suggested "
        "FROM codings GROUP BY document_id) n ON n.document_id = d.id ORDER BY d.id"));
    if (st) {
        while (st->next()) {
            const QStringList inferred = st->text(7).split(QLatin1Char(','), Qt::SkipEmptyParts);
            m_rows.append({st->int64(0), st->text(1), st->text(2), st->text(4), st->text(5), st->text(6), st->integer(3),
                           QSet<QString>(inferred.begin(), inferred.end()), st->integer(8), st->integer(9)});
        }
    }
    endResetModel();
}

void CasesModel::refreshDocument(qint64 documentId)
{
    const int row = rowOf(documentId);
    if (row < 0)
        return;
    auto st = m_project.db().prepare(QStringLiteral(
        "SELECT sum(status = 'accepted'), sum(status = 'suggested') FROM codings WHERE document_id = ?1"));
    st->bind(1, documentId);
    if (st->next()) {
        m_rows[row].codings = int(st->int64(0));
        m_rows[row].suggested = int(st->int64(1));
    }
    Q_EMIT dataChanged(index(row, Codings), index(row, Suggested));
}

int CasesModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int CasesModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

static QString fieldOf(int column)
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

QString CasesModel::display(const Row &r, int column) const
{
    switch (column) {
    case Id: return QString::number(r.id);
    case Title: return r.title;
    case Unit: return r.unit;
    case Year: return r.year ? QString::number(r.year) : QString();
    case Province: return metadata::Gazetteer::builtin().displayName(r.province, m_lang);
    case Region: {
        static thread_local QHash<QString, QString> names;
        if (!names.contains(r.region)) {
            auto scheme = store::activeRegionScheme(m_project);
            names.insert(r.region, scheme ? scheme->displayName(r.region, m_lang) : r.region);
        }
        return names.value(r.region);
    }
    case Type: return metadata::caseTypeName(r.type, m_lang);
    case Codings: return QString::number(r.codings);
    case Suggested: return QString::number(r.suggested);
    }
    return {};
}

QVariant CasesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const bool inferred = r.inferred.contains(fieldOf(index.column()));
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column()) + (inferred ? QStringLiteral(" *") : QString());
    case Qt::EditRole:
        return index.column() == Province ? r.province : index.column() == Type ? r.type : display(r, index.column());
    case Qt::ToolTipRole:
        return inferred ? tr("Inferred by CaseLens from the text; edit to confirm or correct.") : QVariant();
    case Qt::FontRole:
        if (inferred) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Id || index.column() == Year || index.column() >= Codings ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case DocumentIdRole:
        return r.id;
    case SortRole:
        switch (index.column()) {
        case Id: return r.id;
        case Year: return r.year;
        case Codings: return r.codings;
        case Suggested: return r.suggested;
        default: return display(r, index.column());
        }
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
    if (role != Qt::EditRole || !index.isValid())
        return false;
    Row &r = m_rows[index.row()];
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
    if (Status s = docs.setField(r.id, fieldOf(index.column()), v); !s) {
        Q_EMIT errorOccurred(s.error().message);
        return false;
    }
    if (index.column() == Province)
        (void)docs.reassignRegions();
    auto updated = docs.row(r.id);
    if (updated) {
        r.title = updated->meta.title;
        r.unit = updated->meta.unit;
        r.year = updated->meta.year.value_or(0);
        r.province = updated->meta.province;
        r.region = updated->meta.region;
        r.type = updated->meta.caseType;
        r.inferred = QSet<QString>(updated->meta.inferred.begin(), updated->meta.inferred.end());
    }
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

qint64 CasesModel::documentId(int row) const { return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0; }

int CasesModel::rowOf(qint64 documentId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == documentId)
            return i;
    return -1;
}

} // namespace caselens::gui
