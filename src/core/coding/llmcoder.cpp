#include "coding/llmcoder.h"

#include "coding/remoteconsent.h"
#include "store/codestore.h"
#include "store/codingstore.h"
#include "store/llmcachestore.h"
#include "text/personaldata.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <thread>

namespace caselens::coding {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::coding::LlmCoder)
};

QString sha256(const QString &s)
{
    return QString::fromLatin1(QCryptographicHash::hash(s.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

int maskPersonalData(QString &text)
{
    const auto matches = text::findPersonalData(text);
    // Replace from the end so earlier positions stay valid.
    for (auto it = matches.crbegin(); it != matches.crend(); ++it) {
        const QString label = it->kind == text::PersonalKind::Email ? QStringLiteral("[邮箱]")
                            : it->kind == text::PersonalKind::IdNumber ? QStringLiteral("[身份证号]")
                                                                       : QStringLiteral("[电话]");
        text.replace(it->start, it->length, label);
    }
    return int(matches.size());
}

LlmSettings llmSettingsFromProject(store::Project &project)
{
    LlmSettings settings;
    const QString url = project.info(QStringLiteral("llm_base_url"));
    if (!url.isEmpty())
        settings.baseUrl = QUrl(url);
    const QString model = project.info(QStringLiteral("llm_model"));
    if (!model.isEmpty())
        settings.model = model;
    bool ok = false;
    const double temperature = project.info(QStringLiteral("llm_temperature")).toDouble(&ok);
    if (ok && temperature >= 0 && temperature <= 2)
        settings.temperature = temperature;
    const int concurrency = project.info(QStringLiteral("llm_concurrency")).toInt(&ok);
    if (ok && concurrency >= 1 && concurrency <= 16)
        settings.maxConcurrency = concurrency;
    settings.apiKey = qEnvironmentVariable("CASELENS_LLM_API_KEY");
    return settings;
}

Status storeLlmSettings(store::Project &project, const QString &url, const QString &model, const QString &temperature,
                        const QString &concurrency, bool allowRemote)
{
    QList<std::pair<QString, QString>> values;
    const QUrl target(url.isNull() ? project.info(QStringLiteral("llm_base_url")) : url.trimmed());
    if (!url.isNull()) {
        if (!target.isValid() || target.host().isEmpty() || (target.scheme() != QLatin1String("http") && target.scheme() != QLatin1String("https")))
            return makeError(Tr::tr("The LLM endpoint must be an http(s) URL such as http://127.0.0.1:8080/v1, not \"%1\".").arg(url), ErrorKind::InvalidInput);
        // A remote endpoint nobody allowed is refused before anything is kept.
        if (!isLoopback(target) && !allowRemote && !remoteAllowed(project, target))
            return makeError(Tr::tr("%1 is not on this machine, and sending this project's text there has not been allowed here; "
                                "nothing was changed. Add --allow-remote to allow it.")
                                 .arg(target.host()),
                             ErrorKind::InvalidInput);
        values.append({QStringLiteral("llm_base_url"), url.trimmed()});
    }
    if (!model.isNull()) {
        if (model.trimmed().isEmpty())
            return makeError(Tr::tr("The LLM model name cannot be empty."), ErrorKind::InvalidInput);
        values.append({QStringLiteral("llm_model"), model.trimmed()});
    }
    bool ok = false;
    if (!temperature.isNull()) {
        const double t = temperature.toDouble(&ok);
        if (!ok || t < 0 || t > 2)
            return makeError(Tr::tr("The LLM temperature is a number from 0 to 2, not \"%1\".").arg(temperature), ErrorKind::InvalidInput);
        values.append({QStringLiteral("llm_temperature"), QString::number(t)});
    }
    if (!concurrency.isNull()) {
        const int n = concurrency.toInt(&ok);
        if (!ok || n < 1 || n > 16)
            return makeError(Tr::tr("The number of LLM requests in flight is from 1 to 16, not \"%1\".").arg(concurrency), ErrorKind::InvalidInput);
        values.append({QStringLiteral("llm_concurrency"), QString::number(n)});
    }
    if (allowRemote)
        values.append({QStringLiteral("llm_remote_allowed"), QStringLiteral("yes")});
    auto tx = project.transaction();
    for (const auto &[key, value] : values)
        if (Status s = project.setInfo(key, value); !s)
            return s;
    if (Status s = tx.commit(); !s)
        return s;
    if (allowRemote && target.isValid() && !target.host().isEmpty() && !isLoopback(target))
        RemoteConsent::grant(project.path(), target.host());
    return {};
}

bool remoteAllowed(store::Project &project, const QUrl &url)
{
    return project.info(QStringLiteral("llm_remote_allowed")) == QLatin1String("yes") && RemoteConsent::granted(project.path(), url.host());
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<std::unique_ptr<LlmCoder>> LlmCoder::create(store::Project &project, LlmSettings settings)
{
    if (!settings.baseUrl.isValid() || (settings.baseUrl.scheme() != QLatin1String("http") && settings.baseUrl.scheme() != QLatin1String("https")))
        return makeError(Tr::tr("The LLM endpoint must be an http(s) URL."), ErrorKind::InvalidInput);
    // Both the project's setting and this user's consent on this machine: a project
    // received from someone else with a remote endpoint sends nothing until asked.
    if (!isLoopback(settings.baseUrl) && !remoteAllowed(project, settings.baseUrl))
        return makeError(Tr::tr("%1 is not on this machine, and sending this project's text there has not been allowed here. "
                            "Allow it first (caselens-cli code … --allow-remote, or the LLM settings in the window).")
                             .arg(settings.baseUrl.host()),
                         ErrorKind::InvalidInput);
    std::unique_ptr<LlmCoder> c(new LlmCoder(project, std::move(settings)));
    c->m_codebook = store::CodeStore(project).codebook();
    // A few examples per code, shortest first so the prompt stays small: passages people
    // coded with it, and near misses — suggestions of it that people rejected.
    auto found = store::CodingStore(project).examples();
    if (!found)
        return found.error();
    QHash<QString, int> taken, missed;
    QStringList examples;
    for (const auto &e : *found) {
        auto &count = e.accepted ? taken[e.code] : missed[e.code];
        if (count >= c->m_settings.examplesPerCode)
            continue;
        QString text = e.text.left(200);
        maskPersonalData(text);
        examples.append(e.accepted ? QStringLiteral("- %1 → %2").arg(text, e.code) : QStringLiteral("- %1 → not %2").arg(text, e.code));
        ++count;
    }
    c->m_examples = examples.join(QLatin1Char('\n'));
    c->m_promptHash = sha256(c->systemPrompt());
    return c;
}

QJsonObject LlmCoder::settings() const
{
    return {{QStringLiteral("base_url"), m_settings.baseUrl.toString()}, {QStringLiteral("model"), m_settings.model},
            {QStringLiteral("temperature"), m_settings.temperature}, {QStringLiteral("examples_per_code"), m_settings.examplesPerCode},
            {QStringLiteral("max_concurrency"), m_settings.maxConcurrency},
            {QStringLiteral("prompt_version"), 2}};
}

QString LlmCoder::systemPrompt(PromptMode mode) const
{
    QStringList lines;
    lines << QStringLiteral("You code passages of Chinese education case reports against a codebook. "
                            "A passage may have no code, one code or several.");
    lines << QStringLiteral("Codebook (key: name — definition):");
    for (const auto &c : m_codebook.codableCodes())
        lines << QStringLiteral("%1: %2 — %3").arg(c.key, c.nameZh, c.descriptionZh);
    if (!m_examples.isEmpty())
        lines << QStringLiteral("Examples from the research team (\"not <key>\": the code was suggested and they rejected it):") << m_examples;
    // Everything above is the same in both modes: a stable prefix servers can cache.
    if (mode == PromptMode::Window)
        lines << QStringLiteral("The user message holds numbered paragraphs [1], [2], … of one case report, in order. Answer with JSON "
                                "only, one entry per paragraph: {\"paragraphs\": [{\"id\": 1, \"codes\": [{\"code\": \"<key>\", "
                                "\"score\": <0..1>, \"reason\": \"<one sentence in Chinese>\"}]}, …]}. Use only the keys above; "
                                "\"codes\": [] where no code applies.");
    else
        lines << QStringLiteral("Answer with JSON only, in this form: {\"codes\": [{\"code\": \"<key>\", \"score\": <0..1>, "
                                "\"reason\": \"<one sentence in Chinese>\"}]}. Use only the keys above; answer {\"codes\": []} "
                                "when no code applies.");
    return lines.join(QLatin1Char('\n'));
}

namespace {

// A window: neighbouring paragraphs of one document asked in one request, small enough
// that a local model's context holds it with the codebook and the answer.
constexpr int kWindowParagraphs = 12;
constexpr qsizetype kWindowChars = 3000;

// Neighbouring paragraphs (by their lengths) grouped into windows: a request each.
QList<QList<int>> windowsOf(const QList<qsizetype> &lengths)
{
    QList<QList<int>> windows;
    qsizetype windowChars = 0;
    for (int i = 0; i < lengths.size(); ++i) {
        if (windows.isEmpty() || windows.last().size() >= kWindowParagraphs || windowChars + lengths.at(i) > kWindowChars) {
            windows.append(QList<int>());
            windowChars = 0;
        }
        windows.last().append(i);
        windowChars += lengths.at(i);
    }
    return windows;
}

// The user message of a window: the case's title, then the numbered paragraphs with a
// section line wherever the heading changes, so the model reads each paragraph where it
// stands (a paragraph under 三、师资建设 is about teachers even when it does not say so).
QString windowText(const QStringList &masked, const QStringList &headings, const QString &title)
{
    QStringList lines;
    if (!title.isEmpty())
        lines.append(QStringLiteral("Case: %1").arg(title));
    QString section;
    for (int i = 0; i < masked.size(); ++i) {
        const QString heading = headings.value(i);
        if (!heading.isEmpty() && heading != section)
            lines.append(QStringLiteral("Section: %1").arg(heading));
        section = heading;
        lines.append(QStringLiteral("[%1] %2").arg(i + 1).arg(masked.at(i)));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString LlmCoder::promptFor(const QStringList &paragraphs, const DocumentContext &context) const
{
    QStringList masked;
    QList<qsizetype> lengths;
    for (QString p : paragraphs) {
        maskPersonalData(p);
        masked.append(p);
        lengths.append(p.size());
    }
    const QList<QList<int>> windows = windowsOf(lengths);
    if (windows.isEmpty())
        return {};
    QStringList first, headings;
    for (int i : windows.first()) {
        first.append(masked.at(i));
        QString heading = context.headings.value(i);
        maskPersonalData(heading);
        headings.append(heading);
    }
    if (first.size() == 1)
        return QStringLiteral("[system]\n%1\n[user]\n%2").arg(systemPrompt(), first.first());
    QString title = context.title;
    maskPersonalData(title);
    return QStringLiteral("[system]\n%1\n[user]\n%2").arg(systemPrompt(PromptMode::Window), windowText(first, headings, title));
}

std::optional<QList<Suggestion>> parseLlmAnswer(const QByteArray &content, const codebook::Codebook &book, const QString &model,
                                                QByteArray *normalised)
{
    QByteArray body = content.trimmed();
    // Models like to wrap JSON in a Markdown fence.
    if (body.startsWith("```")) {
        body = body.mid(body.indexOf('\n') + 1);
        if (body.endsWith("```"))
            body.chop(3);
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject() || !doc.object().value(QStringLiteral("codes")).isArray())
        return std::nullopt;
    QList<Suggestion> out;
    QJsonArray kept;
    for (const auto &v : doc.object().value(QStringLiteral("codes")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString code = o.value(QStringLiteral("code")).toString();
        const double score = o.value(QStringLiteral("score")).toDouble(-1);
        if (!book.find(code) || !book.find(code)->codable || score < 0 || score > 1)
            return std::nullopt; // an unknown code or a score out of range: the answer is not valid
        if (out.size() >= book.codes.size())
            return std::nullopt; // more codes than the codebook has: not an answer
        QString reason = o.value(QStringLiteral("reason")).toString();
        if (reason.size() > kMaxReasonChars)
            reason = reason.left(kMaxReasonChars) + QStringLiteral("…");
        out.append({code, score, QStringLiteral("LLM %1: %2").arg(model, reason)});
        kept.append(QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("score"), score}, {QStringLiteral("reason"), reason}});
    }
    if (normalised)
        *normalised = QJsonDocument(QJsonObject{{QStringLiteral("codes"), kept}}).toJson(QJsonDocument::Compact);
    std::stable_sort(out.begin(), out.end(), [](const Suggestion &a, const Suggestion &b) { return a.score > b.score; });
    return out;
}

LlmCoder::Prepared LlmCoder::prepare(const QString &passage) const
{
    Prepared p;
    p.masked = passage;
    maskPersonalData(p.masked);
    p.system = systemPrompt();
    p.key = sha256(m_settings.model + QLatin1Char('\n') + QString::number(m_settings.temperature) + QLatin1Char('\n') + p.system
                   + QLatin1Char('\n') + p.masked);
    p.cachedAnswer = store::LlmCacheStore(m_project).answer(p.key);
    return p;
}

// An answer of a few codes with reasons is about 1 KB per paragraph; a megabyte is no answer.
constexpr qint64 kMaxAnswerBytes = 1024 * 1024;

// The network part: no database, no shared state, so several can run at once.
LlmCoder::Exchange LlmCoder::exchange(const QString &system, const QString &user, const std::function<bool(const QByteArray &)> &accept) const
{
    Exchange f;
    QJsonArray messages{QJsonObject{{QStringLiteral("role"), QStringLiteral("system")}, {QStringLiteral("content"), system}},
                        QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), user}}};
    QNetworkAccessManager manager;
    QUrl url = m_settings.baseUrl;
    url.setPath(url.path().endsWith(QLatin1Char('/')) ? url.path() + QStringLiteral("chat/completions")
                                                      : url.path() + QStringLiteral("/chat/completions"));
    QElapsedTimer timer;
    timer.start();
    for (int attempt = 0; attempt <= m_settings.maxRetries; ++attempt) {
        if (attempt > 0) {
            ++f.stats.retries;
            for (int waited = 0; waited < qMin(2000, 200 * (1 << attempt)) && !cancelRequested(); waited += 50)
                QThread::msleep(50);
        }
        if (cancelRequested()) {
            f.failure = Tr::tr("cancelled");
            break;
        }
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        if (!m_settings.apiKey.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_settings.apiKey.toUtf8());
        request.setTransferTimeout(m_settings.timeoutMs);
        // The text and the key go to the configured host only: a redirect is an answer to
        // report, never a request to follow.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        const QJsonObject payload{{QStringLiteral("model"), m_settings.model}, {QStringLiteral("temperature"), m_settings.temperature},
                                  {QStringLiteral("messages"), messages},
                                  {QStringLiteral("response_format"), QJsonObject{{QStringLiteral("type"), QStringLiteral("json_object")}}}};
        ++f.stats.requests;
        QNetworkReply *reply = manager.post(request, QJsonDocument(payload).toJson(QJsonDocument::Compact));
        // Three ways to stop waiting besides the answer: the whole request's time is up
        // (a byte every few seconds does not extend it), the answer grows past any real
        // answer's size, or the user cancels.
        enum class Stop { None, Deadline, TooBig, Cancelled } stop = Stop::None;
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QObject::connect(reply, &QNetworkReply::downloadProgress, &loop, [&](qint64 received, qint64 total) {
            if (stop == Stop::None && (received > kMaxAnswerBytes || total > kMaxAnswerBytes)) {
                stop = Stop::TooBig;
                reply->abort();
            }
        });
        QTimer deadline;
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
            if (stop == Stop::None)
                stop = Stop::Deadline;
            reply->abort();
        });
        deadline.start(m_settings.timeoutMs);
        QTimer cancelPoll;
        QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
            if (stop == Stop::None && cancelRequested()) {
                stop = Stop::Cancelled;
                reply->abort();
            }
        });
        cancelPoll.start(50);
        if (!reply->isFinished())
            loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray raw = stop == Stop::None && reply->isOpen() ? reply->read(kMaxAnswerBytes + 1) : QByteArray();
        const auto error = reply->error();
        const QString errorText = reply->errorString();
        const QUrl redirect = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        reply->deleteLater();
        if (stop == Stop::Cancelled) {
            f.failure = Tr::tr("cancelled");
            break;
        }
        if (stop == Stop::TooBig || raw.size() > kMaxAnswerBytes) {
            f.failure = Tr::tr("the LLM endpoint sent an answer larger than %1 KB, which no coding answer needs; it was dropped").arg(kMaxAnswerBytes / 1024);
            break;
        }
        if (stop == Stop::Deadline || error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
            f.failure = Tr::tr("the LLM endpoint did not answer within %1 s").arg(m_settings.timeoutMs / 1000.0);
            continue;
        }
        if (status >= 300 && status < 400) {
            f.failure = Tr::tr("the LLM endpoint redirected the request to %1; CaseLens sends text only to the address you set, so nothing "
                           "was sent there")
                            .arg(redirect.isValid() ? url.resolved(redirect).host() : Tr::tr("another address"));
            break;
        }
        if (status == 429 || status >= 500) {
            f.failure = Tr::tr("the LLM endpoint answered HTTP %1").arg(status);
            continue;
        }
        if (error != QNetworkReply::NoError && status == 0) {
            f.failure = Tr::tr("the LLM endpoint could not be reached (%1)").arg(errorText);
            continue;
        }
        if (status != 200) {
            f.failure = Tr::tr("the LLM endpoint refused the request (HTTP %1)").arg(status);
            break; // 4xx other than 429: retrying will not help
        }
        const QJsonObject root = QJsonDocument::fromJson(raw).object();
        const QJsonObject usage = root.value(QStringLiteral("usage")).toObject();
        f.stats.promptTokens += usage.value(QStringLiteral("prompt_tokens")).toInteger();
        f.stats.completionTokens += usage.value(QStringLiteral("completion_tokens")).toInteger();
        const QByteArray content = root.value(QStringLiteral("choices")).toArray().first().toObject().value(QStringLiteral("message")).toObject()
                                       .value(QStringLiteral("content")).toString().toUtf8();
        if (!accept(content)) {
            f.failure = Tr::tr("the LLM answered something that is not the JSON asked for");
            // Ask again, telling the model what was wrong.
            messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), QString::fromUtf8(content)}});
            messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                        {QStringLiteral("content"), QStringLiteral("That was not valid. Answer with the JSON object only, using only the codebook keys.")}});
            continue;
        }
        f.failure.clear();
        break;
    }
    if (!f.failure.isEmpty())
        ++f.stats.failures;
    f.stats.milliseconds = timer.elapsed();
    return f;
}

LlmCoder::Fetched LlmCoder::fetch(const Prepared &prepared) const
{
    Fetched f;
    const Exchange e = exchange(prepared.system, prepared.masked, [&](const QByteArray &content) {
        auto parsed = parseLlmAnswer(content, m_codebook, m_settings.model, &f.content);
        if (parsed)
            f.suggestions = *parsed;
        return parsed.has_value();
    });
    f.failure = e.failure;
    f.stats = e.stats;
    return f;
}

QList<LlmCoder::Fetched> LlmCoder::fetchWindow(const QList<const Prepared *> &window, const QString &title) const
{
    if (window.size() == 1)
        return {fetch(*window.first())};
    // One request for the window: the paragraphs numbered, one answer per number.
    QStringList masked, headings;
    for (const Prepared *p : window) {
        masked.append(p->masked);
        headings.append(p->heading);
    }
    QList<Fetched> out(window.size());
    const Exchange e = exchange(systemPrompt(PromptMode::Window), windowText(masked, headings, title), [&](const QByteArray &content) {
        const auto pieces = splitWindowAnswer(content, int(window.size()));
        if (!pieces)
            return false;
        QList<Fetched> parsed(window.size());
        for (int i = 0; i < window.size(); ++i) {
            auto one = parseLlmAnswer(pieces->at(i), m_codebook, m_settings.model, &parsed[i].content);
            if (!one)
                return false; // one paragraph's answer invalid: the window is asked again
            parsed[i].suggestions = *one;
        }
        out = parsed;
        return true;
    });
    for (int i = 0; i < window.size(); ++i) {
        out[i].failure = e.failure;
        if (i == 0) // the request's tokens and time, counted once
            out[i].stats = e.stats;
    }
    return out;
}

std::optional<QList<QByteArray>> splitWindowAnswer(const QByteArray &content, int paragraphs)
{
    QByteArray body = content.trimmed();
    if (body.startsWith("```")) {
        body = body.mid(body.indexOf('\n') + 1);
        if (body.endsWith("```"))
            body.chop(3);
    }
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonArray list = doc.object().value(QStringLiteral("paragraphs")).toArray();
    if (!doc.isObject() || list.size() != paragraphs)
        return std::nullopt;
    QList<QByteArray> out(paragraphs);
    QList<bool> seen(paragraphs, false);
    for (const auto &v : list) {
        const QJsonObject o = v.toObject();
        const int id = o.value(QStringLiteral("id")).toInt(0);
        if (id < 1 || id > paragraphs || seen.at(id - 1) || !o.value(QStringLiteral("codes")).isArray())
            return std::nullopt;
        seen[id - 1] = true;
        out[id - 1] = QJsonDocument(QJsonObject{{QStringLiteral("codes"), o.value(QStringLiteral("codes"))}}).toJson(QJsonDocument::Compact);
    }
    return out;
}

QList<Suggestion> LlmCoder::finish(const Prepared &prepared, const Fetched &fetched) const
{
    m_stats.requests += fetched.stats.requests;
    m_stats.retries += fetched.stats.retries;
    m_stats.failures += fetched.stats.failures;
    m_stats.promptTokens += fetched.stats.promptTokens;
    m_stats.completionTokens += fetched.stats.completionTokens;
    m_stats.milliseconds += fetched.stats.milliseconds;
    m_failure = fetched.failure;
    if (!fetched.failure.isEmpty())
        return {};
    // A cache that cannot be written costs a second request next time, nothing more.
    (void)store::LlmCacheStore(m_project).put(prepared.key, prepared.system + QStringLiteral("\n---\n") + prepared.masked, fetched.content);
    return fetched.suggestions;
}

QList<Suggestion> LlmCoder::suggest(const QString &passage) const
{
    m_failure.clear();
    const Prepared prepared = prepare(passage);
    if (!prepared.cachedAnswer.isEmpty()) {
        if (auto parsed = parseLlmAnswer(prepared.cachedAnswer, m_codebook, m_settings.model)) {
            ++m_stats.cacheHits;
            return *parsed;
        }
    }
    return finish(prepared, fetch(prepared));
}

QList<QList<Suggestion>> LlmCoder::suggestMany(const QStringList &passages, QStringList *failures, const DocumentContext &context) const
{
    QList<QList<Suggestion>> out(passages.size());
    QList<Prepared> prepared;
    QList<int> pending;
    QString title = context.title;
    maskPersonalData(title);
    for (int i = 0; i < passages.size(); ++i) {
        prepared.append(prepare(passages.at(i)));
        prepared.last().heading = context.headings.value(i);
        maskPersonalData(prepared.last().heading);
        if (!prepared.last().cachedAnswer.isEmpty()) {
            if (auto parsed = parseLlmAnswer(prepared.last().cachedAnswer, m_codebook, m_settings.model)) {
                ++m_stats.cacheHits;
                out[i] = *parsed;
                continue;
            }
        }
        pending.append(i);
    }
    // The paragraphs still to ask, in windows of neighbours (one request each, the
    // codebook sent once per window instead of once per paragraph); up to maxConcurrency
    // windows at once, each on a thread of its own.
    QList<qsizetype> lengths;
    for (int i : pending)
        lengths.append(prepared.at(i).masked.size());
    QList<QList<int>> windows = windowsOf(lengths);
    for (auto &w : windows)
        for (int &k : w)
            k = pending.at(k); // positions among the pending → positions among the passages
    QList<Fetched> fetched(passages.size());
    std::atomic_int next{0};
    auto worker = [&] {
        for (int k = next++; k < windows.size(); k = next++) {
            QList<const Prepared *> window;
            for (int i : windows.at(k))
                window.append(&prepared.at(i));
            const QList<Fetched> answers = fetchWindow(window, title);
            for (int j = 0; j < windows.at(k).size(); ++j)
                fetched[windows.at(k).at(j)] = answers.at(j);
        }
    };
    std::vector<std::thread> threads;
    const int n = std::max(1, std::min(m_settings.maxConcurrency, int(windows.size())));
    for (int t = 1; t < n; ++t)
        threads.emplace_back(worker);
    worker();
    for (auto &t : threads)
        t.join();
    for (int i : pending) {
        out[i] = finish(prepared.at(i), fetched.at(i));
        if (failures && !m_failure.isEmpty())
            failures->append(m_failure);
    }
    return out;
}

} // namespace caselens::coding
