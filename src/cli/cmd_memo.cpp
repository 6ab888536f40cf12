#include "command.h"

#include "store/codestore.h"
#include "store/memostore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace caselens::cli {

int runMemo(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project."));
    QCommandLineOption document(QStringLiteral("document"), QStringLiteral("The memo is on document N."), QStringLiteral("N"));
    QCommandLineOption code(QStringLiteral("code"), QStringLiteral("The memo is on the code KEY."), QStringLiteral("KEY"));
    QCommandLineOption coding(QStringLiteral("coding"), QStringLiteral("The memo is on coding N."), QStringLiteral("N"));
    QCommandLineOption projectMemo(QStringLiteral("project"), QStringLiteral("The memo is on the project as a whole."));
    QCommandLineOption text(QStringLiteral("text"), QStringLiteral("Write TEXT as your memo there (replacing yours)."), QStringLiteral("TEXT"));
    QCommandLineOption clear(QStringLiteral("clear"), QStringLiteral("Remove your memo there."));
    QCommandLineOption as(QStringLiteral("as"), QStringLiteral("Your coder name (default: $USER)."), QStringLiteral("NAME"));
    QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print as JSON."));
    p.addOptions({document, code, coding, projectMemo, text, clear, as, json});
    if (int rc = parseOrExit(p, args, "memo",
                             QStringLiteral("Lists memos, or writes or removes your memo on a document, code, coding or the project. "
                                            "Without a target, lists every memo. Every change is in the audit log."),
                             QStringLiteral("PROJECT [--document N | --code KEY | --coding N | --project] [--text TEXT | --clear] [--as NAME]"));
        rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1)
        return fail(QStringLiteral("caselens-cli memo: give one project."), Usage);
    const int targets = int(p.isSet(document)) + int(p.isSet(code)) + int(p.isSet(coding)) + int(p.isSet(projectMemo));
    if (targets > 1)
        return fail(QStringLiteral("caselens-cli memo: give one of --document, --code, --coding or --project."), Usage);
    const bool writing = p.isSet(text) || p.isSet(clear);
    if (writing && targets == 0)
        return fail(QStringLiteral("caselens-cli memo: say what the memo is on (--document, --code, --coding or --project)."), Usage);
    if (p.isSet(text) && p.isSet(clear))
        return fail(QStringLiteral("caselens-cli memo: give --text or --clear, not both."), Usage);
    auto project = openProject(pos.first());
    if (!project)
        return Failed;

    std::optional<store::MemoTarget> target;
    qint64 targetId = 0;
    auto number = [](const QString &v, qint64 &outId) {
        bool ok = false;
        outId = v.toLongLong(&ok);
        return ok && outId > 0;
    };
    if (p.isSet(document)) {
        target = store::MemoTarget::Document;
        if (!number(p.value(document), targetId))
            return fail(QStringLiteral("caselens-cli memo: --document takes a document number."), Usage);
    } else if (p.isSet(coding)) {
        target = store::MemoTarget::Coding;
        if (!number(p.value(coding), targetId))
            return fail(QStringLiteral("caselens-cli memo: --coding takes a coding number."), Usage);
    } else if (p.isSet(code)) {
        target = store::MemoTarget::Code;
        const auto ids = store::CodeStore(*project).idsByKey();
        if (!ids.contains(p.value(code)))
            return fail(QStringLiteral("There is no code \"%1\"; `caselens-cli codebook %2` lists the keys.").arg(p.value(code), pos.first()));
        targetId = ids.value(p.value(code));
    } else if (p.isSet(projectMemo)) {
        target = store::MemoTarget::Project;
    }

    store::MemoStore memos(*project);
    if (writing) {
        const QString author = p.isSet(as) ? p.value(as) : qEnvironmentVariable("USER", QStringLiteral("coder"));
        auto id = memos.write(*target, targetId, author, p.isSet(clear) ? QString() : p.value(text));
        if (!id)
            return fail(id.error().message);
        out() << (*id ? QStringLiteral("Memo %1 saved by %2").arg(*id).arg(author) : QStringLiteral("No memo of %1's is there now").arg(author))
              << Qt::endl;
        return Ok;
    }
    auto list = target ? memos.memosOn(*target, targetId) : memos.all();
    if (!list)
        return fail(list.error().message);
    if (p.isSet(json)) {
        QJsonArray arr;
        for (const auto &m : *list)
            arr.append(QJsonObject{{QStringLiteral("id"), m.id}, {QStringLiteral("target"), store::memoTargetName(m.target)},
                                   {QStringLiteral("target_id"), m.targetId}, {QStringLiteral("author"), m.author},
                                   {QStringLiteral("text"), m.text}, {QStringLiteral("updated_at"), m.updatedAt}});
        out() << QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (list->isEmpty())
        out() << "No memos." << Qt::endl;
    for (const auto &m : *list)
        out() << "memo " << m.id << " on " << store::memoTargetName(m.target)
              << (m.target == store::MemoTarget::Project ? QString() : QStringLiteral(" %1").arg(m.targetId)) << " by "
              << (m.author.isEmpty() ? QStringLiteral("(unknown)") : m.author) << ", " << m.updatedAt << "\n  "
              << QString(m.text).replace(QLatin1Char('\n'), QStringLiteral("\n  ")) << Qt::endl;
    return Ok;
}

} // namespace caselens::cli
