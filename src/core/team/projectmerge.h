#pragma once
// ProjectMerge: brings a colleague's copy of a project into this one — documents matched
// by GUID or content, codes by GUID then key, coders by name; codings, decisions, memos,
// samples and the audit log of each coder brought over. The same thing twice stays once,
// so merging again changes nothing. Where the two copies disagree, a rule decides and the
// report says what was kept and what was not; nothing is dropped without a word.

#include "store/project.h"

#include <QStringList>

namespace caselens::team {

struct MergeReport {
    QString from;
    int documents = 0, codes = 0, coders = 0, codings = 0, decisions = 0, memos = 0, samples = 0, auditEntries = 0;
    int alreadyHere = 0; // things both copies had
    QStringList conflicts; // one sentence each: what differed, what was kept
    bool changedNothing() const
    {
        return documents + codes + coders + codings + decisions + memos + samples + auditEntries == 0 && conflicts.isEmpty();
    }
};

// The rules, in order of precedence:
//  - a document field a person set wins over one still inferred; two different values
//    set by people keep this project's, and the other is reported;
//  - a code renamed or redefined differently keeps this project's definition;
//  - a suggestion decided in one copy and open in the other takes the decision; decided
//    differently in both, the later decision stands;
//  - a memo with one GUID and two texts keeps the one written later;
//  - a sample with one name and two memberships keeps this project's.
// Everything runs in one transaction; with `dryRun` it is rolled back and only reported.
Result<MergeReport> mergeProject(store::Project &into, const QString &fromPath, bool dryRun = false);

} // namespace caselens::team
