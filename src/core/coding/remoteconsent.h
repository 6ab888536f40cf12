#pragma once
// RemoteConsent: this user's permission, on this machine, for one project to send its
// text to one host that is not this machine. Kept outside the project (a project file
// received from someone else carries its sender's settings, never this user's consent),
// in the user's CaseLens settings.

#include <QString>

namespace caselens::coding {

class RemoteConsent {
public:
    static bool granted(const QString &projectPath, const QString &host);
    static void grant(const QString &projectPath, const QString &host);
};

} // namespace caselens::coding
