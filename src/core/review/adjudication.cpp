#include "review/adjudication.h"

#include "review/reviewservice.h"
#include "store/auditlog.h"
#include "store/codestore.h"
#include "store/codingstore.h"
#include "store/documentstore.h"

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
    auto tx = project.transaction();
    ReviewService consensusCoder(project, consensus);
    store::CodingStore codings(project);
    auto addTo = [&](qint64 passage, const QString &code) -> Status {
        auto exists = codings.exists(passage, consensus, code);
        if (!exists)
            return exists.error();
        if (*exists)
            return {};
        auto span = store::DocumentStore(project).passage(passage);
        if (!span)
            return span.error();
        auto id = consensusCoder.addHumanCoding(span->documentId, span->start, span->end, code, passage);
        return id ? Status() : Status(id.error());
    };
    // Agreed codes: both coders coded the paragraph with the code.
    auto toCopy = codings.agreedParagraphCodes(coders.at(0), coders.at(1));
    if (!toCopy)
        return toCopy.error();
    for (const auto &[passage, code] : *toCopy) {
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
        if (Status s = store::appendAudit(project, actor, QStringLiteral("adjudicate"), QStringLiteral("passage"), d.unit, before, after); !s)
            return s.error();
        ++r.decided;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return r;
}

} // namespace caselens::review
