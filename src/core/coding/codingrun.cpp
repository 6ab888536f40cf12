#include "coding/codingrun.h"

#include "coding/passagesource.h"
#include "store/codestore.h"
#include "store/codingstore.h"
#include "store/documentstore.h"

#include <QElapsedTimer>
#include <QJsonDocument>

namespace caselens::coding {

Result<CodingRunReport> runCoder(store::Project &project, const Coder &coder, const store::DocumentFilter &filter,
                                 double minScore, ProgressSink &progress)
{
    QElapsedTimer timer;
    timer.start();
    store::CodeStore codes(project);
    auto coderId = codes.ensureCoder(coder.engine(), QStringLiteral("engine"));
    if (!coderId)
        return coderId.error();
    const auto codeIds = codes.idsByKey();
    const QString provenance = QString::fromUtf8(QJsonDocument(coder.provenance()).toJson(QJsonDocument::Compact));
    progress.start(QStringLiteral("Coding with %1").arg(coder.engine()), store::DocumentStore(project).count());

    store::CodingStore codings(project);
    CodingRunReport report;
    std::optional<Error> failure;
    const Status s = forEachDocumentParagraphs(project, filter, [&](qint64 documentId, const QList<PassageText> &paragraphs) {
        auto tx = project.transaction();
        if (!tx.started()) {
            failure = *tx.beginError();
            return false;
        }
        QStringList texts;
        for (const PassageText &p : paragraphs)
            texts.append(p.text);
        QStringList failures;
        const QList<QList<Suggestion>> all =
            coder.suggestMany(texts, &failures, coder.readsContext() ? contextOf(project, documentId, paragraphs) : DocumentContext{});
        report.failedPassages += int(failures.size());
        if (!failures.isEmpty())
            report.lastFailure = failures.last();
        for (int i = 0; i < paragraphs.size(); ++i) {
            const PassageText &p = paragraphs.at(i);
            ++report.passages;
            for (const Suggestion &sug : all.value(i)) {
                if (sug.score < minScore || !codeIds.contains(sug.code))
                    continue;
                auto already = codings.exists(p.passageId, *coderId, codeIds.value(sug.code));
                if (!already) {
                    failure = already.error();
                    return false;
                }
                if (*already) {
                    ++report.skippedExisting;
                    continue;
                }
                store::NewCoding c;
                c.documentId = documentId;
                c.passageId = p.passageId;
                c.start = p.start;
                c.end = p.end;
                c.codeId = codeIds.value(sug.code);
                c.coderId = *coderId;
                c.origin = QStringLiteral("ai");
                c.status = QStringLiteral("suggested");
                c.confidence = sug.score;
                c.rationale = sug.rationale;
                c.provenance = provenance;
                if (auto r = codings.insert(c); !r) {
                    failure = r.error();
                    return false;
                }
                ++report.suggestions;
            }
        }
        if (Status cs = tx.commit(); !cs) {
            failure = cs.error();
            return false;
        }
        ++report.documents;
        if (!progress.step(report.documents)) {
            report.cancelled = true;
            return false;
        }
        return true;
    });
    if (failure)
        return *failure;
    if (!s)
        return s.error();
    progress.finish();
    report.milliseconds = timer.elapsed();
    return report;
}

} // namespace caselens::coding
