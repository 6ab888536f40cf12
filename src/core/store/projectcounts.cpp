#include "store/projectcounts.h"

namespace caselens::store {

Result<ProjectCounts> countProject(Project &project)
{
    auto st = project.db().prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM passages), (SELECT count(*) FROM codes WHERE is_codable = 1), "
        "(SELECT count(*) FROM codings), (SELECT count(*) FROM codings WHERE status = 'accepted'), "
        "(SELECT count(*) FROM codings WHERE status = 'suggested'), (SELECT count(*) FROM coders)"));
    if (!st)
        return st.error();
    if (!st->next())
        return st->lastError() ? *st->lastError() : makeError(QStringLiteral("The project's counts could not be read."));
    return ProjectCounts{st->int64(0), st->int64(1), st->int64(2), st->int64(3), st->int64(4), st->int64(5), st->int64(6)};
}

} // namespace caselens::store
