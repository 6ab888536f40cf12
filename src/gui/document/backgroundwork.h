#pragma once
// BackgroundWork: one long job at a time (import, a coding run, training) on a worker
// thread with its own connection to the project, a progress dialog with Cancel, and the
// one-line summary when it is done.

#include "store/project.h"
#include "support/progress.h"

#include <QObject>
#include <functional>

class QWidget;

namespace caselens::gui {

class BackgroundWork : public QObject {
    Q_OBJECT
public:
    using Job = std::function<QString(store::Project &, ProgressSink &)>;
    explicit BackgroundWork(QWidget *dialogParent);
    // False (and nothing started) while other work runs.
    bool start(const QString &projectPath, const QString &title, Job job);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void finished(const QString &summary);

private:
    QWidget *m_dialogParent;
    bool m_busy = false;
};

} // namespace caselens::gui
