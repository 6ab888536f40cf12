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
        coding::LlmSettings settings = coding::llmSettingsFromProject(project);
        if (overrides && overrides->baseUrl != coding::LlmSettings{}.baseUrl)
            settings.baseUrl = overrides->baseUrl;
        if (overrides && overrides->model != coding::LlmSettings{}.model)
            settings.model = overrides->model;
        auto llm = coding::LlmCoder::create(project, settings);
        if (!llm)
            return llm.error();
        return std::unique_ptr<coding::Coder>(llm.take());
    }
    return makeError(QStringLiteral("There is no coder \"%1\": use lexicon, learned or llm.").arg(name), ErrorKind::InvalidInput);
}

} // namespace caselens::cli
