#include "store/documentlisting.h"

#include "metadata/casemeta.h"
#include "metadata/gazetteer.h"
#include "store/regionsetting.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <functional>

namespace caselens::store {

namespace {

QString sqlString(const QString &s) { return QLatin1Char('\'') + QString(s).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\''); }

QString sqlList(const QStringList &values)
{
    QStringList quoted;
    for (const QString &v : values)
        quoted.append(sqlString(v));
    return quoted.join(QLatin1Char(','));
}

// The values a column holds and the name shown for each: provinces, regions or types.
struct NamedColumn {
    QString column;
    QStringList ids;
    std::function<QString(const QString &)> name;

    QStringList matching(const QString &needle) const
    {
        QStringList out;
        for (const QString &id : ids)
            if (name(id).contains(needle, Qt::CaseInsensitive))
                out.append(id);
        return out;
    }
    // A CASE expression ranking the stored ids by their shown names, for sorting.
    QString rank() const
    {
        QStringList sorted = ids;
        std::sort(sorted.begin(), sorted.end(), [&](const QString &a, const QString &b) { return name(a) < name(b); });
        QString expr = QStringLiteral("CASE %1").arg(column);
        for (int i = 0; i < sorted.size(); ++i)
            expr += QStringLiteral(" WHEN %1 THEN %2").arg(sqlString(sorted.at(i))).arg(i);
        return expr + QStringLiteral(" ELSE -1 END");
    }
};

} // namespace

Result<QList<qint64>> DocumentListing::ids(const ListingSpec &spec)
{
    const QString lang = spec.lang;
    auto scheme = activeRegionScheme(m_project);
    if (!scheme)
        return scheme.error();
    const metadata::Gazetteer &gazetteer = metadata::Gazetteer::builtin();
    NamedColumn provinces{QStringLiteral("d.province"), {}, [&](const QString &id) { return gazetteer.displayName(id, lang); }};
    for (const auto &p : gazetteer.provinces())
        provinces.ids.append(p.id);
    NamedColumn regions{QStringLiteral("d.region"), {}, [&](const QString &id) { return scheme->displayName(id, lang); }};
    for (const auto &r : scheme->regions())
        regions.ids.append(r.id);
    NamedColumn types{QStringLiteral("d.case_type"), {}, [&](const QString &id) { return metadata::caseTypeName(id, lang); }};
    for (const auto &t : metadata::caseTypes())
        types.ids.append(t.id);

    QStringList where;
    if (!spec.filter.isEmpty()) {
        QString like = spec.filter;
        like.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%")).replace(QLatin1Char('_'), QStringLiteral("\\_"));
        const QString pattern = sqlString(QLatin1Char('%') + like + QLatin1Char('%'));
        QStringList any;
        for (const char *col : {"CAST(d.id AS TEXT)", "d.title", "d.unit", "CAST(d.year AS TEXT)"})
            any.append(QStringLiteral("%1 LIKE %2 ESCAPE '\\'").arg(QString::fromLatin1(col), pattern));
        // Provinces answer to their Chinese and English names alike (北京, Beijing).
        NamedColumn anyProvince = provinces;
        anyProvince.name = [&](const QString &id) { return gazetteer.displayName(id, QStringLiteral("zh")) + QLatin1Char(' ') + gazetteer.displayName(id, QStringLiteral("en")); };
        for (const NamedColumn *named : {&anyProvince, &regions, &types})
            if (const QStringList hit = named->matching(spec.filter); !hit.isEmpty())
                any.append(QStringLiteral("%1 IN (%2)").arg(named->column, sqlList(hit)));
        where.append(QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    if (spec.onlySearchHits)
        where.append(QStringLiteral("d.id IN (SELECT id FROM temp.search_hits)"));

    QString order;
    QString join;
    switch (spec.sort) {
    case ListingSort::Title: order = QStringLiteral("d.title"); break;
    case ListingSort::Unit: order = QStringLiteral("d.unit"); break;
    case ListingSort::Year: order = QStringLiteral("d.year"); break;
    case ListingSort::Province: order = provinces.rank(); break;
    case ListingSort::Region: order = regions.rank(); break;
    case ListingSort::Type: order = types.rank(); break;
    case ListingSort::Codings:
    case ListingSort::Suggestions:
        join = QStringLiteral(" LEFT JOIN (SELECT document_id, count(*) AS n FROM %1 WHERE status = '%2' GROUP BY document_id) n "
                              "ON n.document_id = d.id")
                   .arg(codingsSource(), spec.sort == ListingSort::Codings ? QStringLiteral("accepted") : QStringLiteral("suggested"));
        order = QStringLiteral("COALESCE(n.n, 0)");
        break;
    case ListingSort::Number: break;
    }
    const QString direction = spec.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    // Document rows hold their texts, one or two pages each: without a filter on the title
    // or unit, the numbers and the grouping columns come from the narrow grouping index
    // (sorted in memory) rather than from a walk over every document's pages.
    const bool needsRows = !spec.filter.isEmpty() || spec.sort == ListingSort::Title || spec.sort == ListingSort::Unit;
    const QString sql = QStringLiteral("SELECT d.id FROM documents d%5%1%2 ORDER BY %3d.id %4")
                            .arg(join, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")),
                                 order.isEmpty() ? QString() : order + QLatin1Char(' ') + direction + QStringLiteral(", "), direction,
                                 needsRows ? QString() : QStringLiteral(" INDEXED BY documents_grouping"));
    auto st = m_project.db().prepare(sql);
    if (!st)
        return st.error();
    QList<qint64> out;
    while (st->next())
        out.append(st->int64(0));
    if (st->lastError())
        return *st->lastError();
    return out;
}

Status DocumentListing::setSearchHits(const QSet<qint64> &documents)
{
    Database &db = m_project.db();
    if (Status s = db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS search_hits(id INTEGER PRIMARY KEY)")); !s)
        return s;
    Transaction tx(db, false); // only the temporary table: no need to lock the project for writing
    if (Status s = db.exec(QStringLiteral("DELETE FROM temp.search_hits")); !s)
        return s;
    auto &insert = db.cached("listing.searchHit", "INSERT INTO temp.search_hits(id) VALUES (?1)");
    for (qint64 id : documents)
        if (Status s = insert.bind(1, id).exec(); !s)
            return s;
    return tx.commit();
}

Result<QList<ListedDocument>> DocumentListing::rows(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return QList<ListedDocument>{};
    QStringList numbers;
    for (qint64 id : ids)
        numbers.append(QString::number(id));
    const QString list = numbers.join(QLatin1Char(','));
    auto st = m_project.db().prepare(QStringLiteral(
        "SELECT d.id, d.title, COALESCE(d.unit, ''), COALESCE(d.year, 0), COALESCE(d.province, ''), COALESCE(d.region, ''), "
        "COALESCE(d.case_type, ''), d.inferred, COALESCE(d.evidence, '') FROM documents d WHERE d.id IN (%1)").arg(list));
    if (!st)
        return st.error();
    QList<ListedDocument> out;
    QHash<qint64, int> at;
    while (st->next()) {
        const QStringList inferred = st->text(7).split(QLatin1Char(','), Qt::SkipEmptyParts);
        ListedDocument r;
        r.id = st->int64(0);
        r.title = st->text(1);
        r.unit = st->text(2);
        r.year = st->integer(3);
        r.province = st->text(4);
        r.region = st->text(5);
        r.type = st->text(6);
        r.inferred = QSet<QString>(inferred.begin(), inferred.end());
        const QJsonObject evidence = QJsonDocument::fromJson(st->text(8).toUtf8()).object();
        for (auto it = evidence.begin(); it != evidence.end(); ++it)
            r.evidence.insert(it.key(), it.value().toString());
        at.insert(r.id, int(out.size()));
        out.append(r);
    }
    auto counts = m_project.db().prepare(
        QStringLiteral("SELECT document_id, sum(status = 'accepted'), sum(status = 'suggested') FROM %1 WHERE document_id IN (%2) GROUP BY document_id")
            .arg(codingsSource(), list));
    if (!counts)
        return counts.error();
    while (counts->next())
        if (const int i = at.value(counts->int64(0), -1); i >= 0) {
            out[i].codings = counts->integer(1);
            out[i].suggested = counts->integer(2);
        }
    return out;
}

QString DocumentListing::codingsSource() const
{
    if (m_onlyCoder.isEmpty())
        return QStringLiteral("codings");
    QString name = m_onlyCoder;
    name.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QStringLiteral("(SELECT * FROM codings WHERE coder_id = (SELECT id FROM coders WHERE name = '%1'))").arg(name);
}

} // namespace caselens::store
