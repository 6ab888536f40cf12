#include "review/sampler.h"

#include "demo/demoplan.h"
#include "support/rng.h"

#include <QCoreApplication>
#include <QMap>

namespace caselens::review {

namespace {
QString tr(const char *s) { return QCoreApplication::translate("caselens::review::Sampler", s); }
}

Result<QList<qint64>> drawSample(store::Project &project, const SampleSpec &spec)
{
    if (spec.name.trimmed().isEmpty())
        return makeError(tr("A sample needs a name."), ErrorKind::InvalidInput);
    if (spec.size < 1)
        return makeError(tr("A sample needs at least one item."), ErrorKind::InvalidInput);
    if (spec.unit != QLatin1String("document") && spec.unit != QLatin1String("passage"))
        return makeError(tr("The sample unit is document or passage."), ErrorKind::InvalidInput);
    static const QHash<QString, QString> strata = {{QStringLiteral("region"), QStringLiteral("d.region")},
                                                   {QStringLiteral("year"), QStringLiteral("d.year")},
                                                   {QStringLiteral("type"), QStringLiteral("d.case_type")},
                                                   {QStringLiteral("province"), QStringLiteral("d.province")}};
    if (!spec.stratify.isEmpty() && !strata.contains(spec.stratify))
        return makeError(tr("Stratify by region, year, type or province."), ErrorKind::InvalidInput);
    const QString stratum = spec.stratify.isEmpty() ? QStringLiteral("''") : QStringLiteral("COALESCE(%1, '')").arg(strata.value(spec.stratify));
    const QString sql = spec.unit == QLatin1String("document")
        ? QStringLiteral("SELECT d.id, %1 FROM documents d ORDER BY d.id").arg(stratum)
        : QStringLiteral("SELECT p.id, %1 FROM passages p JOIN documents d ON d.id = p.document_id WHERE p.kind = 'paragraph' ORDER BY p.id").arg(stratum);
    auto st = project.db().prepare(sql);
    if (!st)
        return st.error();
    QMap<QString, QList<qint64>> byStratum; // sorted keys: a stable order for a given seed
    qint64 total = 0;
    while (st->next()) {
        byStratum[st->text(1)].append(st->int64(0));
        ++total;
    }
    if (spec.size > total)
        return makeError(tr("The project has only %1 items to sample from.").arg(total), ErrorKind::InvalidInput);
    QList<double> weights;
    for (const auto &items : byStratum)
        weights.append(double(items.size()));
    const QList<int> quota = demo::largestRemainder(weights, spec.size);
    Rng rng(spec.seed);
    QList<qint64> chosen;
    int k = 0;
    for (auto it = byStratum.begin(); it != byStratum.end(); ++it, ++k) {
        QList<qint64> items = it.value();
        rng.shuffle(items);
        chosen.append(items.mid(0, quota.at(k)));
    }
    std::sort(chosen.begin(), chosen.end());

    store::Transaction tx(project.db());
    auto &ins = project.db().cached("samples.insert",
                                    "INSERT INTO samples(name, unit, seed, size, stratify, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    ins.bind(1, spec.name).bind(2, spec.unit).bind(3, qint64(spec.seed)).bind(4, spec.size).bindOptional(5, spec.stratify.isEmpty() ? QString() : spec.stratify);
    ins.bind(6, store::nowIso());
    if (Status s = ins.exec(); !s)
        return makeError(tr("A sample called \"%1\" already exists; choose another name.").arg(spec.name), ErrorKind::Duplicate);
    const qint64 sampleId = project.db().lastInsertId();
    auto &member = project.db().cached("samples.member", "INSERT INTO sample_members(sample_id, item_id) VALUES (?1, ?2)");
    for (qint64 id : chosen)
        if (Status s = member.bind(1, sampleId).bind(2, id).exec(); !s)
            return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return chosen;
}

} // namespace caselens::review
