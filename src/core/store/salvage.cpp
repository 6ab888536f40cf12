#include "store/salvage.h"

#include "store/documentstore.h"
#include "store/searchindex.h"

#include <QCoreApplication>
#include <QFile>

namespace caselens::store {

namespace {

QString tr(const char *s) { return QCoreApplication::translate("caselens::store::Salvage", s); }

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
        if (Status s = db.exec(QStringLiteral("SAVEPOINT salvage_range")); !s)
            return;
        const Status s = db.exec(sql);
        if (s) {
            copied += db.changes();
            static_cast<void>(db.exec(QStringLiteral("RELEASE salvage_range")));
            return;
        }
        static_cast<void>(db.exec(QStringLiteral("ROLLBACK TO salvage_range; RELEASE salvage_range")));
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
        return makeError(tr("Salvaging into %1 failed: %2").arg(target, e.message), e.kind);
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
    if (Status s = db.exec(QStringLiteral("BEGIN")); !s)
        return failAndRemove(s.error());
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
            report.lost.append(tr("%1: rows on damaged pages could not be read (%2 gap(s)).").arg(t.name).arg(copy.lostRanges));
    }
    if (Status s = db.exec(QStringLiteral("COMMIT")); !s)
        return failAndRemove(s.error());
    static_cast<void>(db.exec(QStringLiteral("DETACH DATABASE old")));
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
            report.lost.append(tr("document %1 (%2): its text was damaged; import its source again.").arg(id).arg(title.left(60)));
        }
    }
    // Rows whose parent was lost would break every later foreign-key check: drop them.
    for (int pass = 0; pass < 4; ++pass) {
        QList<QPair<QString, qint64>> orphans;
        if (auto st = db.prepare(QStringLiteral("PRAGMA foreign_key_check")); st)
            while (st->next())
                if (!st->isNull(1))
                    orphans.append({st->text(0), st->int64(1)});
        if (orphans.isEmpty())
            break;
        for (const auto &[table, rowid] : orphans)
            if (table != QLatin1String("audit_log"))
                static_cast<void>(db.exec(QStringLiteral("DELETE FROM \"%1\" WHERE rowid = %2").arg(table).arg(rowid)));
        report.lost.append(tr("%1 row(s) pointing at lost rows were left out.").arg(orphans.size()));
    }
    if (auto r = rebuildSearchIndex(*fresh); !r)
        return failAndRemove(r.error());
    return report;
}

} // namespace caselens::store
