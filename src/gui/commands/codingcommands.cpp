#include "commands/codingcommands.h"

#include <QCoreApplication>

namespace caselens::gui {

AddCodingCommand::AddCodingCommand(const review::ReviewService &service, qint64 documentId, qint64 start, qint64 end, QString code,
                                   qint64 passageId, ChangeCallback changed, ErrorCallback error)
    : m_service(service), m_document(documentId), m_start(start), m_end(end), m_passage(passageId), m_code(std::move(code)),
      m_changed(std::move(changed)), m_error(std::move(error))
{
    setText(QCoreApplication::translate("caselens::gui::AddCodingCommand", "Code %1").arg(m_code));
}

void AddCodingCommand::redo()
{
    auto id = m_service.addHumanCoding(m_document, m_start, m_end, m_code, m_passage);
    if (!id) {
        setObsolete(true);
        m_error(id.error().message);
        return;
    }
    m_id = *id;
    m_changed(m_document);
}

void AddCodingCommand::undo()
{
    if (Status s = m_service.deleteCoding(m_id); !s)
        m_error(s.error().message);
    m_changed(m_document);
}

DecisionCommand::DecisionCommand(const review::ReviewService &service, qint64 codingId, qint64 documentId, Decision decision,
                                 ChangeCallback changed, ErrorCallback error)
    : m_service(service), m_id(codingId), m_document(documentId), m_decision(decision), m_changed(std::move(changed)),
      m_error(std::move(error))
{
    setText(decision == Decision::Accept ? QCoreApplication::translate("caselens::gui::DecisionCommand", "Accept suggestion")
                                         : QCoreApplication::translate("caselens::gui::DecisionCommand", "Reject suggestion"));
}

void DecisionCommand::redo()
{
    const Status s = m_decision == Decision::Accept ? m_service.accept(m_id) : m_service.reject(m_id);
    if (!s) {
        setObsolete(true);
        m_error(s.error().message);
        return;
    }
    m_changed(m_document);
}

void DecisionCommand::undo()
{
    if (Status s = m_service.reopen(m_id); !s)
        m_error(s.error().message);
    m_changed(m_document);
}

} // namespace caselens::gui
