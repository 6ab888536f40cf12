#include "store/integritycheck.h"

#include "store/searchindex.h"

#include <QCoreApplication>

namespace caselens::store {

namespace {
// The translation context of this file's messages (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::store::IntegrityCheck)
};
}

CheckReport checkProject(Project &project)
{
    CheckReport r;
    Database &db = project.db();
    auto rows = [&](const QString &sql, const std::function<void(Statement &)> &each) {
        auto st = db.prepare(sql);
        if (!st) {
            r.problems.append(Tr::tr("The check could not run (%1).").arg(st.error().message));
            return;
        }
        while (st->next())
            each(*st);
        if (st->lastError())
            r.problems.append(Tr::tr("The check could not finish (%1).").arg(st->lastError()->message));
    };
    rows(QStringLiteral("PRAGMA integrity_check"), [&](Statement &st) {
        if (st.text(0) != QLatin1String("ok"))
            r.problems.append(Tr::tr("SQLite integrity check: %1").arg(st.text(0)));
    });
    rows(QStringLiteral("PRAGMA foreign_key_check"), [&](Statement &st) {
        r.problems.append(Tr::tr("Row %1 of %2 points at a missing row of %3.").arg(st.text(1), st.text(0), st.text(2)));
    });
    rows(QStringLiteral("SELECT id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM passages p WHERE p.document_id = d.id)"),
         [&](Statement &st) { r.problems.append(Tr::tr("Document %1 has no passages.").arg(st.int64(0))); });
    rows(QStringLiteral("SELECT p.id, p.document_id FROM passages p JOIN documents d ON d.id = p.document_id "
                        "WHERE p.start_pos < 0 OR p.end_pos > d.length OR p.end_pos <= p.start_pos"),
         [&](Statement &st) { r.problems.append(Tr::tr("Passage %1 lies outside document %2.").arg(st.int64(0)).arg(st.int64(1))); });
    rows(QStringLiteral("SELECT c.id, c.document_id FROM codings c JOIN documents d ON d.id = c.document_id "
                        "WHERE c.start_pos < 0 OR c.end_pos > d.length OR c.end_pos <= c.start_pos"),
         [&](Statement &st) { r.problems.append(Tr::tr("Coding %1 lies outside document %2.").arg(st.int64(0)).arg(st.int64(1))); });
    rows(QStringLiteral("SELECT c.id FROM codings c JOIN codes k ON k.id = c.code_id WHERE k.is_codable = 0"),
         [&](Statement &st) { r.problems.append(Tr::tr("Coding %1 uses a dimension, which cannot be applied.").arg(st.int64(0))); });
    rows(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name IN ('audit_log_no_update', 'audit_log_no_delete')"),
         [&](Statement &st) {
             if (st.int64(0) != 2)
                 r.problems.append(Tr::tr("The audit log has lost its append-only guard."));
         });
    rows(QStringLiteral("SELECT count(*) FROM audit_log a JOIN audit_log b ON b.id = a.id + 1 WHERE b.at < a.at"),
         [&](Statement &st) {
             if (st.int64(0) > 0)
                 r.problems.append(Tr::tr("%1 audit log entries are out of time order.").arg(st.int64(0)));
         });
    if (Status s = checkSearchIndex(project); !s)
        r.problems.append(s.error().message);
    return r;
}

} // namespace caselens::store
