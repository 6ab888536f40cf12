#include "document/backgroundwork.h"

#include <QProgressDialog>
#include <QThread>
#include <atomic>
#include <memory>

namespace caselens::gui {

namespace {

// Forwards progress from a worker thread to the GUI thread and carries Cancel back.
class ThreadProgress : public ProgressSink {
public:
    ThreadProgress(QProgressDialog *dialog, std::atomic_bool &cancelled) : m_dialog(dialog), m_cancelled(cancelled) {}
    void start(const QString &, qint64 total) override
    {
        QMetaObject::invokeMethod(m_dialog, [d = m_dialog, total] { d->setMaximum(int(std::max<qint64>(total, 0))); }, Qt::QueuedConnection);
    }
    bool step(qint64 done, const QString &) override
    {
        QMetaObject::invokeMethod(m_dialog, [d = m_dialog, done] { d->setValue(int(done)); }, Qt::QueuedConnection);
        return !m_cancelled.load();
    }
    const std::atomic_bool *cancelFlag() const override { return &m_cancelled; }

private:
    QProgressDialog *m_dialog;
    std::atomic_bool &m_cancelled;
};

} // namespace

BackgroundWork::BackgroundWork(QWidget *dialogParent) : QObject(dialogParent), m_dialogParent(dialogParent) {}

bool BackgroundWork::start(const QString &projectPath, const QString &title, Job job)
{
    if (m_busy)
        return false;
    m_busy = true;
    auto *dialog = new QProgressDialog(title, tr("Cancel"), 0, 0, m_dialogParent);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(0);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    connect(dialog, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    auto result = std::make_shared<QString>();
    // The worker opens its own connection: SQLite connections stay on their thread.
    QThread *thread = QThread::create([projectPath, job = std::move(job), dialog, cancelled, result] {
        auto project = store::Project::open(projectPath);
        if (!project) {
            *result = project.error().message;
            return;
        }
        ThreadProgress progress(dialog, *cancelled);
        *result = job(**project, progress);
    });
    connect(thread, &QThread::finished, this, [this, thread, dialog, result] {
        dialog->deleteLater();
        thread->deleteLater();
        m_busy = false;
        Q_EMIT finished(*result);
    });
    thread->start();
    return true;
}

} // namespace caselens::gui
