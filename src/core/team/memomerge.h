#pragma once
// MemoMerge: brings memos from another copy of a project into this one — a colleague's file
// (ProjectMerge) or the team server (a working copy receiving). A memo is the same one here
// when it has the same GUID; written differently in both, the later text is kept. A memo
// about something this project lacks is kept on the project, and the report says so.

#include "store/memostore.h"
#include "team/projectmerge.h"

namespace caselens::team {

class MemoMerge {
public:
    MemoMerge(store::Project &into, MergeReport &report) : m_into(into), m_report(report) {}
    // `targetHere`: the id here of what the memo is about (0: not here, or the project).
    Status apply(const store::Memo &m, qint64 targetHere);

private:
    store::Project &m_into;
    MergeReport &m_report;
};

} // namespace caselens::team
