#pragma once
// The libraries this build of CaseLens runs on and their versions: for the window's
// About box and `caselens-cli --version`, and for a bug report that must say them.

#include <QList>
#include <QString>
#include <utility>

namespace caselens::about {

// (name, version), CaseLens first.
QList<std::pair<QString, QString>> componentVersions();

} // namespace caselens::about
