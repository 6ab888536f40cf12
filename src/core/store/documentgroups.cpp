#include "store/documentgroups.h"

#include <QHash>

namespace caselens::store {

QString builtinFieldColumn(const QString &field)
{
    static const QHash<QString, QString> columns = {
        {QStringLiteral("region"), QStringLiteral("d.region")},   {QStringLiteral("year"), QStringLiteral("CAST(d.year AS TEXT)")},
        {QStringLiteral("type"), QStringLiteral("d.case_type")},  {QStringLiteral("province"), QStringLiteral("d.province")},
        {QStringLiteral("unit"), QStringLiteral("d.unit")},       {QStringLiteral("case"), QStringLiteral("CAST(d.id AS TEXT)")},
    };
    return columns.value(field);
}

Result<QHash<qint64, QString>> documentTitles(Project &project)
{
    auto st = project.db().prepare(QStringLiteral("SELECT id, title FROM documents"));
    if (!st)
        return st.error();
    QHash<qint64, QString> out;
    while (st->next())
        out.insert(st->int64(0), st->text(1));
    if (st->lastError())
        return *st->lastError();
    return out;
}

Result<QList<GroupedDocument>> groupDocuments(Project &project, const QList<GroupField> &fields)
{
    // One key expression per field (never NULL), and a join per attribute. Reading the
    // grouping columns alone keeps to a covering index: a document row holds its texts.
    QStringList keys;
    QString joins;
    for (int i = 0; i < fields.size(); ++i) {
        const GroupField &f = fields.at(i);
        if (f.builtin) {
            const QString column = builtinFieldColumn(f.name);
            if (column.isEmpty())
                return makeError(QStringLiteral("There is no built-in field \"%1\".").arg(f.name), ErrorKind::InvalidInput);
            keys.append(QStringLiteral("COALESCE(%1, '')").arg(column));
            continue;
        }
        const QString alias = QStringLiteral("a%1").arg(i);
        QString escaped = f.name;
        escaped.replace(QLatin1String("'"), QLatin1String("''"));
        joins += QStringLiteral(" LEFT JOIN document_attributes %1 ON %1.document_id = d.id AND %1.name = '%2'").arg(alias, escaped);
        keys.append(QStringLiteral("COALESCE(%1.value, '')").arg(alias));
    }
    keys.append(QStringLiteral("d.id"));
    auto st = project.db().prepare(QStringLiteral("SELECT %1 FROM documents d%2 ORDER BY d.id").arg(keys.join(QStringLiteral(", ")), joins));
    if (!st)
        return st.error();
    QList<GroupedDocument> out;
    const int n = int(fields.size());
    while (st->next()) {
        GroupedDocument g;
        g.id = st->int64(n);
        for (int i = 0; i < n; ++i)
            g.key.append(st->text(i));
        out.append(std::move(g));
    }
    if (st->lastError())
        return *st->lastError();
    return out;
}

} // namespace caselens::store
