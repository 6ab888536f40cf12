#pragma once
// Undoable coding edits: each command performs one ReviewService operation and knows
// its inverse. They live on the window's QUndoStack; a callback lets every view follow.

#include "review/reviewservice.h"

#include <QUndoCommand>
#include <functional>

namespace caselens::gui {

using ChangeCallback = std::function<void(qint64 documentId)>;
using ErrorCallback = std::function<void(const QString &message)>;

class AddCodingCommand : public QUndoCommand {
public:
    AddCodingCommand(const review::ReviewService &service, qint64 documentId, qint64 start, qint64 end, QString code, qint64 passageId,
                     ChangeCallback changed, ErrorCallback error);
    void redo() override;
    void undo() override;
    qint64 codingId() const { return m_id; }

private:
    // A copy: the coder who acted when the command was made, whatever the window's coder
    // is when it is undone (the window's own service is replaced on a change of name).
    review::ReviewService m_service;
    qint64 m_document, m_start, m_end, m_passage;
    QString m_code;
    qint64 m_id = 0;
    ChangeCallback m_changed;
    ErrorCallback m_error;
};

class DecisionCommand : public QUndoCommand {
public:
    enum class Decision { Accept, Reject };
    DecisionCommand(const review::ReviewService &service, qint64 codingId, qint64 documentId, Decision decision, ChangeCallback changed,
                    ErrorCallback error);
    void redo() override;
    void undo() override;

private:
    // A copy: the coder who acted when the command was made, whatever the window's coder
    // is when it is undone (the window's own service is replaced on a change of name).
    review::ReviewService m_service;
    qint64 m_id, m_document;
    Decision m_decision;
    ChangeCallback m_changed;
    ErrorCallback m_error;
};

} // namespace caselens::gui
