#include "document/projectdocument.h"

#include "document/readinbackground.h"

#include <QUndoStack>

namespace caselens::gui {

ProjectDocument::ProjectDocument(QString coderName, QObject *parent)
    : QObject(parent), m_undo(new QUndoStack(this)), m_coderName(std::move(coderName))
{
}

ProjectDocument::~ProjectDocument()
{
    m_undo->clear(); // commands hold this document; they go first
}

Status ProjectDocument::open(const QString &path)
{
    if (m_opening)
        return makeError(tr("Another project is being opened; wait for it."), ErrorKind::Busy);
    // The first open of a file in this process checks it for damage and brings an old
    // one up to date: over a second for a project of 10,000 coded cases. That runs on
    // a worker while the window keeps answering; the open here then finds it done.
    m_opening = true;
    Status checked;
    waitOffThread([path, &checked] {
        auto p = store::Project::open(path);
        if (!p)
            checked = p.error();
    });
    m_opening = false;
    if (!checked)
        return checked;
    auto p = store::Project::open(path);
    if (!p)
        return p.error();
    m_undo->clear(); // its commands act on the project being closed
    // The pages of the project before go when they hear of the new one: it stays open
    // until they have.
    std::unique_ptr<store::Project> before = std::exchange(m_project, p.take());
    Q_EMIT opened();
    before.reset();
    return {};
}

void ProjectDocument::push(QUndoCommand *command)
{
    m_undo->push(command);
}

void ProjectDocument::setCoderName(const QString &name)
{
    if (name == m_coderName)
        return;
    m_coderName = name;
    Q_EMIT coderChanged(name);
    if (m_blind)
        Q_EMIT blindChanged(true); // whose work shows changed with the name
}

void ProjectDocument::setBlind(bool on)
{
    m_blind = on;
    Q_EMIT blindChanged(on);
}

void ProjectDocument::announceCodings(qint64 documentId) { Q_EMIT codingsChanged(documentId); }
void ProjectDocument::announceCodebook() { Q_EMIT codebookChanged(); }
void ProjectDocument::announceMemos() { Q_EMIT memosChanged(); }
void ProjectDocument::announceMetadata() { Q_EMIT metadataChanged(); }
void ProjectDocument::reportError(const QString &message) { Q_EMIT errorOccurred(message); }
void ProjectDocument::reportStatus(const QString &message) { Q_EMIT statusMessage(message); }

void ProjectDocument::announceEverything()
{
    Q_EMIT codebookChanged();
    Q_EMIT metadataChanged();
    Q_EMIT codingsChanged(0);
    Q_EMIT memosChanged();
}

} // namespace caselens::gui
