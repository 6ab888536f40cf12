#include "store/memostore.h"

#include "store/auditlog.h"
#include "store/codestore.h"

#include <QCoreApplication>

namespace caselens::store {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::store::MemoStore)
};

constexpr const char *kSelect = "SELECT m.id, m.target_kind, COALESCE(m.target_id, 0), COALESCE(c.name, ''), m.text, m.created_at, "
                                "m.updated_at, m.guid FROM memos m LEFT JOIN coders c ON c.id = m.author_id ";

Memo readMemo(Statement &st)
{
    Memo m;
    m.id = st.int64(0);
    m.target = memoTargetFromName(st.text(1)).value_or(MemoTarget::Project);
    m.targetId = st.int64(2);
    m.author = st.text(3);
    m.text = st.text(4);
    m.createdAt = st.text(5);
    m.updatedAt = st.text(6);
    m.guid = st.text(7);
    return m;
}

Result<QList<Memo>> readMemos(Statement &st)
{
    QList<Memo> out;
    while (st.next())
        out.append(readMemo(st));
    if (st.lastError())
        return *st.lastError();
    return out;
}

QJsonObject memoJson(MemoTarget target, qint64 targetId, const QString &text)
{
    return {{QStringLiteral("target"), memoTargetName(target)}, {QStringLiteral("target_id"), targetId}, {QStringLiteral("text"), text}};
}

} // namespace

QString memoTargetName(MemoTarget t)
{
    switch (t) {
    case MemoTarget::Project: return QStringLiteral("project");
    case MemoTarget::Document: return QStringLiteral("document");
    case MemoTarget::Code: return QStringLiteral("code");
    case MemoTarget::Coding: return QStringLiteral("coding");
    }
    return {};
}

std::optional<MemoTarget> memoTargetFromName(const QString &name)
{
    for (MemoTarget t : {MemoTarget::Project, MemoTarget::Document, MemoTarget::Code, MemoTarget::Coding})
        if (memoTargetName(t) == name)
            return t;
    return std::nullopt;
}

Result<QList<Memo>> MemoStore::memosOn(MemoTarget target, qint64 targetId)
{
    auto &st = m_project.db().cached("memos.on", (std::string(kSelect) + "WHERE m.target_kind = ?1 AND COALESCE(m.target_id, 0) = ?2 ORDER BY m.id").c_str());
    st.bind(1, memoTargetName(target)).bind(2, targetId);
    return readMemos(st);
}

Result<std::optional<Memo>> MemoStore::byGuid(const QString &guid)
{
    auto &st = m_project.db().cached("memos.byGuid", (std::string(kSelect) + "WHERE m.guid = ?1").c_str());
    st.bind(1, guid.toLower());
    auto memos = readMemos(st);
    if (!memos)
        return memos.error();
    return memos->isEmpty() ? std::optional<Memo>() : std::optional<Memo>(memos->first());
}

Result<QList<Memo>> MemoStore::all(bool inOrderWritten)
{
    auto &st = inOrderWritten ? m_project.db().cached("memos.allById", (std::string(kSelect) + "ORDER BY m.id").c_str())
                              : m_project.db().cached("memos.all", (std::string(kSelect) + "ORDER BY m.target_kind, m.target_id, m.id").c_str());
    return readMemos(st);
}

Result<qint64> MemoStore::add(MemoTarget target, qint64 targetId, const QString &author, const QString &text, const QString &guid,
                              const QString &createdAt)
{
    std::optional<qint64> authorId;
    if (!author.isEmpty()) {
        auto id = CodeStore(m_project).ensureCoder(author, QStringLiteral("human"));
        if (!id)
            return id.error();
        authorId = *id;
    }
    auto &st = m_project.db().cached("memos.add", "INSERT INTO memos(target_kind, target_id, author_id, text, created_at, updated_at, guid) "
                                                  "VALUES (?1, NULLIF(?2, 0), ?3, ?4, ?5, ?5, ?6)");
    st.bind(1, memoTargetName(target)).bind(2, targetId);
    if (authorId)
        st.bind(3, *authorId);
    else
        st.bindNull(3);
    bool guidFree = isGuid(guid);
    if (guidFree) {
        auto &used = m_project.db().cached("memos.guidUsed", "SELECT 1 FROM memos WHERE guid = ?1");
        guidFree = !used.bind(1, guid.toLower()).next();
    }
    st.bind(4, text).bind(5, createdAt.isEmpty() ? nowIso() : createdAt).bind(6, guidFree ? guid.toLower() : newGuid());
    if (Status s = st.exec(); !s)
        return s.error();
    return m_project.db().lastInsertId();
}

Status MemoStore::checkTarget(MemoTarget target, qint64 targetId)
{
    const char *sql = nullptr;
    switch (target) {
    case MemoTarget::Project: return {};
    case MemoTarget::Document: sql = "SELECT 1 FROM documents WHERE id = ?1"; break;
    case MemoTarget::Code: sql = "SELECT 1 FROM codes WHERE id = ?1"; break;
    case MemoTarget::Coding: sql = "SELECT 1 FROM codings WHERE id = ?1"; break;
    }
    auto st = m_project.db().prepare(QString::fromUtf8(sql));
    if (!st)
        return st.error();
    st->bind(1, targetId);
    if (!st->next())
        return makeError(Tr::tr("There is no %1 %2 to write a memo on.").arg(memoTargetName(target)).arg(targetId), ErrorKind::NotFound);
    return {};
}

Result<qint64> MemoStore::write(MemoTarget target, qint64 targetId, const QString &author, const QString &text)
{
    Database &db = m_project.db();
    Transaction tx(db);
    if (!tx.started())
        return *tx.beginError();
    if (Status s = checkTarget(target, targetId); !s)
        return s.error();
    auto authorId = CodeStore(m_project).ensureCoder(author, QStringLiteral("human"));
    if (!authorId)
        return authorId.error();
    auto &find = db.cached("memos.find", "SELECT id, text FROM memos WHERE target_kind = ?1 AND COALESCE(target_id, 0) = ?2 AND author_id = ?3");
    find.bind(1, memoTargetName(target)).bind(2, targetId).bind(3, *authorId);
    qint64 existing = 0;
    QString before;
    if (find.next()) {
        existing = find.int64(0);
        before = find.text(1);
    }
    find.reset();
    const QString trimmed = text.trimmed();
    if (trimmed == before.trimmed() && (existing || trimmed.isEmpty()))
        return existing; // nothing changed: no audit entry
    qint64 id = existing;
    QString action;
    if (trimmed.isEmpty()) {
        auto &del = db.cached("memos.delete", "DELETE FROM memos WHERE id = ?1");
        if (Status s = del.bind(1, existing).exec(); !s)
            return s.error();
        id = 0;
        action = QStringLiteral("delete memo");
    } else if (existing) {
        auto &upd = db.cached("memos.update", "UPDATE memos SET text = ?1, updated_at = ?2 WHERE id = ?3");
        if (Status s = upd.bind(1, trimmed).bind(2, nowIso()).bind(3, existing).exec(); !s)
            return s.error();
        action = QStringLiteral("edit memo");
    } else {
        auto &ins = db.cached("memos.insert", "INSERT INTO memos(target_kind, target_id, author_id, text, created_at, updated_at, guid) "
                                              "VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6)");
        ins.bind(1, memoTargetName(target));
        if (target == MemoTarget::Project)
            ins.bindNull(2);
        else
            ins.bind(2, targetId);
        if (Status s = ins.bind(3, *authorId).bind(4, trimmed).bind(5, nowIso()).bind(6, newGuid()).exec(); !s)
            return s.error();
        id = db.lastInsertId();
        action = QStringLiteral("add memo");
    }
    const QJsonObject beforeJson = existing ? memoJson(target, targetId, before) : QJsonObject{};
    const QJsonObject afterJson = trimmed.isEmpty() ? QJsonObject{} : memoJson(target, targetId, trimmed);
    if (Status s = appendAudit(db, author, action, QStringLiteral("memo"), existing ? existing : id, beforeJson, afterJson); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

} // namespace caselens::store
