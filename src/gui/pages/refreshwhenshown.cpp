#include "pages/refreshwhenshown.h"

#include <QEvent>
#include <QWidget>

namespace caselens::gui {

RefreshWhenShown::RefreshWhenShown(QWidget *page, std::function<void()> refresh, bool staleAtFirst)
    : QObject(page), m_page(page), m_refresh(std::move(refresh)), m_stale(staleAtFirst)
{
    page->installEventFilter(this);
}

void RefreshWhenShown::changed()
{
    // A page in a tab widget is hidden unless it is the current tab, whether or not the
    // window is on screen.
    m_stale = true;
    if (!m_page->isHidden()) {
        m_stale = false;
        m_refresh();
    }
}

bool RefreshWhenShown::eventFilter(QObject *watched, QEvent *event)
{
    // ShowToParent: made the current tab (also in a window not shown yet).
    if (watched == m_page && event->type() == QEvent::ShowToParent && m_stale) {
        m_stale = false;
        m_refresh();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace caselens::gui
