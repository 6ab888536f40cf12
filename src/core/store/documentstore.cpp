#include "store/documentstore.h"

#include "metadata/gazetteer.h"
#include "store/regionsetting.h"
#include "text/unicode.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace caselens::store {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::store::DocumentStore)
};

constexpr const char *kRowColumns =
    "id, title, unit, year, province, region, case_type, inferred, source_name, source_format, encoding, "
    "length, import_notes, imported_at, evidence, guid, content_hash";

DocumentRow readRow(Statement &st)
{
    DocumentRow r;
    r.id = st.int64(0);
    r.meta.title = st.text(1);
    r.meta.unit = st.text(2);
    if (!st.isNull(3))
        r.meta.year = st.integer(3);
    r.meta.province = st.text(4);
    r.meta.region = st.text(5);
    r.meta.caseType = st.text(6);
    r.meta.inferred = st.text(7).split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.sourceName = st.text(8);
    r.sourceFormat = st.text(9);
    r.encoding = st.text(10);
    r.length = st.int64(11);
    r.importNotes = st.text(12);
    r.importedAt = st.text(13);
    r.guid = st.text(15);
    r.contentHash = st.text(16);
    // Evidence only for what is still inferred: a value a person set has no other source.
    const QJsonObject evidence = QJsonDocument::fromJson(st.text(14).toUtf8()).object();
    for (const QString &field : r.meta.inferred)
        if (const QString why = evidence.value(field).toString(); !why.isEmpty())
            r.meta.evidence.insert(field, why);
    return r;
}

// A savepoint that rolls back unless released.
class Savepoint {
public:
    explicit Savepoint(Database &db) : m_db(db) { m_ok = bool(m_db.exec(QStringLiteral("SAVEPOINT document"))); }
    ~Savepoint()
    {
        if (m_ok && !m_released)
            (void)m_db.exec(QStringLiteral("ROLLBACK TO document; RELEASE document"));
    }
    bool ok() const { return m_ok; }
    Status release()
    {
        Status s = m_db.exec(QStringLiteral("RELEASE document"));
        m_released = bool(s);
        return s;
    }

private:
    Database &m_db;
    bool m_ok = false;
    bool m_released = false;
};

} // namespace

QString contentHash(const QString &normalisedText)
{
    return QString::fromLatin1(QCryptographicHash::hash(normalisedText.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<qint64> DocumentStore::insert(NewDocument doc, QList<qint64> *passageIds)
{
    Database &db = m_project.db();
    if (doc.contentHash.isEmpty())
        doc.contentHash = contentHash(doc.segmentation.text);
    Savepoint sp(db);
    if (!sp.ok())
        return db.errorFromCode(5, Tr::tr("The project is busy"));

    auto &ins = db.cached("documents.insert",
                          "INSERT INTO documents(title, unit, year, province, region, case_type, inferred, source_name, "
                          "source_format, encoding, content_hash, original_text, text, length, import_notes, imported_at, evidence, guid) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)");
    const auto &m = doc.meta;
    ins.bind(1, m.title).bindOptional(2, m.unit);
    if (m.year)
        ins.bind(3, *m.year);
    else
        ins.bindNull(3);
    ins.bindOptional(4, m.province).bindOptional(5, m.region).bindOptional(6, m.caseType);
    ins.bind(7, m.inferred.join(QLatin1Char(','))).bind(8, doc.sourceName).bind(9, doc.sourceFormat);
    // The original is kept only when cleaning changed something (see schema version 2).
    ins.bindOptional(10, doc.encoding).bind(11, doc.contentHash);
    if (doc.originalText == doc.segmentation.text)
        ins.bind(12, "");
    else
        ins.bind(12, doc.originalText);
    ins.bind(13, doc.segmentation.text).bind(14, qint64(text::codePointLength(doc.segmentation.text)));
    ins.bind(15, doc.importNotes).bind(16, nowIso());
    QJsonObject evidence;
    for (auto it = m.evidence.cbegin(); it != m.evidence.cend(); ++it)
        evidence.insert(it.key(), it.value());
    ins.bind(17, evidence.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(evidence).toJson(QJsonDocument::Compact)));
    ins.bindOptional(18, doc.guid.isEmpty() ? QString() : doc.guid.toLower());
    if (Status s = ins.exec(); !s)
        return s.error();
    const qint64 docId = db.lastInsertId();

    auto &attr = db.cached("documents.insertAttribute",
                           "INSERT INTO document_attributes(document_id, name, value, inferred) VALUES (?1, ?2, ?3, ?4)");
    for (auto it = m.attributes.cbegin(); it != m.attributes.cend(); ++it) {
        attr.bind(1, docId).bind(2, it.key()).bind(3, it.value()).bind(4, m.inferred.contains(it.key()) ? 1 : 0);
        if (Status s = attr.exec(); !s)
            return s.error();
    }

    auto &pas = db.cached("passages.insert",
                          "INSERT INTO passages(document_id, ordinal, kind, parent_id, start_pos, end_pos) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    auto &fts = db.cached("passages.index", "INSERT INTO passage_fts(rowid, text) VALUES (?1, ?2)");
    const QString &full = doc.segmentation.text;
    const text::CodePointMap map(full);
    QList<qint64> ids;
    ids.reserve(doc.segmentation.passages.size());
    int ordinal = 0;
    for (const auto &p : doc.segmentation.passages) {
        pas.bind(1, docId).bind(2, ordinal++).bind(3, text::passageKindName(p.kind));
        if (p.parent >= 0 && p.parent < ids.size())
            pas.bind(4, ids.at(p.parent));
        else
            pas.bindNull(4);
        pas.bind(5, qint64(p.start)).bind(6, qint64(p.end));
        if (Status s = pas.exec(); !s)
            return s.error();
        const qint64 pid = db.lastInsertId();
        ids.append(pid);
        if (p.kind != text::PassageKind::Sentence) {
            const qsizetype a = map.toUtf16(p.start);
            const qsizetype b = map.toUtf16(p.end);
            fts.bind(1, pid).bind(2, full.mid(a, b - a));
            if (Status s = fts.exec(); !s)
                return s.error();
        }
    }
    if (Status s = sp.release(); !s)
        return s.error();
    if (passageIds)
        *passageIds = std::move(ids);
    return docId;
}

std::optional<qint64> DocumentStore::findByHash(const QString &hash)
{
    auto &st = m_project.db().cached("documents.byHash", "SELECT id FROM documents WHERE content_hash = ?1");
    st.bind(1, hash);
    std::optional<qint64> id;
    if (st.next())
        id = st.int64(0);
    st.reset();
    return id;
}

std::optional<qint64> DocumentStore::findByGuid(const QString &guid)
{
    auto &st = m_project.db().cached("documents.byGuid", "SELECT id FROM documents WHERE guid = ?1");
    st.bind(1, guid);
    std::optional<qint64> id;
    if (st.next())
        id = st.int64(0);
    st.reset();
    return id;
}

qint64 DocumentStore::count()
{
    auto &st = m_project.db().cached("documents.count", "SELECT count(*) FROM documents");
    qint64 n = st.next() ? st.int64(0) : 0;
    st.reset();
    return n;
}

QList<DocumentRow> DocumentStore::list()
{
    Database &db = m_project.db();
    auto &st = db.cached("documents.list", (std::string("SELECT ") + kRowColumns + " FROM documents ORDER BY id").c_str());
    QList<DocumentRow> out;
    QHash<qint64, int> index;
    while (st.next()) {
        index.insert(st.int64(0), int(out.size()));
        out.append(readRow(st));
    }
    auto &attrs = db.cached("documents.allAttributes",
                            "SELECT document_id, name, value, inferred FROM document_attributes ORDER BY document_id, name");
    while (attrs.next()) {
        auto it = index.constFind(attrs.int64(0));
        if (it == index.cend())
            continue;
        auto &meta = out[*it].meta;
        meta.attributes.insert(attrs.text(1), attrs.text(2));
        if (attrs.integer(3))
            meta.inferred.append(attrs.text(1));
    }
    return out;
}

Result<DocumentRow> DocumentStore::row(qint64 id)
{
    Database &db = m_project.db();
    auto &st = db.cached("documents.row", (std::string("SELECT ") + kRowColumns + " FROM documents WHERE id = ?1").c_str());
    st.bind(1, id);
    if (!st.next())
        return makeError(Tr::tr("There is no document %1 in this project.").arg(id), ErrorKind::NotFound);
    DocumentRow r = readRow(st);
    st.reset();
    auto &attrs = db.cached("documents.attributes",
                            "SELECT name, value, inferred FROM document_attributes WHERE document_id = ?1 ORDER BY name");
    attrs.bind(1, id);
    while (attrs.next()) {
        r.meta.attributes.insert(attrs.text(0), attrs.text(1));
        if (attrs.integer(2))
            r.meta.inferred.append(attrs.text(0));
    }
    return r;
}

Result<QString> DocumentStore::text(qint64 id)
{
    auto &st = m_project.db().cached("documents.text", "SELECT text FROM documents WHERE id = ?1");
    st.bind(1, id);
    if (!st.next())
        return makeError(Tr::tr("There is no document %1 in this project.").arg(id), ErrorKind::NotFound);
    QString t = st.text(0);
    st.reset();
    return t;
}

static Passage readPassage(Statement &st)
{
    Passage p;
    p.id = st.int64(0);
    p.documentId = st.int64(1);
    p.ordinal = st.integer(2);
    p.kind = text::passageKindFromName(st.text(3));
    p.parentId = st.isNull(4) ? 0 : st.int64(4);
    p.start = st.int64(5);
    p.end = st.int64(6);
    return p;
}

QList<Passage> DocumentStore::passages(qint64 documentId)
{
    auto &st = m_project.db().cached("passages.ofDocument",
                                     "SELECT id, document_id, ordinal, kind, parent_id, start_pos, end_pos FROM passages "
                                     "WHERE document_id = ?1 ORDER BY ordinal");
    st.bind(1, documentId);
    QList<Passage> out;
    while (st.next())
        out.append(readPassage(st));
    return out;
}

Result<Passage> DocumentStore::passage(qint64 id)
{
    auto &st = m_project.db().cached("passages.byId",
                                     "SELECT id, document_id, ordinal, kind, parent_id, start_pos, end_pos FROM passages WHERE id = ?1");
    st.bind(1, id);
    std::optional<Passage> found;
    if (st.next())
        found = readPassage(st);
    std::optional<Error> failed = st.lastError();
    st.reset();
    if (failed)
        return *failed;
    if (!found)
        return makeError(QStringLiteral("There is no passage %1.").arg(id), ErrorKind::NotFound);
    return *found;
}

QList<Passage> DocumentStore::allPassages(text::PassageKind kind)
{
    auto &st = m_project.db().cached("passages.ofKind",
                                     "SELECT id, document_id, ordinal, kind, parent_id, start_pos, end_pos FROM passages "
                                     "WHERE kind = ?1 ORDER BY document_id, ordinal");
    st.bind(1, text::passageKindName(kind));
    QList<Passage> out;
    while (st.next())
        out.append(readPassage(st));
    return out;
}

Status DocumentStore::setField(qint64 id, const QString &field, const QString &value)
{
    Database &db = m_project.db();
    auto existing = row(id);
    if (!existing)
        return existing.error();
    const QStringList builtin = metadata::builtinFields();
    QStringList inferred = existing->meta.inferred;
    inferred.removeAll(field);
    if (builtin.contains(field)) {
        QString v = value;
        if (field == QLatin1String("type")) {
            v = metadata::caseTypeId(value);
            if (v.isEmpty() && !value.isEmpty())
                return makeError(Tr::tr("\"%1\" is not a case type (use regional_development, school_practice, "
                                    "research_outcome or solution).").arg(value),
                                 ErrorKind::InvalidInput);
        }
        QString region; // follows the province
        if (field == QLatin1String("province") && !value.isEmpty()) {
            const metadata::Province *province = metadata::Gazetteer::builtin().province(value);
            if (!province)
                return makeError(Tr::tr("\"%1\" is not a province of China (give a name such as 湖北 or an id such as hubei).").arg(value),
                                 ErrorKind::InvalidInput);
            v = province->id;
            auto scheme = activeRegionScheme(m_project);
            if (!scheme)
                return scheme.error();
            region = scheme->regionOf(v);
        }
        if (field == QLatin1String("year") && !value.isEmpty()) {
            bool ok = false;
            const int y = value.toInt(&ok);
            if (!ok || y < 1900 || y > 2100)
                return makeError(Tr::tr("\"%1\" is not a year.").arg(value), ErrorKind::InvalidInput);
        }
        const QString column = field == QLatin1String("type") ? QStringLiteral("case_type") : field;
        auto st = db.prepare(QStringLiteral("UPDATE documents SET %1 = ?1, inferred = ?2 WHERE id = ?3").arg(column));
        if (!st)
            return st.error();
        if (v.isEmpty())
            st->bindNull(1);
        else if (field == QLatin1String("year"))
            st->bind(1, v.toInt());
        else
            st->bind(1, v);
        QStringList firstClassInferred;
        for (const QString &f : inferred)
            if (builtin.contains(f))
                firstClassInferred.append(f);
        st->bind(2, firstClassInferred.join(QLatin1Char(','))).bind(3, id);
        if (Status s = st->exec(); !s)
            return s;
        if (field == QLatin1String("province")) {
            auto &reg = db.cached("documents.setRegion", "UPDATE documents SET region = ?1 WHERE id = ?2");
            return reg.bindOptional(1, region.isEmpty() ? QString() : region).bind(2, id).exec();
        }
        return {};
    }
    auto &st = db.cached("documents.setAttribute",
                         "INSERT INTO document_attributes(document_id, name, value, inferred) VALUES (?1, ?2, ?3, 0) "
                         "ON CONFLICT(document_id, name) DO UPDATE SET value = excluded.value, inferred = 0");
    return st.bind(1, id).bind(2, field).bind(3, value).exec();
}

Result<int> DocumentStore::reassignRegions()
{
    auto scheme = activeRegionScheme(m_project);
    if (!scheme)
        return scheme.error();
    Database &db = m_project.db();
    Transaction tx(db);
    auto &sel = db.cached("documents.provinces", "SELECT id, province FROM documents");
    QList<std::pair<qint64, QString>> rows;
    while (sel.next())
        rows.append({sel.int64(0), sel.text(1)});
    auto &upd = db.cached("documents.setRegion", "UPDATE documents SET region = ?1 WHERE id = ?2");
    int changed = 0;
    for (const auto &[id, province] : rows) {
        const QString region = scheme->regionOf(province);
        upd.bindOptional(1, region.isEmpty() ? QString() : region).bind(2, id);
        if (Status s = upd.exec(); !s)
            return s.error();
        changed += db.changes();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return changed;
}

QStringList DocumentStore::attributeNames()
{
    auto &st = m_project.db().cached("documents.attributeNames", "SELECT DISTINCT name FROM document_attributes ORDER BY name");
    QStringList out;
    while (st.next())
        out.append(st.text(0));
    return out;
}

} // namespace caselens::store
