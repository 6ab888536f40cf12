#include "command.h"

#include "store/searchindex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace caselens::cli {

int runSearch(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print as JSON."));
    QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N hits (default 50)."), QStringLiteral("N"), QStringLiteral("50"));
    QCommandLineOption context(QStringLiteral("context"), QStringLiteral("Characters of context each side (default 20)."), QStringLiteral("N"), QStringLiteral("20"));
    p.addOption(json);
    p.addOption(limit);
    p.addOption(context);
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project."));
    p.addPositionalArgument(QStringLiteral("QUERY"), QStringLiteral("Words to find; all must occur in a passage. 教师 finds the two-character word."));
    if (int rc = parseOrExit(p, args, "search",
                             QStringLiteral("Finds words in headings and paragraphs and prints keyword-in-context lines "
                                            "with the case number and title."),
                             QStringLiteral("PROJECT QUERY... [--limit N] [--context N] [--json]"));
        rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    if (pos.size() < 2)
        return fail(QStringLiteral("caselens-cli search: give the project and what to search for."), Usage);
    bool ok1 = false, ok2 = false;
    const int n = p.value(limit).toInt(&ok1);
    const int ctx = p.value(context).toInt(&ok2);
    if (!ok1 || !ok2 || n <= 0 || ctx < 0)
        return fail(QStringLiteral("caselens-cli search: --limit and --context take whole numbers."), Usage);
    auto project = openProject(pos.first());
    if (!project)
        return Failed;
    store::SearchIndex index(*project);
    const QString query = pos.mid(1).join(QLatin1Char(' '));
    auto hits = index.search(query, n, ctx);
    if (!hits)
        return fail(hits.error().message, hits.error().kind == ErrorKind::InvalidInput ? Usage : Failed);
    auto total = index.count(query);
    if (p.isSet(json)) {
        QJsonArray arr;
        for (const auto &h : *hits)
            arr.append(QJsonObject{{QStringLiteral("document"), h.documentId}, {QStringLiteral("title"), h.title},
                                   {QStringLiteral("passage"), h.passageId}, {QStringLiteral("start"), h.start},
                                   {QStringLiteral("end"), h.end}, {QStringLiteral("left"), h.left},
                                   {QStringLiteral("match"), h.match}, {QStringLiteral("right"), h.right}});
        out() << QJsonDocument(QJsonObject{{QStringLiteral("query"), query},
                                           {QStringLiteral("passages"), total ? *total : qint64(arr.size())},
                                           {QStringLiteral("hits"), arr}})
                     .toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const auto &h : *hits) {
        out() << QStringLiteral("#%1").arg(h.documentId).leftJustified(6) << h.left.rightJustified(ctx, QChar(u'\u3000'))
              << " [" << h.match << "] " << h.right << "  — " << h.title << "\n";
    }
    out() << (total ? *total : qint64(hits->size())) << " passages match" << (hits->size() >= n ? QStringLiteral(" (first %1 shown)").arg(n) : QString())
          << Qt::endl;
    return Ok;
}

} // namespace caselens::cli
