#pragma once
// Undoable edits of memos and codes: each command writes through the core store (which
// keeps the audit log), restores the previous state on undo and announces the change
// through the project document.

#include "codebook/codebook.h"
#include "store/memostore.h"

#include <QUndoCommand>

namespace caselens::gui {

class ProjectDocument;

class EditMemoCommand : public QUndoCommand {
public:
    // The author is the coder at the keyboard when the command is made.
    EditMemoCommand(ProjectDocument &document, store::MemoTarget target, qint64 targetId, QString before, QString after);
    void redo() override;
    void undo() override;

private:
    void write(const QString &text);
    ProjectDocument &m_doc;
    store::MemoTarget m_target;
    qint64 m_targetId;
    QString m_author, m_before, m_after;
};

// Changes one code's names, descriptions, colour, shortcut and cue terms.
class EditCodeCommand : public QUndoCommand {
public:
    EditCodeCommand(ProjectDocument &document, codebook::Code before, codebook::Code after);
    void redo() override;
    void undo() override;

private:
    void apply(const codebook::Code &code);
    ProjectDocument &m_doc;
    codebook::Code m_before, m_after;
    QString m_actor;
};

// Adds a code with the author's memo on it; undone by deleting both again, which the
// store refuses once the code has codings.
class AddCodeCommand : public QUndoCommand {
public:
    AddCodeCommand(ProjectDocument &document, codebook::Code code, QString memo);
    void redo() override;
    void undo() override;

private:
    ProjectDocument &m_doc;
    codebook::Code m_code;
    QString m_memo;
    QString m_actor;
    qint64 m_id = 0; // the code's id while it exists
};

} // namespace caselens::gui
