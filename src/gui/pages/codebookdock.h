#pragma once
// CodebookDock: the codebook beside every page — its hierarchy as a tree with counts
// rolled up to dimensions and parent codes, double-click to code with one, and the
// codebook's edits: new and edited codes (undoable, one step for a code's fields and
// your memo on it), merged and deleted codes (which rewrite codings: the project is
// copied first and the undo history cleared). Form: ui/codebookpanel.ui.

#include "codebook/codebook.h"
#include "store/codestore.h"

#include <QDockWidget>
#include <memory>

namespace Ui {
class CodebookPanel;
}

namespace caselens::gui {

class CodebookModel;
class CodebookTreeModel;
class ProjectDocument;

class CodebookDock : public QDockWidget {
    Q_OBJECT
public:
    explicit CodebookDock(ProjectDocument &document, QWidget *parent = nullptr);
    ~CodebookDock() override;
    CodebookModel *model() const { return m_model; }
    CodebookTreeModel *tree() const { return m_tree; }

    // The dialogs ask; apply* do the work (and serve the tests).
    void editCode(const QString &key);
    void newCode();
    void applyCodeEdit(const codebook::Code &before, const codebook::Code &after, const QString &memoAfter);
    void mergeCodeDialog(const QString &key);
    void deleteCodeDialog(const QString &key);
    Status applyMerge(const QString &from, const QString &into);
    Status applyDelete(const QString &key, store::CodeStore::CodingsFate fate, const QString &moveTo);
    // The selected code's key; empty when none is selected.
    QString selectedKey() const;

Q_SIGNALS:
    // A code was double-clicked or activated: code the current passage with it.
    void codeActivated(const QString &shortcut);
    // "Retrieve coded segments" on the selected codes.
    void segmentsRequested(const QStringList &codes);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void afterCodebookRewrite(const QString &message);
    ProjectDocument &m_doc;
    std::unique_ptr<Ui::CodebookPanel> m_ui;
    CodebookModel *m_model;
    CodebookTreeModel *m_tree;
    QAction *m_editAction, *m_mergeAction, *m_deleteAction, *m_segmentsAction;
};

} // namespace caselens::gui
