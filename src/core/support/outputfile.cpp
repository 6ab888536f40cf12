#include "support/outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace caselens {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(OutputFile)
};

bool sameFile(const QString &a, const QString &b)
{
    struct stat sa {}, sb {};
    if (::stat(QFile::encodeName(a).constData(), &sa) != 0 || ::stat(QFile::encodeName(b).constData(), &sb) != 0)
        return false;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

const QString kPartMarker = QStringLiteral(".caselens-part-");

} // namespace

bool isProjectFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(72);
    if (head.size() < 72 || !head.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return false;
    const auto *b = reinterpret_cast<const unsigned char *>(head.constData() + 68);
    const quint32 id = (quint32(b[0]) << 24) | (quint32(b[1]) << 16) | (quint32(b[2]) << 8) | quint32(b[3]);
    return id == quint32(kProjectApplicationId);
}

Status checkOutputTarget(const OutputTarget &target)
{
    const QString &path = target.path;
    if (path.isEmpty())
        return makeError(Tr::tr("No file to write was given."), ErrorKind::InvalidInput);
    for (const QString &p : target.protectedPaths) {
        if (sameFile(path, p))
            return makeError(Tr::tr("%1 is the file this command reads; writing the output there would destroy it. Choose another name.").arg(path),
                             ErrorKind::InvalidInput);
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            if (sameFile(path, p + QLatin1String(suffix)))
                return makeError(Tr::tr("%1 belongs to the project %2; choose another name.").arg(path, p), ErrorKind::InvalidInput);
    }
    const QFileInfo fi(path);
    if (!fi.exists() && !fi.isSymLink())
        return {};
    if (fi.isDir())
        return makeError(Tr::tr("%1 is a folder; give a file name.").arg(path), ErrorKind::InvalidInput);
    if (!fi.isFile())
        return makeError(Tr::tr("%1 is not a regular file; give a file name.").arg(path), ErrorKind::InvalidInput);
    if (isProjectFile(path))
        return target.replaceProjects ? Status{}
                                      : makeError(Tr::tr("%1 is a CaseLens project; writing there would replace it. Choose another "
                                                     "name (on the command line, --force replaces it).")
                                                      .arg(path),
                                                  ErrorKind::InvalidInput);
    if (!target.force)
        return makeError(Tr::tr("%1 already exists; choose another name, or add --force to replace it.").arg(path), ErrorKind::InvalidInput);
    return {};
}

QString partPathFor(const QString &target)
{
    removeStaleParts(target); // what a killed writer of the same target left
    return target + kPartMarker + QString::number(::getpid());
}

Status commitPart(const QString &part, const QString &target)
{
    // rename(2), not QFile::rename: it replaces the target in one step instead of refusing.
    if (::rename(QFile::encodeName(part).constData(), QFile::encodeName(target).constData()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(part);
        return makeError(Tr::tr("Cannot write %1: %2.").arg(target, why), ErrorKind::Io);
    }
    return {};
}

Status writeOutputFile(const QString &target, const QByteArray &bytes)
{
    const QString part = partPathFor(target);
    QFile f(part);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(Tr::tr("Cannot write %1: %2.").arg(target, f.errorString()), ErrorKind::Io);
    const bool written = f.write(bytes) == bytes.size() && f.flush();
    f.close();
    if (!written || f.error() != QFileDevice::NoError) {
        QFile::remove(part);
        return makeError(Tr::tr("Cannot write %1 (is the disk full?).").arg(target), ErrorKind::DiskFull);
    }
    return commitPart(part, target);
}

int removeStaleParts(const QString &target)
{
    const QFileInfo fi(target);
    const QString prefix = fi.fileName() + kPartMarker;
    int removed = 0;
    const QDir dir = fi.absoluteDir();
    for (const QString &name : dir.entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden)) {
        // TARGET.caselens-part-PID, or SQLite's TARGET.caselens-part-PID-journal beside it.
        bool ok = false;
        const qint64 pid = name.mid(prefix.size()).section(QLatin1Char('-'), 0, 0).toLongLong(&ok);
        if (!ok || pid <= 0)
            continue;
        // A live process (or one we may not signal) still owns its part.
        if (pid == ::getpid() || ::kill(pid_t(pid), 0) == 0 || errno == EPERM)
            continue;
        if (QFile::remove(dir.filePath(name)))
            ++removed;
    }
    return removed;
}

} // namespace caselens
