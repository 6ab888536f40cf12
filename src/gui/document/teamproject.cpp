#include "document/teamproject.h"

#include "document/readinbackground.h"
#include "store/server/teamserver.h"
#include "team/workingcopy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <optional>

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

namespace {

// Runs on a worker: it talks to the server and may copy a whole project.
Result<QString> prepare(const QString &address, const QString &path)
{
    if (QFileInfo::exists(path)) {
        // The copy of an earlier session, with any work not sent yet: opened as it is if it
        // is a copy of the project there now, or if the server cannot be asked (offline
        // work goes on; the link says so). A copy of an earlier project under the same
        // address is set aside (renamed, never removed) and a new one made.
        auto info = store::server::serverInfo(address);
        {
            auto copy = store::Project::open(path);
            if (!copy)
                return copy.error();
            if (team::workingCopyServer(**copy).isEmpty())
                return makeError(Tr::tr("%1 is in the way of the team project's working copy; move it elsewhere.").arg(path), ErrorKind::InvalidInput);
            if (!info && info.error().kind == ErrorKind::Offline)
                return path;
            if (!info)
                return info.error();
            if (team::workingCopyProjectId(**copy) == info->projectId)
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
    if (auto counts = team::checkOut(address, path); !counts)
        return counts.error();
    return path;
}

} // namespace

Result<QString> prepareWorkingCopy(const QString &address)
{
    if (!store::server::isServerAddress(address))
        return makeError(Tr::tr("\"%1\" is not a team server's address; it starts with postgresql://.").arg(address), ErrorKind::InvalidInput);
    // Reaching a server can take seconds (or a timeout): never on the window's thread.
    std::optional<Result<QString>> prepared;
    waitOffThread([&] { prepared.emplace(prepare(address, workingCopyPath(address))); });
    return *prepared;
}

} // namespace caselens::gui
