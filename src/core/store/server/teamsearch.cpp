#include "store/server/teamsearch.h"

#include "store/ftstokenizer.h"

namespace caselens::store::server {

Result<qint64> indexPassagesOnServer(Project &project, PgConnection &pg)
{
    if (Status s = pg.execScript(QStringLiteral("CREATE TABLE passage_tokens (passage_id bigint PRIMARY KEY, document_id bigint NOT NULL, tokens text[] NOT NULL)")); !s)
        return s.error();
    // The passages the project's own index holds: headings and paragraphs.
    QByteArray rows;
    const QString copy = QStringLiteral("COPY passage_tokens (passage_id, document_id, tokens) FROM STDIN");
    auto indexed = forEachSearchablePassage(project, [&](qint64 passage, qint64 document, const QString &text) -> Status {
        rows += QByteArray::number(passage) + '\t' + QByteArray::number(document) + '\t';
        PgConnection::appendCopyField(rows, arrayParameter(serverTokens(text)), false);
        rows += '\n';
        if (rows.size() < 8 * 1024 * 1024)
            return {};
        Status sent = pg.copyIn(copy, rows);
        rows.clear();
        return sent;
    });
    if (!indexed)
        return indexed.error();
    if (Status s = pg.copyIn(copy, rows); !s)
        return s.error();
    if (Status s = pg.execScript(QStringLiteral("CREATE INDEX passage_tokens_gin ON passage_tokens USING gin (tokens); ANALYZE passage_tokens")); !s)
        return s.error();
    return *indexed;
}

Result<SearchIndex::Matches> serverMatches(PgConnection &pg, const QString &query)
{
    auto parsed = SearchIndex::parse(query);
    if (!parsed)
        return parsed.error();
    // Every token of every term must be there; then, where a term is more than one token,
    // the passage is read to see the term as written — as the project file's index does.
    QStringList tokens;
    for (const QString &term : parsed->terms)
        tokens += queryTokens(term);
    const QString sql = parsed->needsCheck
                            ? QStringLiteral("SELECT t.document_id, substr(d.text, (p.start_pos + 1)::int, (p.end_pos - p.start_pos)::int) FROM passage_tokens t "
                                             "JOIN passages p ON p.id = t.passage_id JOIN documents d ON d.id = t.document_id "
                                             "WHERE t.tokens @> $1::text[] ORDER BY t.passage_id")
                            : QStringLiteral("SELECT t.document_id FROM passage_tokens t WHERE t.tokens @> $1::text[] ORDER BY t.passage_id");
    auto found = pg.exec(sql, {arrayParameter(tokens)});
    if (!found)
        return found.error();
    SearchIndex::Matches out;
    for (int r = 0; r < found->rows(); ++r) {
        if (parsed->needsCheck && !SearchIndex::holdsEveryTerm(found->text(r, 1), parsed->terms))
            continue;
        out.documents.insert(found->int64(r, 0));
        ++out.passages;
    }
    return out;
}

} // namespace caselens::store::server
