#pragma once
// DemoGenerator: writes the synthetic demo project — plausible Chinese case reports
// built from the phrase bank, with metadata and gold codings (accepted codings of the
// human coder 研究团队) that reproduce the published sample's figures. Synthetic, and
// labelled so in the project.

#include "demo/demoplan.h"
#include "support/rng.h"
#include "metadata/casemeta.h"
#include "store/project.h"
#include "support/progress.h"
#include "text/segmenter.h"

#include <QHash>
#include <QSet>
#include <memory>

namespace caselens::demo {

struct GeneratedCase {
    metadata::CaseMeta meta;
    QList<text::SourceParagraph> paragraphs;
    QList<std::pair<int, QString>> coded; // paragraph index → code key
};

struct DemoOptions {
    int cases = 987;
    quint64 seed = 2024;
};

struct DemoSummary {
    int cases = 0;
    int codedItems = 0;
    qint64 characters = 0;
};

inline const QString kGoldCoder = QStringLiteral("研究团队");

class DemoGenerator {
public:
    explicit DemoGenerator(quint64 seed);
    GeneratedCase generate(const CasePlan &plan, int index);

private:
    // `used`: the frames and phrases the case has said already (none is said twice).
    QString paragraph(const QStringList &frames, int sentences, const QHash<QString, QString> &vars, QSet<QString> &used,
                      const QHash<QString, QStringList> *extra, Rng &rng) const;
    const QHash<QString, QStringList> *extrasFor(const QString &caseType, const QString &code);
    QHash<QString, QString> freshNumbers(QHash<QString, QString> vars, Rng &rng) const;

    quint64 m_seed;
    QHash<QString, QHash<QString, QStringList>> m_extras;
};

// Writes the same cases as UTF-8 text files (case-00001.txt …) and a metadata.csv
// sidecar into `folder`, for benchmarking import from files.
Result<DemoSummary> writeDemoTexts(const QString &folder, const DemoOptions &options);

// Builds the demo project at `path` (which must not exist yet).
Result<DemoSummary> buildDemoProject(const QString &path, const DemoOptions &options, ProgressSink &progress = nullProgress());

} // namespace caselens::demo
