#pragma once
// DocxImporter: Word .docx files, read with libzip and Qt's XML reader: paragraphs,
// headings (by style or outline level), list numbering rendered as text (一、 1. （1）),
// and table cells as paragraphs.

#include "import/extracted.h"
#include "support/result.h"

namespace caselens::import {

class DocxImporter {
public:
    Result<ExtractedDocument> extract(const QByteArray &bytes, const QString &sourceName, const ImportLimits &limits = {}) const;
};

// Renders list number `n` in a Word numbering format (decimal, chineseCounting, …).
QString formatListNumber(int n, const QString &numFmt);

} // namespace caselens::import
