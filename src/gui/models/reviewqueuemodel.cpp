#include "models/reviewqueuemodel.h"

#include "document/readinbackground.h"
#include "store/documentfilter.h"
#include "uilanguage.h"

#include <QRegularExpression>

namespace caselens::gui {

ReviewQueueModel::ReviewQueueModel(store::Project &project, QString lang, QObject *parent)
    : QAbstractTableModel(parent), m_project(project), m_lang(std::move(lang)), m_read(new LatestRead(this))
{
    m_query.lang = m_lang;
    // Empty until the page is first shown: ordering every open suggestion of a large
    // project is not for the moment the window opens.
}

void ReviewQueueModel::setOrder(Order order)
{
    m_query.order = order;
    reload();
}

void ReviewQueueModel::retranslate()
{
    m_lang = uiLanguage();
    m_query.lang = m_lang;
    reload();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void ReviewQueueModel::setCodeFilter(const QString &codeKey)
{
    m_query.code = codeKey;
    reload();
}

void ReviewQueueModel::setEngineFilter(const QString &engine)
{
    m_query.engine = engine;
    reload();
}

void ReviewQueueModel::setScoreRange(double min, double max)
{
    m_query.minScore = min;
    m_query.maxScore = max;
    reload();
}

Status ReviewQueueModel::setDocumentFilter(const QString &text)
{
    QStringList numbers, where;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[\\s,，;；]+")), Qt::SkipEmptyParts))
        (part.contains(QLatin1Char('=')) ? where : numbers).append(part);
    auto filter = store::DocumentFilter::parse(numbers.join(QLatin1Char(',')), where);
    if (!filter)
        return filter.error();
    m_query.documentValues.clear();
    m_query.documentSql = filter->isEmpty() ? QString() : filter->sql(m_query.documentValues);
    reload();
    return {};
}

QStringList ReviewQueueModel::engines() const
{
    // An unreadable list leaves the filter with "every engine" only, which still works.
    auto engines = store::ReviewQueue(m_project).engines();
    return engines ? *engines : QStringList();
}

void ReviewQueueModel::reload()
{
    // Ordering 465,000 open suggestions of a 10,000-case project takes 0.6 s: the queue
    // is read on its own connection, and the rows change when it answers (loaded()).
    m_read->start<QList<store::QueuedSuggestion>>(
        m_project.path(), [query = m_query](store::Project &project) { return store::ReviewQueue(project).pending(query); },
        [this](const Result<QList<store::QueuedSuggestion>> &rows) {
            beginResetModel();
            m_rows.clear();
            if (rows) {
                for (const auto &r : *rows)
                    m_rows.append({r, std::nullopt});
                m_failure.clear();
            } else {
                m_failure = rows.error().message;
            }
            endResetModel();
            Q_EMIT loaded();
        });
}

bool ReviewQueueModel::isLoading() const { return m_read->busy(); }

void ReviewQueueModel::removeCoding(qint64 codingId)
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).s.id == codingId) {
            beginRemoveRows({}, r, r);
            m_rows.removeAt(r);
            endRemoveRows();
            return;
        }
}

QString ReviewQueueModel::snippet(const Row &r) const
{
    // Cutting every suggestion's passage out of its document up front took most of a
    // reload; only the rows in view need it.
    if (!r.snippet)
        r.snippet = store::ReviewQueue(m_project).excerpt(r.s.document, r.s.start, qMin<qint64>(r.s.end - r.s.start, 80));
    return *r.snippet;
}

QString ReviewQueueModel::passage(int row) const
{
    const store::QueuedSuggestion &s = m_rows.at(row).s;
    return store::ReviewQueue(m_project).excerpt(s.document, s.start, s.end - s.start);
}

int ReviewQueueModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int ReviewQueueModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const store::QueuedSuggestion &r = m_rows.at(index.row()).s;
    switch (role) {
    case CodingIdRole: return r.id;
    case DocumentIdRole: return r.document;
    case RationaleRole: return r.rationale;
    case Qt::ToolTipRole: return r.rationale;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Case: return QStringLiteral("#%1 %2").arg(r.document).arg(r.title);
        case Code: return r.codeName;
        case Score: return QString::number(r.score, 'f', 2);
        case Engine: return r.engine;
        case Passage: return snippet(m_rows.at(index.row()));
        }
    }
    return {};
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Case: return tr("Case");
    case Code: return tr("Suggested code");
    case Score: return tr("Score");
    case Engine: return tr("Engine");
    case Passage: return tr("Passage");
    }
    return {};
}

} // namespace caselens::gui
