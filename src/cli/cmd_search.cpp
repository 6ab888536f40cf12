#include "command.h"

#include "store/searchindex.h"
#include "text/personaldata.h"

#include <QFile>

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
    QCommandLineOption anonymise(QStringLiteral("anonymise"), QStringLiteral("Mask phone numbers, ID numbers, e-mail addresses and the names in --names in the quotes."));
    QCommandLineOption names(QStringLiteral("names"), QStringLiteral("A UTF-8 file with one name per line to mask."), QStringLiteral("FILE"));
    p.addOption(anonymise);
    p.addOption(names);
    p.addOption(json);
    p.addOption(limit);
    p.addOption(context);
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project."));
    p.addPositionalArgument(QStringLiteral("QUERY"), QStringLiteral("Words to find; all must occur in a passage. 教师 finds the two-character word."));
    if (int rc = parseOrExit(p, args, "search",
                             QStringLiteral("Finds words in headings and paragraphs and prints keyword-in-context lines "
                                            "with the case number and title."),
                             QStringLiteral("PROJECT QUERY... [--limit N] [--context N] [--anonymise [--names FILE]] [--json]"));
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
    if (p.isSet(anonymise) || p.isSet(names)) {
        QStringList nameList;
        if (p.isSet(names)) {
            auto read = readNamesFile(p.value(names));
            if (!read)
                return fail(read.error().message);
            nameList = read.take();
        }
        int masked = 0;
        for (auto &h : *hits) {
            // Mask over the whole quote so a name cut by the context edge is still found.
            QString quote = h.left + h.match + h.right;
            const auto found = text::findPersonalData(quote, nameList);
            for (const auto &m : found)
                for (qsizetype i = m.start; i < m.start + m.length; ++i)
                    quote[i] = QChar(u'＊');
            masked += int(found.size());
            h.left = quote.left(h.left.size());
            h.match = quote.mid(h.left.size(), h.match.size());
            h.right = quote.mid(h.left.size() + h.match.size());
        }
        err() << masked << " personal details masked in the quotes" << Qt::endl;
    }
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
