#include "review/adjudication.h"

#include "review/reviewservice.h"
#include "store/auditlog.h"
#include "store/codestore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace caselens::review {

Result<QList<Disagreement>> disagreementsToDecide(store::Project &project, const QStringList &coders, const QString &sample)
{
    auto report = computeAgreement(project, coders, QStringLiteral("passage"), sample);
    if (!report)
        return report.error();
    return report->disagreements;
}

Result<AdjudicationReport> adjudicate(store::Project &project, const QStringList &coders, const QString &consensus,
                                      const QList<AdjudicationDecision> &decisions, const QString &actor, const QString &sample)
{
    if (coders.size() != 2)
        return makeError(QCoreApplication::translate("caselens::review::Adjudication", "Adjudicate two coders at a time."), ErrorKind::InvalidInput);
    if (coders.contains(consensus))
        return makeError(QCoreApplication::translate("caselens::review::Adjudication", "The consensus coder must be a new name, not one of the coders."),
                         ErrorKind::InvalidInput);
    auto agreement = computeAgreement(project, coders, QStringLiteral("passage"), sample);
    if (!agreement)
        return agreement.error();
    AdjudicationReport r;
    store::Transaction tx(project.db());
    ReviewService consensusCoder(project, consensus);
    auto span = project.db().prepare(QStringLiteral("SELECT document_id, start_pos, end_pos FROM passages WHERE id = ?1"));
    auto already = project.db().prepare(QStringLiteral("SELECT count(*) FROM codings c JOIN coders r ON r.id = c.coder_id JOIN codes k ON k.id = c.code_id "
                                                       "WHERE c.passage_id = ?1 AND r.name = ?2 AND k.key = ?3"));
    auto addTo = [&](qint64 passage, const QString &code) -> Status {
        already->bind(1, passage).bind(2, consensus).bind(3, code);
        const bool exists = already->next() && already->int64(0) > 0;
        already->reset();
        if (exists)
            return {};
        span->bind(1, passage);
        if (!span->next())
            return makeError(QStringLiteral("passage %1 is gone").arg(passage));
        const qint64 doc = span->int64(0), start = span->int64(1), end = span->int64(2);
        span->reset();
        auto id = consensusCoder.addHumanCoding(doc, start, end, code, passage);
        return id ? Status() : Status(id.error());
    };
    // Agreed codes: both coders coded the paragraph with the code.
    const QString agreedSql = QStringLiteral(
        "SELECT DISTINCT p.id, k.key FROM passages p JOIN codings a ON a.document_id = p.document_id AND a.start_pos < p.end_pos AND a.end_pos > p.start_pos "
        "JOIN codings b ON b.document_id = p.document_id AND b.start_pos < p.end_pos AND b.end_pos > p.start_pos AND b.code_id = a.code_id "
        "JOIN codes k ON k.id = a.code_id WHERE p.kind = 'paragraph' AND a.status = 'accepted' AND b.status = 'accepted' "
        "AND a.coder_id = (SELECT id FROM coders WHERE name = ?1) AND b.coder_id = (SELECT id FROM coders WHERE name = ?2)");
    auto agreed = project.db().prepare(agreedSql);
    agreed->bind(1, coders.at(0)).bind(2, coders.at(1));
    QList<std::pair<qint64, QString>> toCopy;
    while (agreed->next())
        toCopy.append({agreed->int64(0), agreed->text(1)});
    for (const auto &[passage, code] : toCopy) {
        if (Status s = addTo(passage, code); !s)
            return s.error();
        ++r.agreedCopied;
    }
    for (const Disagreement &d : agreement->disagreements) {
        const AdjudicationDecision *decision = nullptr;
        for (const auto &x : decisions)
            if (x.unit == d.unit && x.code == d.code)
                decision = &x;
        if (!decision) {
            ++r.stillOpen;
            continue;
        }
        if (decision->apply)
            if (Status s = addTo(d.unit, d.code); !s)
                return s.error();
        const QJsonObject before{{QStringLiteral("code"), d.code}, {QStringLiteral("yes"), d.saidYes.join(QLatin1Char(','))},
                                 {QStringLiteral("no"), d.saidNo.join(QLatin1Char(','))}};
        const QJsonObject after{{QStringLiteral("consensus"), consensus}, {QStringLiteral("decision"), decision->apply ? QStringLiteral("code") : QStringLiteral("omit")}};
        if (Status s = store::appendAudit(project.db(), actor, QStringLiteral("adjudicate"), QStringLiteral("passage"), d.unit, before, after); !s)
            return s.error();
        ++r.decided;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return r;
}

} // namespace caselens::review
