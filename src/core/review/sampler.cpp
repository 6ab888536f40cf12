#include "review/sampler.h"

#include "store/samplestore.h"
#include "support/apportion.h"
#include "support/rng.h"

#include <QCoreApplication>
#include <QMap>

namespace caselens::review {

namespace {
// The translation context of this file's messages (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::review::Sampler)
};
}

Result<QList<qint64>> drawSample(store::Project &project, const SampleSpec &spec)
{
    if (spec.name.trimmed().isEmpty())
        return makeError(Tr::tr("A sample needs a name."), ErrorKind::InvalidInput);
    if (spec.size < 1)
        return makeError(Tr::tr("A sample needs at least one item."), ErrorKind::InvalidInput);
    if (spec.unit != QLatin1String("document") && spec.unit != QLatin1String("passage"))
        return makeError(Tr::tr("The sample unit is document or passage."), ErrorKind::InvalidInput);
    if (!spec.stratify.isEmpty() && !QStringList{QStringLiteral("region"), QStringLiteral("year"), QStringLiteral("type"), QStringLiteral("province")}.contains(spec.stratify))
        return makeError(Tr::tr("Stratify by region, year, type or province."), ErrorKind::InvalidInput);
    store::SampleStore samples(project);
    auto byStratum = samples.itemsByStratum(spec.unit, spec.stratify); // sorted keys: a stable order for a given seed
    if (!byStratum)
        return byStratum.error();
    qint64 total = 0;
    QList<qint64> weights;
    for (const auto &items : *byStratum) {
        weights.append(items.size());
        total += items.size();
    }
    if (spec.size > total)
        return makeError(Tr::tr("The project has only %1 items to sample from.").arg(total), ErrorKind::InvalidInput);
    const QList<qint64> quota = largestRemainder(weights, spec.size);
    Rng rng(spec.seed);
    QList<qint64> chosen;
    int k = 0;
    for (auto it = byStratum->begin(); it != byStratum->end(); ++it, ++k) {
        QList<qint64> items = it.value();
        rng.shuffle(items);
        chosen.append(items.mid(0, quota.at(k)));
    }
    std::sort(chosen.begin(), chosen.end());

    if (auto saved = samples.save(spec.name, spec.unit, spec.seed, spec.stratify, chosen); !saved) {
        if (saved.error().kind == ErrorKind::Duplicate)
            return makeError(Tr::tr("A sample called \"%1\" already exists; choose another name.").arg(spec.name), ErrorKind::Duplicate);
        return saved.error();
    }
    return chosen;
}

} // namespace caselens::review
