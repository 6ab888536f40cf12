#include "store/codedsegments.h"

#include "store/documentgroups.h"

#include <QCoreApplication>

namespace caselens::store {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::store::CodedSegments)
};

} // namespace

Result<QList<CodedSegment>> codedSegments(Project &project, const SegmentQuery &q)
{
    QStringList where;
    QStringList values; // bound in order
    if (q.basis.status == QLatin1String("accepted") || q.basis.status == QLatin1String("suggested"))
        where << QStringLiteral("c.status = '%1'").arg(q.basis.status);
    else if (q.basis.status == QLatin1String("all"))
        where << QStringLiteral("c.status IN ('accepted', 'suggested')");
    else
        return makeError(Tr::tr("Status must be accepted, suggested or all."), ErrorKind::InvalidInput);
    if (!q.codes.isEmpty()) {
        QStringList marks;
        for (const QString &c : q.codes) {
            marks << QStringLiteral("?");
            values << c;
        }
        where << QStringLiteral("k.key IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (!q.basis.coder.isEmpty()) {
        where << QStringLiteral("r.name = ?");
        values << q.basis.coder;
    }
    if (!q.field.isEmpty()) {
        if (const QString column = builtinFieldColumn(q.field); !column.isEmpty())
            where << QStringLiteral("COALESCE(%1, '') = ?").arg(column);
        else {
            where << QStringLiteral("COALESCE((SELECT a.value FROM document_attributes a WHERE a.document_id = d.id AND a.name = ?), '') = ?");
            values << q.field;
        }
        values << q.value;
    }
    auto st = project.db().prepare(
        QStringLiteral("SELECT c.id, d.id, c.start_pos, c.end_pos, d.title, COALESCE(CAST(d.year AS TEXT), ''), COALESCE(d.province, ''), "
                       "COALESCE(d.region, ''), COALESCE(d.case_type, ''), k.key, r.name, c.status, "
                       "substr(d.text, c.start_pos + 1, c.end_pos - c.start_pos) FROM codings c JOIN documents d ON d.id = c.document_id "
                       "JOIN codes k ON k.id = c.code_id JOIN coders r ON r.id = c.coder_id WHERE %1 "
                       "ORDER BY d.id, c.start_pos, k.sort_order, r.name LIMIT %2")
            .arg(where.join(QStringLiteral(" AND ")))
            .arg(q.limit));
    if (!st)
        return st.error();
    for (int i = 0; i < values.size(); ++i)
        st->bind(i + 1, values.at(i));
    QList<CodedSegment> out;
    while (st->next())
        out.append({st->int64(0), st->int64(1), st->int64(2), st->int64(3), st->text(4), st->text(5), st->text(6), st->text(7), st->text(8),
                    st->text(9), st->text(10), st->text(11), st->text(12)});
    if (st->lastError())
        return *st->lastError();
    return out;
}

} // namespace caselens::store
