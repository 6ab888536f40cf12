#include "tableoutput.h"

#include "command.h"

#include <QFile>

namespace caselens::cli {

int writeTables(const QList<exporting::Table> &tables, exporting::TableFormat format, const OutputTarget &target, const QByteArray &json)
{
    const bool toStdout = target.path.isEmpty() || target.path == QLatin1String("-");
    if (toStdout && format == exporting::TableFormat::Xlsx)
        return fail(QStringLiteral("xlsx needs a file: add -o FILE.xlsx."), Usage);
    if (toStdout) {
        const QByteArray bytes = (format == exporting::TableFormat::Json && !json.isEmpty()) ? json : exporting::renderTables(tables, format);
        out().flush();
        QFile stdoutFile;
        stdoutFile.open(stdout, QIODevice::WriteOnly);
        stdoutFile.write(bytes);
        return Ok;
    }
    if (Status s = checkOutputTarget(target); !s)
        return fail(s.error().message);
    if (Status s = exporting::writeTablesFile(tables, format, target.path, json); !s)
        return fail(s.error().message);
    out() << "Wrote " << target.path << Qt::endl;
    return Ok;
}

} // namespace caselens::cli
