#include "coding/remoteconsent.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace caselens::coding {

namespace {

QString keyFor(const QString &projectPath, const QString &host)
{
    // The project by where it lives on this machine: a copy received elsewhere is another project.
    const QString where = QFileInfo(projectPath).canonicalFilePath();
    const QByteArray id = QCryptographicHash::hash(where.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return QStringLiteral("remote-consent/%1/%2").arg(QString::fromLatin1(id), host.toLower());
}

template<typename F>
auto withSettings(F use)
{
    QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("CaseLens"), QStringLiteral("consent"));
    return use(settings);
}

} // namespace

bool RemoteConsent::granted(const QString &projectPath, const QString &host)
{
    return withSettings([&](QSettings &s) { return s.value(keyFor(projectPath, host)).toBool(); });
}

void RemoteConsent::grant(const QString &projectPath, const QString &host)
{
    withSettings([&](QSettings &s) {
        s.setValue(keyFor(projectPath, host), true);
        s.sync();
        return 0;
    });
}

} // namespace caselens::coding
