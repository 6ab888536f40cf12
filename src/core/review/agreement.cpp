#include "review/agreement.h"

#include "store/agreementunits.h"
#include "store/codestore.h"
#include "store/samplestore.h"

#include <QCoreApplication>
#include <QMap>

namespace caselens::review {

namespace {
// The translation context of this file's messages (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::review::Agreement)
};
}

double cohenKappa(qint64 a, qint64 b, qint64 c, qint64 d)
{
    const double n = double(a + b + c + d);
    if (n <= 0)
        return 0;
    const double po = double(a + d) / n;
    const double pe = (double(a + b) * double(a + c) + double(c + d) * double(b + d)) / (n * n);
    return pe >= 1.0 ? 1.0 : (po - pe) / (1.0 - pe);
}

double krippendorffAlphaNominal(const ReliabilityData &data)
{
    // Coincidence matrix over pairable values (units with at least two values).
    QMap<int, QMap<int, double>> o;
    for (const auto &unit : data) {
        QList<int> values;
        for (const auto &v : unit)
            if (v)
                values.append(*v);
        const int m = int(values.size());
        if (m < 2)
            continue;
        for (int i = 0; i < m; ++i)
            for (int j = 0; j < m; ++j)
                if (i != j)
                    o[values.at(i)][values.at(j)] += 1.0 / (m - 1);
    }
    QMap<int, double> nc;
    double n = 0;
    for (auto it = o.cbegin(); it != o.cend(); ++it)
        for (auto jt = it.value().cbegin(); jt != it.value().cend(); ++jt) {
            nc[it.key()] += jt.value();
            n += jt.value();
        }
    if (n <= 1)
        return 0;
    double observed = 0, expected = 0;
    for (auto it = o.cbegin(); it != o.cend(); ++it)
        for (auto jt = it.value().cbegin(); jt != it.value().cend(); ++jt)
            if (it.key() != jt.key())
                observed += jt.value();
    for (auto a = nc.cbegin(); a != nc.cend(); ++a)
        for (auto b = nc.cbegin(); b != nc.cend(); ++b)
            if (a.key() != b.key())
                expected += a.value() * b.value();
    if (expected <= 0)
        return 1.0; // one value throughout: no disagreement possible, and none observed
    return 1.0 - (n - 1) * observed / expected;
}

double fleissKappa(const QList<QList<int>> &counts)
{
    if (counts.isEmpty())
        return 0;
    const int k = int(counts.first().size());
    double raters = 0;
    for (int v : counts.first())
        raters += v;
    if (raters < 2)
        return 0;
    const double N = double(counts.size());
    QList<double> p(k, 0.0);
    double pBar = 0;
    for (const auto &row : counts) {
        double agree = 0;
        for (int j = 0; j < k; ++j) {
            p[j] += row.at(j);
            agree += double(row.at(j)) * (row.at(j) - 1);
        }
        pBar += agree / (raters * (raters - 1));
    }
    pBar /= N;
    double pe = 0;
    for (double &pj : p) {
        pj /= N * raters;
        pe += pj * pj;
    }
    return pe >= 1.0 ? 1.0 : (pBar - pe) / (1.0 - pe);
}

Result<AgreementReport> computeAgreement(store::Project &project, const QStringList &coders, const QString &unitKind,
                                         const QString &sample)
{
    if (coders.size() < 2)
        return makeError(Tr::tr("Agreement needs at least two coders."), ErrorKind::InvalidInput);
    if (unitKind != QLatin1String("passage") && unitKind != QLatin1String("document"))
        return makeError(Tr::tr("The unit is passage or document."), ErrorKind::InvalidInput);
    store::CodeStore codeStore(project);
    QList<qint64> coderIds;
    for (const QString &c : coders) {
        auto id = codeStore.coderId(c);
        if (!id)
            return makeError(Tr::tr("There is no coder called \"%1\" in this project.").arg(c), ErrorKind::NotFound);
        coderIds.append(*id);
    }
    QStringList codes;
    for (const auto &c : codeStore.codes(true))
        codes.append(c.code.key);

    std::optional<QSet<qint64>> sampleItems;
    QString sampleUnit;
    if (!sample.isEmpty()) {
        auto found = store::SampleStore(project).find(sample);
        if (!found)
            return found.error();
        if (!*found || (*found)->items.isEmpty())
            return makeError(Tr::tr("There is no sample called \"%1\".").arg(sample), ErrorKind::NotFound);
        sampleUnit = (*found)->unit;
        sampleItems = QSet<qint64>((*found)->items.begin(), (*found)->items.end());
    }

    const bool byPassage = unitKind == QLatin1String("passage");
    store::AgreementUnits data(project, byPassage);
    // Which coders worked in which documents (a coder with nothing there is missing).
    auto codersById = data.codersByDocument(coderIds);
    if (!codersById)
        return codersById.error();
    QHash<qint64, QSet<int>> codersOfDocument;
    for (auto it = codersById->cbegin(); it != codersById->cend(); ++it)
        for (qint64 coder : it.value())
            codersOfDocument[it.key()].insert(int(coderIds.indexOf(coder)));
    // Units and the codes each coder gave them.
    struct Unit {
        qint64 id, document;
        QList<QSet<QString>> codes;
    };
    QList<Unit> units;
    QHash<qint64, int> unitIndex;
    auto allUnits = data.units();
    if (!allUnits)
        return allUnits.error();
    for (const auto &[id, doc] : *allUnits) {
        if (!codersOfDocument.contains(doc))
            continue;
        if (sampleItems) {
            const qint64 key = sampleUnit == QLatin1String("document") ? doc : id;
            if (!sampleItems->contains(key))
                continue;
        }
        unitIndex.insert(id, int(units.size()));
        units.append({id, doc, QList<QSet<QString>>(coders.size())});
    }
    auto given = data.codes(coderIds);
    if (!given)
        return given.error();
    for (const auto &g : *given) {
        const int u = unitIndex.value(g.unit, -1);
        if (u >= 0)
            units[u].codes[int(coderIds.indexOf(g.coderId))].insert(g.code);
    }

    AgreementReport r;
    r.coders = coders;
    r.unitKind = unitKind;
    r.units = units.size();
    qint64 sameSets = 0, comparable = 0;
    ReliabilityData pooled;
    qint64 pa = 0, pb = 0, pc = 0, pd = 0;
    for (const QString &code : codes) {
        CodeAgreement ca{code};
        ReliabilityData data;
        QList<QList<int>> fleissCounts;
        qint64 agreeUnits = 0, rated = 0;
        for (const Unit &u : units) {
            QList<std::optional<int>> values;
            QStringList yes, no;
            for (int c = 0; c < coders.size(); ++c) {
                if (!codersOfDocument.value(u.document).contains(c)) {
                    values.append(std::nullopt);
                    continue;
                }
                const bool has = u.codes.at(c).contains(code);
                values.append(has ? 1 : 0);
                (has ? yes : no).append(coders.at(c));
            }
            data.append(values);
            pooled.append(values);
            if (values.at(0) && values.at(1)) {
                const bool a = *values.at(0) == 1, b = *values.at(1) == 1;
                ca.bothYes += a && b;
                ca.firstOnly += a && !b;
                ca.secondOnly += !a && b;
                ca.bothNo += !a && !b;
            }
            if (yes.size() + no.size() >= 2) {
                ++rated;
                if (yes.isEmpty() || no.isEmpty())
                    ++agreeUnits;
                else
                    r.disagreements.append({u.id, u.document, code, yes, no});
            }
            if (coders.size() >= 3 && yes.size() + no.size() == coders.size())
                fleissCounts.append({int(no.size()), int(yes.size())});
        }
        ca.percent = rated ? 100.0 * double(agreeUnits) / double(rated) : 0;
        ca.kappa = cohenKappa(ca.bothYes, ca.firstOnly, ca.secondOnly, ca.bothNo);
        ca.alpha = krippendorffAlphaNominal(data);
        if (coders.size() >= 3 && !fleissCounts.isEmpty())
            ca.fleiss = fleissKappa(fleissCounts);
        pa += ca.bothYes;
        pb += ca.firstOnly;
        pc += ca.secondOnly;
        pd += ca.bothNo;
        r.codes.append(ca);
    }
    for (const Unit &u : units) {
        QList<QSet<QString>> present;
        for (int c = 0; c < coders.size(); ++c)
            if (codersOfDocument.value(u.document).contains(c))
                present.append(u.codes.at(c));
        if (present.size() < 2)
            continue;
        ++comparable;
        bool same = true;
        for (const auto &s : present)
            same = same && s == present.first();
        sameSets += same;
    }
    r.percentAgreement = comparable ? 100.0 * double(sameSets) / double(comparable) : 0;
    r.pooledKappa = cohenKappa(pa, pb, pc, pd);
    r.alpha = krippendorffAlphaNominal(pooled);
    return r;
}

} // namespace caselens::review
