#pragma once
// CasesModel: the documents of a project as a table — metadata, number of codings and
// suggestions waiting for review. Inferred values are marked and can be edited in place.
// Filtering, full-text search and sorting run in SQL over document numbers only; a row's
// metadata and counts are read in pages as it scrolls into view, so a province's worth
// of cases opens at once.

#include "store/documentlisting.h"
#include "store/project.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace caselens::gui {

class CasesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Title, Unit, Year, Province, Region, Type, Codings, Suggested, ColumnCount };
    enum Role { DocumentIdRole = Qt::UserRole + 1 };

    explicit CasesModel(store::Project &project, QObject *parent = nullptr);
    // Re-reads which documents match, in the chosen order; rows are read again on demand.
    void reload();
    // Re-reads one document's metadata and counts (after a coding or a decision).
    void refreshDocument(qint64 documentId);
    // Keeps the cases whose number, title, unit, year, province, region or type contains `text`.
    void setFilterText(const QString &text);
    // A blind session: the Codings and To review counts are this coder's only (empty: everyone's).
    void setOnlyCoder(const QString &coder);
    // Names of provinces, regions and types, and the headings, in the interface's language.
    void retranslate();
    // Keeps only these cases, the documents a search found (nullopt: no search).
    Status setSearchHits(const std::optional<QSet<qint64>> &documents);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    qint64 documentId(int row) const;
    int rowOf(qint64 documentId) const;
    // Rows read from the database so far (for tests of the lazy loading).
    int cachedRows() const { return int(m_cache.size()); }

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    using Row = store::ListedDocument;
    const Row &rowAt(int row) const;
    void loadPage(int firstRow) const;
    QString display(const Row &r, int column) const;
    QString regionName(const QString &id) const;

    store::Project &m_project;
    QString m_lang;
    QList<qint64> m_ids; // the matching documents, in display order
    mutable QHash<qint64, Row> m_cache;
    mutable QHash<QString, QString> m_regionNames;
    QString m_filter;
    bool m_searching = false; // rows limited to temp.search_hits
    QString m_onlyCoder;
    int m_sortColumn = Id;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace caselens::gui
