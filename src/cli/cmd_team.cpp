#include "command.h"

#include "store/server/teamsearch.h"
#include "store/server/teamserver.h"
#include "store/server/teamsession.h"
#include "team/workingcopy.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace caselens::cli {

namespace {

void printCounts(const QList<store::server::TableCount> &counts)
{
    for (const auto &c : counts)
        out() << "  " << c.table << ": " << c.rows << Qt::endl;
}

int teamFailure(const Error &e)
{
    return fail(e.message, e.kind == ErrorKind::InvalidInput ? Usage : Failed);
}

} // namespace

int runPublish(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file to publish."));
    p.addPositionalArgument(QStringLiteral("ADDRESS"), QStringLiteral("postgresql://user@host:port/database (an empty database)."));
    if (int rc = parseOrExit(p, args, "publish",
                             QStringLiteral("Copies a project into an empty PostgreSQL database for a team, with the team's rules: "
                                            "each person's own role, row-level security, change notifications (docs/teams.md). You "
                                            "become its lead. The password comes from PGPASSWORD or ~/.pgpass, never from CaseLens."),
                             QStringLiteral("PROJECT.caselens postgresql://…"));
        rc >= 0)
        return rc;
    if (p.positionalArguments().size() != 2 || !store::server::isServerAddress(p.positionalArguments().at(1)))
        return fail(QStringLiteral("caselens-cli publish: give the project and a postgresql:// address."), Usage);
    auto project = openProject(p.positionalArguments().first());
    if (!project)
        return Failed;
    QElapsedTimer t;
    t.start();
    auto counts = store::server::publishProject(*project, p.positionalArguments().at(1));
    if (!counts)
        return teamFailure(counts.error());
    out() << "Published " << project->path() << " to " << store::server::displayAddress(p.positionalArguments().at(1)) << " in "
          << QString::number(t.elapsed() / 1000.0, 'f', 2) << " s:" << Qt::endl;
    printCounts(*counts);
    return Ok;
}

int runExportLocal(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ADDRESS"), QStringLiteral("postgresql://… of a team project."));
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The new project file."));
    if (int rc = parseOrExit(p, args, "export-local",
                             QStringLiteral("Copies a team project from its PostgreSQL server into a new project file, as you may "
                                            "read it (a coder in a blind session gets only their own codings)."),
                             QStringLiteral("postgresql://… OUT.caselens"));
        rc >= 0)
        return rc;
    if (p.positionalArguments().size() != 2 || !store::server::isServerAddress(p.positionalArguments().first()))
        return fail(QStringLiteral("caselens-cli export-local: give a postgresql:// address and the new file."), Usage);
    auto counts = store::server::exportLocal(p.positionalArguments().first(), p.positionalArguments().at(1));
    if (!counts)
        return teamFailure(counts.error());
    out() << "Wrote " << p.positionalArguments().at(1) << ":" << Qt::endl;
    printCounts(*counts);
    return Ok;
}

int runServerInfo(const QString &address, bool json)
{
    auto info = store::server::serverInfo(address);
    if (!info)
        return teamFailure(info.error());
    if (json) {
        QJsonObject o{{QStringLiteral("name"), info->name}, {QStringLiteral("address"), info->address}, {QStringLiteral("user"), info->user},
                      {QStringLiteral("blind"), info->blind}, {QStringLiteral("reviewer"), info->reviewer},
                      {QStringLiteral("members"), QJsonArray::fromStringList(info->members)}};
        for (const auto &t : info->tables)
            o.insert(t.table, t.rows);
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Ok;
    }
    out() << "Project:        " << info->name << Qt::endl
          << "Server:         " << info->address << Qt::endl
          << "You:            " << info->user << (info->reviewer ? " (reviewer)" : "") << Qt::endl
          << "Blind session:  " << (info->blind ? "on" : "off") << Qt::endl
          << "Members:        " << (info->members.isEmpty() ? QStringLiteral("none yet") : info->members.join(QStringLiteral(", "))) << Qt::endl;
    for (const auto &t : info->tables)
        out() << QStringLiteral("%1%2").arg(t.table + QLatin1Char(':'), -16).arg(t.rows) << Qt::endl;
    return Ok;
}

int runTeam(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption reviewer(QStringLiteral("reviewer"), QStringLiteral("add-member: the person also decides suggestions."));
    QCommandLineOption doc(QStringLiteral("doc"), QStringLiteral("code: the case."), QStringLiteral("N"));
    QCommandLineOption start(QStringLiteral("start"), QStringLiteral("code: first character (code points from 0)."), QStringLiteral("S"));
    QCommandLineOption end(QStringLiteral("end"), QStringLiteral("code: one past the last character."), QStringLiteral("E"));
    QCommandLineOption code(QStringLiteral("code"), QStringLiteral("code: the code's key."), QStringLiteral("KEY"));
    QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("watch: how long to listen (default 10)."), QStringLiteral("N"), QStringLiteral("10"));
    for (const auto *o : {&reviewer, &doc, &start, &end, &code, &seconds})
        p.addOption(*o);
    p.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("add-member, blind, checkout, sync, code, decide, search or watch."));
    p.addPositionalArgument(QStringLiteral("ADDRESS"), QStringLiteral("postgresql://… of a team project."));
    if (int rc = parseOrExit(p, args, "team",
                             QStringLiteral("Works on a team project on a PostgreSQL server, as the person the address names.\n"
                                            "  add-member ADDRESS NAME [--reviewer]   the lead adds a person (password from CASELENS_MEMBER_PASSWORD)\n"
                                            "  blind ADDRESS on|off                    the lead turns the blind session on or off\n"
                                            "  code ADDRESS --doc N --start S --end E --code KEY   code a passage as yourself\n"
                                            "  decide ADDRESS ID accept|reject         a reviewer decides a suggestion\n"
                                            "  search ADDRESS WORDS…                   how many passages and cases hold every word\n"
                                            "  checkout ADDRESS FILE                   a working copy: a project file every command and the window open\n"
                                            "  sync ADDRESS FILE                       send your work in the copy to the server, then receive the others'\n"
                                            "  watch ADDRESS [--seconds N]             print other people's changes as they happen"),
                             QStringLiteral("ACTION postgresql://… [ARGS]"));
        rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    if (pos.size() < 2 || !store::server::isServerAddress(pos.at(1)))
        return fail(QStringLiteral("caselens-cli team: give an action and a postgresql:// address."), Usage);
    const QString action = pos.at(0), address = pos.at(1);
    if (action == QLatin1String("add-member")) {
        if (pos.size() != 3)
            return fail(QStringLiteral("caselens-cli team add-member: give the member's name."), Usage);
        const auto role = p.isSet(reviewer) ? store::server::MemberRole::Reviewer : store::server::MemberRole::Coder;
        if (Status s = store::server::addMember(address, pos.at(2), role); !s)
            return teamFailure(s.error());
        out() << pos.at(2) << " is a " << (p.isSet(reviewer) ? "reviewer" : "coder") << " on the team." << Qt::endl;
        return Ok;
    }
    if (action == QLatin1String("blind")) {
        if (pos.size() != 3 || (pos.at(2) != QLatin1String("on") && pos.at(2) != QLatin1String("off")))
            return fail(QStringLiteral("caselens-cli team blind: say on or off."), Usage);
        if (Status s = store::server::setBlind(address, pos.at(2) == QLatin1String("on")); !s)
            return teamFailure(s.error());
        out() << "Blind session " << pos.at(2) << "." << Qt::endl;
        return Ok;
    }
    if (action == QLatin1String("checkout")) {
        if (pos.size() != 3)
            return fail(QStringLiteral("caselens-cli team checkout: give the file for the working copy."), Usage);
        auto counts = team::checkOut(address, pos.at(2));
        if (!counts)
            return teamFailure(counts.error());
        out() << "Working copy " << pos.at(2) << " of " << store::server::displayAddress(address) << ":" << Qt::endl;
        printCounts(*counts);
        return Ok;
    }
    auto session = store::server::TeamSession::open(address);
    if (!session)
        return teamFailure(session.error());
    if (action == QLatin1String("sync")) {
        if (pos.size() != 3)
            return fail(QStringLiteral("caselens-cli team sync: give the working copy."), Usage);
        auto copy = openProject(pos.at(2));
        if (!copy)
            return Failed;
        if (team::workingCopyServer(*copy).isEmpty())
            return fail(QStringLiteral("%1 is not a working copy of a team project (caselens-cli team checkout makes one).").arg(pos.at(2)), Usage);
        auto synced = team::sync(*copy, **session);
        if (!synced)
            return teamFailure(synced.error());
        const team::SendReport &sent = synced->sent;
        const team::ReceiveReport &received = synced->received;
        out() << "Sent: " << sent.coded << " codings, " << sent.decided << " decisions, " << sent.removed << " removals, " << sent.memos << " memos" << Qt::endl;
        for (const QString &n : sent.notSent)
            out() << "  not sent (kept in the copy): " << n << Qt::endl;
        out() << "Received: " << received.codings << " codings, " << received.decisions << " decisions, " << received.memos << " memos"
              << (received.everything ? QStringLiteral(" (the whole project)") : QStringLiteral(" (%1 cases read)").arg(received.cases))
              << (received.changedNothing() ? " (nothing new)" : "") << Qt::endl;
        for (const QString &c : received.conflicts)
            out() << "  conflict: " << c << Qt::endl;
        return sent.notSent.isEmpty() ? Ok : Partial;
    }
    if (action == QLatin1String("code")) {
        bool ok1 = false, ok2 = false, ok3 = false;
        const qint64 d = p.value(doc).toLongLong(&ok1), s = p.value(start).toLongLong(&ok2), e = p.value(end).toLongLong(&ok3);
        if (!ok1 || !ok2 || !ok3 || !p.isSet(code))
            return fail(QStringLiteral("caselens-cli team code: give --doc, --start, --end and --code."), Usage);
        auto id = (*session)->code(d, s, e, p.value(code));
        if (!id)
            return teamFailure(id.error());
        out() << "Coding " << *id << ": case " << d << " [" << s << ", " << e << ") " << p.value(code) << " by " << (*session)->person() << Qt::endl;
        return Ok;
    }
    if (action == QLatin1String("decide")) {
        bool ok = false;
        const qint64 id = pos.value(2).toLongLong(&ok);
        if (pos.size() != 4 || !ok || (pos.at(3) != QLatin1String("accept") && pos.at(3) != QLatin1String("reject")))
            return fail(QStringLiteral("caselens-cli team decide: give the suggestion's number and accept or reject."), Usage);
        if (Status s = (*session)->decide(id, pos.at(3) == QLatin1String("accept")); !s)
            return teamFailure(s.error());
        out() << "Suggestion " << id << " " << pos.at(3) << "ed by " << (*session)->person() << Qt::endl;
        return Ok;
    }
    if (action == QLatin1String("search")) {
        if (pos.size() < 3)
            return fail(QStringLiteral("caselens-cli team search: give the words to look for."), Usage);
        auto found = store::server::serverMatches((*session)->connection(), pos.mid(2).join(QLatin1Char(' ')));
        if (!found)
            return teamFailure(found.error());
        out() << found->passages << " passages in " << found->documents.size() << " cases" << Qt::endl;
        return Ok;
    }
    if (action == QLatin1String("watch")) {
        if (Status s = (*session)->listen(); !s)
            return teamFailure(s.error());
        QElapsedTimer t;
        t.start();
        const qint64 limit = p.value(seconds).toLongLong() * 1000;
        while (t.elapsed() < limit)
            for (const auto &c : (*session)->changes(int(qMax<qint64>(1, limit - t.elapsed())))) {
                out() << c.by << " " << c.operation.toLower() << " " << c.table << (c.document ? QStringLiteral(" in case %1").arg(c.document) : QString())
                      << Qt::endl;
            }
        return Ok;
    }
    return fail(QStringLiteral("caselens-cli team: there is no action \"%1\"; use add-member, blind, checkout, sync, code, decide, search or watch.").arg(action), Usage);
}

} // namespace caselens::cli
