#pragma once
// Grouping: what "by region", "by year", "by 学段" mean — which field of a document
// (store::groupDocuments reads the values), the order groups are shown in, and their
// display names.

#include "metadata/regionscheme.h"
#include "store/documentgroups.h"

#include <QString>
#include <QStringList>

namespace caselens::analysis {

using store::GroupField;

// The fields of "by …": built-in ones by any of their names (年份, Year …) — "case" is each
// case on its own — or attributes some document has; anything else is refused with one
// sentence.
Result<QList<GroupField>> groupFields(store::Project &project, const QStringList &by);

class GroupLabels {
public:
    GroupLabels(metadata::RegionScheme scheme, QString lang) : m_scheme(std::move(scheme)), m_lang(std::move(lang)) {}
    QString label(const QString &field, const QString &value) const;
    // The titles a table "by case" labels its cases with (#12 title).
    void setCaseTitles(QHash<qint64, QString> titles) { m_caseTitles = std::move(titles); }
    QString fieldLabel(const QString &field) const;
    // Orders values of a field: regions in scheme order, years ascending, types in their
    // listed order, provinces by `weights` (largest first), anything else (cases by their
    // number) naturally.
    void sortValues(const QString &field, QStringList &values, const QHash<QString, qint64> &weights = {}) const;
    const QString &lang() const { return m_lang; }

private:
    metadata::RegionScheme m_scheme;
    QString m_lang;
    QHash<qint64, QString> m_caseTitles;
};

inline const QString kNoValue = QStringLiteral("(none)");

} // namespace caselens::analysis
