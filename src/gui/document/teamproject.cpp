#include "document/teamproject.h"

#include "store/server/teamserver.h"
#include "team/workingcopy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QEventLoop>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

namespace caselens::gui {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::gui::TeamProject)
};

} // namespace

QString workingCopyPath(const QString &address)
{
    const QUrl url(address);
    QString name = QStringLiteral("%1-%2-%3-%4").arg(url.host(), QString::number(url.port(5432)), url.path().mid(1), url.userName());
    name.replace(QRegularExpression(QStringLiteral("[^\\w.-]")), QStringLiteral("_"));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(QStringLiteral("team/") + name + QStringLiteral(".caselens"));
}

Result<QString> prepareWorkingCopy(const QString &address)
{
    if (!store::server::isServerAddress(address))
        return makeError(Tr::tr("\"%1\" is not a team server's address; it starts with postgresql://.").arg(address), ErrorKind::InvalidInput);
    const QString path = workingCopyPath(address);
    if (QFileInfo::exists(path)) {
        // The copy of an earlier session, with any work not sent yet: opened as it is, if
        // it is a copy of the project there now. A copy of an earlier project under the
        // same address is set aside (renamed, never removed) and a new one made.
        auto info = store::server::serverInfo(address);
        if (!info)
            return info.error();
        {
            auto copy = store::Project::open(path);
            if (copy && !team::workingCopyServer(**copy).isEmpty() && team::workingCopyProjectId(**copy) == info->projectId)
                return path;
        }
        const QString aside = path.chopped(9) + QStringLiteral(".set-aside-%1.caselens").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        if (!QFile::rename(path, aside))
            return makeError(Tr::tr("%1 is in the way of the team project's working copy; move it elsewhere.").arg(path), ErrorKind::Io);
        for (const char *suffix : {"-wal", "-shm"})
            QFile::rename(path + QLatin1String(suffix), aside + QLatin1String(suffix));
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return makeError(Tr::tr("Cannot make the folder %1.").arg(QFileInfo(path).absolutePath()), ErrorKind::Io);
    // Copying a large project takes seconds: on a worker, the window painting meanwhile.
    Status checked = {};
    QEventLoop wait;
    QThread *thread = QThread::create([&] {
        auto counts = team::checkOut(address, path);
        if (!counts)
            checked = counts.error();
    });
    QObject::connect(thread, &QThread::finished, &wait, &QEventLoop::quit);
    thread->start();
    wait.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    delete thread;
    if (!checked)
        return checked.error();
    return path;
}

} // namespace caselens::gui
