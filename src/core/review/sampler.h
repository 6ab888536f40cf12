#pragma once
// Sampler: a named, reproducible random sample of documents or passages for checking
// agreement — the same seed always gives the same sample; a stratified sample keeps the
// strata's proportions (largest-remainder allocation).

#include "store/project.h"

#include <QList>

namespace caselens::review {

struct SampleSpec {
    QString name;
    int size = 100;
    quint64 seed = 42;
    QString unit = QStringLiteral("document"); // document | passage
    QString stratify;                           // a document field (region, year, type, province) or empty
};

// Draws and stores the sample; refuses a name already used. Returns the chosen ids.
Result<QList<qint64>> drawSample(store::Project &project, const SampleSpec &spec);

} // namespace caselens::review
