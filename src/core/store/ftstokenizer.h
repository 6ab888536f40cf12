#pragma once
// The 'caselens' FTS5 tokenizer. Chinese has no spaces, and SQLite's trigram tokenizer
// cannot find two-character words (教师, 课堂), so a run of Han characters is indexed as
// every overlapping pair plus the run's last character on its own: each character starts
// exactly one token. Latin words and numbers are single tokens, case-folded with ICU.

#include <QStringList>

struct sqlite3;

namespace caselens::store {

// Registers the tokenizer on a connection; returns false if FTS5 is unavailable.
bool registerCaseLensTokenizer(sqlite3 *db);

// The tokens a query term becomes, cut by the same code as the index: the pairs of a Han
// run of two or more, a lone Han character alone (it starts pairs in the index, so it is
// looked for as a prefix), and case-folded words.
QStringList queryTokens(const QString &term);

// The tokens a team server keeps for a passage (an array with a GIN index): the index's
// own, and every Han character alone besides, so that a one-character query, a prefix
// search in FTS5, is an exact element there.
QStringList serverTokens(const QString &passage);

} // namespace caselens::store
