#include "store/paragraphs.h"

#include "text/unicode.h"

namespace caselens::store {

Status forEachDocumentParagraphs(Project &project, const DocumentFilter &filter,
                                 const std::function<bool(qint64, const QList<PassageText> &)> &each)
{
    QStringList values;
    const QString where = filter.sql(values);
    // The ids first, and no statement left open while `each` runs: a read kept open
    // across another process's commit would make this process's next write fail with
    // a stale snapshot instead of waiting its turn.
    QList<qint64> ids;
    {
        auto docs = prepareFiltered(project, QStringLiteral("SELECT d.id FROM documents d WHERE %1 ORDER BY d.id").arg(where), values);
        if (!docs)
            return docs.error();
        while (docs->next())
            ids.append(docs->int64(0));
        if (docs->lastError())
            return *docs->lastError();
    }
    auto &textOf = project.db().cached("passagesource.text", "SELECT text FROM documents WHERE id = ?1");
    auto &ps = project.db().cached("passagesource.paragraphs",
                                   "SELECT id, start_pos, end_pos FROM passages WHERE document_id = ?1 AND kind = 'paragraph' ORDER BY ordinal");
    for (qint64 id : ids) {
        textOf.bind(1, id);
        const QString text = textOf.next() ? textOf.text(0) : QString();
        std::optional<Error> unread = textOf.lastError();
        textOf.reset();
        if (unread)
            return *unread;
        const text::CodePointMap map(text);
        QList<PassageText> list;
        ps.bind(1, id);
        while (ps.next()) {
            PassageText p{ps.int64(0), id, ps.int64(1), ps.int64(2), {}};
            const qsizetype a = map.toUtf16(p.start), b = map.toUtf16(p.end);
            p.text = text.mid(a, b - a);
            list.append(p);
        }
        // A busy or damaged read is an error, not a document without paragraphs.
        std::optional<Error> failed = ps.lastError();
        ps.reset();
        if (failed)
            return *failed;
        if (!each(id, list))
            break;
    }
    return {};
}

Result<QHash<qint64, QSet<QString>>> codesByParagraph(Project &project, const DocumentFilter &filter,
                                                      const QString &coder, const QStringList &statuses)
{
    QStringList values;
    const QString where = filter.sql(values);
    QStringList marks;
    for (const QString &s : statuses) {
        marks.append(QStringLiteral("?"));
        values.append(s);
    }
    const bool anyCoder = coder == QLatin1String("*");
    if (!anyCoder)
        values.append(coder);
    const QString sql = QStringLiteral(
                            "SELECT p.id, k.key FROM documents d JOIN passages p ON p.document_id = d.id AND p.kind = 'paragraph' "
                            "JOIN codings c ON c.document_id = d.id AND c.start_pos < p.end_pos AND c.end_pos > p.start_pos "
                            "JOIN codes k ON k.id = c.code_id WHERE %1 AND c.status IN (%2) %3")
                            .arg(where, marks.join(QLatin1Char(',')),
                                 anyCoder ? QString() : QStringLiteral("AND c.coder_id = (SELECT id FROM coders WHERE name = ?)"));
    auto st = prepareFiltered(project, sql, values);
    if (!st)
        return st.error();
    QHash<qint64, QSet<QString>> out;
    while (st->next())
        out[st->int64(0)].insert(st->text(1));
    if (st->lastError())
        return *st->lastError();
    return out;
}

} // namespace caselens::store
