#pragma once
// ProgressSink: how long work reports progress and learns whether to go on.
// The GUI shows it as a progress bar with cancel, the CLI as a progress line.

#include <QString>
#include <atomic>
#include <functional>

namespace caselens {

class ProgressSink {
public:
    virtual ~ProgressSink() = default;
    virtual void start(const QString &task, qint64 total) { Q_UNUSED(task); Q_UNUSED(total); }
    // Returns false when the user asked to stop; the worker then finishes the unit in hand.
    virtual bool step(qint64 done, const QString &label = {}) { Q_UNUSED(done); Q_UNUSED(label); return true; }
    virtual void finish() {}
    // The flag behind step()'s answer, for work that waits and must stop waiting at once.
    virtual const std::atomic_bool *cancelFlag() const { return nullptr; }
};

// A sink that never reports and never cancels.
inline ProgressSink &nullProgress()
{
    static ProgressSink sink;
    return sink;
}

// A sink that cancels when a shared flag is set (Ctrl-C in the CLI, Cancel in the GUI).
class CancelFlagSink : public ProgressSink {
public:
    explicit CancelFlagSink(const std::atomic_bool &cancelled, ProgressSink &inner = nullProgress())
        : m_cancelled(cancelled), m_inner(inner) {}
    void start(const QString &task, qint64 total) override { m_inner.start(task, total); }
    bool step(qint64 done, const QString &label) override
    {
        return m_inner.step(done, label) && !m_cancelled.load();
    }
    void finish() override { m_inner.finish(); }
    const std::atomic_bool *cancelFlag() const override { return &m_cancelled; }

private:
    const std::atomic_bool &m_cancelled;
    ProgressSink &m_inner;
};

} // namespace caselens
