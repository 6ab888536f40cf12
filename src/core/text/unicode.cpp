#include "text/unicode.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace caselens::text {

bool isHan(char32_t cp)
{
    if (cp < 0x2E80)
        return false;
    if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF))
        return true; // the common blocks, without asking ICU
    UErrorCode err = U_ZERO_ERROR;
    return uscript_getScript(UChar32(cp), &err) == USCRIPT_HAN;
}

bool isCjk(char32_t cp)
{
    if (cp < 0x2E80)
        return false;
    // Fast answers for the blocks nearly all text uses; ICU decides the rest.
    if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x3041 && cp <= 0x30FA)
        || (cp >= 0xAC00 && cp <= 0xD7A3))
        return true;
    if ((cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF))
        return false; // CJK punctuation and full-width forms are not letters
    UErrorCode err = U_ZERO_ERROR;
    const UScriptCode sc = uscript_getScript(UChar32(cp), &err);
    return sc == USCRIPT_HAN || sc == USCRIPT_HIRAGANA || sc == USCRIPT_KATAKANA || sc == USCRIPT_HANGUL;
}

qsizetype codePointLength(const QString &s)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

CodePointMap::CodePointMap(const QString &s)
{
    for (const QChar c : s) {
        if (c.isSurrogate()) {
            m_identity = false;
            break;
        }
    }
    if (m_identity) {
        m_cpCount = s.size();
        return;
    }
    m_utf16OfCp.reserve(size_t(s.size()) + 1);
    for (qsizetype i = 0; i < s.size(); ++i) {
        m_utf16OfCp.push_back(i);
        if (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
            ++i;
    }
    m_cpCount = qsizetype(m_utf16OfCp.size());
    m_utf16OfCp.push_back(s.size());
}

qsizetype CodePointMap::toCodePoint(qsizetype utf16) const
{
    if (m_identity)
        return utf16;
    auto it = std::lower_bound(m_utf16OfCp.begin(), m_utf16OfCp.end(), utf16);
    return qsizetype(it - m_utf16OfCp.begin());
}

qsizetype CodePointMap::toUtf16(qsizetype codePoint) const
{
    if (m_identity)
        return codePoint;
    if (codePoint < 0)
        return 0;
    if (codePoint >= qsizetype(m_utf16OfCp.size()))
        return m_utf16OfCp.back();
    return m_utf16OfCp[size_t(codePoint)];
}

QString midCodePoints(const QString &s, qsizetype start, qsizetype end)
{
    const CodePointMap map(s);
    const qsizetype a = map.toUtf16(start);
    const qsizetype b = map.toUtf16(end);
    return s.mid(a, b - a);
}

bool isControlCharacter(char32_t cp)
{
    return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7F && cp <= 0x9F);
}

QString replaceControls(const QString &s)
{
    QString out = s;
    for (QChar &c : out)
        if (isControlCharacter(c.unicode()))
            c = QChar(QChar::ReplacementCharacter);
    return out;
}

QString printable(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else if (c == QLatin1Char('\r'))
            out += QLatin1String("\\r");
        else if (c == QLatin1Char('\t'))
            out += QLatin1String("\\t");
        else if (isControlCharacter(c.unicode()))
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

} // namespace caselens::text
