#include "export/table.h"

#include "support/csv.h"
#include "support/outputfile.h"
#include "text/unicode.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <xlsxwriter.h>

namespace caselens::exporting {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::exporting::Table)
};

QString latexEscape(QString s)
{
    QString out;
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '\\': out += QStringLiteral("\\textbackslash{}"); break;
        case '&': case '%': case '$': case '#': case '_': case '{': case '}':
            out += QLatin1Char('\\');
            out += c;
            break;
        case '~': out += QStringLiteral("\\textasciitilde{}"); break;
        case '^': out += QStringLiteral("\\textasciicircum{}"); break;
        default: out += c;
        }
    }
    return out;
}

QString htmlEscape(const QString &s) { return s.toHtmlEscaped(); }

// Values are text, never markup: no HTML (a <script> in a case title), no links or
// images, no cell breaks, no line breaks that end the table row.
QString mdEscape(QString s)
{
    s.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    s.replace(QLatin1String("&"), QLatin1String("&amp;"));
    s.replace(QLatin1String("<"), QLatin1String("&lt;"));
    s.replace(QLatin1String(">"), QLatin1String("&gt;"));
    for (const char *c : {"|", "[", "]", "`", "*", "_", "!"})
        s.replace(QLatin1String(c), QLatin1String("\\") + QLatin1String(c));
    s.replace(QLatin1String("\r\n"), QLatin1String("<br>"));
    s.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    s.replace(QLatin1Char('\r'), QLatin1String("<br>"));
    return s;
}

} // namespace

TableCell TableCell::fromNumber(double v, int decimals)
{
    return {QString::number(v, 'f', decimals), v, decimals};
}

std::optional<TableFormat> tableFormatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("text") || n == QLatin1String("txt"))
        return TableFormat::Text;
    if (n == QLatin1String("csv"))
        return TableFormat::Csv;
    if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        return TableFormat::Markdown;
    if (n == QLatin1String("latex") || n == QLatin1String("tex"))
        return TableFormat::Latex;
    if (n == QLatin1String("html"))
        return TableFormat::Html;
    if (n == QLatin1String("xlsx"))
        return TableFormat::Xlsx;
    if (n == QLatin1String("json"))
        return TableFormat::Json;
    return std::nullopt;
}

QString tableFormatExtension(TableFormat f)
{
    switch (f) {
    case TableFormat::Text: return QStringLiteral("txt");
    case TableFormat::Csv: return QStringLiteral("csv");
    case TableFormat::Markdown: return QStringLiteral("md");
    case TableFormat::Latex: return QStringLiteral("tex");
    case TableFormat::Html: return QStringLiteral("html");
    case TableFormat::Xlsx: return QStringLiteral("xlsx");
    case TableFormat::Json: return QStringLiteral("json");
    }
    return {};
}

int displayWidth(const QString &s)
{
    int w = 0;
    for (const char32_t c : s.toUcs4())
        w += (text::isCjk(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF60)) ? 2 : 1;
    return w;
}

QString toText(const QList<Table> &tables)
{
    QString out;
    for (const Table &t : tables) {
        if (!t.caption.isEmpty())
            out += t.caption + QLatin1Char('\n');
        QList<int> widths;
        for (const QString &c : t.columns)
            widths.append(displayWidth(c));
        for (const auto &row : t.rows)
            for (int i = 0; i < row.size() && i < widths.size(); ++i)
                widths[i] = qMax(widths[i], displayWidth(row.at(i).text));
        auto line = [&](const QList<QString> &cells, const QList<bool> &numeric) {
            QString l;
            for (int i = 0; i < cells.size(); ++i) {
                const QString pad(qMax(0, widths.value(i) - displayWidth(cells.at(i))), QLatin1Char(' '));
                l += numeric.value(i) ? pad + cells.at(i) : cells.at(i) + pad;
                if (i + 1 < cells.size())
                    l += QStringLiteral("  ");
            }
            return l.trimmed().isEmpty() ? l : l.remove(QRegularExpression(QStringLiteral("\\s+$"))) + QLatin1Char('\n');
        };
        QList<bool> headerNumeric(t.columns.size(), false);
        out += line(t.columns, headerNumeric);
        int total = 0;
        for (int w : widths)
            total += w + 2;
        out += QString(qMax(0, total - 2), QLatin1Char('-')) + QLatin1Char('\n');
        for (const auto &row : t.rows) {
            QList<QString> cells;
            QList<bool> numeric;
            for (const auto &c : row) {
                cells.append(c.text);
                numeric.append(c.number.has_value());
            }
            out += line(cells, numeric);
        }
        if (!t.note.isEmpty())
            out += t.note + QLatin1Char('\n');
        out += QLatin1Char('\n');
    }
    return out;
}

QByteArray toCsv(const QList<Table> &tables)
{
    auto field = [](const QString &v) { return csvField(spreadsheetSafe(v)); };
    QString out;
    bool first = true;
    for (const Table &t : tables) {
        if (!first)
            out += QStringLiteral("\r\n");
        first = false;
        if (tables.size() > 1 && !t.caption.isEmpty())
            out += field(t.caption) + QStringLiteral("\r\n");
        QStringList h;
        for (const QString &c : t.columns)
            h.append(field(c));
        out += h.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        for (const auto &row : t.rows) {
            QStringList cells;
            for (const auto &c : row)
                cells.append(c.number ? csvField(c.text) : field(c.text));
            out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        }
        // Under the table, as in every other format: how it was counted.
        if (!t.note.isEmpty())
            out += QStringLiteral("\r\n") + field(t.note) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

QString toMarkdown(const QList<Table> &tables)
{
    QString out;
    for (const Table &t : tables) {
        if (!t.caption.isEmpty())
            out += QStringLiteral("**") + mdEscape(t.caption) + QStringLiteral("**\n\n");
        QStringList h, sep;
        for (int i = 0; i < t.columns.size(); ++i) {
            h.append(mdEscape(t.columns.at(i)));
            const bool numeric = !t.rows.isEmpty() && t.rows.first().value(i).number.has_value();
            sep.append(numeric ? QStringLiteral("---:") : QStringLiteral("---"));
        }
        out += QStringLiteral("| ") + h.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
        out += QStringLiteral("|") + sep.join(QStringLiteral("|")) + QStringLiteral("|\n");
        for (const auto &row : t.rows) {
            QStringList cells;
            for (const auto &c : row)
                cells.append(mdEscape(c.text));
            out += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
        }
        if (!t.note.isEmpty())
            out += QLatin1Char('\n') + mdEscape(t.note) + QLatin1Char('\n');
        out += QLatin1Char('\n');
    }
    return out;
}

QString toLatex(const QList<Table> &tables)
{
    QString out = QStringLiteral("% Generated by CaseLens. Needs \\usepackage{booktabs} (and ctex for Chinese).\n");
    for (const Table &t : tables) {
        QString spec;
        for (int i = 0; i < t.columns.size(); ++i) {
            const bool numeric = !t.rows.isEmpty() && t.rows.first().value(i).number.has_value();
            spec += numeric ? QLatin1Char('r') : QLatin1Char('l');
        }
        out += QStringLiteral("\\begin{table}[htbp]\n\\centering\n");
        if (!t.caption.isEmpty())
            out += QStringLiteral("\\caption{") + latexEscape(t.caption) + QStringLiteral("}\n");
        out += QStringLiteral("\\begin{tabular}{") + spec + QStringLiteral("}\n\\toprule\n");
        QStringList h;
        for (const QString &c : t.columns)
            h.append(latexEscape(c));
        out += h.join(QStringLiteral(" & ")) + QStringLiteral(" \\\\\n\\midrule\n");
        for (const auto &row : t.rows) {
            QStringList cells;
            for (const auto &c : row)
                cells.append(latexEscape(c.text));
            out += cells.join(QStringLiteral(" & ")) + QStringLiteral(" \\\\\n");
        }
        out += QStringLiteral("\\bottomrule\n\\end{tabular}\n");
        if (!t.note.isEmpty())
            out += QStringLiteral("\\par\\small ") + latexEscape(t.note) + QLatin1Char('\n');
        out += QStringLiteral("\\end{table}\n\n");
    }
    return out;
}

QString toHtml(const QList<Table> &tables)
{
    QString out = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>CaseLens</title>\n"
                                 "<style>table{border-collapse:collapse;margin:1em 0}th,td{padding:2px 8px;border-bottom:1px solid #ccc}"
                                 "td.n{text-align:right}caption{font-weight:bold;text-align:left}</style></head><body>\n");
    for (const Table &t : tables) {
        out += QStringLiteral("<table>\n");
        if (!t.caption.isEmpty())
            out += QStringLiteral("<caption>") + htmlEscape(t.caption) + QStringLiteral("</caption>\n");
        out += QStringLiteral("<thead><tr>");
        for (const QString &c : t.columns)
            out += QStringLiteral("<th>") + htmlEscape(c) + QStringLiteral("</th>");
        out += QStringLiteral("</tr></thead>\n<tbody>\n");
        for (const auto &row : t.rows) {
            out += QStringLiteral("<tr>");
            for (const auto &c : row)
                out += (c.number ? QStringLiteral("<td class=\"n\">") : QStringLiteral("<td>")) + htmlEscape(c.text) + QStringLiteral("</td>");
            out += QStringLiteral("</tr>\n");
        }
        out += QStringLiteral("</tbody></table>\n");
        if (!t.note.isEmpty())
            out += QStringLiteral("<p>") + htmlEscape(t.note) + QStringLiteral("</p>\n");
    }
    out += QStringLiteral("</body></html>\n");
    return out;
}

QByteArray toJson(const QList<Table> &tables)
{
    QJsonArray arr;
    for (const Table &t : tables) {
        QJsonArray rows;
        for (const auto &row : t.rows) {
            QJsonArray cells;
            for (const auto &c : row)
                cells.append(c.number ? QJsonValue(*c.number) : QJsonValue(c.text));
            rows.append(cells);
        }
        arr.append(QJsonObject{{QStringLiteral("name"), t.name}, {QStringLiteral("caption"), t.caption},
                               {QStringLiteral("columns"), QJsonArray::fromStringList(t.columns)}, {QStringLiteral("rows"), rows},
                               {QStringLiteral("note"), t.note}});
    }
    return QJsonDocument(tables.size() == 1 ? QJsonDocument(arr.first().toObject()) : QJsonDocument(arr)).toJson(QJsonDocument::Indented);
}

Status writeXlsx(const QList<Table> &tables, const QString &path)
{
    const QString part = partPathFor(path);
    lxw_workbook *wb = workbook_new(QFile::encodeName(part).constData());
    if (!wb)
        return makeError(Tr::tr("Cannot write %1.").arg(path), ErrorKind::Io);
    lxw_format *header = workbook_add_format(wb);
    format_set_bold(header);
    format_set_bottom(header, LXW_BORDER_THIN);
    QList<lxw_format *> numberFormats;
    for (int d = 0; d <= 6; ++d) {
        lxw_format *f = workbook_add_format(wb);
        const QByteArray pattern = d == 0 ? QByteArray("0") : QByteArray("0.") + QByteArray(d, '0');
        format_set_num_format(f, pattern.constData());
        numberFormats.append(f);
    }
    QStringList used;
    for (const Table &t : tables) {
        // Sheet names: at most 31 characters, none of []:*?/\ and unique.
        QString name = t.name.isEmpty() ? QStringLiteral("Table") : t.name;
        name.replace(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]")), QStringLiteral("_"));
        name = name.left(28);
        QString unique = name;
        for (int k = 2; used.contains(unique); ++k)
            unique = name + QString::number(k);
        used.append(unique);
        lxw_worksheet *ws = workbook_add_worksheet(wb, unique.toUtf8().constData());
        lxw_row_t r = 0;
        if (!t.caption.isEmpty())
            worksheet_write_string(ws, r++, 0, t.caption.toUtf8().constData(), nullptr);
        for (int c = 0; c < t.columns.size(); ++c)
            worksheet_write_string(ws, r, lxw_col_t(c), t.columns.at(c).toUtf8().constData(), header);
        ++r;
        for (const auto &row : t.rows) {
            for (int c = 0; c < row.size(); ++c) {
                const TableCell &cell = row.at(c);
                if (cell.number)
                    worksheet_write_number(ws, r, lxw_col_t(c), *cell.number, numberFormats.value(qBound(0, cell.decimals, 6)));
                else
                    worksheet_write_string(ws, r, lxw_col_t(c), cell.text.toUtf8().constData(), nullptr);
            }
            ++r;
        }
        if (!t.note.isEmpty())
            worksheet_write_string(ws, r + 1, 0, t.note.toUtf8().constData(), nullptr);
        worksheet_set_column(ws, 0, 0, 16, nullptr);
    }
    const lxw_error err = workbook_close(wb);
    if (err != LXW_NO_ERROR) {
        QFile::remove(part);
        return makeError(Tr::tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(err))), ErrorKind::Io);
    }
    return commitPart(part, path);
}

Status writeTablesFile(const QList<Table> &tables, TableFormat format, const QString &path, const QByteArray &json)
{
    if (format == TableFormat::Xlsx)
        return writeXlsx(tables, path);
    return writeOutputFile(path, format == TableFormat::Json && !json.isEmpty() ? json : renderTables(tables, format));
}

QByteArray renderTables(const QList<Table> &tables, TableFormat format)
{
    switch (format) {
    case TableFormat::Text: return toText(tables).toUtf8();
    case TableFormat::Csv: return toCsv(tables);
    case TableFormat::Markdown: return toMarkdown(tables).toUtf8();
    case TableFormat::Latex: return toLatex(tables).toUtf8();
    case TableFormat::Html: return toHtml(tables).toUtf8();
    case TableFormat::Json: return toJson(tables);
    case TableFormat::Xlsx: return {};
    }
    return {};
}

} // namespace caselens::exporting
