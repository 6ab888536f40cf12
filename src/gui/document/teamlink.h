#pragma once
// TeamLink: keeps the open working copy of a team project in step with its server. After
// each change in the window it sends this person's work; when the server announces
// another person's change (LISTEN/NOTIFY) it receives theirs, and the pages read again.
// All talk with the server is on a worker thread. While the server cannot be reached the
// work stays in the copy, the status says what is waiting, and sending is tried again.

#include <QObject>
#include <QString>

class QThread;
class QTimer;

namespace caselens::gui {

class ProjectDocument;
class TeamWorker;

class TeamLink : public QObject {
    Q_OBJECT
public:
    // `address` reaches the server as this person (its password, if any, is kept in
    // memory only, for this session).
    TeamLink(ProjectDocument &document, const QString &address, QObject *parent = nullptr);
    ~TeamLink() override;
    bool isOnline() const { return m_online; }
    int waiting() const { return m_waiting; }
    QString status() const { return m_status; }
    // Sends and receives now (also what the timers do).
    void syncNow();

Q_SIGNALS:
    void statusChanged(const QString &status);
    // A sync finished, with or without the server.
    void synced();

private:
    void onSynced(bool online, int waiting, bool received, const QString &message);
    ProjectDocument &m_doc;
    QThread *m_thread;
    TeamWorker *m_worker;
    QTimer *m_soon;  // a pause after a change, so a burst of keys is one sync
    QTimer *m_retry; // while offline
    bool m_online = false;
    bool m_applying = false; // the pages reading what was received are no change of ours
    int m_waiting = 0;
    QString m_status;
};

} // namespace caselens::gui
