#include "tableoutput.h"

#include "command.h"

#include <QFile>
#include <QSaveFile>

namespace caselens::cli {

int writeTables(const QList<exporting::Table> &tables, exporting::TableFormat format, const QString &outPath, const QByteArray &json)
{
    if (format == exporting::TableFormat::Xlsx) {
        if (outPath.isEmpty())
            return fail(QStringLiteral("xlsx needs a file: add -o FILE.xlsx."), Usage);
        if (Status s = exporting::writeXlsx(tables, outPath); !s)
            return fail(s.error().message);
        out() << "Wrote " << outPath << Qt::endl;
        return Ok;
    }
    const QByteArray bytes = (format == exporting::TableFormat::Json && !json.isEmpty()) ? json : exporting::renderTables(tables, format);
    if (outPath.isEmpty() || outPath == QLatin1String("-")) {
        out().flush();
        QFile stdoutFile;
        stdoutFile.open(stdout, QIODevice::WriteOnly);
        stdoutFile.write(bytes);
        return Ok;
    }
    QSaveFile f(outPath);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return fail(QStringLiteral("Cannot write %1: %2.").arg(outPath, f.errorString()));
    out() << "Wrote " << outPath << Qt::endl;
    return Ok;
}

} // namespace caselens::cli
