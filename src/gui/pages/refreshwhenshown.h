#pragma once
// RefreshWhenShown: the one rule of pages that are slow to fill (the review queue, the
// tables and matrix of a large project, retrieved segments): after a change they read
// again at once if they are the current tab, else when they next become it. Works in a
// window not on screen yet, as tests and screenshots need.

#include <QObject>
#include <functional>

class QWidget;

namespace caselens::gui {

class RefreshWhenShown : public QObject {
public:
    RefreshWhenShown(QWidget *page, std::function<void()> refresh, bool staleAtFirst = true);
    // Something the page shows has changed.
    void changed();
    // The page has just read everything again by other means.
    void done() { m_stale = false; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_page;
    std::function<void()> m_refresh;
    bool m_stale;
};

} // namespace caselens::gui
