#pragma once
// Normalises extracted text for analysis: full-width ASCII letters and digits become
// half-width, whitespace is unified, Chinese punctuation is kept as it is.

#include <QString>
#include <QStringList>

namespace caselens::text {

// One paragraph: no line breaks in the result, runs of spaces folded to one, spaces
// between two CJK characters dropped (PDF extraction inserts them), ends trimmed.
QString normaliseParagraph(const QString &paragraph);

// Splits a paragraph at HTML block remnants (<p>, </p>, <br>, <div>, <li>) and drops any
// other tag; text without a tag comes back whole.
QStringList splitHtmlRemnants(const QString &paragraph);

// Splits raw text into lines (any line-break convention) and normalises each,
// dropping lines that become empty.
QStringList normaliseLines(const QString &raw);

} // namespace caselens::text
