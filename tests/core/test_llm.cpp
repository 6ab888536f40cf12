// The LLM coder against a real HTTP server on 127.0.0.1 that the test starts: good
// answers, invalid JSON, timeouts, HTTP 429 and 500, a dropped connection.

#include "testsupport.h"
#include "loopbackrequest.h"

#include "coding/codingrun.h"
#include "coding/lexiconcoder.h"
#include "coding/llmcoder.h"
#include "coding/remoteconsent.h"
#include "demo/demogenerator.h"
#include "review/reviewservice.h"
#include "store/codestore.h"
#include "store/documentstore.h"
#include "store/reviewqueue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QCoreApplication>
#include <atomic>
#include <thread>
#include <catch2/catch.hpp>

using namespace caselens;
using namespace caselens::coding;

namespace {

QByteArray kGoodTeacher() { return R"({"codes":[{"code":"teacher_development","score":0.9,"reason":"教师"}]})"; }
QByteArray kGoodStudent() { return R"({"codes":[{"code":"student_centered","score":0.8,"reason":"学生"}]})"; }

// Answers each request with the next scripted response; remembers the request bodies.
class ScriptedServer : public QObject {
public:
    enum class Kind { Json, Status, Hang, Drop, Echo, Redirect, Huge, Drip };
    struct Response {
        Kind kind;
        int status = 200;
        QByteArray content; // the assistant message content, for Json; the Location, for Redirect
    };
    QList<Response> script;
    QList<QByteArray> bodies;

    ScriptedServer()
    {
        REQUIRE(m_server.listen(QHostAddress::LocalHost, 0));
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(s, &QTcpSocket::readyRead, this, [this, s, buffer] { onData(s, *buffer); });
                if (s->bytesAvailable() > 0) // the request may have arrived before we listened
                    onData(s, *buffer);
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server.serverPort())); }

private:
    void onData(QTcpSocket *s, QByteArray &buffer)
    {
        buffer += s->readAll();
        auto request = testsupport::takeRequestBody(buffer);
        if (!request)
            return;
        bodies.append(*request);
        const Response r = script.isEmpty() ? Response{Kind::Status, 500, {}} : script.takeFirst();
        if (r.kind == Kind::Hang)
            return; // never answer
        if (r.kind == Kind::Drop) {
            s->abort();
            return;
        }
        if (r.kind == Kind::Redirect) {
            s->write("HTTP/1.1 307 Temporary Redirect\r\nLocation: " + r.content + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            s->disconnectFromHost();
            return;
        }
        if (r.kind == Kind::Huge) { // 400 MB announced, sent in 1 MB pieces as long as the client reads
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 419430400\r\n\r\n{\"choices\":[{\"message\":{\"content\":\"");
            auto sent = std::make_shared<qint64>(0);
            auto more = [s, sent] {
                while (s->bytesToWrite() < (4 << 20) && *sent < 419430400) {
                    s->write(QByteArray(1 << 20, 'x'));
                    *sent += 1 << 20;
                }
            };
            QObject::connect(s, &QTcpSocket::bytesWritten, s, more);
            more();
            return;
        }
        if (r.kind == Kind::Drip) { // a valid header, then one byte every 100 ms
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n");
            auto *timer = new QTimer(s);
            QObject::connect(timer, &QTimer::timeout, s, [s] { s->write(" "); });
            timer->start(100);
            return;
        }
        QByteArray body;
        Response answer = r;
        if (r.kind == Kind::Echo) {
            // Answers by what the passage talks about, so results can be matched to inputs;
            // a window of numbered paragraphs gets one answer per number.
            const QJsonArray messages = QJsonDocument::fromJson(bodies.last()).object().value(QStringLiteral("messages")).toArray();
            const QString user = messages.last().toObject().value(QStringLiteral("content")).toString();
            auto one = [](const QString &text) { return text.contains(QStringLiteral("教师")) ? kGoodTeacher() : kGoodStudent(); };
            static const QRegularExpression numbered(QStringLiteral("^\\[(\\d+)\\] (.*)$"), QRegularExpression::MultilineOption);
            if (numbered.match(user).hasMatch()) {
                // The case's title and section lines stand between the numbered paragraphs.
                QJsonArray paragraphs;
                for (auto it = numbered.globalMatch(user); it.hasNext();) {
                    const auto m = it.next();
                    paragraphs.append(QJsonObject{{QStringLiteral("id"), m.captured(1).toInt()},
                                                  {QStringLiteral("codes"), QJsonDocument::fromJson(one(m.captured(2))).object().value(QStringLiteral("codes"))}});
                }
                answer = {Kind::Json, 200, QJsonDocument(QJsonObject{{QStringLiteral("paragraphs"), paragraphs}}).toJson(QJsonDocument::Compact)};
            } else {
                answer = {Kind::Json, 200, one(user)};
            }
        }
        if (answer.kind == Kind::Json) {
            body = QJsonDocument(QJsonObject{{QStringLiteral("choices"), QJsonArray{QJsonObject{{QStringLiteral("message"),
                                                 QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                             {QStringLiteral("content"), QString::fromUtf8(answer.content)}}}}}},
                                             {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), 120}, {QStringLiteral("completion_tokens"), 30}}}})
                       .toJson(QJsonDocument::Compact);
        } else {
            body = "{\"error\":\"busy\"}";
        }
        s->write("HTTP/1.1 " + QByteArray::number(answer.kind == Kind::Json ? 200 : r.status) + " X\r\nContent-Type: application/json\r\nContent-Length: "
                 + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        s->disconnectFromHost();
    }
    QTcpServer m_server;
};

const QByteArray kGood = R"({"codes":[{"code":"teacher_development","score":0.9,"reason":"讲的是教师培训"}]})";

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<store::Project> project;
    ScriptedServer server;
    Fixture()
    {
        const QString path = dir.filePath(QStringLiteral("d.caselens"));
        REQUIRE(demo::buildDemoProject(path, demo::DemoOptions{12, 1}).ok());
        auto p = store::Project::open(path);
        REQUIRE(p.ok());
        project = p.take();
    }
    std::unique_ptr<LlmCoder> coder(int timeoutMs = 5000, int retries = 2)
    {
        LlmSettings s;
        s.baseUrl = server.url();
        s.model = QStringLiteral("test-model");
        s.timeoutMs = timeoutMs;
        s.maxRetries = retries;
        auto c = LlmCoder::create(*project, s);
        REQUIRE(c.ok());
        return c.take();
    }
};

const QString kPassage = QStringLiteral("学校组织全体教师参加信息技术应用能力提升培训。联系人电话13812345678，邮箱 wang@example.edu.cn，身份证110101199003071234。");

} // namespace

TEST_CASE("LLM coder: a good answer becomes suggestions, with masking, prompt audit and a cache", "[llm]")
{
    Fixture f;
    f.server.script = {{ScriptedServer::Kind::Json, 200, kGood}};
    auto c = f.coder();
    const auto s = c->suggest(kPassage);
    REQUIRE(s.size() == 1);
    CHECK(s.first().code == QStringLiteral("teacher_development"));
    CHECK(s.first().score == Approx(0.9));
    CHECK(s.first().rationale.contains(QStringLiteral("教师培训")));
    CHECK(c->lastFailure().isEmpty());
    REQUIRE(f.server.bodies.size() == 1);
    const QString sent = QString::fromUtf8(f.server.bodies.first());
    CHECK_FALSE(sent.contains(QStringLiteral("13812345678")));
    CHECK_FALSE(sent.contains(QStringLiteral("wang@example.edu.cn")));
    CHECK_FALSE(sent.contains(QStringLiteral("110101199003071234")));
    CHECK(sent.contains(QStringLiteral("[电话]")));
    CHECK(sent.contains(QStringLiteral("teacher_development"))); // the codebook is in the prompt
    CHECK(c->stats().promptTokens == 120);
    // Prompt and raw answer are kept; asking again is answered from the cache.
    CHECK(f.project->db().scalar(QStringLiteral("SELECT count(*) FROM llm_cache WHERE answer LIKE '%teacher_development%' AND prompt LIKE '%[邮箱]%'"))->toInt() == 1);
    const auto again = c->suggest(kPassage);
    CHECK(again.size() == 1);
    CHECK(f.server.bodies.size() == 1);
    CHECK(c->stats().cacheHits == 1);
    CHECK(c->provenance().value(QStringLiteral("settings")).toObject().value(QStringLiteral("model")).toString() == QStringLiteral("test-model"));
}

TEST_CASE("LLM coder: invalid JSON, unknown codes, 429 and 500 are retried", "[llm]")
{
    Fixture f;
    f.server.script = {{ScriptedServer::Kind::Json, 200, "Sure! The code is teacher development."},
                       {ScriptedServer::Kind::Json, 200, kGood}};
    auto c = f.coder();
    CHECK(c->suggest(QStringLiteral("教师培训一。")).size() == 1);
    REQUIRE(f.server.bodies.size() == 2);
    CHECK(QString::fromUtf8(f.server.bodies.at(1)).contains(QStringLiteral("That was not valid")));

    f.server.script = {{ScriptedServer::Kind::Json, 200, R"({"codes":[{"code":"astrology","score":0.8}]})"},
                       {ScriptedServer::Kind::Status, 429, {}},
                       {ScriptedServer::Kind::Status, 500, {}}};
    CHECK(c->suggest(QStringLiteral("教师培训二。")).isEmpty());
    CHECK(c->lastFailure().contains(QStringLiteral("500")));

    f.server.script = {{ScriptedServer::Kind::Status, 429, {}}, {ScriptedServer::Kind::Json, 200, kGood}};
    CHECK(c->suggest(QStringLiteral("教师培训三。")).size() == 1);
    CHECK(c->lastFailure().isEmpty());
    CHECK(c->stats().retries >= 4);
}

TEST_CASE("LLM coder: a timeout and a dropped connection fail with a reason", "[llm]")
{
    Fixture f;
    f.server.script = {{ScriptedServer::Kind::Hang}};
    auto c = f.coder(300, 0);
    CHECK(c->suggest(QStringLiteral("教师培训四。")).isEmpty());
    CHECK(c->lastFailure().contains(QStringLiteral("did not answer")));
    f.server.script = {{ScriptedServer::Kind::Drop}};
    CHECK(c->suggest(QStringLiteral("教师培训五。")).isEmpty());
    CHECK_FALSE(c->lastFailure().isEmpty());
    CHECK(c->stats().failures == 2);
}

TEST_CASE("LLM coder: text stays on this machine unless the project allows otherwise", "[llm]")
{
    Fixture f;
    LlmSettings remote;
    remote.baseUrl = QUrl(QStringLiteral("https://api.example.com/v1"));
    auto refused = LlmCoder::create(*f.project, remote);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("not on this machine")));
    // A project received from someone else may say "allowed"; this user on this machine
    // has not said so yet (issue "Nothing lost", item 8).
    REQUIRE(f.project->setInfo(QStringLiteral("llm_remote_allowed"), QStringLiteral("yes")).ok());
    CHECK_FALSE(LlmCoder::create(*f.project, remote).ok());
    RemoteConsent::grant(f.project->path(), QStringLiteral("api.example.com"));
    CHECK(LlmCoder::create(*f.project, remote).ok());
    // Consent is for that host only.
    remote.baseUrl = QUrl(QStringLiteral("https://elsewhere.example.org/v1"));
    CHECK_FALSE(LlmCoder::create(*f.project, remote).ok());
    CHECK(isLoopback(QUrl(QStringLiteral("http://localhost:11434/v1"))));
    CHECK(isLoopback(QUrl(QStringLiteral("http://127.0.0.2/v1"))));
    CHECK_FALSE(isLoopback(QUrl(QStringLiteral("http://10.0.0.5/v1"))));
    // The key is never stored in the project.
    CHECK(f.project->db().scalar(QStringLiteral("SELECT count(*) FROM project_info WHERE value LIKE '%sk-%'"))->toInt() == 0);
    QString t = QStringLiteral("电话 010-12345678，手机 15900001111");
    CHECK(maskPersonalData(t) == 2);
    CHECK(t == QStringLiteral("电话 [电话]，手机 [电话]"));
}

TEST_CASE("LLM coder: several passages are asked at once, and answers land on their passages", "[llm]")
{
    Fixture f;
    for (int i = 0; i < 6; ++i)
        f.server.script.append({ScriptedServer::Kind::Echo});
    auto c = f.coder();
    const QStringList passages = {QStringLiteral("教师研修一。"), QStringLiteral("学生自主学习一。"), QStringLiteral("教师研修二。"),
                                  QStringLiteral("学生自主学习二。"), QStringLiteral("教师研修三。"), QStringLiteral("学生自主学习三。")};
    QStringList failures;
    // The caller's thread waits for all requests; the test's server lives on this thread,
    // so the coder runs on another one while this one serves.
    QList<QList<Suggestion>> results;
    std::atomic_bool done{false};
    std::thread caller([&] {
        results = c->suggestMany(passages, &failures);
        done = true;
    });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    caller.join();
    INFO(failures.join(QStringLiteral(" | ")).toStdString());
    CHECK(failures.isEmpty());
    REQUIRE(results.size() == 6);
    for (int i = 0; i < 6; ++i) {
        REQUIRE(results.at(i).size() == 1);
        CHECK(results.at(i).first().code == (i % 2 == 0 ? QStringLiteral("teacher_development") : QStringLiteral("student_centered")));
    }
    // Neighbouring paragraphs go in one request, the codebook sent once (issue "Real
    // reports", point 6).
    CHECK(c->stats().requests == 1);
    REQUIRE(f.server.bodies.size() == 1);
    CHECK(QString::fromUtf8(f.server.bodies.first()).contains(QStringLiteral("[6] 学生自主学习三。")));
    CHECK(c->settings().value(QStringLiteral("max_concurrency")).toInt() == 2);
    // The second time everything comes from the cache, without a request; a single
    // paragraph asked alone is answered from the same cache.
    const auto again = c->suggestMany(passages);
    CHECK(again.at(3).first().code == QStringLiteral("student_centered"));
    CHECK(c->suggest(passages.at(2)).first().code == QStringLiteral("teacher_development"));
    CHECK(c->stats().requests == 1);
    CHECK(c->stats().cacheHits == 7);
    // Many paragraphs: windows of at most twelve, two in flight at once.
    QStringList many;
    for (int i = 0; i < 25; ++i)
        many.append(i % 2 == 0 ? QStringLiteral("教师研修第%1次。").arg(i) : QStringLiteral("学生自主学习第%1次。").arg(i));
    for (int i = 0; i < 3; ++i)
        f.server.script.append({ScriptedServer::Kind::Echo});
    done = false;
    std::thread second([&] {
        results = c->suggestMany(many, &failures);
        done = true;
    });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    second.join();
    CHECK(failures.isEmpty());
    CHECK(c->stats().requests == 4);
    REQUIRE(results.size() == 25);
    for (int i = 0; i < 25; ++i) {
        REQUIRE(results.at(i).size() == 1);
        CHECK(results.at(i).first().code == (i % 2 == 0 ? QStringLiteral("teacher_development") : QStringLiteral("student_centered")));
    }
}

TEST_CASE("LLM coder: a window names the case and its sections, and near misses teach", "[llm]")
{
    Fixture f;
    // A suggestion the team rejected becomes a "not <code>" example in the prompt.
    {
        coding::LexiconCoder lexicon(store::CodeStore(*f.project).codebook());
        auto all = store::DocumentFilter::parse(QStringLiteral("1"), {});
        REQUIRE(coding::runCoder(*f.project, lexicon, *all, 0.0).ok());
        auto queue = store::ReviewQueue(*f.project).pending({});
        REQUIRE(queue.ok());
        REQUIRE_FALSE(queue->isEmpty());
        REQUIRE(review::ReviewService(*f.project, QStringLiteral("审核人")).reject(queue->first().id).ok());
    }
    f.server.script.append({ScriptedServer::Kind::Echo});
    auto c = f.coder();
    const QStringList passages = {QStringLiteral("学校组织教师研修。"), QStringLiteral("学生自主学习。"), QStringLiteral("教师参加培训。")};
    const coding::DocumentContext context{QStringLiteral("某县智慧教育案例"),
                                          {QString(), QStringLiteral("二、学生发展"), QStringLiteral("二、学生发展")}};
    QList<QList<Suggestion>> results;
    std::atomic_bool done{false};
    std::thread caller([&] {
        results = c->suggestMany(passages, nullptr, context);
        done = true;
    });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    caller.join();
    REQUIRE(results.size() == 3);
    CHECK(results.at(2).first().code == QStringLiteral("teacher_development"));
    REQUIRE(f.server.bodies.size() == 1);
    const QJsonArray messages = QJsonDocument::fromJson(f.server.bodies.first()).object().value(QStringLiteral("messages")).toArray();
    const QString system = messages.first().toObject().value(QStringLiteral("content")).toString();
    const QString user = messages.last().toObject().value(QStringLiteral("content")).toString();
    CHECK(user.startsWith(QStringLiteral("Case: 某县智慧教育案例\n[1] 学校组织教师研修。\nSection: 二、学生发展\n[2] ")));
    CHECK(user.count(QStringLiteral("Section:")) == 1); // said where it changes, not before every paragraph
    CHECK(system.contains(QStringLiteral(" → not ")));
    CHECK(system.contains(QStringLiteral(" → teacher_development")));
    // What --show-prompt prints is what was sent.
    CHECK(c->promptFor(passages, context).endsWith(user));
    // A coding run hands the engine each document's title and headings.
    for (int i = 0; i < 6; ++i)
        f.server.script.append({ScriptedServer::Kind::Echo});
    auto second = store::DocumentFilter::parse(QStringLiteral("2"), {});
    auto title = store::DocumentStore(*f.project).row(2);
    REQUIRE(title.ok());
    done = false;
    bool ran = false;
    std::thread run([&] {
        ran = coding::runCoder(*f.project, *c, *second, 0.0).ok();
        done = true;
    });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    run.join();
    REQUIRE(ran);
    REQUIRE(f.server.bodies.size() > 1);
    const QString runUser = QJsonDocument::fromJson(f.server.bodies.at(1)).object().value(QStringLiteral("messages")).toArray().last()
                                .toObject().value(QStringLiteral("content")).toString();
    CHECK(runUser.startsWith(QStringLiteral("Case: ") + title->meta.title));
    CHECK(runUser.contains(QStringLiteral("Section: ")));
}

TEST_CASE("LLM coder: a window's answer must account for every paragraph", "[llm]")
{
    CHECK(splitWindowAnswer(R"({"paragraphs":[{"id":1,"codes":[]},{"id":2,"codes":[]}]})", 2).has_value());
    CHECK_FALSE(splitWindowAnswer(R"({"paragraphs":[{"id":1,"codes":[]}]})", 2).has_value());               // one missing
    CHECK_FALSE(splitWindowAnswer(R"({"paragraphs":[{"id":1,"codes":[]},{"id":1,"codes":[]}]})", 2).has_value()); // repeated
    CHECK_FALSE(splitWindowAnswer(R"({"paragraphs":[{"id":1,"codes":[]},{"id":3,"codes":[]}]})", 2).has_value()); // out of range
    CHECK_FALSE(splitWindowAnswer(R"({"codes":[]})", 1).has_value());
    const auto pieces = splitWindowAnswer(R"({"paragraphs":[{"id":2,"codes":[{"code":"x"}]},{"id":1,"codes":[]}]})", 2);
    REQUIRE(pieces.has_value());
    CHECK(pieces->at(0) == QByteArray(R"({"codes":[]})"));
    CHECK(pieces->at(1).contains("\"x\""));
}

TEST_CASE("LLM settings come from the project, the key only from the environment", "[llm]")
{
    Fixture f;
    REQUIRE(f.project->setInfo(QStringLiteral("llm_base_url"), QStringLiteral("http://localhost:11434/v1")).ok());
    REQUIRE(f.project->setInfo(QStringLiteral("llm_model"), QStringLiteral("qwen2.5")).ok());
    REQUIRE(f.project->setInfo(QStringLiteral("llm_temperature"), QStringLiteral("0.3")).ok());
    REQUIRE(f.project->setInfo(QStringLiteral("llm_concurrency"), QStringLiteral("4")).ok());
    qputenv("CASELENS_LLM_API_KEY", "sk-test-key");
    const LlmSettings s = llmSettingsFromProject(*f.project);
    qunsetenv("CASELENS_LLM_API_KEY");
    CHECK(s.baseUrl == QUrl(QStringLiteral("http://localhost:11434/v1")));
    CHECK(s.model == QStringLiteral("qwen2.5"));
    CHECK(s.temperature == Approx(0.3));
    CHECK(s.maxConcurrency == 4);
    CHECK(s.apiKey == QStringLiteral("sk-test-key"));
    CHECK(f.project->db().scalar(QStringLiteral("SELECT count(*) FROM project_info WHERE value LIKE '%sk-test%'"))->toInt() == 0);
}

TEST_CASE("LLM coder: a redirect is not followed, so text and key stay where they were sent", "[llm][hostile]")
{
    // Issue "Nothing lost", item 8: a 307 to another address was followed with the masked
    // passages and the Authorization header.
    Fixture f;
    ScriptedServer elsewhere;
    elsewhere.script = {{ScriptedServer::Kind::Json, 200, kGood}};
    f.server.script = {{ScriptedServer::Kind::Redirect, 307, elsewhere.url().toString().toUtf8() + "/chat/completions"}};
    LlmSettings s;
    s.baseUrl = f.server.url();
    s.apiKey = QStringLiteral("sk-secret");
    s.timeoutMs = 5000;
    auto c = LlmCoder::create(*f.project, s);
    REQUIRE(c.ok());
    CHECK((*c)->suggest(kPassage).isEmpty());
    CHECK((*c)->lastFailure().contains(QStringLiteral("redirected")));
    CHECK(elsewhere.bodies.isEmpty());
}

TEST_CASE("LLM coder: answer size, the whole request's time and cancelling are bounded", "[llm][hostile]")
{
    // Issue "Nothing lost", item 6.
    Fixture f;
    // A 400 MB body is dropped once it passes 1 MB.
    f.server.script = {{ScriptedServer::Kind::Huge}};
    auto c = f.coder(60000, 0);
    CHECK(c->suggest(QStringLiteral("教师培训一。")).isEmpty());
    CHECK(c->lastFailure().contains(QStringLiteral("larger than")));
    // A byte every 100 ms does not hold the request past its time (1 s here; the body
    // would take 10,000 s at that pace).
    f.server.script = {{ScriptedServer::Kind::Drip}};
    auto slow = f.coder(1000, 0);
    CHECK(slow->suggest(QStringLiteral("教师培训二。")).isEmpty());
    CHECK(slow->lastFailure().contains(QStringLiteral("did not answer")));
    // Cancel stops a request that would wait a minute.
    f.server.script = {{ScriptedServer::Kind::Hang}};
    auto waiting = f.coder(60000, 2);
    std::atomic_bool cancel{false};
    waiting->setCancelFlag(&cancel);
    std::thread stopper([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        cancel = true;
    });
    CHECK(waiting->suggest(QStringLiteral("教师培训三。")).isEmpty());
    stopper.join();
    CHECK(waiting->lastFailure() == QStringLiteral("cancelled"));
    // Reasons are cut, and the cache keeps the cut answer, not the raw one.
    const QByteArray longReason = R"({"codes":[{"code":"teacher_development","score":0.9,"reason":")" + QByteArray(200000, 'a') + R"("}]})";
    f.server.script = {{ScriptedServer::Kind::Json, 200, longReason}};
    auto fresh = f.coder(5000, 0);
    const auto s = fresh->suggest(QStringLiteral("教师培训四。"));
    REQUIRE(s.size() == 1);
    CHECK(s.first().rationale.size() < kMaxReasonChars + 40);
    CHECK(f.project->db().scalar(QStringLiteral("SELECT max(length(answer)) FROM llm_cache"))->toLongLong() < 2000);
}

TEST_CASE("LLM settings: a refused remote endpoint is not saved", "[llm][hostile]")
{
    Fixture f;
    const QString before = f.project->info(QStringLiteral("llm_base_url"));
    Status s = storeLlmSettings(*f.project, QStringLiteral("https://api.example.net/v1"), QString(), QString(), QString(), false);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(QStringLiteral("nothing was changed")));
    CHECK(f.project->info(QStringLiteral("llm_base_url")) == before);
    // Allowed on purpose: kept, and this user's consent recorded for that host.
    REQUIRE(storeLlmSettings(*f.project, QStringLiteral("https://api.example.net/v1"), QString(), QString(), QString(), true).ok());
    CHECK(remoteAllowed(*f.project, QUrl(QStringLiteral("https://api.example.net/v1"))));
}
