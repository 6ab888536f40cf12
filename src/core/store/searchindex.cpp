#include "store/searchindex.h"

#include "text/normaliser.h"
#include "text/unicode.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace caselens::store {

namespace {
QString tr(const char *s) { return QCoreApplication::translate("caselens::store::SearchIndex", s); }
}

Result<QString> SearchIndex::ftsQuery(const QString &query, QStringList *termsOut)
{
    // Split first: normalising drops spaces between Chinese characters, but here a
    // space separates two terms.
    static const QRegularExpression spaces(QStringLiteral("[\\s\u3000]+"));
    const QStringList terms = query.split(spaces, Qt::SkipEmptyParts);
    QStringList parts;
    QStringList kept;
    for (const QString &raw : terms) {
        const QString t = text::normaliseParagraph(raw);
        bool searchable = false;
        for (const char32_t c : t.toUcs4())
            searchable = searchable || text::isCjk(c) || QChar::isLetterOrNumber(c);
        if (!searchable)
            continue;
        QString quoted = t;
        quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
        // A single Han character is the start of the pairs in the index (see the tokenizer).
        const bool singleHan = t.toUcs4().size() == 1 && text::isCjk(t.toUcs4().first());
        parts.append(QLatin1Char('"') + quoted + QLatin1Char('"') + (singleHan ? QStringLiteral("*") : QString()));
        kept.append(t);
    }
    if (parts.isEmpty())
        return makeError(tr("The search has no words or characters to look for."), ErrorKind::InvalidInput);
    if (termsOut)
        *termsOut = kept;
    return parts.join(QLatin1Char(' '));
}

Result<QList<SearchHit>> SearchIndex::search(const QString &query, int limit, int context)
{
    QStringList terms;
    auto fts = ftsQuery(query, &terms);
    if (!fts)
        return fts.error();
    auto &st = m_project.db().cached(
        "search.hits",
        "SELECT p.document_id, d.title, p.id, p.start_pos, p.end_pos, d.text FROM passage_fts f "
        "JOIN passages p ON p.id = f.rowid JOIN documents d ON d.id = p.document_id "
        "WHERE passage_fts MATCH ?1 ORDER BY f.rowid LIMIT ?2"); // passages are numbered in document order
    st.bind(1, *fts).bind(2, limit);
    QList<SearchHit> hits;
    QString cachedText;
    qint64 cachedDoc = -1;
    while (st.next()) {
        SearchHit h;
        h.documentId = st.int64(0);
        h.title = st.text(1);
        h.passageId = st.int64(2);
        const qint64 ps = st.int64(3), pe = st.int64(4);
        if (h.documentId != cachedDoc) {
            cachedText = st.text(5);
            cachedDoc = h.documentId;
        }
        const text::CodePointMap map(cachedText);
        const qsizetype a = map.toUtf16(ps), b = map.toUtf16(pe);
        const QString passage = cachedText.mid(a, b - a);
        qsizetype at = -1, len = 0;
        for (const QString &t : terms) {
            const qsizetype i = passage.indexOf(t, 0, Qt::CaseInsensitive);
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
                len = t.size();
            }
        }
        if (at < 0) { // matched through tokens split differently; show the passage start
            at = 0;
            len = 0;
        }
        h.start = map.toCodePoint(a + at);
        h.end = map.toCodePoint(a + at + len);
        h.left = passage.mid(qMax<qsizetype>(0, at - context), qMin<qsizetype>(at, context));
        h.match = passage.mid(at, len);
        h.right = passage.mid(at + len, context);
        hits.append(h);
    }
    if (st.lastError())
        return *st.lastError();
    return hits;
}

Result<QSet<qint64>> SearchIndex::documents(const QString &query)
{
    auto fts = ftsQuery(query);
    if (!fts)
        return fts.error();
    auto &st = m_project.db().cached("search.documents",
                                     "SELECT DISTINCT p.document_id FROM passage_fts f JOIN passages p ON p.id = f.rowid WHERE passage_fts MATCH ?1");
    st.bind(1, *fts);
    QSet<qint64> out;
    while (st.next())
        out.insert(st.int64(0));
    if (st.lastError())
        return *st.lastError();
    return out;
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

Result<qint64> SearchIndex::count(const QString &query)
{
    auto fts = ftsQuery(query);
    if (!fts)
        return fts.error();
    auto &st = m_project.db().cached("search.count", "SELECT count(*) FROM passage_fts WHERE passage_fts MATCH ?1");
    st.bind(1, *fts);
    const qint64 n = st.next() ? st.int64(0) : 0;
    st.reset();
    if (st.lastError())
        return *st.lastError();
    return n;
}

} // namespace caselens::store
