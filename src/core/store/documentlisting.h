#pragma once
// DocumentListing: which documents a list of cases shows and in what order — a filter on
// what the list displays (number, title, unit, year, and province, region and type by
// their names), the hits of the last full-text search, a sort — answered with document
// numbers only; rows are read a page at a time as a list scrolls to them.

#include "store/project.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace caselens::store {

enum class ListingSort { Number, Title, Unit, Year, Province, Region, Type, Codings, Suggestions };

struct ListingSpec {
    QString filter;              // matched against what the list shows, case-insensitive
    bool onlySearchHits = false; // only the documents given to setSearchHits
    ListingSort sort = ListingSort::Number;
    bool descending = false;
    QString lang = QStringLiteral("zh"); // names of provinces, regions, types for sorting and matching
};

// One document as a list shows it: metadata, accepted codings, open suggestions.
struct ListedDocument {
    qint64 id = 0;
    QString title, unit, province, region, type;
    int year = 0;
    QSet<QString> inferred;
    QMap<QString, QString> evidence; // inferred field → where its value was read
    int codings = 0, suggested = 0;
};

class DocumentListing {
public:
    // `onlyCoder` set (a blind session): codings and suggestions are that coder's only,
    // in the counts and in sorting by them.
    explicit DocumentListing(Project &project, QString onlyCoder = {}) : m_project(project), m_onlyCoder(std::move(onlyCoder)) {}
    Result<QList<qint64>> ids(const ListingSpec &spec);
    // The documents a search found (SearchIndex::matches), kept in a temporary table of
    // this connection for ids() to join.
    Status setSearchHits(const QSet<qint64> &documents);
    // The rows of these documents (in no particular order; texts are not read).
    Result<QList<ListedDocument>> rows(const QList<qint64> &ids);

private:
    // The codings the counts look at: "codings" itself, or one coder's.
    QString codingsSource() const;
    Project &m_project;
    QString m_onlyCoder;
};

} // namespace caselens::store
