#pragma once
// CodebookTreeModel: the codebook as its hierarchy — dimensions and parent codes with
// their children — each row with its own counts plus those of everything under it, the
// way the codebook dock shows it. Reads everything from a CodebookModel and follows it.

#include "models/codebookmodel.h"

#include <QAbstractItemModel>

namespace caselens::gui {

class CodebookTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    // The same columns as CodebookModel; KeyRole and ColorRole too.
    enum Role { CodableRole = Qt::UserRole + 10 };
    explicit CodebookTreeModel(CodebookModel &codes, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The row of a code, in the first column; invalid when the code is not there.
    QModelIndex indexOf(const QString &key) const;

private:
    struct Node {
        codebook::Code code;
        int parent = -1; // -1: at the top
        int row = 0;     // among its parent's children
        QList<int> children;
        store::CodeStore::Usage own, rolled;
    };
    void rebuild();
    void recount();
    CodebookModel &m_codes;
    QList<Node> m_nodes;
    QList<int> m_top;
};

} // namespace caselens::gui
