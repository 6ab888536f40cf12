#include "store/salvage.h"

#include "store/documentstore.h"
#include "store/searchindex.h"

#include <QCoreApplication>
#include <QFile>

namespace caselens::store {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::store::Salvage)
};

// Damage around the root of a big table could make bisection ask a query per row id;
// past this many failed reads a table is given up as far as it got.
constexpr int kFailedReadBudget = 200000;

struct TableCopy {
    Database &db;
    QString table;
    QString key; // rowid, or the first primary-key column of a WITHOUT ROWID table
    QString columns;
    qint64 copied = 0;
    qint64 lostRanges = 0;
    int failures = 0;

    // Copies the rows whose key lies in [lo, hi]; where the range cannot be read whole,
    // halves it until the unreadable keys are alone.
    void copyRange(qint64 lo, qint64 hi)
    {
        if (lo > hi)
            return;
        const QString sql = QStringLiteral("INSERT OR REPLACE INTO main.\"%1\"(%2) SELECT %2 FROM old.\"%1\" WHERE %3 BETWEEN %4 AND %5")
                                .arg(table, columns, key)
                                .arg(lo)
                                .arg(hi);
        // A transaction per range, ended either way: a read that meets a damaged page can
        // leave a savepoint that cannot be rolled back to, and then the damaged file stayed
        // attached (DETACH: "database old is locked") and the new project's search index
        // could not be rebuilt — salvage failed at 22 of 40 damage positions on a 60-case demo.
        if (Status begun = db.exec(QStringLiteral("BEGIN")); !begun)
            return;
        if (Status s = db.exec(sql); s) {
            const int changes = db.changes();
            if (db.exec(QStringLiteral("COMMIT"))) {
                copied += changes;
                return;
            }
        }
        static_cast<void>(db.exec(QStringLiteral("ROLLBACK")));
        if (lo == hi || ++failures > kFailedReadBudget) {
            ++lostRanges;
            return;
        }
        const qint64 mid = lo + (hi - lo) / 2;
        copyRange(lo, mid);
        copyRange(mid + 1, hi);
    }
};

} // namespace

Result<SalvageReport> salvageProject(Project &damaged, const QString &target)
{
    auto created = Project::createEmpty(target);
    if (!created)
        return created.error();
    std::unique_ptr<Project> fresh = created.take();
    Database &db = fresh->db();
    SalvageReport report;
    report.path = target;
    auto failAndRemove = [&](const Error &e) -> Error {
        fresh.reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(target + QLatin1String(suffix));
        return makeError(Tr::tr("Salvaging into %1 failed: %2").arg(target, e.message), e.kind);
    };
    // Rows arrive table by table, children possibly before their parents.
    if (Status s = db.exec(QStringLiteral("PRAGMA foreign_keys = OFF")); !s)
        return failAndRemove(s.error());
    QString escaped = damaged.path();
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    if (Status s = db.exec(QStringLiteral("ATTACH DATABASE '%1' AS old").arg(escaped)); !s)
        return failAndRemove(s.error());

    struct TableInfo {
        QString name;
        bool withoutRowid;
    };
    QList<TableInfo> tables;
    {
        auto st = db.prepare(QStringLiteral("SELECT name, sql FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                            "AND name NOT LIKE 'passage_fts%' ORDER BY rootpage"));
        if (!st)
            return failAndRemove(st.error());
        while (st->next())
            tables.append({st->text(0), st->text(1).contains(QLatin1String("WITHOUT ROWID"), Qt::CaseInsensitive)});
    }
    // No transaction around the whole copy: a read that meets a damaged page can end the
    // transaction it runs in, and then the final COMMIT failed and every copied row went
    // with it (22 of 40 damage positions on a 60-case demo). Each range commits alone.
    for (const TableInfo &t : tables) {
        QStringList columns;
        QString firstKey;
        auto info = db.prepare(QStringLiteral("SELECT name, pk FROM main.pragma_table_info('%1') ORDER BY cid").arg(t.name));
        if (!info)
            return failAndRemove(info.error());
        while (info->next()) {
            columns.append(QLatin1Char('"') + info->text(0) + QLatin1Char('"'));
            if (info->int64(1) == 1)
                firstKey = QLatin1Char('"') + info->text(0) + QLatin1Char('"');
        }
        TableCopy copy{db, t.name, t.withoutRowid ? firstKey : QStringLiteral("rowid"), columns.join(QLatin1Char(','))};
        // The key range as far as the damaged file can tell it; when even that cannot be
        // read, the whole positive range is searched.
        qint64 lo = 0, hi = (qint64(1) << 40);
        if (auto minmax = db.prepare(QStringLiteral("SELECT min(%1), max(%1) FROM old.\"%2\"").arg(copy.key, t.name)); minmax && minmax->next()
            && !minmax->isNull(0)) {
            lo = minmax->int64(0);
            hi = minmax->int64(1);
        } else if (minmax && !minmax->lastError()) {
            continue; // empty table
        }
        copy.copyRange(lo, hi);
        report.copied.append({t.name, copy.copied});
        if (copy.lostRanges > 0)
            report.lost.append(Tr::tr("%1: rows on damaged pages could not be read (%2 gap(s)).").arg(t.name).arg(copy.lostRanges));
    }
    if (Status s = db.exec(QStringLiteral("DETACH DATABASE old")); !s)
        return failAndRemove(s.error());
    if (Status s = db.exec(QStringLiteral("PRAGMA foreign_keys = ON")); !s)
        return failAndRemove(s.error());
    // A text on a damaged overflow page reads back as other bytes, and every position in
    // it would point at the wrong characters: such documents (with their passages and
    // codings) are left out, by name, so their sources can be imported again.
    {
        QList<QPair<qint64, QString>> broken;
        auto docs = db.prepare(QStringLiteral("SELECT id, title, text, content_hash FROM documents"));
        if (!docs)
            return failAndRemove(docs.error());
        while (docs->next())
            if (contentHash(docs->text(2)) != docs->text(3))
                broken.append({docs->int64(0), docs->text(1)});

        for (const auto &[id, title] : broken) {
            if (Status s = db.exec(QStringLiteral("DELETE FROM documents WHERE id = %1").arg(id)); !s)
                return failAndRemove(s.error());
            report.lost.append(Tr::tr("document %1 (%2): its text was damaged; import its source again.").arg(id).arg(title.left(60)));
        }
    }
    // Rows whose parent was lost would break every later foreign-key check. Where the
    // reference may be empty (a code whose parent code was lost) it is emptied and the row
    // kept; otherwise the row is left out.
    for (int pass = 0; pass < 4; ++pass) {
        struct Orphan {
            QString table;
            qint64 rowid;
            int fk;
        };
        QList<Orphan> orphans;
        if (auto st = db.prepare(QStringLiteral("PRAGMA foreign_key_check")); st)
            while (st->next())
                if (!st->isNull(1))
                    orphans.append({st->text(0), st->int64(1), st->integer(3)});
        if (orphans.isEmpty())
            break;
        int dropped = 0, detached = 0;
        for (const Orphan &o : orphans) {
            if (o.table == QLatin1String("audit_log"))
                continue;
            QString column;
            bool nullable = false;
            if (auto fk = db.prepare(QStringLiteral("SELECT f.\"from\", t.\"notnull\" FROM pragma_foreign_key_list('%1') f "
                                                    "JOIN pragma_table_info('%1') t ON t.name = f.\"from\" WHERE f.id = %2")
                                         .arg(o.table)
                                         .arg(o.fk));
                fk && fk->next()) {
                column = fk->text(0);
                nullable = fk->int64(1) == 0;
            }
            if (nullable && db.exec(QStringLiteral("UPDATE \"%1\" SET \"%2\" = NULL WHERE rowid = %3").arg(o.table, column).arg(o.rowid))) {
                ++detached;
                continue;
            }
            if (db.exec(QStringLiteral("DELETE FROM \"%1\" WHERE rowid = %2").arg(o.table).arg(o.rowid)))
                ++dropped;
        }
        if (dropped > 0)
            report.lost.append(Tr::tr("%1 row(s) pointing at lost rows were left out.").arg(dropped));
        if (detached > 0)
            report.lost.append(Tr::tr("%1 row(s) lost what they pointed at (a code its parent code) and were kept without it.").arg(detached));
    }
    {
        // A document whose passages were all on damaged pages (or left out just above)
        // cannot be coded or shown by passage; it goes the same way as a damaged text.
        QList<QPair<qint64, QString>> bare;
        if (auto st = db.prepare(QStringLiteral("SELECT id, title FROM documents d WHERE NOT EXISTS (SELECT 1 FROM passages p WHERE p.document_id = d.id)")); st)
            while (st->next())
                bare.append({st->int64(0), st->text(1)});
        for (const auto &[id, title] : bare) {
            if (Status s = db.exec(QStringLiteral("DELETE FROM documents WHERE id = %1").arg(id)); !s)
                return failAndRemove(s.error());
            report.lost.append(Tr::tr("document %1 (%2): its passages were damaged; import its source again.").arg(id).arg(title.left(60)));
        }
    }
    if (auto r = rebuildSearchIndex(*fresh); !r)
        return failAndRemove(r.error());
    return report;
}

} // namespace caselens::store
