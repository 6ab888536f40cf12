#pragma once
// The working copy a team project opens as in the window (team::prepareWorkingCopy), made
// ready on a worker thread while the window repaints.

#include "support/result.h"

#include <QString>

namespace caselens::gui {

// A working copy of `address` ready to open: the one from before, or a new checkout.
Result<QString> prepareWorkingCopy(const QString &address);

} // namespace caselens::gui
