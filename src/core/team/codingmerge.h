#pragma once
// CodingMerge: brings codings from another copy of a project into this one — a colleague's
// file (ProjectMerge) or the team server (a working copy receiving). A coding is the same
// one here when it has the same GUID, or the same span, code and coder; then only a
// decision made there and not here is brought over (decided differently in both: the later
// decision stands, and the report says so). Otherwise the coding is added as it was.

#include "store/codingstore.h"
#include "team/projectmerge.h"

#include <QHash>
#include <optional>

namespace caselens::team {

class CodingMerge {
public:
    CodingMerge(store::Project &into, MergeReport &report);

    // Reads every coding's GUID and status here at once: a merge of a whole project then
    // asks the project only about codings that are new or decided differently.
    Status prefetch();
    // Brings `c` into the case `document` here, on the passage `passage` here (0: none),
    // with the code whose key here is `codeKey`. Returns the coding's id here.
    Result<qint64> apply(const store::CodingRecord &c, qint64 document, qint64 passage, const QString &codeKey);
    // Links each added coding that replaced a suggestion to that suggestion here (once all
    // are in: a replacement can arrive before the suggestion it replaced).
    Status finish();

private:
    store::Project &m_into;
    MergeReport &m_report;
    QHash<QString, qint64> m_codeIds; // code key → id here
    std::optional<QHash<QString, std::pair<qint64, QString>>> m_known; // GUID → id and status here, after prefetch()
    QList<std::pair<qint64, QString>> m_replaces; // coding here → GUID of the suggestion it replaced
};

} // namespace caselens::team
