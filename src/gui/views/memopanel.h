#pragma once
// MemoPanel: the memos on one target (a document, code, coding or the project) — other
// people's to read, your own to write. Saving asks the window to push an undoable edit.

#include "store/memostore.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace caselens::gui {

class MemoPanel : public QWidget {
    Q_OBJECT
public:
    MemoPanel(store::Project &project, QString author, QWidget *parent = nullptr);
    void setTarget(store::MemoTarget target, qint64 targetId, const QString &label);
    void setAuthor(const QString &author);
    void reload();
    store::MemoTarget target() const { return m_target; }
    qint64 targetId() const { return m_targetId; }
    QString ownText() const; // what is saved now
    QPlainTextEdit *editor() const { return m_edit; }

Q_SIGNALS:
    void memoEdited(store::MemoTarget target, qint64 targetId, const QString &before, const QString &after);

private:
    store::Project &m_project;
    QString m_author;
    store::MemoTarget m_target = store::MemoTarget::Project;
    qint64 m_targetId = 0;
    QString m_saved;
    QLabel *m_label;
    QTextBrowser *m_others;
    QPlainTextEdit *m_edit;
    QPushButton *m_save;
};

} // namespace caselens::gui
