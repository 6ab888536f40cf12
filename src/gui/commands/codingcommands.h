#pragma once
// Undoable coding edits: each command performs one ReviewService operation and knows
// its inverse. They live on the project document's undo stack and announce through it
// what they changed, so every page follows.

#include "review/reviewservice.h"

#include <QUndoCommand>

namespace caselens::gui {

class ProjectDocument;

class AddCodingCommand : public QUndoCommand {
public:
    AddCodingCommand(ProjectDocument &document, qint64 documentId, qint64 start, qint64 end, QString code, QString codeName,
                     qint64 passageId);
    void redo() override;
    void undo() override;
    qint64 codingId() const { return m_id; }

private:
    ProjectDocument &m_doc;
    // The coder who acted when the command was made, whoever is coding when it is undone.
    review::ReviewService m_service;
    qint64 m_document, m_start, m_end, m_passage;
    QString m_code;
    qint64 m_id = 0;
};

class DecisionCommand : public QUndoCommand {
public:
    enum class Decision { Accept, Reject, Change };
    // Change: the suggestion is replaced by a coding of `newCode` (same passage, this coder).
    DecisionCommand(ProjectDocument &document, qint64 codingId, qint64 documentId, Decision decision, QString newCode = {});
    void redo() override;
    void undo() override;

private:
    ProjectDocument &m_doc;
    review::ReviewService m_service; // the deciding coder, as above
    qint64 m_id, m_document;
    Decision m_decision;
    QString m_newCode;
};

} // namespace caselens::gui
