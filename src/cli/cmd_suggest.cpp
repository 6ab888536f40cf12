#include "command.h"

#include "coding/coderfactory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace caselens::cli {

int runSuggest(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption input(QStringLiteral("input"), QStringLiteral("JSONL file of {\"id\": …, \"text\": …}; - for standard input."), QStringLiteral("FILE"));
    QCommandLineOption coder(QStringLiteral("coder"), QStringLiteral("lexicon, learned or llm (default: learned when trained, else lexicon)."), QStringLiteral("ENGINE"));
    p.addOption(input);
    p.addOption(coder);
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project whose codebook and model to use; nothing is written to it."));
    if (int rc = parseOrExit(p, args, "suggest",
                             QStringLiteral("Prints, for each input line, {\"id\": …, \"codes\": [{\"code\", \"score\", \"rationale\"}, …]} "
                                            "best first. Writes nothing to the project."),
                             QStringLiteral("PROJECT --input FILE.jsonl [--coder ENGINE]"));
        rc >= 0)
        return rc;
    if (p.positionalArguments().size() != 1 || !p.isSet(input))
        return fail(QStringLiteral("caselens-cli suggest: give the project and --input FILE.jsonl."), Usage);
    QFile in;
    if (p.value(input) == QLatin1String("-")) {
        in.open(stdin, QIODevice::ReadOnly);
    } else {
        in.setFileName(p.value(input));
        if (!in.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("Cannot read %1: %2.").arg(p.value(input), in.errorString()));
    }
    auto project = openProject(p.positionalArguments().first());
    if (!project)
        return Failed;
    auto engine = coding::makeCoder(*project, p.value(coder));
    if (!engine)
        return fail(engine.error().message, engine.error().kind == ErrorKind::InvalidInput ? Usage : Failed);
    int lineNo = 0, bad = 0;
    QFile stdoutFile;
    stdoutFile.open(stdout, QIODevice::WriteOnly);
    while (!in.atEnd()) {
        const QByteArray line = in.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty())
            continue;
        QJsonParseError perr;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &perr);
        const QJsonObject o = doc.object();
        if (perr.error != QJsonParseError::NoError || !doc.isObject() || !o.value(QStringLiteral("text")).isString()) {
            err() << "line " << lineNo << ": not a JSON object with a \"text\" string; skipped" << Qt::endl;
            ++bad;
            continue;
        }
        QJsonArray codes;
        for (const auto &s : (*engine)->suggest(o.value(QStringLiteral("text")).toString()))
            codes.append(QJsonObject{{QStringLiteral("code"), s.code},
                                     {QStringLiteral("score"), qRound(s.score * 10000) / 10000.0},
                                     {QStringLiteral("rationale"), s.rationale}});
        const QJsonObject result{{QStringLiteral("id"), o.value(QStringLiteral("id"))}, {QStringLiteral("codes"), codes}};
        stdoutFile.write(QJsonDocument(result).toJson(QJsonDocument::Compact) + '\n');
    }
    stdoutFile.flush();
    return bad ? Partial : Ok;
}

} // namespace caselens::cli
