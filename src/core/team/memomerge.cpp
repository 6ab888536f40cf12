#include "team/memomerge.h"

#include <QCoreApplication>

namespace caselens::team {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::team::ProjectMerge)
};

} // namespace

Status MemoMerge::apply(const store::Memo &m, qint64 targetHere)
{
    store::MemoStore here(m_into);
    auto mine = here.byGuid(m.guid);
    if (!mine)
        return mine.error();
    if (*mine) {
        if ((*mine)->text == m.text) {
            ++m_report.alreadyHere;
        } else if (m.updatedAt > (*mine)->updatedAt) {
            m_report.conflicts.append(Tr::tr("%1's memo \"%2…\" was changed in both copies; the later text is kept.").arg(m.author, m.text.left(20)));
            if (auto w = here.write((*mine)->target, (*mine)->targetId, m.author, m.text); !w)
                return w.error();
            ++m_report.memos;
        }
        return {};
    }
    const store::MemoTarget kind = (m.target != store::MemoTarget::Project && !targetHere) ? store::MemoTarget::Project : m.target;
    if (kind != m.target)
        m_report.conflicts.append(Tr::tr("%1's memo \"%2…\" is about something this project does not have; it is kept on the project.")
                                      .arg(m.author, m.text.left(20)));
    if (auto added = here.add(kind, targetHere, m.author, m.text, m.guid, m.createdAt); !added)
        return added.error();
    ++m_report.memos;
    return {};
}

} // namespace caselens::team
