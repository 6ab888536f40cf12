#pragma once
// The language of names shown in the window (codes, provinces, regions, case types):
// "zh" when the interface runs in Chinese, else "en".

#include <QLocale>
#include <QString>

namespace caselens::gui {

inline QString uiLanguage() { return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh") : QStringLiteral("en"); }

} // namespace caselens::gui
