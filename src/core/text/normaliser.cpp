#include "text/normaliser.h"

#include "text/unicode.h"

#include <QRegularExpression>

namespace caselens::text {

namespace {

bool isSpaceLike(char32_t c)
{
    return c == ' ' || c == '\t' || c == 0x3000 || c == 0x00A0 || c == 0x2002 || c == 0x2003
        || c == 0x2009 || c == 0x202F || c == 0x205F || c == 0x000B || c == 0x000C;
}

bool isInvisible(char32_t c)
{
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF || c == 0x00AD;
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
        c = halfWidth(c);
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

} // namespace caselens::text
