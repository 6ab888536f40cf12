#include "support/ziparchive.h"

#include <QCoreApplication>
#include <QFile>
#include <zip.h>

namespace caselens {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::ZipArchive)
};

} // namespace

ZipReader::ZipReader(QByteArray bytes, zip_t *zip) : m_bytes(std::move(bytes)), m_zip(zip) {}

ZipReader::ZipReader(ZipReader &&other) noexcept
    : m_bytes(std::move(other.m_bytes)), m_zip(std::exchange(other.m_zip, nullptr)), m_entries(std::move(other.m_entries))
{
}

ZipReader::~ZipReader()
{
    if (m_zip)
        zip_discard(m_zip);
}

Result<ZipReader> ZipReader::open(QByteArray bytes)
{
    zip_error_t zerr;
    zip_error_init(&zerr);
    // The source reads the QByteArray's buffer, which the reader keeps (moving a
    // QByteArray keeps its buffer where it is).
    zip_source_t *src = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &zerr);
    zip_t *za = src ? zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &zerr) : nullptr;
    zip_error_fini(&zerr);
    if (!za) {
        if (src)
            zip_source_free(src);
        return makeError(Tr::tr("the file is not a complete zip archive (it may be truncated or damaged)"), ErrorKind::InvalidInput);
    }
    ZipReader reader(std::move(bytes), za);
    const zip_int64_t n = zip_get_num_entries(za, 0);
    for (zip_int64_t i = 0; i < n; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(za, zip_uint64_t(i), 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME))
            continue;
        reader.m_entries.append({QString::fromUtf8(st.name), (st.valid & ZIP_STAT_SIZE) ? qint64(st.size) : 0});
    }
    return reader;
}

bool ZipReader::contains(const QString &name) const
{
    for (const Entry &e : m_entries)
        if (e.name == name)
            return true;
    return false;
}

Result<QByteArray> ZipReader::read(const QString &name, qint64 maxBytes, bool *missing) const
{
    if (missing)
        *missing = false;
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(m_zip, name.toUtf8().constData(), 0, &st) != 0) {
        if (missing)
            *missing = true;
        return makeError(Tr::tr("the archive has no %1").arg(name), ErrorKind::InvalidInput);
    }
    if ((st.valid & ZIP_STAT_SIZE) && st.size > zip_uint64_t(maxBytes))
        return makeError(Tr::tr("%1 would expand to more than %2 MB").arg(name).arg(maxBytes / (1024 * 1024)), ErrorKind::InvalidInput);
    zip_file_t *zf = zip_fopen_index(m_zip, st.index, 0);
    if (!zf)
        return makeError(Tr::tr("%1 in the archive cannot be read").arg(name), ErrorKind::InvalidInput);
    QByteArray out;
    char buf[65536];
    zip_int64_t n;
    while ((n = zip_fread(zf, buf, sizeof buf)) > 0) {
        out.append(buf, qsizetype(n));
        if (out.size() > maxBytes) {
            zip_fclose(zf);
            return makeError(Tr::tr("%1 expands to more than %2 MB").arg(name).arg(maxBytes / (1024 * 1024)), ErrorKind::InvalidInput);
        }
    }
    zip_fclose(zf);
    if (n < 0)
        return makeError(Tr::tr("%1 in the archive is damaged").arg(name), ErrorKind::InvalidInput);
    return out;
}

ZipWriter::ZipWriter(ZipWriter &&other) noexcept
    : m_path(std::move(other.m_path)), m_zip(std::exchange(other.m_zip, nullptr)), m_keep(std::move(other.m_keep))
{
}

ZipWriter::~ZipWriter()
{
    if (m_zip) {
        zip_discard(m_zip);
        QFile::remove(m_path);
    }
}

Result<ZipWriter> ZipWriter::create(const QString &path)
{
    int zerr = 0;
    zip_t *za = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &zerr);
    if (!za)
        return makeError(Tr::tr("Cannot write %1.").arg(path), ErrorKind::Io);
    return ZipWriter(path, za);
}

Status ZipWriter::add(const QString &name, QByteArray bytes)
{
    m_keep.append(std::move(bytes));
    const QByteArray &kept = m_keep.last();
    zip_source_t *src = zip_source_buffer(m_zip, kept.constData(), zip_uint64_t(kept.size()), 0);
    if (!src)
        return makeError(Tr::tr("Cannot write %1.").arg(m_path), ErrorKind::Io);
    if (zip_file_add(m_zip, name.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0) {
        zip_source_free(src); // not taken by the archive
        return makeError(Tr::tr("Cannot write %1.").arg(m_path), ErrorKind::Io);
    }
    return {};
}

Status ZipWriter::close()
{
    if (zip_close(m_zip) != 0)
        return makeError(Tr::tr("Cannot write %1 (the disk may be full).").arg(m_path), ErrorKind::Io); // the destructor discards it
    m_zip = nullptr;
    m_keep.clear();
    return {};
}

} // namespace caselens
