#pragma once
// CSV reading and writing (RFC 4180: quoted fields, doubled quotes, line breaks inside
// quotes). Used by metadata sidecars, corpus import and table export.

#include "support/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace caselens {

struct CsvTable {
    QStringList header;
    QList<QStringList> rows;
    int column(const QString &name) const; // -1 when absent; case-insensitive
};

// Parses CSV text (a UTF-8 BOM is dropped). Fails on an unterminated quote or a row
// wider than the header, naming the line.
Result<CsvTable> parseCsv(const QString &text, qsizetype maxFieldChars = 16 * 1024 * 1024);

QString csvField(const QString &value);
// A text value as a spreadsheet must receive it: one that would start a formula (=, +, -,
// @, tab, CR) gets a leading apostrophe. Not for numbers: -3.5 is a number, not a formula.
QString spreadsheetSafe(const QString &value);
QString csvLine(const QStringList &fields);

} // namespace caselens
