#include "text/normaliser.h"

#include "text/unicode.h"

#include <QRegularExpression>
#include <unicode/unorm2.h>
#include <unicode/utf16.h>

namespace caselens::text {

namespace {

bool isSpaceLike(char32_t c)
{
    return c == ' ' || c == '\t' || c == 0x3000 || c == 0x00A0 || c == 0x2002 || c == 0x2003
        || c == 0x2009 || c == 0x202F || c == 0x205F || c == 0x000B || c == 0x000C;
}

bool isInvisible(char32_t c)
{
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF || c == 0x00AD || (isControlCharacter(c) && c != 0x0B && c != 0x0C);
}

// Kangxi radicals, CJK radical supplements and compatibility ideographs stand for
// ordinary characters (PDF fonts often map glyphs to them: ⼀ for 一, ⾏ for 行).
char32_t unifiedIdeograph(char32_t c)
{
    if (!((c >= 0x2E80 && c <= 0x2FDF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F)))
        return c;
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&err);
    if (U_FAILURE(err))
        return c;
    UChar in[2], out[8];
    int32_t inLen = 0;
    U16_APPEND_UNSAFE(in, inLen, UChar32(c));
    const int32_t n = unorm2_normalize(nfkc, in, inLen, out, 8, &err);
    if (U_FAILURE(err) || n <= 0)
        return c;
    UChar32 mapped;
    int32_t i = 0;
    U16_NEXT(out, i, n, mapped);
    return i == n ? char32_t(mapped) : c;
}

char32_t halfWidth(char32_t c)
{
    // Full-width digits and Latin letters only: full-width punctuation such as ，（）：
    // is how Chinese is written and stays.
    if ((c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A))
        return c - 0xFEE0;
    return c;
}

bool isWide(char32_t c)
{
    return isCjk(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) || c == 0x201C
        || c == 0x201D || c == 0x2014 || c == 0x2026;
}

} // namespace

QString normaliseParagraph(const QString &paragraph)
{
    QString out;
    out.reserve(paragraph.size());
    bool pendingSpace = false;
    char32_t lastCp = 0;
    const auto ucs4 = paragraph.toUcs4();
    for (char32_t c : ucs4) {
        if (isInvisible(c))
            continue;
        if (c == '\n' || c == '\r' || isSpaceLike(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        c = unifiedIdeograph(halfWidth(c));
        if (pendingSpace) {
            // A space between two wide characters is a layout artefact, not a word break.
            if (!(isWide(lastCp) && isWide(c)))
                out.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        if (c > 0xFFFF) {
            out.append(QChar::highSurrogate(c));
            out.append(QChar::lowSurrogate(c));
        } else {
            out.append(QChar(char16_t(c)));
        }
        lastCp = c;
    }
    return out;
}

QStringList normaliseLines(const QString &raw)
{
    static const QRegularExpression lineBreak(QStringLiteral("\r\n|\r|\n|\u2028|\u2029"));
    QStringList out;
    for (const QString &line : raw.split(lineBreak)) {
        QString n = normaliseParagraph(line);
        if (!n.isEmpty())
            out.append(n);
    }
    return out;
}

QStringList splitHtmlRemnants(const QString &paragraph)
{
    if (!paragraph.contains(QLatin1Char('<')))
        return {paragraph};
    static const QRegularExpression block(QStringLiteral("<\\s*/?\\s*(?:p|br|div|li|tr|h[1-6])\\b[^>]{0,200}>"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression other(QStringLiteral("<\\s*/?\\s*[a-zA-Z][a-zA-Z0-9]{0,10}\\b[^<>]{0,200}>"));
    QStringList out;
    for (QString piece : paragraph.split(block)) {
        piece.remove(other);
        piece.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
        if (!piece.trimmed().isEmpty())
            out.append(piece);
    }
    return out;
}

} // namespace caselens::text
