#include "store/codingcounts.h"

#include <QCoreApplication>

namespace caselens::store {

namespace {
// The translation context of this file's messages (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::store::CodingCounts)
};
} // namespace

QString CountingBasis::describe(const QString &lang) const
{
    const bool en = lang == QLatin1String("en");
    QString which;
    if (status == QLatin1String("suggested"))
        which = en ? QStringLiteral("unreviewed suggestions") : QStringLiteral("待审核的建议编码");
    else if (status == QLatin1String("all"))
        which = en ? QStringLiteral("accepted codings and unreviewed suggestions") : QStringLiteral("已接受的编码与待审核的建议");
    else
        which = en ? QStringLiteral("accepted codings (by people, or engine suggestions a person accepted)")
                   : QStringLiteral("已接受的编码（人工编码或经人工接受的机器建议）");
    const QString who = coder.isEmpty() ? (en ? QStringLiteral("of every coder") : QStringLiteral("全部编码者"))
                                        : (en ? QStringLiteral("of %1 only").arg(coder) : QStringLiteral("仅%1").arg(coder));
    return en ? QStringLiteral("Counted: each coded passage once per characteristic, among %1 %2.").arg(which, who)
              : QStringLiteral("计数口径：每个编码条目在每个特征下只计一次；范围：%1，%2。").arg(which, who);
}

Result<QList<CodedItems>> countCodedItems(Project &project, const CountingBasis &basis)
{
    QString status;
    if (basis.status == QLatin1String("all"))
        status = QStringLiteral("c.status IN ('accepted', 'suggested')");
    else if (basis.status == QLatin1String("suggested"))
        status = QStringLiteral("c.status = 'suggested'");
    else if (basis.status == QLatin1String("accepted"))
        status = QStringLiteral("c.status = 'accepted'");
    else
        return makeError(Tr::tr("Status must be accepted, suggested or all."), ErrorKind::InvalidInput);
    if (!basis.coder.isEmpty())
        status += QStringLiteral(" AND c.coder_id = (SELECT id FROM coders WHERE name = ?1)");
    // A coded item is its passage, or its span where a person coded across passages.
    auto st = project.db().prepare(QStringLiteral("SELECT c.document_id, c.code_id, "
                                                  "count(DISTINCT CASE WHEN c.passage_id IS NOT NULL THEN c.passage_id "
                                                  "ELSE -(c.start_pos * 4294967296 + c.end_pos) END) "
                                                  "FROM codings c WHERE %1 GROUP BY c.document_id, c.code_id ORDER BY c.document_id")
                                       .arg(status));
    if (!st)
        return st.error();
    if (!basis.coder.isEmpty())
        st->bind(1, basis.coder);
    QList<CodedItems> out;
    while (st->next())
        out.append({st->int64(0), st->int64(1), st->int64(2)});
    if (st->lastError())
        return *st->lastError();
    return out;
}

} // namespace caselens::store
