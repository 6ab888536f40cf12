#include "commands/codingcommands.h"

#include "document/projectdocument.h"

#include <QCoreApplication>

namespace caselens::gui {

AddCodingCommand::AddCodingCommand(ProjectDocument &document, qint64 documentId, qint64 start, qint64 end, QString code,
                                   QString codeName, qint64 passageId)
    : m_doc(document), m_service(document.service()), m_document(documentId), m_start(start), m_end(end), m_passage(passageId),
      m_code(std::move(code))
{
    setText(QCoreApplication::translate("caselens::gui::AddCodingCommand", "Code %1").arg(codeName.isEmpty() ? m_code : codeName));
}

void AddCodingCommand::redo()
{
    auto id = m_service.addHumanCoding(m_document, m_start, m_end, m_code, m_passage);
    if (!id) {
        setObsolete(true);
        m_doc.reportError(id.error().message);
        return;
    }
    m_id = *id;
    m_doc.announceCodings(m_document);
}

void AddCodingCommand::undo()
{
    if (Status s = m_service.deleteCoding(m_id); !s)
        m_doc.reportError(s.error().message);
    m_doc.announceCodings(m_document);
}

DecisionCommand::DecisionCommand(ProjectDocument &document, qint64 codingId, qint64 documentId, Decision decision, QString newCode)
    : m_doc(document), m_service(document.service()), m_id(codingId), m_document(documentId), m_decision(decision), m_newCode(std::move(newCode))
{
    setText(decision == Decision::Accept   ? QCoreApplication::translate("caselens::gui::DecisionCommand", "Accept suggestion")
            : decision == Decision::Reject ? QCoreApplication::translate("caselens::gui::DecisionCommand", "Reject suggestion")
                                           : QCoreApplication::translate("caselens::gui::DecisionCommand", "Change suggestion"));
}

void DecisionCommand::redo()
{
    Status s;
    switch (m_decision) {
    case Decision::Accept: s = m_service.accept(m_id); break;
    case Decision::Reject: s = m_service.reject(m_id); break;
    case Decision::Change:
        if (auto changed = m_service.change(m_id, m_newCode); !changed)
            s = changed.error();
        break;
    }
    if (!s) {
        setObsolete(true);
        m_doc.reportError(s.error().message);
        return;
    }
    m_doc.announceCodings(m_document);
}

void DecisionCommand::undo()
{
    if (Status s = m_service.reopen(m_id); !s)
        m_doc.reportError(s.error().message);
    m_doc.announceCodings(m_document);
}

} // namespace caselens::gui
