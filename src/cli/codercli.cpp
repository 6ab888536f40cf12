#include "codercli.h"

#include "coding/learnedcoder.h"
#include "coding/lexiconcoder.h"
#include "store/codestore.h"

namespace caselens::cli {

Result<std::unique_ptr<coding::Coder>> makeCoder(store::Project &project, const QString &name, const coding::LlmSettings *overrides)
{
    if (name == QLatin1String("lexicon"))
        return std::unique_ptr<coding::Coder>(std::make_unique<coding::LexiconCoder>(store::CodeStore(project).codebook()));
    if (name == QLatin1String("learned") || name.isEmpty() || name == QLatin1String("best")) {
        auto learned = coding::LearnedCoder::load(project);
        if (learned)
            return std::unique_ptr<coding::Coder>(learned.take());
        if (name == QLatin1String("learned"))
            return learned.error();
        return std::unique_ptr<coding::Coder>(std::make_unique<coding::LexiconCoder>(store::CodeStore(project).codebook()));
    }
    if (name == QLatin1String("llm")) {
        coding::LlmSettings settings = overrides ? *overrides : coding::LlmSettings{};
        const QString url = project.info(QStringLiteral("llm_base_url"));
        const QString model = project.info(QStringLiteral("llm_model"));
        if (!url.isEmpty() && (!overrides || overrides->baseUrl == coding::LlmSettings{}.baseUrl))
            settings.baseUrl = QUrl(url);
        if (!model.isEmpty() && (!overrides || overrides->model == coding::LlmSettings{}.model))
            settings.model = model;
        bool ok = false;
        const double temperature = project.info(QStringLiteral("llm_temperature")).toDouble(&ok);
        if (ok && temperature >= 0 && temperature <= 2)
            settings.temperature = temperature;
        const int concurrency = project.info(QStringLiteral("llm_concurrency")).toInt(&ok);
        if (ok && concurrency >= 1 && concurrency <= 16)
            settings.maxConcurrency = concurrency;
        settings.apiKey = qEnvironmentVariable("CASELENS_LLM_API_KEY");
        auto llm = coding::LlmCoder::create(project, settings);
        if (!llm)
            return llm.error();
        return std::unique_ptr<coding::Coder>(llm.take());
    }
    return makeError(QStringLiteral("There is no coder \"%1\": use lexicon, learned or llm.").arg(name), ErrorKind::InvalidInput);
}

} // namespace caselens::cli
