#include "import/codebookfile.h"

#include "export/qdccodebook.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace caselens::import {

namespace {
QString tr(const char *s) { return QCoreApplication::translate("caselens::import::CodebookFile", s); }
constexpr qint64 kMaxCodebookBytes = 32 * 1024 * 1024;
} // namespace

Result<codebook::Codebook> readCodebookFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(tr("Cannot read the codebook %1: %2.").arg(path, f.errorString()), ErrorKind::NotFound);
    if (f.size() > kMaxCodebookBytes)
        return makeError(tr("%1 is larger than 32 MB, which no codebook is.").arg(path), ErrorKind::InvalidInput);
    const QByteArray bytes = f.readAll();
    const bool qdc = QFileInfo(path).suffix().compare(QLatin1String("qdc"), Qt::CaseInsensitive) == 0;
    auto book = qdc ? exporting::codebookFromQdc(bytes) : codebook::codebookFromJson(bytes);
    if (!book)
        return makeError(QStringLiteral("%1: %2").arg(path, book.error().message), book.error().kind);
    return book;
}

} // namespace caselens::import
