#include "command.h"

#include "coding/coderfactory.h"
#include "coding/codingrun.h"
#include "coding/llmcoder.h"
#include "coding/passagesource.h"

#include <unistd.h>

namespace caselens::cli {

namespace {
class CodingProgress : public ProgressSink {
public:
    explicit CodingProgress(bool on) : m_on(on) {}
    void start(const QString &task, qint64 total) override { m_task = task; m_total = total; }
    bool step(qint64 done, const QString &) override
    {
        if (m_on && done % 20 == 0)
            err() << "\r" << m_task << ": " << done << "/" << m_total << " documents\x1b[K" << Qt::flush;
        return true;
    }
    void finish() override
    {
        if (m_on)
            err() << "\r\x1b[K" << Qt::flush;
    }
private:
    bool m_on;
    QString m_task;
    qint64 m_total = 0;
};
} // namespace

int runCode(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption coder(QStringLiteral("coder"), QStringLiteral("lexicon, learned or llm."), QStringLiteral("ENGINE"), QStringLiteral("lexicon"));
    QCommandLineOption docs(QStringLiteral("docs"), QStringLiteral("Document numbers: 1,4,10-20."), QStringLiteral("IDS"));
    QCommandLineOption where(QStringLiteral("where"), QStringLiteral("Only documents with ATTR=VALUE[,VALUE] (repeatable)."), QStringLiteral("ATTR=VALUE"));
    QCommandLineOption minScore(QStringLiteral("min-score"), QStringLiteral("Store only suggestions scoring at least X."), QStringLiteral("X"), QStringLiteral("0"));
    QCommandLineOption llmUrl(QStringLiteral("llm-url"), QStringLiteral("OpenAI-compatible endpoint (default http://127.0.0.1:8080/v1); kept in the project."), QStringLiteral("URL"));
    QCommandLineOption llmModel(QStringLiteral("llm-model"), QStringLiteral("Model name sent to the endpoint; kept in the project."), QStringLiteral("NAME"));
    QCommandLineOption llmTemperature(QStringLiteral("llm-temperature"), QStringLiteral("Sampling temperature (default 0); kept in the project."), QStringLiteral("T"));
    QCommandLineOption llmConcurrency(QStringLiteral("llm-concurrency"), QStringLiteral("Requests in flight at once (default 2); kept in the project."), QStringLiteral("N"));
    QCommandLineOption allowRemote(QStringLiteral("allow-remote"), QStringLiteral("Allow this project, for you on this machine, to send text to an endpoint that is not on this machine."));
    QCommandLineOption showPrompt(QStringLiteral("show-prompt"), QStringLiteral("Print what would be sent first (the first document's first window of paragraphs), and stop."));
    for (const auto *o : {&coder, &docs, &where, &minScore, &llmUrl, &llmModel, &llmTemperature, &llmConcurrency, &allowRemote, &showPrompt})
        p.addOption(*o);
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project."));
    if (int rc = parseOrExit(p, args, "code",
                             QStringLiteral("Lets an engine suggest codes for every paragraph of the chosen documents. Suggestions "
                                            "wait for review (status suggested) and never replace a human decision. Ctrl-C stops "
                                            "after the document in hand; finished documents stay coded."),
                             QStringLiteral("PROJECT --coder lexicon|learned|llm [--docs IDS | --where ATTR=VALUE] [--min-score X] [--llm-url URL] [--llm-model NAME] [--allow-remote] [--show-prompt]"));
        rc >= 0)
        return rc;
    if (p.positionalArguments().size() != 1)
        return fail(QStringLiteral("caselens-cli code: give one project."), Usage);
    bool ok = false;
    const double min = p.value(minScore).toDouble(&ok);
    if (!ok || min < 0 || min > 1)
        return fail(QStringLiteral("caselens-cli code: --min-score takes a number from 0 to 1."), Usage);
    auto filter = store::DocumentFilter::parse(p.value(docs), p.values(where));
    if (!filter)
        return fail(filter.error().message, Usage);
    auto project = openProject(p.positionalArguments().first());
    if (!project)
        return Failed;
    auto given = [&p](const QCommandLineOption &o) { return p.isSet(o) ? p.value(o) : QString(); };
    if (Status s = coding::storeLlmSettings(*project, given(llmUrl), given(llmModel), given(llmTemperature), given(llmConcurrency),
                                            p.isSet(allowRemote));
        !s)
        return fail(s.error().message, Usage);
    auto engine = coding::makeCoder(*project, p.value(coder));
    if (!engine)
        return fail(engine.error().message, engine.error().kind == ErrorKind::InvalidInput ? Usage : Failed);
    if (p.isSet(showPrompt)) {
        auto *llmCoder = dynamic_cast<coding::LlmCoder *>(engine->get());
        if (!llmCoder)
            return fail(QStringLiteral("caselens-cli code: --show-prompt is for --coder llm."), Usage);
        QStringList first;
        coding::DocumentContext context;
        (void)coding::forEachDocumentParagraphs(*project, *filter, [&](qint64 document, const QList<coding::PassageText> &list) {
            for (const auto &t : list)
                first.append(t.text);
            context = coding::contextOf(*project, document, list);
            return first.isEmpty();
        });
        out() << llmCoder->promptFor(first, context) << Qt::endl;
        return Ok;
    }
    CodingProgress progress(isatty(2));
    CancelFlagSink sink(installInterruptFlag(), progress);
    (*engine)->setCancelFlag(sink.cancelFlag());
    auto report = coding::runCoder(*project, **engine, *filter, min, sink);
    if (!report)
        return fail(report.error().message);
    const double rate = report->milliseconds > 0 ? 1000.0 * report->passages / report->milliseconds : 0;
    out() << (*engine)->engine() << ": " << report->suggestions << " suggestions on " << report->passages << " paragraphs of "
          << report->documents << " documents (" << report->skippedExisting << " already suggested) in " << report->milliseconds
          << " ms, " << qRound(rate) << " paragraphs/s" << (report->cancelled ? QStringLiteral("; stopped on request") : QString())
          << Qt::endl;
    if (auto *llmCoder = dynamic_cast<coding::LlmCoder *>(engine->get())) {
        const auto &st = llmCoder->stats();
        out() << "LLM: " << st.requests << " requests, " << st.cacheHits << " answers from the cache, " << st.retries << " retries, "
              << st.promptTokens << " prompt and " << st.completionTokens << " completion tokens";
        if (report->documents > 0)
            out() << " (" << qRound64(double(st.promptTokens) / report->documents) << " and "
                  << qRound64(double(st.completionTokens) / report->documents) << " per case)";
        out() << ", " << st.milliseconds << " ms waiting" << Qt::endl;
    }
    if (report->failedPassages > 0)
        err() << report->failedPassages << " paragraphs got no answer; the last reason: " << report->lastFailure << Qt::endl;
    return report->cancelled || report->failedPassages > 0 ? Partial : Ok;
}

} // namespace caselens::cli
