#pragma once
// Full-text search on a team server, answering as a project file's SearchIndex does: the
// same query parsing and token cutting (store/ftstokenizer), each passage's tokens kept
// as an array with a GIN index instead of an FTS5 table.

#include "store/project.h"
#include "store/searchindex.h"
#include "store/server/pgconnection.h"

namespace caselens::store::server {

// Makes the server's token table from the project's headings and paragraphs (publish).
Result<qint64> indexPassagesOnServer(Project &project, PgConnection &pg);
// The documents and passages that hold every term of `query`, as SearchIndex::matches.
Result<SearchIndex::Matches> serverMatches(PgConnection &pg, const QString &query);

} // namespace caselens::store::server
