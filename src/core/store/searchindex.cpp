#include "store/searchindex.h"

#include "store/ftstokenizer.h"
#include "text/normaliser.h"
#include "text/unicode.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace caselens::store {

namespace {
// The translation context of this file's messages (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::store::SearchIndex)
};
}

Result<SearchIndex::ParsedQuery> SearchIndex::parse(const QString &query)
{
    // Split first: normalising drops spaces between Chinese characters, but here a
    // space separates two terms.
    static const QRegularExpression spaces(QStringLiteral("[\\s\u3000]+"));
    ParsedQuery parsed;
    QStringList tokens;
    auto quoted = [](QString t) { return QLatin1Char('"') + t.replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"'); };
    for (const QString &raw : query.split(spaces, Qt::SkipEmptyParts)) {
        const QString t = text::normaliseParagraph(raw);
        // The tokens the index holds for this term, cut by the tokenizer's own code; a lone
        // Han character starts pairs in the index and is looked for as a prefix.
        QStringList termTokens;
        for (const QString &token : queryTokens(t)) {
            const auto cps = token.toUcs4();
            termTokens.append(quoted(token) + (cps.size() == 1 && text::isCjk(cps.first()) ? QStringLiteral("*") : QString()));
        }
        if (termTokens.isEmpty())
            continue;
        parsed.needsCheck = parsed.needsCheck || termTokens.size() > 1;
        tokens.append(termTokens);
        parsed.terms.append(t);
    }
    if (tokens.isEmpty())
        return makeError(Tr::tr("The search has no words or characters to look for."), ErrorKind::InvalidInput);
    parsed.fts = tokens.join(QLatin1Char(' '));
    return parsed;
}

bool SearchIndex::holdsEveryTerm(const QString &passage, const QStringList &terms)
{
    for (const QString &t : terms)
        if (!passage.contains(t, Qt::CaseInsensitive))
            return false;
    return true;
}

namespace {
Error indexError(const Error &e)
{
    return makeError(Tr::tr("The search index cannot answer (%1); `caselens-cli check --repair` rebuilds it.").arg(e.message), e.kind);
}
} // namespace

Status SearchIndex::forEachMatch(const QString &query, const std::function<bool(qint64, qint64)> &visit)
{
    auto parsed = parse(query);
    if (!parsed)
        return parsed.error();
    auto &st = parsed->needsCheck
                   ? m_project.db().cached("search.checkedCandidates",
                                           "SELECT p.document_id, p.id, substr(d.text, p.start_pos + 1, p.end_pos - p.start_pos) "
                                           "FROM passage_fts f JOIN passages p ON p.id = f.rowid JOIN documents d ON d.id = p.document_id "
                                           "WHERE passage_fts MATCH ?1 ORDER BY f.rowid")
                   : m_project.db().cached("search.candidates",
                                           "SELECT p.document_id, p.id FROM passage_fts f JOIN passages p ON p.id = f.rowid "
                                           "WHERE passage_fts MATCH ?1 ORDER BY f.rowid");
    st.bind(1, parsed->fts);
    while (st.next()) {
        if (parsed->needsCheck && !holdsEveryTerm(st.text(2), parsed->terms))
            continue;
        if (!visit(st.int64(0), st.int64(1)))
            break;
    }
    std::optional<Error> error = st.lastError();
    st.reset();
    if (error)
        return indexError(*error);
    return {};
}

Result<QList<SearchHit>> SearchIndex::search(const QString &query, int limit, int context)
{
    auto parsed = parse(query);
    if (!parsed)
        return parsed.error();
    const QStringList &terms = parsed->terms;
    // Passages are numbered in document order, so hits come in index order.
    auto &st = m_project.db().cached(
        "search.hits",
        "SELECT p.document_id, d.title, p.id, p.start_pos, p.end_pos, d.text FROM passage_fts f "
        "JOIN passages p ON p.id = f.rowid JOIN documents d ON d.id = p.document_id "
        "WHERE passage_fts MATCH ?1 ORDER BY f.rowid");
    st.bind(1, parsed->fts);
    QList<SearchHit> hits;
    QString cachedText;
    qint64 cachedDoc = -1;
    std::optional<text::CodePointMap> map;
    while (hits.size() < limit && st.next()) {
        SearchHit h;
        h.documentId = st.int64(0);
        const qint64 ps = st.int64(3), pe = st.int64(4);
        if (h.documentId != cachedDoc) {
            cachedText = st.text(5);
            cachedDoc = h.documentId;
            map.emplace(cachedText);
        }
        const qsizetype a = map->toUtf16(ps), b = map->toUtf16(pe);
        const QString passage = cachedText.mid(a, b - a);
        if (parsed->needsCheck && !holdsEveryTerm(passage, terms))
            continue;
        h.title = st.text(1);
        h.passageId = st.int64(2);
        qsizetype at = -1, len = 0;
        for (const QString &t : terms) {
            const qsizetype i = passage.indexOf(t, 0, Qt::CaseInsensitive);
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
                len = t.size();
            }
        }
        if (at < 0) { // a lone character found as the start of a pair in another spelling
            at = 0;
            len = 0;
        }
        h.start = map->toCodePoint(a + at);
        h.end = map->toCodePoint(a + at + len);
        h.left = passage.mid(qMax<qsizetype>(0, at - context), qMin<qsizetype>(at, context));
        h.match = passage.mid(at, len);
        h.right = passage.mid(at + len, context);
        hits.append(h);
    }
    std::optional<Error> error = st.lastError();
    st.reset();
    if (error)
        return indexError(*error);
    return hits;
}

Result<SearchIndex::Matches> SearchIndex::matches(const QString &query)
{
    Matches out;
    if (Status s = forEachMatch(query, [&](qint64 document, qint64) {
            out.documents.insert(document);
            ++out.passages;
            return true;
        });
        !s)
        return s.error();
    return out;
}

Result<QSet<qint64>> SearchIndex::documents(const QString &query)
{
    auto found = matches(query);
    if (!found)
        return found.error();
    return found->documents;
}

Result<qint64> SearchIndex::count(const QString &query)
{
    auto found = matches(query);
    if (!found)
        return found.error();
    return found->passages;
}

FtsMergeDeferral::FtsMergeDeferral(Project &project) : m_project(project)
{
    (void)m_project.db().exec(QStringLiteral("INSERT INTO passage_fts(passage_fts, rank) VALUES ('automerge', 0)"));
}

FtsMergeDeferral::~FtsMergeDeferral()
{
    (void)m_project.db().exec(QStringLiteral("INSERT INTO passage_fts(passage_fts) VALUES ('optimize'); "
                                             "INSERT INTO passage_fts(passage_fts, rank) VALUES ('automerge', 4)"));
}

} // namespace caselens::store

namespace caselens::store {

Status checkSearchIndex(Project &project)
{
    Database &db = project.db();
    if (Status s = db.exec(QStringLiteral("INSERT INTO passage_fts(passage_fts, rank) VALUES ('integrity-check', 0)")); !s)
        return makeError(Tr::tr("The search index is damaged (%1); `caselens-cli check --repair` rebuilds it.").arg(s.error().message), ErrorKind::Damaged);
    if (auto probe = db.scalar(QStringLiteral("SELECT count(*) FROM passage_fts WHERE passage_fts MATCH '\"教\"'")); !probe)
        return indexError(probe.error());
    return {};
}

Result<qint64> forEachSearchablePassage(Project &project, const std::function<Status(qint64, qint64, const QString &)> &visit)
{
    Database &db = project.db();
    auto docs = db.prepare(QStringLiteral("SELECT id, text FROM documents ORDER BY id"));
    auto passages = db.prepare(QStringLiteral("SELECT id, start_pos, end_pos FROM passages WHERE document_id = ?1 AND kind <> 'sentence'"));
    for (auto *st : {&docs, &passages})
        if (!*st)
            return st->error();
    qint64 visited = 0;
    while (docs->next()) {
        const QString text = docs->text(1);
        const text::CodePointMap map(text);
        passages->bind(1, docs->int64(0));
        while (passages->next()) {
            const qsizetype a = map.toUtf16(passages->int64(1)), b = map.toUtf16(passages->int64(2));
            if (Status s = visit(passages->int64(0), docs->int64(0), text.mid(a, b - a)); !s)
                return s.error();
            ++visited;
        }
    }
    if (docs->lastError())
        return *docs->lastError();
    return visited;
}

Result<qint64> rebuildSearchIndex(Project &project)
{
    Database &db = project.db();
    Transaction tx(db);
    if (!tx.started())
        return *tx.beginError();
    // The index is contentless, so it cannot re-read itself: empty it and index again. When
    // its structure is gone even emptying fails; then it is made again from its own
    // definition as the schema stored it.
    if (Status s = db.exec(QStringLiteral("INSERT INTO passage_fts(passage_fts) VALUES ('delete-all')")); !s) {
        auto definition = db.scalar(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'passage_fts'"));
        if (!definition)
            return definition.error();
        // DROP TABLE would construct the broken table first and fail; its shadow tables
        // are plain tables, and the virtual table itself owns no pages.
        QStringList shadows;
        if (auto st = db.prepare(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE 'passage\\_fts\\_%' ESCAPE '\\'")); st)
            while (st->next())
                shadows.append(st->text(0));
        for (const QString &shadow : shadows)
            if (Status d = db.exec(QStringLiteral("DROP TABLE \"%1\"").arg(shadow)); !d)
                return d.error();
        // Changing the schema version makes this connection (and every other) read the
        // schema again, without the deleted table.
        auto version = db.scalar(QStringLiteral("PRAGMA schema_version"));
        if (!version)
            return version.error();
        if (Status d = db.exec(QStringLiteral("PRAGMA writable_schema = ON; DELETE FROM sqlite_schema WHERE name = 'passage_fts'; "
                                              "PRAGMA writable_schema = OFF; PRAGMA schema_version = %1")
                                   .arg(version->toLongLong() + 1));
            !d)
            return d.error();
        if (Status c = db.exec(definition->toString()); !c)
            return c.error();
    }
    auto insert = db.prepare(QStringLiteral("INSERT INTO passage_fts(rowid, text) VALUES (?1, ?2)"));
    if (!insert)
        return insert.error();
    auto indexed = forEachSearchablePassage(project, [&](qint64 passage, qint64, const QString &text) {
        return insert->bind(1, passage).bind(2, text).exec();
    });
    if (!indexed)
        return indexed.error();
    if (Status s = db.exec(QStringLiteral("INSERT INTO passage_fts(passage_fts) VALUES ('optimize')")); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return indexed;
}

} // namespace caselens::store
