#pragma once
// DocumentGroups: each document's values of the fields an analysis table groups by —
// built-in fields (region, year, type, province, unit) or attributes.

#include "store/project.h"

#include <QList>
#include <QStringList>

namespace caselens::store {

struct GroupField {
    QString name;         // region, year, type, province, unit, case, or an attribute name
    bool builtin = false;
};

struct GroupedDocument {
    qint64 id = 0;
    QStringList key; // one value per field, "" where the document has none
};

// Every document with its values of `fields`, in document order.
Result<QList<GroupedDocument>> groupDocuments(Project &project, const QList<GroupField> &fields);
// The SQL of a built-in field's value on the documents row `d` (case: its number), for
// every reader that groups or filters by one; empty for a field that is not built in.
QString builtinFieldColumn(const QString &field);
// Every document's title by number (what a table "by case" labels its rows with).
Result<QHash<qint64, QString>> documentTitles(Project &project);

} // namespace caselens::store
