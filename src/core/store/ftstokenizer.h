#pragma once
// The 'caselens' FTS5 tokenizer. Chinese has no spaces, and SQLite's trigram tokenizer
// cannot find two-character words (教师, 课堂), so Han text is indexed as every
// character plus every overlapping pair at the same position; a query of two or more
// Han characters becomes a phrase of pairs, a one-character query a single character.
// Latin words and numbers are single tokens, case-folded with ICU.

struct sqlite3;

namespace caselens::store {

// Registers the tokenizer on a connection; returns false if FTS5 is unavailable.
bool registerCaseLensTokenizer(sqlite3 *db);

} // namespace caselens::store
