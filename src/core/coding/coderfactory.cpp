#include "coding/coderfactory.h"

#include "coding/learnedcoder.h"
#include "coding/lexiconcoder.h"
#include "coding/llmcoder.h"
#include "store/codestore.h"

#include <QCoreApplication>

namespace caselens::coding {

Result<std::unique_ptr<Coder>> makeCoder(store::Project &project, const QString &name)
{
    if (name == QLatin1String("lexicon"))
        return std::unique_ptr<Coder>(std::make_unique<LexiconCoder>(store::CodeStore(project).codebook()));
    if (name == QLatin1String("learned") || name.isEmpty() || name == QLatin1String("best")) {
        auto learned = LearnedCoder::load(project);
        if (learned)
            return std::unique_ptr<Coder>(learned.take());
        if (name == QLatin1String("learned"))
            return learned.error();
        return std::unique_ptr<Coder>(std::make_unique<LexiconCoder>(store::CodeStore(project).codebook()));
    }
    if (name == QLatin1String("llm")) {
        auto llm = LlmCoder::create(project, llmSettingsFromProject(project));
        if (!llm)
            return llm.error();
        return std::unique_ptr<Coder>(llm.take());
    }
    return makeError(QCoreApplication::translate("caselens::coding::CoderFactory", "There is no coder \"%1\": use lexicon, learned or llm.").arg(name),
                     ErrorKind::InvalidInput);
}

} // namespace caselens::coding
