#pragma once
// The Help menu's windows: the user guide (compiled into the program), the keyboard
// shortcuts, and About with the versions of every library this build runs on.

class QWidget;

namespace caselens::gui {

void showUserGuide(QWidget *parent);
void showShortcuts(QWidget *parent);
void showAbout(QWidget *parent);

} // namespace caselens::gui
