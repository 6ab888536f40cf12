#include "import/encoding.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

namespace caselens::import {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::import::Encoding)
};

struct Utf8Scan {
    qsizetype validMultiByte = 0;
    qsizetype invalid = 0;
    qsizetype firstBad = -1;
};

Utf8Scan scanUtf8(const QByteArray &b)
{
    Utf8Scan s;
    const auto *p = reinterpret_cast<const unsigned char *>(b.constData());
    const qsizetype n = b.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned int cp = 0;
        if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
        else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
        else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
        bool ok = len > 0 && i + len <= n;
        for (int k = 1; ok && k < len; ++k) {
            ok = (p[i + k] & 0xC0) == 0x80;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (ok) {
            // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
            ok = !((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF));
        }
        if (ok) {
            ++s.validMultiByte;
            i += len;
        } else {
            if (s.firstBad < 0)
                s.firstBad = i;
            ++s.invalid;
            ++i;
        }
    }
    return s;
}

bool looksBinary(const QByteArray &b)
{
    qsizetype control = 0;
    for (const char ch : b) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != 0x0C && c != 0x1B)
            ++control;
    }
    return control * 200 > b.size(); // more than 0.5 % control bytes
}

// Decodes with ICU, failing on any byte sequence the codec cannot map.
std::optional<QString> decodeStrict(const QByteArray &bytes, const char *codec)
{
    UErrorCode err = U_ZERO_ERROR;
    UConverter *conv = ucnv_open(codec, &err);
    if (U_FAILURE(err))
        return std::nullopt;
    ucnv_setToUCallBack(conv, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);
    QString out;
    out.resize(bytes.size() * 2 + 16);
    const int32_t n = ucnv_toUChars(conv, reinterpret_cast<UChar *>(out.data()), int32_t(out.size()), bytes.constData(),
                                    int32_t(bytes.size()), &err);
    ucnv_close(conv);
    if (U_FAILURE(err))
        return std::nullopt;
    out.truncate(n);
    return out;
}

} // namespace

bool isValidUtf8(const QByteArray &bytes, qsizetype *firstBad)
{
    const Utf8Scan s = scanUtf8(bytes);
    if (firstBad)
        *firstBad = s.firstBad;
    return s.invalid == 0;
}

Result<DecodedText> decodeText(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return makeError(Tr::tr("the file is empty"), ErrorKind::InvalidInput);
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        const QByteArray body = bytes.mid(3);
        qsizetype bad = -1;
        if (!isValidUtf8(body, &bad))
            return makeError(Tr::tr("the file says it is UTF-8 but has invalid bytes at offset %1").arg(bad + 3), ErrorKind::InvalidInput);
        return DecodedText{QString::fromUtf8(body), QStringLiteral("UTF-8")};
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool le = bytes.startsWith("\xFF\xFE");
        if ((bytes.size() - 2) % 2 != 0)
            return makeError(Tr::tr("the file is UTF-16 but cut off in the middle of a character"), ErrorKind::InvalidInput);
        auto text = decodeStrict(bytes.mid(2), le ? "UTF-16LE" : "UTF-16BE");
        if (!text)
            return makeError(Tr::tr("the file is UTF-16 but holds invalid characters"), ErrorKind::InvalidInput);
        return DecodedText{*text, le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE")};
    }
    if (looksBinary(bytes))
        return makeError(Tr::tr("this is a binary file, not text"), ErrorKind::InvalidInput);

    const Utf8Scan scan = scanUtf8(bytes);
    if (scan.invalid == 0)
        return DecodedText{QString::fromUtf8(bytes), QStringLiteral("UTF-8")};
    // Mostly valid multi-byte UTF-8 with a few bad bytes is damaged UTF-8, not another
    // encoding: decoding it as GB18030 would turn it into plausible nonsense.
    if (scan.validMultiByte >= 8 && scan.validMultiByte >= 4 * scan.invalid)
        return makeError(Tr::tr("the file is UTF-8 with invalid bytes (the first at offset %1)").arg(scan.firstBad),
                         ErrorKind::InvalidInput);

    UErrorCode err = U_ZERO_ERROR;
    UCharsetDetector *det = ucsdet_open(&err);
    ucsdet_setText(det, bytes.constData(), int32_t(qMin<qsizetype>(bytes.size(), 1 << 20)), &err);
    int32_t found = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(det, &found, &err);
    QString chosen;
    std::optional<QString> text;
    for (int32_t i = 0; U_SUCCESS(err) && i < found && !text; ++i) {
        UErrorCode e2 = U_ZERO_ERROR;
        const char *name = ucsdet_getName(matches[i], &e2);
        const QString n = QString::fromLatin1(name);
        if (n != QLatin1String("GB18030") && n != QLatin1String("Big5"))
            continue;
        text = decodeStrict(bytes, name);
        if (text)
            chosen = n;
    }
    ucsdet_close(det);
    if (!text) {
        // The detector needs enough text; Chinese files too short for it are most often GB18030.
        text = decodeStrict(bytes, "GB18030");
        if (text)
            chosen = QStringLiteral("GB18030");
    }
    if (!text)
        return makeError(Tr::tr("the text is not UTF-8, UTF-16, GB18030 or Big5 (first unreadable byte at offset %1)").arg(scan.firstBad),
                         ErrorKind::InvalidInput);
    return DecodedText{*text, chosen};
}

} // namespace caselens::import
