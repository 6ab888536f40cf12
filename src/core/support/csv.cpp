#include "support/csv.h"

#include <QCoreApplication>

namespace caselens {

namespace {
// The translation context of this file's messages (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::Csv)
};
}

int CsvTable::column(const QString &name) const
{
    for (int i = 0; i < header.size(); ++i) {
        if (header.at(i).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

Result<CsvTable> parseCsv(const QString &input, qsizetype maxFieldChars)
{
    QStringView text(input);
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            record.append(field);
            field.clear();
            fieldStarted = false;
            if (!(record.size() == 1 && record.first().isEmpty()))
                records.append(record);
            record.clear();
            ++line;
            recordLine = line;
        } else {
            field.append(c);
            fieldStarted = true;
        }
        if (field.size() > maxFieldChars)
            return makeError(Tr::tr("A field on line %1 is longer than the limit of %2 characters.").arg(recordLine).arg(maxFieldChars),
                             ErrorKind::InvalidInput);
    }
    if (inQuotes)
        return makeError(Tr::tr("A quoted field that starts on line %1 is never closed.").arg(recordLine), ErrorKind::InvalidInput);
    if (fieldStarted || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    if (records.isEmpty())
        return makeError(Tr::tr("The CSV file has no header row."), ErrorKind::InvalidInput);
    CsvTable table;
    table.header = records.takeFirst();
    for (int r = 0; r < records.size(); ++r) {
        QStringList &row = records[r];
        if (row.size() > table.header.size())
            return makeError(Tr::tr("Row %1 has %2 fields but the header has %3.").arg(r + 2).arg(row.size()).arg(table.header.size()),
                             ErrorKind::InvalidInput);
        while (row.size() < table.header.size())
            row.append(QString());
        table.rows.append(row);
    }
    return table;
}

QString csvField(const QString &value)
{
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r'))) {
        QString v = value;
        v.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + v + QLatin1Char('"');
    }
    return value;
}

QString spreadsheetSafe(const QString &value)
{
    // OWASP's advice on CSV injection: a cell that a spreadsheet would read as a formula
    // starts with an apostrophe, which shows as text and is not part of the value.
    if (!value.isEmpty()) {
        const QChar c = value.front();
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') || c == QLatin1Char('\t')
            || c == QLatin1Char('\r') || c == QChar(0xFF1D) /* ＝ */)
            return QLatin1Char('\'') + value;
    }
    return value;
}

QString csvLine(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out.append(csvField(f));
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace caselens
