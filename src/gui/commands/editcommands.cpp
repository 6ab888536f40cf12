#include "commands/editcommands.h"

#include "document/projectdocument.h"
#include "store/codestore.h"

#include "uilanguage.h"

#include <QCoreApplication>

namespace caselens::gui {

namespace {

// The name a person reads in the undo history; the key only for a code without one.
QString shownName(const codebook::Code &code)
{
    const QString name = code.name(uiLanguage());
    return name.isEmpty() ? code.key : name;
}

} // namespace

EditMemoCommand::EditMemoCommand(ProjectDocument &document, store::MemoTarget target, qint64 targetId, QString before, QString after)
    : m_doc(document), m_target(target), m_targetId(targetId), m_author(document.coderName()), m_before(std::move(before)),
      m_after(std::move(after))
{
    setText(QCoreApplication::translate("caselens::gui::EditMemoCommand", "Edit memo"));
}

void EditMemoCommand::write(const QString &text)
{
    auto r = store::MemoStore(m_doc.project()).write(m_target, m_targetId, m_author, text);
    if (!r) {
        setObsolete(true);
        m_doc.reportError(r.error().message);
    }
    m_doc.announceMemos();
}

void EditMemoCommand::redo() { write(m_after); }
void EditMemoCommand::undo() { write(m_before); }

EditCodeCommand::EditCodeCommand(ProjectDocument &document, codebook::Code before, codebook::Code after)
    : m_doc(document), m_before(std::move(before)), m_after(std::move(after)), m_actor(document.coderName())
{
    setText(QCoreApplication::translate("caselens::gui::EditCodeCommand", "Edit code %1").arg(shownName(m_before)));
}

void EditCodeCommand::apply(const codebook::Code &code)
{
    if (Status s = store::CodeStore(m_doc.project()).updateCode(code.key, code, m_actor); !s) {
        setObsolete(true);
        m_doc.reportError(s.error().message);
    }
    m_doc.announceCodebook();
}

void EditCodeCommand::redo() { apply(m_after); }
void EditCodeCommand::undo() { apply(m_before); }

AddCodeCommand::AddCodeCommand(ProjectDocument &document, codebook::Code code, QString memo)
    : m_doc(document), m_code(std::move(code)), m_memo(std::move(memo)), m_actor(document.coderName())
{
    setText(QCoreApplication::translate("caselens::gui::AddCodeCommand", "Add code %1").arg(shownName(m_code)));
}

void AddCodeCommand::redo()
{
    store::Project &project = m_doc.project();
    auto id = store::CodeStore(project).addCode(m_code, m_actor);
    if (!id) {
        setObsolete(true);
        m_doc.reportError(id.error().message);
        m_doc.announceCodebook();
        return;
    }
    m_id = *id; // a new id each time: a memo follows the code, not a number
    if (!m_memo.isEmpty())
        if (auto memo = store::MemoStore(project).write(store::MemoTarget::Code, m_id, m_actor, m_memo); !memo)
            m_doc.reportError(memo.error().message);
    m_doc.announceCodebook();
}

void AddCodeCommand::undo()
{
    store::Project &project = m_doc.project();
    if (m_id && !m_memo.isEmpty())
        (void)store::MemoStore(project).write(store::MemoTarget::Code, m_id, m_actor, QString());
    if (auto deleted = store::CodeStore(project).deleteCode(m_code.key, store::CodeStore::CodingsFate::Refuse, QString(), m_actor); !deleted)
        m_doc.reportError(deleted.error().message);
    m_doc.announceCodebook();
}

} // namespace caselens::gui
