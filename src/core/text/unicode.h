#pragma once
// Code-point positions over QString (UTF-16). Project positions are code points;
// Qt strings index UTF-16 units. These helpers are the one place that converts.

#include <QString>
#include <vector>

namespace caselens::text {

bool isHan(char32_t cp);
// Han and other scripts written without spaces between words (kana, hangul).
bool isCjk(char32_t cp);
qsizetype codePointLength(const QString &s);
// C0 and C1 control characters other than tab, line feed and carriage return (NUL, ESC,
// DEL…): never text, and raw on a terminal they are commands.
bool isControlCharacter(char32_t cp);
// Each control character replaced by U+FFFD: positions in the text stay as they were.
QString replaceControls(const QString &s);
// Each control character (tab and line breaks too) shown as a visible escape, for a
// name printed on one line of a report: "a\nb" → "a\\nb".
QString printable(const QString &s);

// Maps UTF-16 indices to code-point indices and back for one string. For strings
// without surrogate pairs (nearly all Chinese text) both are the identity.
class CodePointMap {
public:
    explicit CodePointMap(const QString &s);
    qsizetype toCodePoint(qsizetype utf16) const;
    qsizetype toUtf16(qsizetype codePoint) const;
    qsizetype codePointCount() const { return m_cpCount; }

private:
    bool m_identity = true;
    qsizetype m_cpCount = 0;
    std::vector<qsizetype> m_utf16OfCp; // only when not identity; size cpCount + 1
};

// The substring of `s` between code points [start, end).
QString midCodePoints(const QString &s, qsizetype start, qsizetype end);

} // namespace caselens::text
