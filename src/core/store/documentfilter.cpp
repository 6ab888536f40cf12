#include "store/documentfilter.h"

#include "metadata/casemeta.h"

#include <QCoreApplication>

namespace caselens::store {

namespace {
// The translation context of this file's messages (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::store::DocumentFilter)
};
}

Result<DocumentFilter> DocumentFilter::parse(const QString &docs, const QStringList &where)
{
    DocumentFilter f;
    for (const QString &part : docs.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList range = part.trimmed().split(QLatin1Char('-'));
        bool ok1 = false, ok2 = true;
        const qint64 a = range.value(0).toLongLong(&ok1);
        const qint64 b = range.size() > 1 ? range.value(1).toLongLong(&ok2) : a;
        if (!ok1 || !ok2 || range.size() > 2 || b < a)
            return makeError(Tr::tr("\"%1\" is not a document number or range (use 3 or 5-9).").arg(part), ErrorKind::InvalidInput);
        f.m_ids.append({a, b});
    }
    for (const QString &w : where) {
        const qsizetype eq = w.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return makeError(Tr::tr("\"%1\" is not ATTR=VALUE (for example year=2024).").arg(w), ErrorKind::InvalidInput);
        const QString field = w.left(eq).trimmed();
        QStringList values = w.mid(eq + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &v : values)
            v = v.trimmed();
        f.m_conditions.append({field, values});
    }
    return f;
}

QString DocumentFilter::sql(QStringList &values) const
{
    QStringList parts;
    if (!m_ids.isEmpty()) {
        QStringList ranges;
        for (const auto &[a, b] : m_ids)
            ranges.append(QStringLiteral("d.id BETWEEN %1 AND %2").arg(a).arg(b));
        parts.append(QLatin1Char('(') + ranges.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    for (const auto &[field, accepted] : m_conditions) {
        const QString builtin = metadata::builtinFieldFor(field);
        QStringList marks;
        for (const QString &v : accepted) {
            marks.append(QStringLiteral("?"));
            values.append(builtin == QLatin1String("type") && !metadata::caseTypeId(v).isEmpty() ? metadata::caseTypeId(v) : v);
        }
        if (builtin.isEmpty()) {
            values.append(field);
            parts.append(QStringLiteral("EXISTS (SELECT 1 FROM document_attributes x WHERE x.document_id = d.id AND x.value IN (%1) AND x.name = ?)")
                             .arg(marks.join(QLatin1Char(','))));
        } else {
            const QString column = builtin == QLatin1String("type") ? QStringLiteral("d.case_type")
                                 : builtin == QLatin1String("year") ? QStringLiteral("CAST(d.year AS TEXT)")
                                                                    : QStringLiteral("d.") + builtin;
            parts.append(QStringLiteral("%1 IN (%2)").arg(column, marks.join(QLatin1Char(','))));
        }
    }
    return parts.isEmpty() ? QStringLiteral("1") : parts.join(QStringLiteral(" AND "));
}

QString DocumentFilter::describe() const
{
    QStringList parts;
    for (const auto &[a, b] : m_ids)
        parts.append(a == b ? QString::number(a) : QStringLiteral("%1-%2").arg(a).arg(b));
    for (const auto &[field, values] : m_conditions)
        parts.append(field + QLatin1Char('=') + values.join(QLatin1Char(',')));
    return parts.isEmpty() ? QStringLiteral("all documents") : parts.join(QStringLiteral("; "));
}

Result<Statement> prepareFiltered(Project &project, const QString &select, const QStringList &values)
{
    auto st = project.db().prepare(select);
    if (!st)
        return st.error();
    for (int i = 0; i < values.size(); ++i)
        st->bind(i + 1, values.at(i));
    return st;
}

} // namespace caselens::store
