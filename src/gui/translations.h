#pragma once
// The interface language: Chinese (with the translations compiled into the program) or
// English (the source strings). Installing one removes the other, so the window can
// switch while it runs.

#include <QString>

namespace caselens::gui {

// "zh_CN" or "en"; empty follows the system locale. Returns false when the Chinese
// translation is not compiled into this program (the interface then stays English).
bool installLanguage(const QString &language);

} // namespace caselens::gui
