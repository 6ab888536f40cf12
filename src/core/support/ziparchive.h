#pragma once
// Zip archives from outside (.docx, .qdpx) and the ones CaseLens writes (.qdpx).
// ZipReader opens an archive held in memory once and reads entries by name, counting
// what actually comes out (a stored size can lie). ZipWriter builds an archive in a file;
// it is complete only after close(), and a writer dropped before that leaves nothing.

#include "support/result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

struct zip;

namespace caselens {

class ZipReader {
public:
    struct Entry {
        QString name;
        qint64 size = 0; // as the archive declares it
    };
    // An error when the bytes are not a complete zip archive.
    static Result<ZipReader> open(QByteArray bytes);
    ZipReader(ZipReader &&other) noexcept;
    ZipReader &operator=(ZipReader &&) = delete;
    ~ZipReader();

    const QList<Entry> &entries() const { return m_entries; }
    bool contains(const QString &name) const;
    // The entry's bytes; an error when it is missing (`missing` then set), unreadable, or
    // expands to more than maxBytes.
    Result<QByteArray> read(const QString &name, qint64 maxBytes, bool *missing = nullptr) const;

private:
    ZipReader(QByteArray bytes, struct zip *zip);
    QByteArray m_bytes; // libzip reads from these bytes for as long as the archive is open
    struct zip *m_zip;
    QList<Entry> m_entries;
};

class ZipWriter {
public:
    static Result<ZipWriter> create(const QString &path);
    ZipWriter(ZipWriter &&other) noexcept;
    ZipWriter &operator=(ZipWriter &&) = delete;
    ~ZipWriter(); // discards an archive not closed

    Status add(const QString &name, QByteArray bytes);
    // Writes the archive out; an error (the disk full) leaves no file.
    Status close();

private:
    ZipWriter(QString path, struct zip *zip) : m_path(std::move(path)), m_zip(zip) {}
    QString m_path;
    struct zip *m_zip;
    QList<QByteArray> m_keep; // what libzip reads when it writes, at close()
};

} // namespace caselens
