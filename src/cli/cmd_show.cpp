#include "command.h"

#include "review/reviewservice.h"
#include "store/documentstore.h"
#include "text/unicode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace caselens::cli {

int runShow(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print as JSON."));
    QCommandLineOption sentences(QStringLiteral("sentences"), QStringLiteral("Also list each paragraph's sentences."));
    QCommandLineOption codings(QStringLiteral("codings"), QStringLiteral("Also list the codings of each passage."));
    QCommandLineOption blind(QStringLiteral("blind"), QStringLiteral("With --codings: a blind session — only this coder's codings."), QStringLiteral("CODER"));
    p.addOption(json);
    p.addOption(sentences);
    p.addOption(codings);
    p.addOption(blind);
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project."));
    p.addPositionalArgument(QStringLiteral("DOC"), QStringLiteral("The document number, as `docs` lists it."));
    if (int rc = parseOrExit(p, args, "show",
                             QStringLiteral("Prints one document's normalised text passage by passage, with each passage's "
                                            "kind and code-point span."),
                             QStringLiteral("PROJECT DOC [--sentences] [--codings [--blind CODER]] [--json]"));
        rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    bool ok = false;
    const qint64 docId = pos.value(1).toLongLong(&ok);
    if (pos.size() != 2 || !ok)
        return fail(QStringLiteral("caselens-cli show: give the project and a document number."), Usage);
    auto project = openProject(pos.first());
    if (!project)
        return Failed;
    store::DocumentStore docs(*project);
    auto row = docs.row(docId);
    if (!row)
        return fail(row.error().message);
    auto text = docs.text(docId);
    if (!text)
        return fail(text.error().message);
    const text::CodePointMap map(*text);
    auto slice = [&](qint64 a, qint64 b) { return text->mid(map.toUtf16(a), map.toUtf16(b) - map.toUtf16(a)); };
    const auto passages = docs.passages(docId);
    QList<review::CodingRecord> codingList;
    if (p.isSet(codings) || p.isSet(blind)) {
        auto read = review::ReviewService(*project, QString()).codingsOfDocument(docId, p.value(blind));
        if (!read)
            return fail(read.error().message);
        codingList = *read;
    }
    if (p.isSet(json)) {
        QJsonArray arr;
        for (const auto &ps : passages) {
            arr.append(QJsonObject{{QStringLiteral("id"), ps.id},
                                   {QStringLiteral("kind"), text::passageKindName(ps.kind)},
                                   {QStringLiteral("start"), ps.start},
                                   {QStringLiteral("end"), ps.end},
                                   {QStringLiteral("parent"), ps.parentId ? QJsonValue(ps.parentId) : QJsonValue()},
                                   {QStringLiteral("text"), slice(ps.start, ps.end)}});
        }
        out() << QJsonDocument(QJsonObject{{QStringLiteral("id"), row->id},
                                           {QStringLiteral("title"), row->meta.title},
                                           {QStringLiteral("passages"), arr}})
                     .toJson(QJsonDocument::Indented);
        return Ok;
    }
    out() << "# " << row->id << " " << row->meta.title << "\n";
    for (const auto &ps : passages) {
        if (ps.kind == text::PassageKind::Sentence && !p.isSet(sentences))
            continue;
        const QString tag = ps.kind == text::PassageKind::Heading ? QStringLiteral("H")
                          : ps.kind == text::PassageKind::Paragraph ? QStringLiteral("P")
                                                                    : QStringLiteral("  s");
        out() << tag << " [" << ps.start << "-" << ps.end << "] " << slice(ps.start, ps.end) << "\n";
        if (ps.kind == text::PassageKind::Sentence)
            continue;
        for (const auto &c : codingList)
            if (c.start < ps.end && c.end > ps.start && c.start >= ps.start)
                out() << "    = " << c.code << " (" << c.coder << ", " << c.status << ")\n";
    }
    out().flush();
    return Ok;
}

} // namespace caselens::cli
