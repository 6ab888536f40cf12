#include "document/teamlink.h"

#include "document/projectdocument.h"
#include "store/server/teamsession.h"
#include "team/workingcopy.h"

#include <QThread>
#include <QTimer>

namespace caselens::gui {

// Lives on the link's thread: its own connection to the working copy and to the server.
class TeamWorker : public QObject {
    Q_OBJECT
public:
    TeamWorker(QString copyPath, QString address) : m_copyPath(std::move(copyPath)), m_address(std::move(address)) {}

    void start()
    {
        m_listen = new QTimer(this);
        m_listen->setInterval(100); // reading what arrived costs nothing when nothing did
        connect(m_listen, &QTimer::timeout, this, &TeamWorker::hear);
        m_listen->start();
    }

    // Sends this person's work (`sendToo`, or when the last try could not reach the server)
    // and receives the others'.
    void sync(bool sendToo)
    {
        if (!m_copy) {
            auto copy = store::Project::open(m_copyPath);
            if (!copy) {
                Q_EMIT synced(false, 0, false, copy.error().message);
                return;
            }
            m_copy = copy.take();
        }
        if (!m_session) {
            auto session = store::server::TeamSession::open(m_address);
            if (session) {
                m_session = session.take();
                static_cast<void>(m_session->listen());
            }
        }
        auto waiting = [this] {
            auto n = team::pendingWork(*m_copy);
            return n ? *n : 0;
        };
        if (!m_session) {
            Q_EMIT synced(false, waiting(), false, {});
            return;
        }
        // Hearing of another person's change with nothing of ours waiting, receiving is enough.
        Result<team::SyncReport> done = team::SyncReport{};
        if (sendToo || m_unsent) {
            done = team::sync(*m_copy, *m_session);
        } else if (auto received = team::receive(*m_copy, *m_session)) {
            done = team::SyncReport{{}, *received};
        } else {
            done = received.error();
        }
        m_unsent = !done && done.error().kind == ErrorKind::Offline;
        if (!done) {
            Q_EMIT synced(done.error().kind != ErrorKind::Offline, waiting(), false, done.error().message);
            return;
        }
        Q_EMIT synced(true, waiting(), !done->received.changedNothing(), done->sent.notSent.join(QLatin1Char(' ')));
    }

Q_SIGNALS:
    void synced(bool online, int waiting, bool received, const QString &message);

private:
    void hear()
    {
        if (!m_session)
            return;
        // Another person's change is received at once (only the cases it touched, so it is quick).
        for (const auto &change : m_session->changes(0))
            if (change.by != m_session->person()) {
                sync(false);
                return;
            }
    }

    QString m_copyPath, m_address;
    std::unique_ptr<store::Project> m_copy;
    std::unique_ptr<store::server::TeamSession> m_session;
    QTimer *m_listen = nullptr;
    bool m_unsent = true; // this person's work may be waiting: at the start, and after a failed try
};

TeamLink::TeamLink(ProjectDocument &document, const QString &address, QObject *parent)
    : QObject(parent), m_doc(document), m_thread(new QThread(this)), m_worker(new TeamWorker(document.project().path(), address)),
      m_soon(new QTimer(this)), m_retry(new QTimer(this))
{
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_thread, &QThread::started, m_worker, &TeamWorker::start);
    connect(m_worker, &TeamWorker::synced, this, &TeamLink::onSynced);
    m_soon->setSingleShot(true);
    m_soon->setInterval(400);
    connect(m_soon, &QTimer::timeout, this, &TeamLink::syncNow);
    m_retry->setInterval(5000);
    connect(m_retry, &QTimer::timeout, this, &TeamLink::syncNow);
    // This person's codings, decisions and memos go to the server.
    auto changedHere = [this] {
        if (!m_applying)
            m_soon->start();
    };
    connect(&m_doc, &ProjectDocument::codingsChanged, this, changedHere);
    connect(&m_doc, &ProjectDocument::memosChanged, this, changedHere);
    m_thread->start();
    syncNow();
}

TeamLink::~TeamLink()
{
    m_thread->quit();
    m_thread->wait();
}

void TeamLink::syncNow()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->sync(true); }, Qt::QueuedConnection);
}

void TeamLink::onSynced(bool online, int waiting, bool received, const QString &message)
{
    m_online = online;
    m_waiting = waiting;
    if (online)
        m_retry->stop();
    else if (!m_retry->isActive())
        m_retry->start();
    m_status = online ? (waiting > 0 ? tr("Team: online; %n step(s) the server refused stay in your copy", nullptr, waiting) : tr("Team: online"))
                      : tr("Team: offline; %n step(s) of yours waiting, sent when the server answers", nullptr, waiting);
    if (!message.isEmpty())
        m_status += QStringLiteral(" — ") + message;
    Q_EMIT statusChanged(m_status);
    if (received) {
        m_applying = true;
        m_doc.announceEverything();
        m_applying = false;
    }
    Q_EMIT synced();
}

} // namespace caselens::gui

#include "teamlink.moc"
