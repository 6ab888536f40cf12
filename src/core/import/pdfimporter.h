#pragma once
// PdfImporter: text PDFs through poppler-cpp. Joins lines hard-wrapped inside a
// sentence and drops page headers, footers and page numbers that repeat on every page.
// (poppler-cpp rather than poppler-qt6: the Qt binding pulls Qt Gui into the core.)

#include "import/extracted.h"
#include "support/result.h"

#include <QStringList>

namespace caselens::import {

class PdfImporter {
public:
    Result<ExtractedDocument> extract(const QByteArray &bytes, const QString &sourceName, const ImportLimits &limits = {}) const;
};

// The layout clean-up on its own, over the lines of each page, so it can be tested
// without a PDF: returns paragraphs and what was dropped.
QList<text::SourceParagraph> joinPdfPages(const QList<QStringList> &pages, QStringList *notes);

} // namespace caselens::import
