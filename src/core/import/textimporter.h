#pragma once
// TextImporter: .txt and .md files in UTF-8, UTF-16 (with BOM), GB18030/GBK or Big5.

#include "import/extracted.h"
#include "support/result.h"

namespace caselens::import {

class TextImporter {
public:
    Result<ExtractedDocument> extract(const QByteArray &bytes, const QString &sourceName, const ImportLimits &limits = {}) const;
};

// Splits decoded text into paragraphs, one per non-empty line; Markdown '#' headings
// are marked as headings with the marks removed.
QList<text::SourceParagraph> paragraphsFromPlainText(const QString &text, bool markdown);

} // namespace caselens::import
