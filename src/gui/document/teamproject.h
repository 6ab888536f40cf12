#pragma once
// The working copy a team project opens as in the window: one file per server, database
// and person in the application's data folder, made by checking out (on a worker thread,
// the window repainting meanwhile) or found from an earlier session.

#include "support/result.h"

#include <QString>

namespace caselens::gui {

// Where the working copy of `address` lives on this machine.
QString workingCopyPath(const QString &address);
// A working copy of `address` ready to open: the one from before, or a new checkout.
Result<QString> prepareWorkingCopy(const QString &address);

} // namespace caselens::gui
