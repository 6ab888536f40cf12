#include "commands/editcommands.h"

#include "store/codestore.h"

#include <QCoreApplication>

namespace caselens::gui {

EditMemoCommand::EditMemoCommand(store::Project &project, store::MemoTarget target, qint64 targetId, QString author, QString before,
                                 QString after, std::function<void()> changed, ErrorCallback error)
    : m_project(project), m_target(target), m_targetId(targetId), m_author(std::move(author)), m_before(std::move(before)),
      m_after(std::move(after)), m_changed(std::move(changed)), m_error(std::move(error))
{
    setText(QCoreApplication::translate("caselens::gui::EditMemoCommand", "Edit memo"));
}

void EditMemoCommand::write(const QString &text)
{
    auto r = store::MemoStore(m_project).write(m_target, m_targetId, m_author, text);
    if (!r) {
        setObsolete(true);
        m_error(r.error().message);
    }
    m_changed();
}

void EditMemoCommand::redo() { write(m_after); }
void EditMemoCommand::undo() { write(m_before); }

EditCodeCommand::EditCodeCommand(store::Project &project, codebook::Code before, codebook::Code after, QString actor,
                                 std::function<void()> changed, ErrorCallback error)
    : m_project(project), m_before(std::move(before)), m_after(std::move(after)), m_actor(std::move(actor)), m_changed(std::move(changed)),
      m_error(std::move(error))
{
    setText(QCoreApplication::translate("caselens::gui::EditCodeCommand", "Edit code %1").arg(m_before.key));
}

void EditCodeCommand::apply(const codebook::Code &code)
{
    if (Status s = store::CodeStore(m_project).updateCode(code.key, code, m_actor); !s) {
        setObsolete(true);
        m_error(s.error().message);
    }
    m_changed();
}

void EditCodeCommand::redo() { apply(m_after); }
void EditCodeCommand::undo() { apply(m_before); }

AddCodeCommand::AddCodeCommand(store::Project &project, codebook::Code code, QString memo, QString actor, std::function<void()> changed,
                               ErrorCallback error)
    : m_project(project), m_code(std::move(code)), m_memo(std::move(memo)), m_actor(std::move(actor)), m_changed(std::move(changed)),
      m_error(std::move(error))
{
    setText(QCoreApplication::translate("caselens::gui::AddCodeCommand", "Add code %1").arg(m_code.key));
}

void AddCodeCommand::redo()
{
    auto id = store::CodeStore(m_project).addCode(m_code, m_actor);
    if (!id) {
        setObsolete(true);
        m_error(id.error().message);
        m_changed();
        return;
    }
    m_id = *id; // a new id each time: a memo follows the code, not a number
    if (!m_memo.isEmpty())
        if (auto memo = store::MemoStore(m_project).write(store::MemoTarget::Code, m_id, m_actor, m_memo); !memo)
            m_error(memo.error().message);
    m_changed();
}

void AddCodeCommand::undo()
{
    if (m_id && !m_memo.isEmpty())
        (void)store::MemoStore(m_project).write(store::MemoTarget::Code, m_id, m_actor, QString());
    if (auto deleted = store::CodeStore(m_project).deleteCode(m_code.key, store::CodeStore::CodingsFate::Refuse, QString(), m_actor); !deleted)
        m_error(deleted.error().message);
    m_changed();
}

} // namespace caselens::gui
