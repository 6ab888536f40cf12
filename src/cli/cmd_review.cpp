#include "command.h"

#include "coding/learnedcoder.h"
#include "review/agreement.h"
#include "review/reviewservice.h"
#include "review/sampler.h"
#include "store/auditlog.h"
#include "store/documentfilter.h"
#include "store/reviewqueue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace caselens::cli {

int runReview(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption list(QStringLiteral("list"), QStringLiteral("List the suggestions waiting for review."));
    QCommandLineOption accept(QStringLiteral("accept"), QStringLiteral("Accept suggestions by id (repeatable, or comma-separated)."), QStringLiteral("ID"));
    QCommandLineOption reject(QStringLiteral("reject"), QStringLiteral("Reject suggestions by id."), QStringLiteral("ID"));
    QCommandLineOption above(QStringLiteral("accept-above"), QStringLiteral("Accept every suggestion of --coder scoring at least X."), QStringLiteral("X"));
    QCommandLineOption all(QStringLiteral("accept-all"), QStringLiteral("Accept every suggestion matching --coder, --code and --docs/--where (at least one)."));
    QCommandLineOption docs(QStringLiteral("docs"), QStringLiteral("With --accept-all: only these documents (1,4,10-20)."), QStringLiteral("IDS"));
    QCommandLineOption where(QStringLiteral("where"), QStringLiteral("With --accept-all: only documents with ATTR=VALUE."), QStringLiteral("ATTR=VALUE"));
    QCommandLineOption coder(QStringLiteral("coder"), QStringLiteral("Only suggestions of this engine."), QStringLiteral("ENGINE"));
    QCommandLineOption code(QStringLiteral("code"), QStringLiteral("Only suggestions of this code."), QStringLiteral("KEY"));
    QCommandLineOption minScore(QStringLiteral("min-score"), QStringLiteral("With --list: scores of at least X."), QStringLiteral("X"), QStringLiteral("0"));
    QCommandLineOption maxScore(QStringLiteral("max-score"), QStringLiteral("With --list: scores of at most X."), QStringLiteral("X"), QStringLiteral("1"));
    QCommandLineOption order(QStringLiteral("order"), QStringLiteral("uncertain (default), score or document."), QStringLiteral("ORDER"), QStringLiteral("uncertain"));
    QCommandLineOption reviewer(QStringLiteral("reviewer"), QStringLiteral("Who decides (recorded in the audit log)."), QStringLiteral("NAME"));
    QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("With --accept-above: only say how many would change."));
    QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print as JSON."));
    for (const auto *o : {&list, &accept, &reject, &above, &all, &docs, &where, &coder, &code, &minScore, &maxScore, &order, &reviewer, &dryRun, &json})
        p.addOption(*o);
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project."));
    if (int rc = parseOrExit(p, args, "review",
                             QStringLiteral("Lists suggestions and records decisions on them; every decision goes to the audit log "
                                            "with the reviewer's name."),
                             QStringLiteral("PROJECT --list [--coder ENGINE] [--code KEY] [--min-score X] [--max-score Y] [--docs IDS] [--where A=V] [--order …] [--json] | --accept ID… | --reject ID… "
                                            "| --accept-above X --coder ENGINE --reviewer NAME [--dry-run] | --accept-all [--coder E] [--code K] [--docs IDS] [--where A=V] --reviewer NAME"));
        rc >= 0)
        return rc;
    if (p.positionalArguments().size() != 1)
        return fail(QStringLiteral("caselens-cli review: give one project."), Usage);
    auto project = openProject(p.positionalArguments().first());
    if (!project)
        return Failed;
    if (p.isSet(list)) {
        auto filter = store::DocumentFilter::parse(p.value(docs), p.values(where));
        if (!filter)
            return fail(filter.error().message, Usage);
        bool minOk = true, maxOk = true;
        store::ReviewQueueQuery query;
        query.order = p.value(order) == QLatin1String("score") ? store::ReviewOrder::Score
                    : p.value(order) == QLatin1String("document") ? store::ReviewOrder::Document
                                                                    : store::ReviewOrder::Uncertain;
        query.engine = p.value(coder);
        query.code = p.value(code);
        query.minScore = p.value(minScore).toDouble(&minOk);
        query.maxScore = p.value(maxScore).toDouble(&maxOk);
        if (!minOk || !maxOk)
            return fail(QStringLiteral("caselens-cli review: --min-score and --max-score take numbers from 0 to 1."), Usage);
        query.documentSql = filter->isEmpty() ? QString() : filter->sql(query.documentValues);
        query.limit = -1;
        store::ReviewQueue queue(*project);
        auto rows = queue.pending(query);
        if (!rows)
            return fail(rows.error().message);
        QJsonArray arr;
        for (const auto &r : *rows) {
            const QString text = queue.excerpt(r.document, r.start, std::min<qint64>(r.end - r.start, 60));
            if (p.isSet(json))
                arr.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("document"), r.document},
                                       {QStringLiteral("code"), r.code}, {QStringLiteral("coder"), r.engine},
                                       {QStringLiteral("score"), r.score}, {QStringLiteral("rationale"), r.rationale},
                                       {QStringLiteral("text"), text}});
            else
                out() << QString::number(r.id).rightJustified(7) << "  #" << QString::number(r.document).leftJustified(5)
                      << r.code.leftJustified(27) << QString::number(r.score, 'f', 2) << "  " << r.engine.leftJustified(8)
                      << " " << text << "\n";
        }
        if (p.isSet(json))
            out() << QJsonDocument(arr).toJson(QJsonDocument::Indented);
        out().flush();
        return Ok;
    }
    if (!p.isSet(reviewer))
        return fail(QStringLiteral("caselens-cli review: say who decides with --reviewer NAME."), Usage);
    review::ReviewService service(*project, p.value(reviewer));
    auto ids = [&](const QCommandLineOption &o) {
        QList<qint64> out;
        for (const QString &v : p.values(o))
            for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
                out.append(part.trimmed().toLongLong());
        return out;
    };
    int changed = 0;
    if (p.isSet(above) || p.isSet(all)) {
        bool ok = true;
        const double x = p.isSet(above) ? p.value(above).toDouble(&ok) : 0.0;
        if (!ok || (p.isSet(above) && !p.isSet(coder)))
            return fail(QStringLiteral("caselens-cli review: --accept-above takes a score and needs --coder ENGINE."), Usage);
        if (p.isSet(all) && !p.isSet(coder) && !p.isSet(code) && !p.isSet(docs) && !p.isSet(where))
            return fail(QStringLiteral("caselens-cli review: --accept-all needs --coder, --code, --docs or --where to say which."), Usage);
        auto filter = store::DocumentFilter::parse(p.value(docs), p.values(where));
        if (!filter)
            return fail(filter.error().message, Usage);
        store::ReviewQueueQuery query;
        query.order = store::ReviewOrder::Document;
        query.engine = p.value(coder);
        query.code = p.value(code);
        query.minScore = x;
        query.documentSql = filter->isEmpty() ? QString() : filter->sql(query.documentValues);
        query.limit = -1;
        auto waiting = store::ReviewQueue(*project).pending(query);
        if (!waiting)
            return fail(waiting.error().message);
        QList<qint64> found;
        for (const auto &r : *waiting)
            found.append(r.id);
        out() << found.size() << " suggestions" << (p.isSet(dryRun) ? QStringLiteral(" would be accepted") : QStringLiteral(" will be accepted")) << Qt::endl;
        if (p.isSet(dryRun))
            return Ok;
        if (!found.isEmpty()) {
            auto backup = project->backupBefore(QStringLiteral("bulk-accept"));
            if (!backup)
                return fail(backup.error().message);
            out() << "Backup before the bulk decision: " << *backup << Qt::endl;
        }
        auto tx = project->transaction();
        for (qint64 id : found) {
            if (Status s = service.accept(id); !s)
                return fail(s.error().message);
            ++changed;
        }
        if (Status s = tx.commit(); !s)
            return fail(s.error().message);
    }
    for (qint64 id : ids(accept)) {
        if (Status s = service.accept(id); !s)
            return fail(s.error().message);
        ++changed;
    }
    for (qint64 id : ids(reject)) {
        if (Status s = service.reject(id); !s)
            return fail(s.error().message);
        ++changed;
    }
    out() << changed << " decisions recorded by " << p.value(reviewer) << Qt::endl;
    // The learned coder learns from the decisions: retrain once enough have piled up.
    const int retrainAfter = project->info(QStringLiteral("retrain_after"), QStringLiteral("200")).toInt();
    if (changed > 0 && retrainAfter > 0 && coding::hasLearnedModel(*project) && coding::decisionsSinceLastTraining(*project) >= retrainAfter) {
        auto all = store::DocumentFilter::parse({}, {});
        auto trained = coding::LearnedCoder::train(*project, QStringLiteral("*"), *all);
        if (trained)
            out() << "Retrained the learned coder on " << trained->passages << " paragraphs (" << retrainAfter << " or more decisions since the last training)" << Qt::endl;
        else
            err() << "Retraining the learned coder failed: " << trained.error().message << Qt::endl;
    }
    return Ok;
}

int runAudit(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption since(QStringLiteral("since"), QStringLiteral("Only entries at or after this time (ISO 8601, e.g. 2026-11-24 or 2026-11-24T10:00)."), QStringLiteral("T"));
    QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print as JSON."));
    p.addOption(since);
    p.addOption(json);
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project."));
    if (int rc = parseOrExit(p, args, "audit", QStringLiteral("Prints the append-only audit log: who did what, when, before and after."),
                             QStringLiteral("PROJECT [--since T] [--json]"));
        rc >= 0)
        return rc;
    if (p.positionalArguments().size() != 1)
        return fail(QStringLiteral("caselens-cli audit: give one project."), Usage);
    auto project = openProject(p.positionalArguments().first());
    if (!project)
        return Failed;
    auto entries = store::readAudit(*project, p.value(since));
    if (!entries)
        return fail(entries.error().message);
    QJsonArray arr;
    for (const auto &e : *entries) {
        if (p.isSet(json))
            arr.append(QJsonObject{{QStringLiteral("id"), e.id}, {QStringLiteral("at"), e.at}, {QStringLiteral("actor"), e.actor},
                                   {QStringLiteral("action"), e.action}, {QStringLiteral("entity"), e.entity},
                                   {QStringLiteral("entity_id"), e.entityId}, {QStringLiteral("before"), e.before},
                                   {QStringLiteral("after"), e.after}});
        else
            out() << e.at << "  " << e.actor << "  " << e.action << " " << e.entity << " " << e.entityId << "\n";
    }
    if (p.isSet(json))
        out() << QJsonDocument(arr).toJson(QJsonDocument::Indented);
    out().flush();
    return Ok;
}

int runSample(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption name(QStringLiteral("name"), QStringLiteral("The sample's name."), QStringLiteral("S"));
    QCommandLineOption n(QStringLiteral("n"), QStringLiteral("How many items (default 100)."), QStringLiteral("N"), QStringLiteral("100"));
    QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed (default 42)."), QStringLiteral("SEED"), QStringLiteral("42"));
    QCommandLineOption unit(QStringLiteral("unit"), QStringLiteral("document (default) or passage."), QStringLiteral("UNIT"), QStringLiteral("document"));
    QCommandLineOption stratify(QStringLiteral("stratify"), QStringLiteral("Keep the proportions of region, year, type or province."), QStringLiteral("FIELD"));
    for (const auto *o : {&name, &n, &seed, &unit, &stratify})
        p.addOption(*o);
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project."));
    if (int rc = parseOrExit(p, args, "sample",
                             QStringLiteral("Draws and stores a named random sample for checking agreement; the same seed always "
                                            "gives the same sample."),
                             QStringLiteral("PROJECT --name S --n 100 --seed 42 [--unit document|passage] [--stratify region]"));
        rc >= 0)
        return rc;
    if (p.positionalArguments().size() != 1 || !p.isSet(name))
        return fail(QStringLiteral("caselens-cli sample: give the project and --name."), Usage);
    review::SampleSpec spec;
    bool ok1 = false, ok2 = false;
    spec.name = p.value(name);
    spec.size = p.value(n).toInt(&ok1);
    spec.seed = p.value(seed).toULongLong(&ok2);
    spec.unit = p.value(unit);
    spec.stratify = p.value(stratify);
    if (!ok1 || !ok2)
        return fail(QStringLiteral("caselens-cli sample: --n and --seed take whole numbers."), Usage);
    auto project = openProject(p.positionalArguments().first());
    if (!project)
        return Failed;
    auto chosen = review::drawSample(*project, spec);
    if (!chosen)
        return fail(chosen.error().message, chosen.error().kind == ErrorKind::InvalidInput ? Usage : Failed);
    QStringList ids;
    for (qint64 id : *chosen)
        ids.append(QString::number(id));
    out() << "Sample \"" << spec.name << "\": " << chosen->size() << " " << spec.unit << "s: " << ids.join(QLatin1Char(',')) << Qt::endl;
    return Ok;
}

int runAgreement(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption coders(QStringLiteral("coders"), QStringLiteral("Two or more coders, comma-separated (people or engines)."), QStringLiteral("A,B"));
    QCommandLineOption sample(QStringLiteral("sample"), QStringLiteral("Only the items of this stored sample."), QStringLiteral("S"));
    QCommandLineOption unit(QStringLiteral("unit"), QStringLiteral("passage (default) or document."), QStringLiteral("UNIT"), QStringLiteral("passage"));
    QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print as JSON."));
    for (const auto *o : {&coders, &sample, &unit, &json})
        p.addOption(*o);
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project."));
    if (int rc = parseOrExit(p, args, "agreement",
                             QStringLiteral("Intercoder agreement: percent agreement, Cohen's kappa per code and pooled, Krippendorff's "
                                            "alpha (nominal, missing data allowed), Fleiss' kappa for three or more coders, the 2×2 "
                                            "table per code and the disagreements."),
                             QStringLiteral("PROJECT --coders A,B[,C…] [--sample S] [--unit passage|document] [--json]"));
        rc >= 0)
        return rc;
    const QStringList names = p.value(coders).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (p.positionalArguments().size() != 1 || names.size() < 2)
        return fail(QStringLiteral("caselens-cli agreement: give the project and --coders A,B."), Usage);
    auto project = openProject(p.positionalArguments().first());
    if (!project)
        return Failed;
    auto r = review::computeAgreement(*project, names, p.value(unit), p.value(sample));
    if (!r)
        return fail(r.error().message, r.error().kind == ErrorKind::InvalidInput ? Usage : Failed);
    if (p.isSet(json)) {
        QJsonArray codes, dis;
        for (const auto &c : r->codes) {
            QJsonObject o{{QStringLiteral("code"), c.code}, {QStringLiteral("both_yes"), c.bothYes}, {QStringLiteral("first_only"), c.firstOnly},
                          {QStringLiteral("second_only"), c.secondOnly}, {QStringLiteral("both_no"), c.bothNo},
                          {QStringLiteral("percent"), c.percent}, {QStringLiteral("kappa"), c.kappa}, {QStringLiteral("alpha"), c.alpha}};
            if (c.fleiss)
                o.insert(QStringLiteral("fleiss_kappa"), *c.fleiss);
            codes.append(o);
        }
        for (const auto &d : r->disagreements)
            dis.append(QJsonObject{{QStringLiteral("unit"), d.unit}, {QStringLiteral("document"), d.documentId}, {QStringLiteral("code"), d.code},
                                   {QStringLiteral("yes"), QJsonArray::fromStringList(d.saidYes)}, {QStringLiteral("no"), QJsonArray::fromStringList(d.saidNo)}});
        out() << QJsonDocument(QJsonObject{{QStringLiteral("coders"), QJsonArray::fromStringList(r->coders)}, {QStringLiteral("unit"), r->unitKind},
                                           {QStringLiteral("units"), r->units}, {QStringLiteral("percent_agreement"), r->percentAgreement},
                                           {QStringLiteral("pooled_kappa"), r->pooledKappa}, {QStringLiteral("alpha"), r->alpha},
                                           {QStringLiteral("codes"), codes}, {QStringLiteral("disagreements"), dis}})
                     .toJson(QJsonDocument::Indented);
        return Ok;
    }
    out() << r->coders.join(QStringLiteral(" vs ")) << " on " << r->units << " " << r->unitKind << "s\n";
    out() << QStringLiteral("code").leftJustified(28) << "  agree%   kappa   alpha  yes/yes yes/no no/yes  no/no\n";
    for (const auto &c : r->codes)
        out() << c.code.leftJustified(28) << QString::asprintf("  %6.2f  %6.3f  %6.3f  %7lld %6lld %6lld %6lld", c.percent, c.kappa, c.alpha,
                                                               static_cast<long long>(c.bothYes), static_cast<long long>(c.firstOnly),
                                                               static_cast<long long>(c.secondOnly), static_cast<long long>(c.bothNo))
              << (c.fleiss ? QString::asprintf("  Fleiss %.3f", *c.fleiss) : QString()) << "\n";
    out() << QString::asprintf("units with identical codes: %.2f%%; pooled kappa %.3f; Krippendorff's alpha %.3f; %lld disagreements\n",
                               r->percentAgreement, r->pooledKappa, r->alpha, static_cast<long long>(r->disagreements.size()));
    out().flush();
    return Ok;
}

} // namespace caselens::cli
