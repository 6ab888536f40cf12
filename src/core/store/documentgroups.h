#pragma once
// DocumentGroups: each document's values of the fields an analysis table groups by —
// built-in fields (region, year, type, province, unit) or attributes.

#include "store/project.h"

#include <QList>
#include <QStringList>

namespace caselens::store {

struct GroupField {
    QString name;         // region, year, type, province, unit, or an attribute name
    bool builtin = false;
};

struct GroupedDocument {
    qint64 id = 0;
    QStringList key; // one value per field, "" where the document has none
};

// Every document with its values of `fields`, in document order.
Result<QList<GroupedDocument>> groupDocuments(Project &project, const QList<GroupField> &fields);

} // namespace caselens::store
