#include "codercli.h"

#include "coding/learnedcoder.h"
#include "coding/lexiconcoder.h"
#include "store/codestore.h"

namespace caselens::cli {

Result<std::unique_ptr<coding::Coder>> makeCoder(store::Project &project, const QString &name)
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
    if (name == QLatin1String("llm"))
        return makeError(QStringLiteral("The LLM coder is not built yet in this version; use lexicon or learned."), ErrorKind::NotFound);
    return makeError(QStringLiteral("There is no coder \"%1\": use lexicon, learned or llm.").arg(name), ErrorKind::InvalidInput);
}

} // namespace caselens::cli
