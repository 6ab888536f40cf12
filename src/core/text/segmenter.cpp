#include "text/segmenter.h"

#include "text/unicode.h"

#include <QRegularExpression>
#include <unicode/ubrk.h>

namespace caselens::text {

QString passageKindName(PassageKind kind)
{
    switch (kind) {
    case PassageKind::Heading: return QStringLiteral("heading");
    case PassageKind::Paragraph: return QStringLiteral("paragraph");
    case PassageKind::Sentence: return QStringLiteral("sentence");
    }
    return {};
}

PassageKind passageKindFromName(const QString &name)
{
    if (name == QLatin1String("heading"))
        return PassageKind::Heading;
    if (name == QLatin1String("sentence"))
        return PassageKind::Sentence;
    return PassageKind::Paragraph;
}

namespace {

const QRegularExpression &sectionNumber()
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:[一二三四五六七八九十百]+[、．.]"
        "|[（(][一二三四五六七八九十百]+[）)]"
        "|\\d{1,2}(?:[.．、](?!\\d)|\\s)"
        "|\\d{1,2}\\.\\d{1,2}(?:\\.\\d{1,2})?\\s*(?!\\d)"
        "|[（(]\\d{1,2}[）)]"
        "|[①-⑳]"
        "|第[一二三四五六七八九十百\\d]+[章节部分篇])"));
    return re;
}

constexpr qsizetype kShortHeading = 40;  // code points: a numbered line this short is a heading
constexpr qsizetype kLeadHeading = 36;   // a numbered lead phrase ending in 。or ：within this is a heading
constexpr qsizetype kBareHeading = 16;   // an unnumbered line this short without sentence marks
constexpr qsizetype kTitleHeading = 60;  // a first line this short without a full stop is the title

bool hasSentenceMark(const QString &s)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u == u'。' || u == u'，' || u == u'；' || u == u'！' || u == u'？' || u == u',' || u == u';')
            return true;
    }
    return false;
}

} // namespace

bool startsWithSectionNumber(const QString &line)
{
    return sectionNumber().match(line).hasMatch();
}

struct Segmenter::Impl {
    UBreakIterator *sentences = nullptr;
    ~Impl()
    {
        if (sentences)
            ubrk_close(sentences);
    }
};

Segmenter::Segmenter() : d(std::make_unique<Impl>())
{
    UErrorCode err = U_ZERO_ERROR;
    d->sentences = ubrk_open(UBRK_SENTENCE, "zh_CN", nullptr, 0, &err);
    if (U_FAILURE(err))
        d->sentences = nullptr;
}

Segmenter::~Segmenter() = default;

Segmentation Segmenter::segment(const QList<SourceParagraph> &paragraphs)
{
    Segmentation out;
    qsizetype total = 0;
    for (const auto &p : paragraphs)
        total += p.text.size() + 1;
    out.text.reserve(total);

    qsizetype cpOffset = 0; // code points of out.text so far
    auto addSentences = [&](const QString &para, qsizetype paraStartCp, int parentIndex) {
        if (!d->sentences)
            return;
        UErrorCode err = U_ZERO_ERROR;
        ubrk_setText(d->sentences, reinterpret_cast<const UChar *>(para.utf16()), int32_t(para.size()), &err);
        if (U_FAILURE(err))
            return;
        const CodePointMap map(para);
        int32_t start = ubrk_first(d->sentences);
        for (int32_t end = ubrk_next(d->sentences); end != UBRK_DONE; start = end, end = ubrk_next(d->sentences)) {
            // Trailing spaces belong to no sentence.
            int32_t e = end;
            while (e > start && para.at(e - 1).isSpace())
                --e;
            if (e <= start)
                continue;
            out.passages.append({PassageKind::Sentence, paraStartCp + map.toCodePoint(start),
                                 paraStartCp + map.toCodePoint(e), parentIndex});
        }
    };
    auto addPiece = [&](const QString &piece, qsizetype startCp, bool heading) {
        const qsizetype len = codePointLength(piece);
        if (len == 0)
            return;
        if (heading) {
            out.passages.append({PassageKind::Heading, startCp, startCp + len, -1});
        } else {
            const int index = int(out.passages.size());
            out.passages.append({PassageKind::Paragraph, startCp, startCp + len, -1});
            addSentences(piece, startCp, index);
        }
    };

    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const QString &para = paragraphs.at(i).text;
        if (para.isEmpty())
            continue;
        if (!out.text.isEmpty()) {
            out.text.append(QLatin1Char('\n'));
            ++cpOffset;
        }
        out.text.append(para);
        const qsizetype paraLen = codePointLength(para);
        const bool numbered = startsWithSectionNumber(para);
        const bool title = i == 0 && paraLen <= kTitleHeading && !para.contains(QChar(u'。'));

        if (paragraphs.at(i).clutter) {
            // no passage: the line stays readable in the text
        } else if (title || paragraphs.at(i).heading) {
            addPiece(para, cpOffset, true);
        } else if (numbered && paraLen <= kShortHeading && !para.endsWith(QChar(u'。'))) {
            addPiece(para, cpOffset, true);
        } else if (numbered) {
            // "1.构建智慧课堂。学校依托……": a lead phrase is the heading, the rest a paragraph.
            qsizetype cut = -1;
            for (qsizetype k = 0; k < para.size() && k < kLeadHeading; ++k) {
                const char16_t u = para.at(k).unicode();
                if (u == u'。' || u == u'：' || u == u':') {
                    cut = k + 1;
                    break;
                }
            }
            if (cut > 0 && cut < para.size()) {
                const QString head = para.left(cut);
                const QString rest = para.mid(cut);
                addPiece(head, cpOffset, true);
                addPiece(rest, cpOffset + codePointLength(head), false);
            } else {
                addPiece(para, cpOffset, false);
            }
        } else if (paraLen <= kBareHeading && !hasSentenceMark(para)) {
            addPiece(para, cpOffset, true);
        } else {
            addPiece(para, cpOffset, false);
        }
        cpOffset += paraLen;
    }
    return out;
}

} // namespace caselens::text
