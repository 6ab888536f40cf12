#include "import/codebookfile.h"

#include "exchange/qdccodebook.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace caselens::import {

namespace {
// The translation context of this file's messages (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::import::CodebookFile)
};
constexpr qint64 kMaxCodebookBytes = 32 * 1024 * 1024;
} // namespace

Result<codebook::Codebook> readCodebookFile(const QString &path, const QHash<QString, QString> &projectGuidOfKey,
                                            QHash<QString, QString> *guidOfKey, QStringList *notes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(Tr::tr("Cannot read the codebook %1: %2.").arg(path, f.errorString()), ErrorKind::NotFound);
    if (f.size() > kMaxCodebookBytes)
        return makeError(Tr::tr("%1 is larger than 32 MB, which no codebook is.").arg(path), ErrorKind::InvalidInput);
    const QByteArray bytes = f.readAll();
    const bool qdc = QFileInfo(path).suffix().compare(QLatin1String("qdc"), Qt::CaseInsensitive) == 0;
    if (!qdc) {
        auto book = codebook::codebookFromJson(bytes);
        if (!book)
            return makeError(QStringLiteral("%1: %2").arg(path, book.error().message), book.error().kind);
        return book;
    }
    auto read = exchange::readQdc(bytes);
    if (read && read->book.codes.isEmpty())
        read = makeError(Tr::tr("The codebook holds no codes."), ErrorKind::InvalidInput);
    if (!read)
        return makeError(QStringLiteral("%1: %2").arg(path, read.error().message), read.error().kind);
    exchange::keepKnownKeys(*read, projectGuidOfKey);
    if (guidOfKey)
        for (auto it = read->keyOfGuid.cbegin(); it != read->keyOfGuid.cend(); ++it)
            guidOfKey->insert(it.value(), it.key());
    if (notes)
        for (auto it = read->skipped.cbegin(); it != read->skipped.cend(); ++it)
            notes->append(Tr::tr("Not imported (a codebook has no place for it): %1 × %2.").arg(it.value()).arg(it.key()));
    return read->book;
}

} // namespace caselens::import
