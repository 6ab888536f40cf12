#pragma once
// readInBackground: one read of the project on its own connection, off the window's
// thread, its answer handed back on the window's thread. For reads that can take longer
// than a frame on a large project (searches, retrieved segments, the code matrix).
// LatestRead keeps a page to the answer of its latest question. waitOffThread is for a
// step the window cannot go on without (opening a project), which still must not freeze it.

#include "store/project.h"
#include "support/result.h"

#include <QEventLoop>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>
#include <memory>
#include <optional>

namespace caselens::gui {

// `read` runs on a worker thread with its own Project; `done` runs on `receiver`'s thread
// unless `receiver` is gone by then.
template<typename T>
void readInBackground(QObject *receiver, const QString &projectPath, std::function<Result<T>(store::Project &)> read,
                      std::function<void(const Result<T> &)> done)
{
    auto answer = std::make_shared<std::optional<Result<T>>>();
    QThread *thread = QThread::create([projectPath, read = std::move(read), answer] {
        auto project = store::Project::open(projectPath);
        if (!project)
            answer->emplace(project.error());
        else
            answer->emplace(read(**project));
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    QObject::connect(thread, &QThread::finished, receiver, [answer, done = std::move(done)] {
        if (answer->has_value())
            done(**answer);
    });
    thread->start();
}

// Runs `work` on a worker thread and returns when it is done; meanwhile the window paints
// and its timers run, and user input waits (nothing can start another step half-way).
inline void waitOffThread(const std::function<void()> &work)
{
    QEventLoop wait;
    QThread *thread = QThread::create(work);
    QObject::connect(thread, &QThread::finished, &wait, &QEventLoop::quit);
    thread->start();
    wait.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    delete thread;
}

// A page's reads in the background: only the answer to the latest one is handed back, so
// a slow answer to an earlier question never overwrites a newer one.
class LatestRead : public QObject {
public:
    using QObject::QObject;
    template<typename T>
    void start(const QString &projectPath, std::function<Result<T>(store::Project &)> read, std::function<void(const Result<T> &)> done)
    {
        const int generation = ++m_generation;
        ++m_running;
        readInBackground<T>(this, projectPath, std::move(read), [this, generation, done = std::move(done)](const Result<T> &answer) {
            --m_running;
            if (generation == m_generation)
                done(answer);
        });
    }
    // Drops the answers of every read started so far.
    void forget() { ++m_generation; }
    bool busy() const { return m_running > 0; }

private:
    int m_generation = 0;
    int m_running = 0;
};

} // namespace caselens::gui
