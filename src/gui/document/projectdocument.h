#pragma once
// ProjectDocument: the open project as the window holds it — the store, the acting
// coder, the blind-session switch and the undo stack — and the one place that announces
// what changed, so pages listen instead of being refreshed by hand. It lives as long as
// the window; undo commands hold it, never a page.

#include "review/reviewservice.h"
#include "store/project.h"
#include "support/result.h"

#include <QObject>
#include <memory>

class QUndoStack;
class QUndoCommand;

namespace caselens::gui {

class ProjectDocument : public QObject {
    Q_OBJECT
public:
    explicit ProjectDocument(QString coderName, QObject *parent = nullptr);
    ~ProjectDocument() override;

    // Opens a project in place of the one open (whose undo history goes with it). The
    // first open of a file checks it on a worker thread; the window repaints meanwhile.
    Status open(const QString &path);
    bool isOpen() const { return bool(m_project); }
    store::Project &project() const { return *m_project; } // only while isOpen()
    store::Project *projectIfOpen() const { return m_project.get(); }
    QUndoStack *undoStack() const { return m_undo; }
    void push(QUndoCommand *command);

    QString coderName() const { return m_coderName; }
    void setCoderName(const QString &name);
    // The acting coder's operations. Commands copy it when they are made, so an undo acts
    // as the coder who did the step, whoever is at the keyboard by then.
    review::ReviewService service() const { return review::ReviewService(*m_project, m_coderName); }

    // A blind session: every page shows only this coder's work.
    bool isBlind() const { return m_blind; }
    void setBlind(bool on);
    QString onlyCoder() const { return m_blind ? m_coderName : QString(); }

    // What changed; the signals below carry it to every page.
    void announceCodings(qint64 documentId); // 0: codings of any document
    void announceCodebook();
    void announceMemos();
    void announceMetadata();
    // After work that may have changed anything (a background job, a code merge).
    void announceEverything();
    void reportError(const QString &message);
    void reportStatus(const QString &message);

Q_SIGNALS:
    void opened();
    void codingsChanged(qint64 documentId);
    void codebookChanged();
    void memosChanged();
    void metadataChanged();
    void coderChanged(const QString &name);
    void blindChanged(bool on);
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message);

private:
    std::unique_ptr<store::Project> m_project;
    QUndoStack *m_undo;
    QString m_coderName;
    bool m_blind = false;
    bool m_opening = false;
};

} // namespace caselens::gui
