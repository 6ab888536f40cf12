#include "command.h"

#include "review/adjudication.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace caselens::cli {

int runAdjudicate(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption coders(QStringLiteral("coders"), QStringLiteral("The two coders, A,B."), QStringLiteral("A,B"));
    QCommandLineOption into(QStringLiteral("into"), QStringLiteral("The consensus coder to record into."), QStringLiteral("NAME"));
    QCommandLineOption decisions(QStringLiteral("decisions"), QStringLiteral("JSONL of decisions: {\"unit\": passage, \"code\": key, \"decision\": \"code\"|\"omit\"}."), QStringLiteral("FILE"));
    QCommandLineOption sample(QStringLiteral("sample"), QStringLiteral("Only the items of this sample."), QStringLiteral("S"));
    QCommandLineOption by(QStringLiteral("by"), QStringLiteral("Who decides (audit log; default $USER)."), QStringLiteral("NAME"));
    for (const auto *o : {&coders, &into, &decisions, &sample, &by})
        p.addOption(*o);
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project."));
    if (int rc = parseOrExit(p, args, "adjudicate",
                             QStringLiteral("Without --decisions, prints the disagreements as JSONL lines to decide (set \"decision\" to "
                                            "\"code\" or \"omit\"). With --decisions, records the consensus: agreed codes are copied, each "
                                            "decided disagreement is applied and written to the audit log."),
                             QStringLiteral("PROJECT --coders A,B --into CONSENSUS [--decisions FILE.jsonl] [--sample S]"));
        rc >= 0)
        return rc;
    const QStringList names = p.value(coders).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (p.positionalArguments().size() != 1 || names.size() != 2 || !p.isSet(into))
        return fail(QStringLiteral("caselens-cli adjudicate: give the project, --coders A,B and --into CONSENSUS."), Usage);
    auto project = openProject(p.positionalArguments().first());
    if (!project)
        return Failed;
    if (!p.isSet(decisions)) {
        auto open = review::disagreementsToDecide(*project, names, p.value(sample));
        if (!open)
            return fail(open.error().message);
        for (const auto &d : *open)
            out() << QJsonDocument(QJsonObject{{QStringLiteral("unit"), d.unit}, {QStringLiteral("document"), d.documentId},
                                               {QStringLiteral("code"), d.code}, {QStringLiteral("yes"), QJsonArray::fromStringList(d.saidYes)},
                                               {QStringLiteral("no"), QJsonArray::fromStringList(d.saidNo)}, {QStringLiteral("decision"), QJsonValue()}})
                         .toJson(QJsonDocument::Compact)
                  << "\n";
        out().flush();
        return Ok;
    }
    QFile f(p.value(decisions));
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("Cannot read %1: %2.").arg(p.value(decisions), f.errorString()));
    QList<review::AdjudicationDecision> list;
    int lineNo = 0;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QString decision = o.value(QStringLiteral("decision")).toString();
        if (decision.isEmpty())
            continue; // not decided yet
        if (decision != QLatin1String("code") && decision != QLatin1String("omit"))
            return fail(QStringLiteral("%1 line %2: \"decision\" must be \"code\" or \"omit\".").arg(p.value(decisions)).arg(lineNo), Usage);
        list.append({qint64(o.value(QStringLiteral("unit")).toDouble()), o.value(QStringLiteral("code")).toString(), decision == QLatin1String("code")});
    }
    const QString who = p.isSet(by) ? p.value(by) : (qEnvironmentVariable("USER").isEmpty() ? QStringLiteral("user") : qEnvironmentVariable("USER"));
    auto r = review::adjudicate(*project, names, p.value(into), list, who, p.value(sample));
    if (!r)
        return fail(r.error().message);
    out() << p.value(into) << ": " << r->agreedCopied << " agreed codings copied, " << r->decided << " disagreements decided, "
          << r->stillOpen << " still open" << Qt::endl;
    return r->stillOpen > 0 ? Partial : Ok;
}

} // namespace caselens::cli
