#pragma once
// DocumentFilter: which documents a command works on — given by number (--docs 1,5-9)
// or by metadata (--where year=2024, --where region=east,west). Becomes SQL over d.

#include "store/project.h"

#include <QList>
#include <QString>

namespace caselens::store {

class DocumentFilter {
public:
    static Result<DocumentFilter> parse(const QString &docs, const QStringList &where);

    // A condition on the alias "d" (documents), with its bound values appended to `values`.
    QString sql(QStringList &values) const;
    bool isEmpty() const { return m_ids.isEmpty() && m_conditions.isEmpty(); }
    QString describe() const;

private:
    QList<std::pair<qint64, qint64>> m_ids;           // ranges
    QList<std::pair<QString, QStringList>> m_conditions; // field → accepted values
};

// Runs `select` (which has a "?" placeholder for each value of `values`, in order).
Result<Statement> prepareFiltered(Project &project, const QString &select, const QStringList &values);

} // namespace caselens::store
