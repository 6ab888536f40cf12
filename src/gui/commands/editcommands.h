#pragma once
// Undoable edits of memos and codes: each command writes through the core store (which
// keeps the audit log) and restores the previous state on undo.

#include "codebook/codebook.h"
#include "commands/codingcommands.h"
#include "store/memostore.h"

#include <QUndoCommand>

namespace caselens::gui {

class EditMemoCommand : public QUndoCommand {
public:
    EditMemoCommand(store::Project &project, store::MemoTarget target, qint64 targetId, QString author, QString before, QString after,
                    std::function<void()> changed, ErrorCallback error);
    void redo() override;
    void undo() override;

private:
    void write(const QString &text);
    store::Project &m_project;
    store::MemoTarget m_target;
    qint64 m_targetId;
    QString m_author, m_before, m_after;
    std::function<void()> m_changed;
    ErrorCallback m_error;
};

// Changes one code's names, descriptions, colour, shortcut and cue terms.
class EditCodeCommand : public QUndoCommand {
public:
    EditCodeCommand(store::Project &project, codebook::Code before, codebook::Code after, QString actor, std::function<void()> changed,
                    ErrorCallback error);
    void redo() override;
    void undo() override;

private:
    void apply(const codebook::Code &code);
    store::Project &m_project;
    codebook::Code m_before, m_after;
    QString m_actor;
    std::function<void()> m_changed;
    ErrorCallback m_error;
};

// Adds a code with the author's memo on it; undone by deleting both again, which the
// store refuses once the code has codings.
class AddCodeCommand : public QUndoCommand {
public:
    AddCodeCommand(store::Project &project, codebook::Code code, QString memo, QString actor, std::function<void()> changed,
                   ErrorCallback error);
    void redo() override;
    void undo() override;

private:
    store::Project &m_project;
    codebook::Code m_code;
    QString m_memo;
    QString m_actor;
    qint64 m_id = 0; // the code's id while it exists
    std::function<void()> m_changed;
    ErrorCallback m_error;
};

} // namespace caselens::gui
