#pragma once
// Grouping: what "by region", "by year", "by 学段" mean — the SQL that reads the value
// for each document, the order groups are shown in, and their display names.

#include "metadata/regionscheme.h"
#include "store/project.h"

#include <QString>
#include <QStringList>

namespace caselens::analysis {

struct GroupField {
    QString name;      // region, year, type, province, unit, or an attribute name
    bool builtin = false;
    QString sqlValue;  // expression over documents d (and attribute alias) giving the value
    QString sqlJoin;   // join needed for an attribute, else empty
};

// Refuses names that are neither built in nor an attribute some document has.
Result<GroupField> groupField(store::Project &project, const QString &name, int index);

// The SQL of grouping by several fields at once: one key expression per field (never
// NULL) and the joins the attributes need.
struct GroupSql {
    QList<GroupField> fields;
    QStringList keys;
    QString joins;
    QString keyList() const { return keys.join(QStringLiteral(", ")); }
    QString selectPrefix() const { return keys.isEmpty() ? QString() : keyList() + QStringLiteral(", "); }
};
Result<GroupSql> groupSql(store::Project &project, const QStringList &by);

class GroupLabels {
public:
    GroupLabels(metadata::RegionScheme scheme, QString lang) : m_scheme(std::move(scheme)), m_lang(std::move(lang)) {}
    QString label(const QString &field, const QString &value) const;
    QString fieldLabel(const QString &field) const;
    // Orders values of a field: regions in scheme order, years ascending, types in their
    // listed order, provinces by `weights` (largest first), anything else naturally.
    void sortValues(const QString &field, QStringList &values, const QHash<QString, qint64> &weights = {}) const;
    const QString &lang() const { return m_lang; }

private:
    metadata::RegionScheme m_scheme;
    QString m_lang;
};

inline const QString kNoValue = QStringLiteral("(none)");

} // namespace caselens::analysis
