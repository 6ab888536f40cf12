#include "coding/passagesource.h"

#include "store/documentstore.h"
#include "text/unicode.h"

#include <QHash>
#include <QSet>

namespace caselens::coding {

Status forEachDocumentParagraphs(store::Project &project, const store::DocumentFilter &filter,
                                 const std::function<bool(qint64, const QList<PassageText> &)> &each)
{
    QStringList values;
    const QString where = filter.sql(values);
    // The ids first, and no statement left open while `each` runs: a read kept open
    // across another process's commit would make this process's next write fail with
    // a stale snapshot instead of waiting its turn.
    QList<qint64> ids;
    {
        auto docs = store::prepareFiltered(project, QStringLiteral("SELECT d.id FROM documents d WHERE %1 ORDER BY d.id").arg(where), values);
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
        textOf.reset();
        const text::CodePointMap map(text);
        QList<PassageText> list;
        ps.bind(1, id);
        while (ps.next()) {
            PassageText p{ps.int64(0), id, ps.int64(1), ps.int64(2), {}};
            const qsizetype a = map.toUtf16(p.start), b = map.toUtf16(p.end);
            p.text = text.mid(a, b - a);
            list.append(p);
        }
        ps.reset();
        if (!each(id, list))
            break;
    }
    return {};
}

DocumentContext contextOf(store::Project &project, qint64 documentId, const QList<PassageText> &paragraphs)
{
    DocumentContext context;
    store::DocumentStore documents(project);
    auto row = documents.row(documentId);
    auto text = documents.text(documentId);
    if (!row || !text) // no context is still a valid question
        return context;
    context.title = row->meta.title;
    QList<std::pair<qint64, QString>> headings; // start, text
    for (const auto &p : documents.passages(documentId))
        if (p.kind == text::PassageKind::Heading) {
            const QString heading = text::midCodePoints(*text, p.start, p.end).trimmed();
            if (heading != context.title)
                headings.append({p.start, heading});
        }
    for (const PassageText &p : paragraphs) {
        QString under;
        for (const auto &[start, heading] : headings)
            if (start < p.start)
                under = heading;
        context.headings.append(under);
    }
    return context;
}

Result<QHash<qint64, QSet<QString>>> codesByParagraph(store::Project &project, const store::DocumentFilter &filter,
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
    auto st = store::prepareFiltered(project, sql, values);
    if (!st)
        return st.error();
    QHash<qint64, QSet<QString>> out;
    while (st->next())
        out[st->int64(0)].insert(st->text(1));
    if (st->lastError())
        return *st->lastError();
    return out;
}

} // namespace caselens::coding
