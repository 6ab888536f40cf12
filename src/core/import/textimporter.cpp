#include "import/textimporter.h"

#include "import/encoding.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace caselens::import {

namespace {
// The translation context of this file's messages (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::import::TextImporter)
};
}

QList<text::SourceParagraph> paragraphsFromPlainText(const QString &text, bool markdown)
{
    static const QRegularExpression lineBreak(QStringLiteral("\r\n|\r|\n|\u2028|\u2029"));
    static const QRegularExpression mdHeading(QStringLiteral("^\\s{0,3}#{1,6}\\s+"));
    QList<text::SourceParagraph> out;
    for (QString line : text.split(lineBreak)) {
        bool heading = false;
        if (markdown) {
            const auto m = mdHeading.match(line);
            if (m.hasMatch()) {
                line = line.mid(m.capturedLength());
                heading = true;
            }
        }
        if (!line.trimmed().isEmpty())
            out.append({line, heading});
    }
    return out;
}

Result<ExtractedDocument> TextImporter::extract(const QByteArray &bytes, const QString &sourceName, const ImportLimits &limits) const
{
    auto decoded = decodeText(bytes);
    if (!decoded)
        return decoded.error();
    ExtractedDocument doc;
    doc.sourceName = sourceName;
    doc.format = sourceName.endsWith(QLatin1String(".md"), Qt::CaseInsensitive) ? QStringLiteral("md") : QStringLiteral("txt");
    doc.encoding = decoded->encoding;
    doc.paragraphs = paragraphsFromPlainText(decoded->text, doc.format == QLatin1String("md"));
    for (const auto &p : doc.paragraphs) {
        if (p.text.size() > limits.maxLineChars)
            return makeError(Tr::tr("a line is longer than %1 characters; this does not look like a case report").arg(limits.maxLineChars),
                             ErrorKind::InvalidInput);
    }
    if (doc.paragraphs.isEmpty())
        return makeError(Tr::tr("the file holds no text"), ErrorKind::InvalidInput);
    if (doc.encoding != QLatin1String("UTF-8"))
        doc.notes.append(Tr::tr("read as %1").arg(doc.encoding));
    return doc;
}

} // namespace caselens::import
