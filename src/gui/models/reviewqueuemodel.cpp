#include "models/reviewqueuemodel.h"

#include "store/documentfilter.h"

#include <QRegularExpression>

namespace caselens::gui {

ReviewQueueModel::ReviewQueueModel(store::Project &project, QString lang, QObject *parent)
    : QAbstractTableModel(parent), m_project(project), m_lang(std::move(lang))
{
    reload();
}

void ReviewQueueModel::setOrder(Order order)
{
    m_order = order;
    reload();
}

void ReviewQueueModel::setCodeFilter(const QString &codeKey)
{
    m_code = codeKey;
    reload();
}

void ReviewQueueModel::setEngineFilter(const QString &engine)
{
    m_engine = engine;
    reload();
}

void ReviewQueueModel::setScoreRange(double min, double max)
{
    m_minScore = min;
    m_maxScore = max;
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
    m_documentValues.clear();
    m_documentSql = filter->isEmpty() ? QString() : filter->sql(m_documentValues);
    reload();
    return {};
}

QStringList ReviewQueueModel::engines() const
{
    auto &st = m_project.db().cached("reviewQueue.engines", "SELECT DISTINCT r.name FROM codings c JOIN coders r ON r.id = c.coder_id "
                                                            "WHERE c.status = 'suggested' ORDER BY r.name");
    QStringList out;
    while (st.next())
        out.append(st.text(0));
    st.reset();
    return out;
}

void ReviewQueueModel::reload()
{
    beginResetModel();
    m_rows.clear();
    const QString order = m_order == Order::Uncertain ? QStringLiteral("abs(COALESCE(c.confidence, 0.5) - 0.5), c.id")
                        : m_order == Order::Score     ? QStringLiteral("c.confidence DESC, c.id")
                                                      : QStringLiteral("c.document_id, c.start_pos, c.id");
    const QString name = m_lang == QLatin1String("en") ? QStringLiteral("k.name_en") : QStringLiteral("k.name_zh");
    auto st = m_project.db().prepare(
        QStringLiteral("SELECT c.id, c.document_id, d.title, k.key, %1, r.name, c.start_pos, c.end_pos, "
                       "c.rationale, COALESCE(c.confidence, 0) FROM codings c JOIN documents d ON d.id = c.document_id "
                       "JOIN codes k ON k.id = c.code_id JOIN coders r ON r.id = c.coder_id "
                       "WHERE c.status = 'suggested' AND (?1 = '' OR k.key = ?1) AND (?2 = '' OR r.name = ?2) "
                       "AND COALESCE(c.confidence, 0) BETWEEN ?3 AND ?4%3 ORDER BY %2 LIMIT 5000")
            .arg(name, order, m_documentSql.isEmpty() ? QString() : QStringLiteral(" AND ") + m_documentSql));
    if (st) {
        st->bind(1, m_code).bind(2, m_engine).bind(3, m_minScore).bind(4, m_maxScore);
        for (int i = 0; i < m_documentValues.size(); ++i) // the filter's '?' follow ?4
            st->bind(5 + i, m_documentValues.at(i));
        while (st->next())
            m_rows.append({st->int64(0), st->int64(1), st->int64(6), st->int64(7), st->text(2), st->text(3), st->text(4), st->text(5),
                           st->text(8), st->real(9), std::nullopt});
    }
    endResetModel();
}

QString ReviewQueueModel::snippet(const Row &r) const
{
    // Cutting every suggestion's passage out of its document up front took most of a
    // reload; only the rows in view need it.
    if (!r.snippet) {
        auto &st = m_project.db().cached("reviewQueue.snippet", "SELECT substr(text, ?2 + 1, ?3) FROM documents WHERE id = ?1");
        st.bind(1, r.document).bind(2, r.start).bind(3, qMin<qint64>(r.end - r.start, 80));
        r.snippet = st.next() ? st.text(0) : QString();
        st.reset();
    }
    return *r.snippet;
}

int ReviewQueueModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int ReviewQueueModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
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
        case Passage: return snippet(r);
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
