#include "support/scratchdir.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QUuid>
#include <cerrno>
#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

namespace caselens {

QString ScratchDir::root()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)).filePath(QStringLiteral("CaseLens/scratch"));
}

int ScratchDir::removeStale()
{
    int removed = 0;
    QDir dir(root());
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool ok = false;
        const qint64 pid = name.section(QLatin1Char('-'), 0, 0).toLongLong(&ok);
        if (!ok || pid <= 0 || pid == ::getpid() || ::kill(pid_t(pid), 0) == 0 || errno == EPERM)
            continue;
        if (QDir(dir.filePath(name)).removeRecursively())
            ++removed;
    }
    return removed;
}

ScratchDir::ScratchDir()
{
    removeStale();
    const QString path = QDir(root()).filePath(QStringLiteral("%1-%2").arg(::getpid()).arg(QUuid::createUuid().toString(QUuid::Id128).left(12)));
    if (!QDir().mkpath(path))
        return;
    // Case text is not for other users of the machine.
    if (::chmod(QFile::encodeName(path).constData(), 0700) != 0) {
        QDir(path).removeRecursively();
        return;
    }
    m_path = path;
}

ScratchDir::~ScratchDir()
{
    if (!m_path.isEmpty())
        QDir(m_path).removeRecursively();
}

QString ScratchDir::filePath(const QString &name) const
{
    return QDir(m_path).filePath(name);
}

} // namespace caselens
