#include "store/codestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace caselens::store {

QString newGuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

namespace {

QString cuesJson(const codebook::Cues &c)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("strong"), QJsonArray::fromStringList(c.strong)},
                                                       {QStringLiteral("weak"), QJsonArray::fromStringList(c.weak)}})
                                 .toJson(QJsonDocument::Compact));
}

codebook::Cues cuesFrom(const QString &json)
{
    codebook::Cues c;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (const auto &v : o.value(QStringLiteral("strong")).toArray())
        c.strong.append(v.toString());
    for (const auto &v : o.value(QStringLiteral("weak")).toArray())
        c.weak.append(v.toString());
    return c;
}

} // namespace

Status CodeStore::importCodebook(const codebook::Codebook &book)
{
    Database &db = m_project.db();
    Transaction tx(db);
    if (!tx.started())
        return *tx.beginError();
    auto &upsert = db.cached("codes.upsert",
                             "INSERT INTO codes(key, parent_id, name_zh, name_en, description_zh, description_en, color, shortcut, "
                             "sort_order, is_codable, cues, guid) VALUES (?1, (SELECT id FROM codes WHERE key = ?2), ?3, ?4, ?5, ?6, "
                             "?7, ?8, ?9, ?10, ?11, ?12) ON CONFLICT(key) DO UPDATE SET parent_id = excluded.parent_id, "
                             "name_zh = excluded.name_zh, name_en = excluded.name_en, description_zh = excluded.description_zh, "
                             "description_en = excluded.description_en, color = excluded.color, shortcut = excluded.shortcut, "
                             "sort_order = excluded.sort_order, is_codable = excluded.is_codable, cues = excluded.cues");
    int order = 0;
    for (const auto &c : book.codes) {
        upsert.bind(1, c.key).bindOptional(2, c.parentKey.isEmpty() ? QString() : c.parentKey).bind(3, c.nameZh).bind(4, c.nameEn);
        upsert.bind(5, c.descriptionZh).bind(6, c.descriptionEn).bind(7, c.color).bind(8, c.shortcut).bind(9, order++);
        upsert.bind(10, c.codable ? 1 : 0).bind(11, cuesJson(c.cues)).bind(12, newGuid());
        if (Status s = upsert.exec(); !s)
            return s;
    }
    if (!book.id.isEmpty())
        if (Status s = m_project.setInfo(QStringLiteral("codebook_id"), book.id); !s)
            return s;
    return tx.commit();
}

QList<StoredCode> CodeStore::codes(bool codableOnly)
{
    auto &st = m_project.db().cached("codes.all",
                                     "SELECT c.id, c.key, p.key, c.name_zh, c.name_en, c.description_zh, c.description_en, c.color, "
                                     "c.shortcut, c.is_codable, c.cues, c.parent_id, c.sort_order FROM codes c "
                                     "LEFT JOIN codes p ON p.id = c.parent_id ORDER BY c.sort_order, c.id");
    QList<StoredCode> out;
    while (st.next()) {
        StoredCode sc;
        sc.id = st.int64(0);
        sc.code.key = st.text(1);
        sc.code.parentKey = st.text(2);
        sc.code.nameZh = st.text(3);
        sc.code.nameEn = st.text(4);
        sc.code.descriptionZh = st.text(5);
        sc.code.descriptionEn = st.text(6);
        sc.code.color = st.text(7);
        sc.code.shortcut = st.text(8);
        sc.code.codable = st.integer(9) != 0;
        sc.code.cues = cuesFrom(st.text(10));
        sc.parentId = st.isNull(11) ? 0 : st.int64(11);
        sc.sortOrder = st.integer(12);
        if (!codableOnly || sc.code.codable)
            out.append(sc);
    }
    return out;
}

codebook::Codebook CodeStore::codebook()
{
    codebook::Codebook book;
    book.id = m_project.info(QStringLiteral("codebook_id"));
    for (const auto &sc : codes())
        book.codes.append(sc.code);
    return book;
}

QHash<QString, qint64> CodeStore::idsByKey()
{
    QHash<QString, qint64> out;
    for (const auto &sc : codes())
        out.insert(sc.code.key, sc.id);
    return out;
}

Result<qint64> CodeStore::ensureCoder(const QString &name, const QString &kind)
{
    if (auto id = coderId(name))
        return *id;
    auto &st = m_project.db().cached("coders.insert", "INSERT INTO coders(name, kind, guid) VALUES (?1, ?2, ?3)");
    if (Status s = st.bind(1, name).bind(2, kind).bind(3, newGuid()).exec(); !s)
        return s.error();
    return m_project.db().lastInsertId();
}

std::optional<qint64> CodeStore::coderId(const QString &name)
{
    auto &st = m_project.db().cached("coders.byName", "SELECT id FROM coders WHERE name = ?1");
    st.bind(1, name);
    std::optional<qint64> id;
    if (st.next())
        id = st.int64(0);
    st.reset();
    return id;
}

QStringList CodeStore::coderNames()
{
    auto &st = m_project.db().cached("coders.names", "SELECT name FROM coders ORDER BY id");
    QStringList out;
    while (st.next())
        out.append(st.text(0));
    return out;
}

} // namespace caselens::store
