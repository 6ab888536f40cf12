// caselens-bench: measures CaseLens's core operations on a demo project and prints a
// table and JSON. Timing lives here, never in unit tests.
//
//   caselens-bench coders PROJECT       lexicon and learned coder throughput, training time
//   caselens-bench analysis PROJECT     every analysis table, search latency
//   caselens-bench open PROJECT         project open time
//   caselens-bench floor FOLDER         the import floor: read, ICU sentences, plain inserts
//   caselens-bench llm-tokens PROJECT   LLM prompt and answer size per case, a request per
//                                       paragraph against a window per request (loopback server)
//   caselens-bench learning-curve GOLD.jsonl  micro-F1 of the default coder after 0, 25, 50, 100
//                                       and 200 simulated review decisions, leaving one document out

#include "analysis/crosstab.h"
#include "loopbackrequest.h"
#include "analysis/summaries.h"
#include "coding/features.h"
#include "coding/learnedcoder.h"
#include "coding/llmcoder.h"
#include "coding/lexiconcoder.h"
#include "coding/passagesource.h"
#include "coding/reviewsimulation.h"
#include "codebook/codebook.h"
#include "store/codestore.h"
#include "store/ftstokenizer.h"
#include "store/searchindex.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <sqlite3.h>
#include <unicode/ubrk.h>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <algorithm>
#include <functional>

using namespace caselens;

namespace {

QTextStream out(stdout);

struct Timing {
    double median = 0, min = 0, max = 0;
};

Timing timeRuns(int runs, const std::function<void()> &f)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.first(), ms.last()};
}

QJsonObject row(const QString &name, const Timing &t, const QString &unit = {}, double perSecond = 0)
{
    out << name.leftJustified(44) << QString::asprintf("median %9.2f ms  (min %9.2f, max %9.2f)", t.median, t.min, t.max);
    if (perSecond > 0)
        out << QString::asprintf("  %12.0f %s/s", perSecond, qPrintable(unit));
    out << Qt::endl;
    QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("median_ms"), t.median}, {QStringLiteral("min_ms"), t.min}, {QStringLiteral("max_ms"), t.max}};
    if (perSecond > 0)
        o.insert(unit + QStringLiteral("_per_s"), perSecond);
    return o;
}

QList<coding::PassageText> paragraphs(store::Project &p, int limit)
{
    QList<coding::PassageText> all;
    auto filter = store::DocumentFilter::parse({}, {});
    (void)coding::forEachDocumentParagraphs(p, *filter, [&](qint64, const QList<coding::PassageText> &list) {
        all.append(list);
        return all.size() < limit;
    });
    return all.mid(0, limit);
}

int benchCoders(store::Project &p, QJsonArray &results)
{
    const auto passages = paragraphs(p, 20000);
    out << "passages: " << passages.size() << Qt::endl;
    coding::LexiconCoder lexicon(store::CodeStore(p).codebook());
    int sink = 0;
    auto t = timeRuns(5, [&] {
        for (const auto &ps : passages)
            sink += int(lexicon.suggest(ps.text).size());
    });
    results.append(row(QStringLiteral("lexicon suggest (1 core)"), t, QStringLiteral("passages"), passages.size() / (t.median / 1000)));
    coding::FeatureExtractor features;
    t = timeRuns(3, [&] {
        for (const auto &ps : passages)
            sink += int(features.tokens(ps.text).size());
    });
    results.append(row(QStringLiteral("learned features (ICU words + chars)"), t, QStringLiteral("passages"), passages.size() / (t.median / 1000)));
    auto filter = store::DocumentFilter::parse({}, {});
    QElapsedTimer train;
    train.start();
    auto report = coding::LearnedCoder::train(p, QStringLiteral("研究团队"), *filter);
    const double trainMs = double(train.nsecsElapsed()) / 1e6;
    if (!report) {
        out << "training failed: " << report.error().message << Qt::endl;
        return 1;
    }
    results.append(row(QStringLiteral("learned train (%1 passages)").arg(report->passages), Timing{trainMs, trainMs, trainMs}));
    auto learned = coding::LearnedCoder::load(p);
    if (!learned)
        return 1;
    t = timeRuns(3, [&] {
        for (const auto &ps : passages)
            sink += int((*learned)->suggest(ps.text).size());
    });
    results.append(row(QStringLiteral("learned suggest (1 core)"), t, QStringLiteral("passages"), passages.size() / (t.median / 1000)));
    QStringList texts;
    for (const auto &ps : passages)
        texts.append(ps.text);
    t = timeRuns(3, [&] {
        // In batches the size of a document's paragraphs, as a coding run asks.
        for (qsizetype i = 0; i < texts.size(); i += 26)
            sink += int((*learned)->suggestMany(texts.mid(i, 26)).size());
    });
    results.append(row(QStringLiteral("learned suggestMany (2 threads)"), t, QStringLiteral("passages"), passages.size() / (t.median / 1000)));
    out << "(checksum " << sink << ")" << Qt::endl;
    return 0;
}

int benchAnalysis(store::Project &p, QJsonArray &results)
{
    for (const QStringList &by : {QStringList{}, QStringList{QStringLiteral("region")}, QStringList{QStringLiteral("year")},
                                  QStringList{QStringLiteral("type")}, QStringList{QStringLiteral("province")},
                                  QStringList{QStringLiteral("region"), QStringLiteral("year")}}) {
        for (auto unit : {analysis::Unit::Segment, analysis::Unit::Case}) {
            analysis::CrosstabSpec spec;
            spec.by = by;
            spec.unit = unit;
            auto t = timeRuns(7, [&] { (void)analysis::computeCrosstab(p, spec); });
            results.append(row(QStringLiteral("stats --by %1 --unit %2").arg(by.isEmpty() ? QStringLiteral("none") : by.join(QLatin1Char(',')),
                                                                             unit == analysis::Unit::Case ? QStringLiteral("case") : QStringLiteral("segment")), t));
        }
    }
    for (const QString &by : {QStringLiteral("year"), QStringLiteral("region"), QStringLiteral("type"), QStringLiteral("province")}) {
        auto t = timeRuns(7, [&] { (void)analysis::computeCaseTable(p, {by}, analysis::Rounding::HalfUp, 2, QStringLiteral("zh")); });
        results.append(row(QStringLiteral("cases --by %1").arg(by), t));
    }
    analysis::CrosstabSpec spec;
    auto t = timeRuns(7, [&] { (void)analysis::computeDimensionShares(p, spec); });
    results.append(row(QStringLiteral("stats --table dimensions"), t));
    t = timeRuns(7, [&] { (void)analysis::computeCooccurrence(p, spec); });
    results.append(row(QStringLiteral("stats --table cooccurrence"), t));
    store::SearchIndex index(p);
    for (const QString &q : {QStringLiteral("教师"), QStringLiteral("数字素养"), QStringLiteral("课"), QStringLiteral("隐私 保护")}) {
        t = timeRuns(7, [&] { (void)index.search(q, 50); });
        results.append(row(QStringLiteral("search %1 (first 50 hits)").arg(q), t));
    }
    return 0;
}

// The floor an import is compared with: read the same files, cut sentences with ICU and
// insert them with one prepared statement in one transaction — no cleaning, no index.
// With `searchIndex`, the sentences also go into a full-text index built as the
// project's is (same tokenizer, detail=none): the least an import that can be searched
// costs, which shows how much of the distance to the plain floor the index is.
int benchFloor(const QString &folder, QJsonArray &results, bool searchIndex)
{
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    auto t = timeRuns(3, [&] {
        QTemporaryDir dir;
        sqlite3 *db = nullptr;
        sqlite3_open(dir.filePath(QStringLiteral("floor.db")).toUtf8().constData(), &db);
        store::registerCaseLensTokenizer(db);
        sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; CREATE TABLE s(doc INTEGER, start INTEGER, end INTEGER, text TEXT); "
                         "CREATE VIRTUAL TABLE f USING fts5(text, content='', columnsize=0, detail=none, tokenize='caselens'); BEGIN",
                     nullptr, nullptr, nullptr);
        sqlite3_stmt *ins = nullptr, *index = nullptr;
        sqlite3_prepare_v2(db, "INSERT INTO s VALUES (?1, ?2, ?3, ?4)", -1, &ins, nullptr);
        sqlite3_prepare_v2(db, "INSERT INTO f(rowid, text) VALUES (?1, ?2)", -1, &index, nullptr);
        UErrorCode err = U_ZERO_ERROR;
        UBreakIterator *bi = ubrk_open(UBRK_SENTENCE, "zh_CN", nullptr, 0, &err);
        int doc = 0;
        for (const QString &name : files) {
            QFile f(QDir(folder).filePath(name));
            f.open(QIODevice::ReadOnly);
            const QString text = QString::fromUtf8(f.readAll());
            ++doc;
            ubrk_setText(bi, reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()), &err);
            int32_t start = ubrk_first(bi);
            for (int32_t end = ubrk_next(bi); end != UBRK_DONE; start = end, end = ubrk_next(bi)) {
                const QByteArray utf8 = text.mid(start, end - start).toUtf8();
                sqlite3_bind_int(ins, 1, doc);
                sqlite3_bind_int(ins, 2, start);
                sqlite3_bind_int(ins, 3, end);
                sqlite3_bind_text(ins, 4, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
                sqlite3_step(ins);
                sqlite3_reset(ins);
                if (searchIndex) {
                    sqlite3_bind_int64(index, 1, sqlite3_last_insert_rowid(db));
                    sqlite3_bind_text(index, 2, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
                    sqlite3_step(index);
                    sqlite3_reset(index);
                }
            }
        }
        ubrk_close(bi);
        sqlite3_finalize(ins);
        sqlite3_finalize(index);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    });
    results.append(row(QStringLiteral("import floor%1 (%2 files)").arg(searchIndex ? QStringLiteral(" + search index") : QString()).arg(files.size()),
                       t, QStringLiteral("cases"), files.size() / (t.median / 1000)));
    return 0;
}

// An OpenAI-compatible endpoint on 127.0.0.1 that codes nothing and counts what it is
// sent: prompt "tokens" are the characters of the messages (about one token per Chinese
// character with common tokenizers), answer tokens the characters of its answer.
class CountingServer : public QObject {
public:
    QTcpServer server{this}; // a child, so it moves to the server thread with this object
    std::atomic<qint64> requests{0}, promptChars{0}, answerChars{0};
    void start()
    {
        server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(s, &QTcpSocket::readyRead, this, [this, s, buffer] { onData(s, *buffer); });
            }
        });
    }

private:
    void onData(QTcpSocket *s, QByteArray &buffer)
    {
        buffer += s->readAll();
        const auto request = testsupport::takeRequestBody(buffer);
        if (!request)
            return;
        const QJsonArray messages = QJsonDocument::fromJson(*request).object().value(QStringLiteral("messages")).toArray();
        qint64 chars = 0;
        for (const auto &m : messages)
            chars += m.toObject().value(QStringLiteral("content")).toString().size();
        const QString user = messages.last().toObject().value(QStringLiteral("content")).toString();
        QByteArray content = R"({"codes":[]})";
        if (user.startsWith(QStringLiteral("[1] ")) || user.contains(QStringLiteral("\n[1] "))) { // a window, after its case and section lines
            QJsonArray paragraphs;
            for (int i = 1; user.contains(QStringLiteral("[%1] ").arg(i)); ++i)
                paragraphs.append(QJsonObject{{QStringLiteral("id"), i}, {QStringLiteral("codes"), QJsonArray()}});
            content = QJsonDocument(QJsonObject{{QStringLiteral("paragraphs"), paragraphs}}).toJson(QJsonDocument::Compact);
        }
        ++requests;
        promptChars += chars;
        answerChars += content.size();
        const QByteArray body = QJsonDocument(QJsonObject{
            {QStringLiteral("choices"), QJsonArray{QJsonObject{{QStringLiteral("message"), QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                                                                   {QStringLiteral("content"), QString::fromUtf8(content)}}}}}},
            {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), chars}, {QStringLiteral("completion_tokens"), content.size()}}}})
                                    .toJson(QJsonDocument::Compact);
        s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                 + "\r\nConnection: close\r\n\r\n" + body);
        s->disconnectFromHost();
    }
};

// The first `cases` documents of a copy of the project, coded by the LLM coder through
// the counting server: a request per paragraph (as before windows), then windows.
int benchLlmTokens(store::Project &project, int cases, QJsonArray &results)
{
    QThread serverThread;
    CountingServer counter;
    counter.moveToThread(&serverThread);
    serverThread.start();
    QMetaObject::invokeMethod(&counter, [&] { counter.start(); }, Qt::BlockingQueuedConnection);
    QTemporaryDir dir;
    auto filter = store::DocumentFilter::parse({}, {});
    for (const bool windows : {false, true}) {
        // A fresh copy each time, so no answer comes from the other run's cache.
        const QString copy = dir.filePath(windows ? QStringLiteral("windows.caselens") : QStringLiteral("paragraphs.caselens"));
        if (Status s = project.backupTo(copy); !s) {
            QTextStream(stderr) << s.error().message << Qt::endl;
            return 1;
        }
        auto p = store::Project::open(copy);
        coding::LlmSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(counter.server.serverPort()));
        auto coder = coding::LlmCoder::create(**p, settings);
        if (!coder) {
            QTextStream(stderr) << coder.error().message << Qt::endl;
            return 1;
        }
        counter.requests = 0;
        counter.promptChars = 0;
        counter.answerChars = 0;
        int done = 0;
        qint64 paragraphs = 0;
        QElapsedTimer timer;
        timer.start();
        (void)coding::forEachDocumentParagraphs(**p, *filter, [&](qint64 document, const QList<coding::PassageText> &list) {
            QStringList texts;
            for (const auto &t : list)
                texts.append(t.text);
            paragraphs += texts.size();
            if (windows)
                (void)(*coder)->suggestMany(texts, nullptr, coding::contextOf(**p, document, list));
            else
                for (const QString &t : texts)
                    (void)(*coder)->suggest(t);
            return ++done < cases;
        });
        const double ms = double(timer.elapsed());
        QJsonObject o{{QStringLiteral("name"), windows ? QStringLiteral("llm windows") : QStringLiteral("llm one paragraph per request")},
                      {QStringLiteral("cases"), done},
                      {QStringLiteral("paragraphs"), paragraphs},
                      {QStringLiteral("requests"), qint64(counter.requests)},
                      {QStringLiteral("prompt_tokens_per_case"), double(counter.promptChars) / done},
                      {QStringLiteral("completion_tokens_per_case"), double(counter.answerChars) / done},
                      {QStringLiteral("median_ms"), ms}};
        QTextStream(stdout) << o.value(QStringLiteral("name")).toString() << ": " << done << " cases, " << paragraphs << " paragraphs, "
                            << counter.requests << " requests, " << qRound64(double(counter.promptChars) / done) << " prompt tokens and "
                            << qRound64(double(counter.answerChars) / done) << " answer tokens per case" << Qt::endl;
        results.append(o);
    }
    QMetaObject::invokeMethod(&counter, [&] { counter.server.close(); }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}

int benchLearningCurve(const QString &goldPath, QJsonArray &results)
{
    auto gold = coding::readGoldFile(goldPath, codebook::defaultCodebook());
    if (!gold) {
        QTextStream(stderr) << gold.error().message << Qt::endl;
        return 1;
    }
    QTemporaryDir scratch;
    QElapsedTimer timer;
    timer.start();
    auto curve = coding::simulateReviewLearning(*gold, {0, 25, 50, 100, 200}, scratch.path());
    if (!curve) {
        QTextStream(stderr) << curve.error().message << Qt::endl;
        return 1;
    }
    out << "learning curve on " << goldPath << ": " << curve->documents << " documents, " << curve->passages
        << " passages, one left out at a time (" << timer.elapsed() / 1000.0 << " s)" << Qt::endl;
    out << "decisions  made (mean)  trained folds  micro-F1  precision  recall  macro-F1" << Qt::endl;
    for (const auto &p : curve->points) {
        out << QString::asprintf("%9d  %11.1f  %13d  %8.3f  %9.3f  %6.3f  %8.3f", p.decisions, p.meanDecided, p.foldsTrained,
                                 p.report.microF1, p.report.microPrecision, p.report.microRecall, p.report.macroF1)
            << Qt::endl;
        results.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("learning curve")},
                                   {QStringLiteral("decisions"), p.decisions},
                                   {QStringLiteral("decided_mean"), p.meanDecided},
                                   {QStringLiteral("micro_f1"), p.report.microF1},
                                   {QStringLiteral("precision"), p.report.microPrecision},
                                   {QStringLiteral("recall"), p.report.microRecall},
                                   {QStringLiteral("macro_f1"), p.report.macroF1}});
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        QTextStream(stderr) << "usage: caselens-bench coders|analysis|open|llm-tokens PROJECT | floor FOLDER | learning-curve GOLD.jsonl [--json FILE]" << Qt::endl;
        return 2;
    }
    QJsonArray results;
    int rc = 0;
    if (args.at(1) == QLatin1String("floor")) {
        rc = benchFloor(args.at(2), results, false);
        if (rc == 0)
            rc = benchFloor(args.at(2), results, true);
    } else if (args.at(1) == QLatin1String("learning-curve")) {
        rc = benchLearningCurve(args.at(2), results);
    } else if (args.at(1) == QLatin1String("open")) {
        auto t = timeRuns(7, [&] { auto p = store::Project::open(args.at(2)); });
        results.append(row(QStringLiteral("open project"), t));
    } else {
        auto p = store::Project::open(args.at(2));
        if (!p) {
            QTextStream(stderr) << p.error().message << Qt::endl;
            return 1;
        }
        if (args.at(1) == QLatin1String("llm-tokens"))
            rc = benchLlmTokens(**p, 100, results);
        else
            rc = args.at(1) == QLatin1String("coders") ? benchCoders(**p, results) : benchAnalysis(**p, results);
    }
    const qsizetype j = args.indexOf(QStringLiteral("--json"));
    if (j > 0 && j + 1 < args.size()) {
        QFile f(args.at(j + 1));
        if (f.open(QIODevice::WriteOnly))
            f.write(QJsonDocument(results).toJson());
    }
    return rc;
}
