#pragma once
// WorkingCopy: a team project as a project file on this machine — made from the server
// (export-local), opened by the window and every command like any project — kept in step
// with the server. send() makes the server hold what this person did in the copy (their
// codings, their decisions, the codings they removed); receive() brings in what the
// others did, through the merge of offline teams. Nothing is lost while offline: the copy
// keeps the work, and the next send() delivers it.

#include "store/project.h"
#include "store/server/teamserver.h"
#include "store/server/teamsession.h"
#include "team/projectmerge.h"

namespace caselens::team {

struct SendReport {
    int coded = 0, decided = 0, removed = 0, memos = 0;
    QStringList notSent; // one sentence per step the server refused (it stays in the copy)
    bool sentNothing() const { return coded == 0 && decided == 0 && removed == 0 && memos == 0; }
};

struct ReceiveReport : MergeReport {
    bool everything = false; // a copy of the whole server was merged in
    int cases = 0;           // else: the cases whose codings were fetched
};

// Where the working copy of `address` lives on this machine: one file per server, database
// and person in CaseLens's data folder, the same for the window and the command line.
QString workingCopyPath(const QString &address);
// A working copy of `address` ready to open: the one from before, with any work not sent
// yet (also when the server cannot be asked: work goes on offline), or a new checkout. A
// copy of another project once published under the same address is set aside (renamed,
// never removed) and a new one made. Talks to the server: not for the window's thread.
Result<QString> prepareWorkingCopy(const QString &address);

// Makes `path` a working copy of the team project at `address`, as this person may read it.
Result<QList<store::server::TableCount>> checkOut(const QString &address, const QString &path);
// The server's address (without a password) and the person a working copy belongs to;
// empty when the file is no working copy.
QString workingCopyServer(store::Project &copy);
QString workingCopyPerson(store::Project &copy);
// The server project's own id (a copy of a database published again is not its copy).
QString workingCopyProjectId(store::Project &copy);

Result<SendReport> send(store::Project &copy, store::server::TeamSession &server);
// This person's codings and decisions in the copy that the server has not had yet.
Result<int> pendingWork(store::Project &copy);
// Brings in what the others did since the last receive: only the cases whose version on
// the server moved, or — after a change to the codebook, the cases, memos or settings, and
// the first time — a copy of the whole server merged in.
Result<ReceiveReport> receive(store::Project &copy, store::server::TeamSession &server);

struct SyncReport {
    SendReport sent;
    ReceiveReport received;
};
// Sends this person's work, then receives the others' — in that order, so what they
// removed in the copy is gone from the server before the copy is compared with it.
Result<SyncReport> sync(store::Project &copy, store::server::TeamSession &server);

} // namespace caselens::team
