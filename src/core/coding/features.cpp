#include "coding/features.h"

#include "text/unicode.h"

#include <QList>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>

namespace caselens::coding {

namespace {
void appendUtf8(std::string &s, char32_t c)
{
    if (c < 0x80) {
        s += char(c);
    } else if (c < 0x800) {
        s += char(0xC0 | (c >> 6));
        s += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        s += char(0xE0 | (c >> 12));
        s += char(0x80 | ((c >> 6) & 0x3F));
        s += char(0x80 | (c & 0x3F));
    } else {
        s += char(0xF0 | (c >> 18));
        s += char(0x80 | ((c >> 12) & 0x3F));
        s += char(0x80 | ((c >> 6) & 0x3F));
        s += char(0x80 | (c & 0x3F));
    }
}
} // namespace

struct FeatureExtractor::Impl {
    UBreakIterator *words = nullptr;
    ~Impl()
    {
        if (words)
            ubrk_close(words);
    }
};

FeatureExtractor::FeatureExtractor() : d(std::make_unique<Impl>())
{
    UErrorCode err = U_ZERO_ERROR;
    d->words = ubrk_open(UBRK_WORD, "zh", nullptr, 0, &err);
    if (U_FAILURE(err))
        d->words = nullptr;
}

FeatureExtractor::~FeatureExtractor() = default;

std::string FeatureExtractor::tokens(const QString &text)
{
    std::string out;
    out.reserve(size_t(text.size()) * 6);
    QString latin;
    auto flushLatin = [&] {
        if (!latin.isEmpty()) {
            out += latin.toCaseFolded().toStdString();
            out += ' ';
            latin.clear();
        }
    };
    bool lastDigit = false;
    for (const char32_t c : text.toUcs4()) {
        if (text::isCjk(c)) {
            flushLatin();
            lastDigit = false;
            appendUtf8(out, c);
            out += ' ';
        } else if (u_isdigit(UChar32(c))) {
            flushLatin();
            if (!lastDigit)
                out += "0 "; // numbers carry no meaning for the codes
            lastDigit = true;
        } else if (u_isalpha(UChar32(c))) {
            lastDigit = false;
            latin.append(QString::fromUcs4(&c, 1));
        } else {
            flushLatin();
            lastDigit = false;
        }
    }
    flushLatin();
    if (d->words) {
        UErrorCode err = U_ZERO_ERROR;
        ubrk_setText(d->words, reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()), &err);
        if (U_SUCCESS(err)) {
            int32_t start = ubrk_first(d->words);
            for (int32_t end = ubrk_next(d->words); end != UBRK_DONE; start = end, end = ubrk_next(d->words)) {
                if (end - start < 2 || ubrk_getRuleStatus(d->words) < UBRK_WORD_IDEO)
                    continue;
                out += "w:";
                out += text.mid(start, end - start).toStdString();
                out += ' ';
            }
        }
    }
    if (!out.empty())
        out.pop_back();
    return out;
}

} // namespace caselens::coding
