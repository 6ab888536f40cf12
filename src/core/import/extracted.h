#pragma once
// What an importer hands on: the paragraphs it extracted, what it noticed on the way,
// and any metadata the source itself carried (corpus rows, qdpx variables).

#include "metadata/casemeta.h"
#include "text/segmenter.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace caselens::import {

struct ExtractedDocument {
    QString sourceName;   // file name, or file#row for corpus rows
    QString format;       // txt, md, docx, pdf, csv, jsonl
    QString encoding;
    QList<text::SourceParagraph> paragraphs;
    QStringList notes;    // what the importer adjusted, for the import report
    metadata::CaseMeta meta; // fields the source gave; empty ones may be inferred later
};

// Limits that protect against hostile or mistaken input.
struct ImportLimits {
    qint64 maxFileBytes = 20 * 1024 * 1024;         // a case report is far smaller
    qint64 maxArchiveExpandedBytes = 200 * 1024 * 1024;
    int maxXmlDepth = 256;
    qsizetype maxLineChars = 1024 * 1024;
};

} // namespace caselens::import
