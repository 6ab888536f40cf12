#pragma once
// Table: a plain table of text and numbers — what analysis hands to every export
// format (text, CSV, Markdown, LaTeX, HTML, xlsx, JSON) and what charts draw.

#include "support/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace caselens::exporting {

struct TableCell {
    QString text;
    std::optional<double> number; // numeric cells keep the value for xlsx and charts
    int decimals = 0;
    static TableCell fromText(const QString &t) { return {t, std::nullopt, 0}; }
    static TableCell fromNumber(double v, int decimals);
};

struct Table {
    QString name;    // sheet name and file stem
    QString caption;
    QStringList columns;
    QList<QList<TableCell>> rows;
    QString note;    // printed under the table
};

enum class TableFormat { Text, Csv, Markdown, Latex, Html, Xlsx, Json };
std::optional<TableFormat> tableFormatFromName(const QString &name);
QString tableFormatExtension(TableFormat f);

QString toText(const QList<Table> &tables);
QByteArray toCsv(const QList<Table> &tables); // UTF-8 with BOM, so Excel shows Chinese
QString toMarkdown(const QList<Table> &tables);
QString toLatex(const QList<Table> &tables);  // booktabs
QString toHtml(const QList<Table> &tables);
QByteArray toJson(const QList<Table> &tables);
// One sheet per table, a header row, number formats.
Status writeXlsx(const QList<Table> &tables, const QString &path);

// Renders in any format except xlsx to bytes (xlsx needs a file).
QByteArray renderTables(const QList<Table> &tables, TableFormat format);
// Writes the tables to a file in any format, through a temporary file renamed into
// place; `json` replaces the generic JSON when the caller has a shape of its own. The
// caller has checked the target (checkOutputTarget).
Status writeTablesFile(const QList<Table> &tables, TableFormat format, const QString &path, const QByteArray &json = {});

// Display width in a terminal: Chinese characters take two columns.
int displayWidth(const QString &s);

} // namespace caselens::exporting
