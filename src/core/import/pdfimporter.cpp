#include "import/pdfimporter.h"

#include "text/segmenter.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <memory>
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

namespace caselens::import {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::import::PdfImporter)
};

const QRegularExpression &pageNumberLine()
{
    static const QRegularExpression re(QStringLiteral(
        "^\\s*(?:[-—–·•]\\s*)?(?:第\\s*)?\\d{1,4}(?:\\s*页)?(?:\\s*(?:/|of|共)\\s*\\d{1,4}\\s*页?)?(?:\\s*[-—–·•])?\\s*$"
        "|^\\s*(?:page|p\\.)\\s*\\d{1,4}(?:\\s*(?:/|of)\\s*\\d{1,4})?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

QString maskDigits(const QString &line)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    QString s = line.simplified();
    s.replace(digits, QStringLiteral("#"));
    return s;
}

// Characters that show: physical layout pads CJK glyphs with spaces.
qsizetype visibleLength(const QString &line)
{
    qsizetype n = 0;
    for (const QChar c : line)
        n += !c.isSpace();
    return n;
}

bool endsParagraph(const QString &line)
{
    const QString t = line.trimmed();
    if (t.isEmpty())
        return true;
    static const QString enders = QStringLiteral("。！？!?；;：:”」』）)…");
    return enders.contains(t.back());
}

} // namespace

QList<text::SourceParagraph> joinPdfPages(const QList<QStringList> &pages, QStringList *notes)
{
    // Header and footer candidates: the first and last two lines of a page. One that
    // repeats (numbers masked) on at least half the pages, and on two or more, goes.
    QHash<QString, int> edgeCounts;
    for (const QStringList &page : pages) {
        QSet<QString> seen;
        QStringList nonEmpty;
        for (const QString &l : page)
            if (!l.trimmed().isEmpty())
                nonEmpty.append(l);
        for (int i = 0; i < nonEmpty.size(); ++i) {
            if (i < 2 || i >= nonEmpty.size() - 2)
                seen.insert(maskDigits(nonEmpty.at(i)));
        }
        for (const QString &s : seen)
            ++edgeCounts[s];
    }
    const int threshold = qMax(2, int((pages.size() + 1) / 2));
    int droppedRepeats = 0, droppedNumbers = 0;

    QList<QString> lines;
    for (const QStringList &page : pages) {
        QStringList nonEmpty;
        for (const QString &l : page)
            if (!l.trimmed().isEmpty())
                nonEmpty.append(l);
        for (int i = 0; i < nonEmpty.size(); ++i) {
            const QString &l = nonEmpty.at(i);
            const bool edge = i < 2 || i >= nonEmpty.size() - 2;
            if (edge && pageNumberLine().match(l).hasMatch()) {
                ++droppedNumbers;
                continue;
            }
            if (edge && pages.size() >= 2 && edgeCounts.value(maskDigits(l)) >= threshold) {
                ++droppedRepeats;
                continue;
            }
            lines.append(l.trimmed());
        }
        lines.append(QString()); // a page break ends nothing by itself, but marks where one was
    }

    // Typical full line length: lines shorter than most are paragraph ends.
    QList<qsizetype> lengths;
    for (const QString &l : lines)
        if (!l.isEmpty())
            lengths.append(visibleLength(l));
    std::sort(lengths.begin(), lengths.end());
    const qsizetype typical = lengths.isEmpty() ? 0 : lengths.at(lengths.size() * 3 / 4);

    QList<text::SourceParagraph> out;
    QString current;
    int joins = 0;
    auto flush = [&] {
        if (!current.trimmed().isEmpty())
            out.append({current, false});
        current.clear();
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &l = lines.at(i);
        if (l.isEmpty())
            continue; // page break: the next line may continue the sentence
        if (!current.isEmpty() && text::startsWithSectionNumber(l))
            flush();
        if (!current.isEmpty()) {
            const QChar last = current.back();
            const QChar first = l.front();
            if (last.isLetterOrNumber() && last.unicode() < 0x2E80 && first.isLetterOrNumber() && first.unicode() < 0x2E80)
                current.append(QLatin1Char(' '));
            ++joins;
        }
        current.append(l);
        const qsizetype visible = visibleLength(l);
        // Hard-wrapped lines fill the measure; a line clearly shorter ends something.
        const bool shortLine = typical > 0 && double(visible) <= 0.9 * double(typical);
        if (endsParagraph(l) && shortLine)
            flush();
        else if (shortLine && !endsParagraph(l) && (text::startsWithSectionNumber(l) || visible <= 30))
            flush(); // a heading: short, unpunctuated
    }
    flush();
    if (notes) {
        if (droppedRepeats)
            notes->append(Tr::tr("dropped %1 repeated page header/footer lines").arg(droppedRepeats));
        if (droppedNumbers)
            notes->append(Tr::tr("dropped %1 page numbers").arg(droppedNumbers));
        if (joins)
            notes->append(Tr::tr("joined %1 hard-wrapped lines").arg(joins));
    }
    return out;
}

Result<ExtractedDocument> PdfImporter::extract(const QByteArray &bytes, const QString &sourceName, const ImportLimits &) const
{
    if (bytes.isEmpty())
        return makeError(Tr::tr("the file is empty"), ErrorKind::InvalidInput);
    if (!bytes.startsWith("%PDF"))
        return makeError(Tr::tr("this is not a PDF file"), ErrorKind::InvalidInput);
    // Poppler prints parse errors on stderr; the caller gets one sentence instead.
    static const bool quiet = [] {
        poppler::set_debug_error_function([](const std::string &, void *) {}, nullptr);
        return true;
    }();
    Q_UNUSED(quiet);
    std::vector<char> data(bytes.begin(), bytes.end());
    std::unique_ptr<poppler::document> pdf(poppler::document::load_from_data(&data));
    if (!pdf)
        return makeError(Tr::tr("this PDF is damaged or cannot be read"), ErrorKind::InvalidInput);
    if (pdf->is_locked())
        return makeError(Tr::tr("this PDF is protected by a password"), ErrorKind::InvalidInput);
    QList<QStringList> pages;
    static const QRegularExpression lineBreak(QStringLiteral("\r\n|\r|\n"));
    for (int i = 0; i < pdf->pages(); ++i) {
        std::unique_ptr<poppler::page> page(pdf->create_page(i));
        if (!page)
            continue;
        const poppler::byte_array utf8 = page->text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
        const QString t = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
        pages.append(t.split(lineBreak));
    }
    ExtractedDocument doc;
    doc.sourceName = sourceName;
    doc.format = QStringLiteral("pdf");
    doc.paragraphs = joinPdfPages(pages, &doc.notes);
    if (doc.paragraphs.isEmpty())
        return makeError(Tr::tr("the PDF has no text layer (a scan needs OCR first)"), ErrorKind::InvalidInput);
    return doc;
}

} // namespace caselens::import
