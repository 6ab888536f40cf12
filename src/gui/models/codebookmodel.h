#pragma once
// CodebookModel: the codable codes with their colour, shortcut, dimension and live
// counts of accepted codings and open suggestions.

#include "codebook/codebook.h"
#include "store/project.h"

#include "store/codestore.h"

#include <QAbstractTableModel>

namespace caselens::gui {

class LatestRead;

class CodebookModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Shortcut, Accepted, Suggested, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, ColorRole };

    explicit CodebookModel(store::Project &project, QObject *parent = nullptr);
    void reload();
    // Counts again on its own connection; countsChanged() when they are in.
    void refreshCounts();
    // A blind session: the counts are this coder's only (empty: everyone's).
    void setOnlyCoder(const QString &coder);
    // Code names and headings in the interface's language.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const QList<codebook::Code> &codes() const { return m_codes; }
    // Every code, dimensions too, parents before children (for the tree).
    const QList<codebook::Code> &allCodes() const { return m_all; }
    store::CodeStore::Usage usage(const QString &key) const { return m_counts.value(key); }
    const codebook::Code *codeForShortcut(const QString &key) const;
    const codebook::Code *code(const QString &key) const;
    QString lang() const { return m_lang; }

Q_SIGNALS:
    // The counts were read again; the codes are the same.
    void countsChanged();

private:
    store::Project &m_project;
    QList<codebook::Code> m_codes;
    QList<codebook::Code> m_all;
    QHash<QString, QString> m_dimensionNames;
    QHash<QString, store::CodeStore::Usage> m_counts;
    QString m_lang;
    QString m_onlyCoder;
    LatestRead *m_counting;
};

} // namespace caselens::gui
