#pragma once
// CasesModel: the documents of a project as a table — metadata, number of codings and
// suggestions waiting for review. Inferred values are marked and can be edited in place.

#include "store/project.h"

#include <QAbstractTableModel>
#include <QSet>

namespace caselens::gui {

class CasesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Title, Unit, Year, Province, Region, Type, Codings, Suggested, ColumnCount };
    enum Role { DocumentIdRole = Qt::UserRole + 1, SortRole };

    explicit CasesModel(store::Project &project, QObject *parent = nullptr);
    void reload();
    // Re-reads one document's metadata and counts (after a coding or a decision).
    void refreshDocument(qint64 documentId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    qint64 documentId(int row) const;
    int rowOf(qint64 documentId) const;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    struct Row {
        qint64 id;
        QString title, unit, province, region, type;
        int year;
        QSet<QString> inferred;
        int codings, suggested;
    };
    QString display(const Row &r, int column) const;
    store::Project &m_project;
    QList<Row> m_rows;
    QString m_lang;
};

} // namespace caselens::gui
