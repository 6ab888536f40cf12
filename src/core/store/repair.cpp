#include "store/repair.h"

#include "store/documentstore.h"
#include "text/unicode.h"

namespace caselens::store {

Result<RepairReport> repairProject(Project &project)
{
    RepairReport r;
    auto backup = project.backupBefore(QStringLiteral("repair"));
    if (!backup)
        return backup.error();
    r.backup = *backup;
    Database &db = project.db();
    if (Status s = db.exec(QStringLiteral("REINDEX")); !s)
        return s.error();
    r.done.append(QStringLiteral("rebuilt every index"));
    // The contentless full-text index cannot rebuild itself: delete it all and index again.
    Transaction tx(db);
    if (Status s = db.exec(QStringLiteral("INSERT INTO passage_fts(passage_fts) VALUES ('delete-all')")); !s)
        return s.error();
    auto docs = db.prepare(QStringLiteral("SELECT id, text FROM documents ORDER BY id"));
    auto passages = db.prepare(QStringLiteral("SELECT id, start_pos, end_pos FROM passages WHERE document_id = ?1 AND kind <> 'sentence'"));
    auto insert = db.prepare(QStringLiteral("INSERT INTO passage_fts(rowid, text) VALUES (?1, ?2)"));
    qint64 indexed = 0;
    while (docs->next()) {
        const QString text = docs->text(1);
        const text::CodePointMap map(text);
        passages->bind(1, docs->int64(0));
        while (passages->next()) {
            const qsizetype a = map.toUtf16(passages->int64(1)), b = map.toUtf16(passages->int64(2));
            if (Status s = insert->bind(1, passages->int64(0)).bind(2, text.mid(a, b - a)).exec(); !s)
                return s.error();
            ++indexed;
        }
    }
    if (Status s = db.exec(QStringLiteral("INSERT INTO passage_fts(passage_fts) VALUES ('optimize')")); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    r.done.append(QStringLiteral("rebuilt the full-text index (%1 passages)").arg(indexed));
    return r;
}

} // namespace caselens::store
