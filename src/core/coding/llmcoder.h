#pragma once
// LlmCoder: asks an OpenAI-compatible chat-completions endpoint (a local llama.cpp or
// Ollama server by default) to code a passage against the codebook definitions, with a
// few accepted examples, and reads a JSON answer validated against the codebook.
// Nothing leaves the machine unless the project allows remote endpoints; phone numbers,
// ID numbers and e-mail addresses are masked before sending; prompt and raw answer are
// kept in the project for audit and reuse; the API key never is.

#include "codebook/codebook.h"
#include "coding/coder.h"
#include "store/project.h"

#include <QUrl>
#include <functional>
#include <optional>

namespace caselens::coding {

struct LlmSettings {
    QUrl baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/v1"));
    QString model = QStringLiteral("local");
    double temperature = 0.0;
    int timeoutMs = 60000;
    int maxRetries = 2;      // for invalid JSON, HTTP 429/5xx and dropped connections
    int examplesPerCode = 1; // accepted examples in the prompt
    int maxConcurrency = 2;  // requests in flight at once (a coding run's paragraphs)
    QString apiKey;          // from CASELENS_LLM_API_KEY or the user's settings
};

struct LlmStats {
    int requests = 0, cacheHits = 0, retries = 0, failures = 0;
    qint64 promptTokens = 0, completionTokens = 0, milliseconds = 0;
};

// Reads one answer of the model: {"codes":[{"code","score","reason"}]}, possibly in a
// Markdown fence. Empty optional when it is not that JSON, names an unknown code, or
// gives a score outside [0, 1].
// Reasons are cut at kMaxReasonChars; `normalised` receives the answer as kept (the same
// JSON with the cut reasons), which is what the cache stores.
inline constexpr int kMaxReasonChars = 500;
std::optional<QList<Suggestion>> parseLlmAnswer(const QByteArray &content, const codebook::Codebook &book, const QString &model,
                                                QByteArray *normalised = nullptr);

// Splits a window's answer {"paragraphs":[{"id":1,"codes":[…]},…]} into one {"codes":[…]}
// per paragraph, in order; empty when an id is missing, repeated or out of range.
std::optional<QList<QByteArray>> splitWindowAnswer(const QByteArray &content, int paragraphs);

// The project's LLM settings (llm_base_url, llm_model, llm_temperature, llm_concurrency)
// over the defaults, with the API key from CASELENS_LLM_API_KEY (never from the project).
LlmSettings llmSettingsFromProject(store::Project &project);
// The endpoint settings a project keeps (URL, model, temperature 0–2, 1–16 requests in
// flight), checked first: a bad value is refused in one sentence and nothing is written.
// `allowRemote` records the user's consent to send texts off this machine.
Status storeLlmSettings(store::Project &project, const QString &url, const QString &model, const QString &temperature,
                        const QString &concurrency, bool allowRemote);

// Whether this project may send text to `url`'s host from here: the project allows
// remote endpoints and this user allowed that host on this machine (RemoteConsent).
bool remoteAllowed(store::Project &project, const QUrl &url);

// Masks phone numbers, Chinese ID card numbers and e-mail addresses; returns how many.
int maskPersonalData(QString &text);
bool isLoopback(const QUrl &url);

class LlmCoder : public Coder {
public:
    // Fails when the endpoint is not on this machine and the project does not allow it.
    static Result<std::unique_ptr<LlmCoder>> create(store::Project &project, LlmSettings settings);

    QString engine() const override { return QStringLiteral("llm"); }
    QString version() const override { return QStringLiteral("1"); }
    QJsonObject settings() const override;
    QString modelHash() const override { return m_promptHash; }
    QList<Suggestion> suggest(const QString &passage) const override;
    QString lastFailure() const override { return m_failure; }
    // Answers from the cache first, then up to maxConcurrency requests at once.
    // A window's request names the case and the section each paragraph is in.
    QList<QList<Suggestion>> suggestMany(const QStringList &passages, QStringList *failures = nullptr,
                                         const DocumentContext &context = {}) const override;
    bool readsContext() const override { return true; }

    // The messages that would be sent first for these paragraphs of a document (one
    // window, or the paragraph alone), for the user to see before anything is sent.
    QString promptFor(const QStringList &paragraphs, const DocumentContext &context = {}) const;
    const LlmStats &stats() const { return m_stats; }

private:
    LlmCoder(store::Project &project, LlmSettings settings) : m_project(project), m_settings(std::move(settings)) {}
    // One paragraph per request, or a window of numbered paragraphs (suggestMany).
    enum class PromptMode { Paragraph, Window };
    QString systemPrompt(PromptMode mode = PromptMode::Paragraph) const;
    struct Prepared {
        QString masked, system, key;
        QString heading; // the section the paragraph is in, masked
        QByteArray cachedAnswer;
    };
    struct Fetched {
        QList<Suggestion> suggestions;
        QByteArray content;
        QString failure;
        LlmStats stats;
    };
    struct Exchange {
        QString failure;
        LlmStats stats;
    };
    Prepared prepare(const QString &passage) const;  // masking and the cache (database)
    // One request with its retries (no database); `accept` validates an answer's content,
    // and a rejected answer is asked again, saying it was not valid.
    Exchange exchange(const QString &system, const QString &user, const std::function<bool(const QByteArray &)> &accept) const;
    Fetched fetch(const Prepared &prepared) const;   // one paragraph
    QList<Fetched> fetchWindow(const QList<const Prepared *> &window, const QString &title) const; // neighbouring paragraphs in one request
    QList<Suggestion> finish(const Prepared &prepared, const Fetched &fetched) const; // stats and cache

    store::Project &m_project;
    LlmSettings m_settings;
    codebook::Codebook m_codebook;
    QString m_examples;
    QString m_promptHash;
    mutable QString m_failure;
    mutable LlmStats m_stats;
};

} // namespace caselens::coding
