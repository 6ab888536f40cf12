#include "demo/demoplan.h"

#include "support/apportion.h"

#include "support/rng.h"
#include "metadata/regionscheme.h"

#include <QHash>
#include <algorithm>
#include <cmath>

namespace caselens::demo {

namespace {

constexpr int kPublishedCases = 987;

// Provinces chosen so that the tiers of paper-statistics.json hold: Beijing 118 and
// Guangdong 114 (each > 10 %), five provinces between 5 % and 10 % (373 cases, so
// tiers 1+2 = 605), the rest below 5 % (382), and regions 529 / 278 / 180.
const QList<std::pair<const char *, int>> kProvinceCases = {
    {"beijing", 118}, {"guangdong", 114}, {"shanghai", 90}, {"shandong", 60}, {"zhejiang", 42}, {"jiangsu", 40},
    {"fujian", 16},   {"tianjin", 15},    {"hebei", 14},    {"liaoning", 12}, {"hainan", 8},
    {"hubei", 80},    {"hunan", 75},      {"henan", 35},    {"anhui", 28},    {"jiangxi", 22}, {"shanxi", 14},
    {"jilin", 12},    {"heilongjiang", 12},
    {"sichuan", 68},  {"chongqing", 25},  {"shaanxi", 15},  {"guizhou", 14},  {"yunnan", 12},  {"guangxi", 12},
    {"gansu", 9},     {"neimenggu", 7},   {"xinjiang", 7},  {"ningxia", 5},   {"qinghai", 4},  {"xizang", 2},
};

const QStringList kCodeOrder = {QStringLiteral("student_centered"),   QStringLiteral("holistic_assessment"),
                                QStringLiteral("ubiquitous_environment"), QStringLiteral("continuous_improvement"),
                                QStringLiteral("inclusion_equity"),   QStringLiteral("student_community"),
                                QStringLiteral("teacher_development"), QStringLiteral("ethical_technology"),
                                QStringLiteral("sustainable_planning"), QStringLiteral("cross_sector_collaboration")};

// Table 3 of the published study: coded items by region and characteristic.
const QMap<QString, QList<int>> kRegionItems = {
    {QStringLiteral("east"), {437, 224, 381, 344, 155, 73, 352, 69, 290, 206}},
    {QStringLiteral("central"), {212, 127, 213, 204, 91, 33, 211, 33, 189, 111}},
    {QStringLiteral("west"), {146, 76, 133, 118, 69, 20, 123, 23, 109, 66}},
};

// 64 cases wholly about teacher development and 9 cases with two continuous-improvement
// items (666 items in 657 cases), split over the regions by their share of those items.
const QMap<QString, int> kWhollyTeacher = {{QStringLiteral("east"), 33}, {QStringLiteral("central"), 20}, {QStringLiteral("west"), 11}};
const QMap<QString, int> kDoubleImprovement = {{QStringLiteral("east"), 5}, {QStringLiteral("central"), 3}, {QStringLiteral("west"), 1}};

} // namespace

DemoTargets targetsFor(int cases)
{
    DemoTargets t;
    t.codeOrder = kCodeOrder;
    QList<qint64> w;
    for (const auto &[p, n] : kProvinceCases)
        w.append(n);
    const QList<qint64> prov = largestRemainder(w, cases);
    for (int i = 0; i < kProvinceCases.size(); ++i)
        t.provinceCases.insert(QString::fromLatin1(kProvinceCases.at(i).first), prov.at(i));
    const QList<qint64> years = largestRemainder({123, 324, 540}, cases);
    t.yearCases = {{2022, years.at(0)}, {2023, years.at(1)}, {2024, years.at(2)}};
    const QList<qint64> types = largestRemainder({183, 703, 57, 44}, cases);
    t.typeCases = {{QStringLiteral("regional_development"), types.at(0)}, {QStringLiteral("school_practice"), types.at(1)},
                   {QStringLiteral("research_outcome"), types.at(2)}, {QStringLiteral("solution"), types.at(3)}};
    const double f = double(cases) / kPublishedCases;
    for (auto it = kRegionItems.cbegin(); it != kRegionItems.cend(); ++it) {
        QList<int> row;
        for (int v : it.value())
            row.append(cases == kPublishedCases ? v : int(std::lround(v * f)));
        t.regionItems.insert(it.key(), row);
        t.whollyTeacherCases.insert(it.key(), cases == kPublishedCases ? kWhollyTeacher.value(it.key())
                                                                     : int(std::lround(kWhollyTeacher.value(it.key()) * f)));
        t.doubleImprovement.insert(it.key(), cases == kPublishedCases ? kDoubleImprovement.value(it.key())
                                                                    : int(std::lround(kDoubleImprovement.value(it.key()) * f)));
    }
    return t;
}

QList<CasePlan> planCases(const DemoTargets &t, quint64 seed)
{
    Rng rng(seed);
    auto scheme = metadata::RegionScheme::builtin(QStringLiteral("three"));
    QList<CasePlan> cases;
    for (auto it = t.provinceCases.cbegin(); it != t.provinceCases.cend(); ++it)
        for (int i = 0; i < it.value(); ++i)
            cases.append({it.key(), scheme->regionOf(it.key()), 0, {}, {}});
    // Sorted keys above make the starting order stable; the shuffle makes it a sample.
    rng.shuffle(cases);
    QList<int> years;
    for (auto it = t.yearCases.cbegin(); it != t.yearCases.cend(); ++it)
        for (int i = 0; i < it.value(); ++i)
            years.append(it.key());
    rng.shuffle(years);
    QList<QString> types;
    for (auto it = t.typeCases.cbegin(); it != t.typeCases.cend(); ++it)
        for (int i = 0; i < it.value(); ++i)
            types.append(it.key());
    rng.shuffle(types);
    for (int i = 0; i < cases.size(); ++i) {
        cases[i].year = years.value(i, 2024);
        cases[i].caseType = types.value(i, QStringLiteral("school_practice"));
    }

    const QString teacher = QStringLiteral("teacher_development");
    const QString improvement = QStringLiteral("continuous_improvement");
    for (auto rit = t.regionItems.cbegin(); rit != t.regionItems.cend(); ++rit) {
        const QString region = rit.key();
        QList<int> members;
        for (int i = 0; i < cases.size(); ++i)
            if (cases.at(i).region == region)
                members.append(i);
        if (members.isEmpty())
            continue;
        rng.shuffle(members);
        const int wholly = qMin(t.whollyTeacherCases.value(region), int(members.size()) - 1);
        const QList<int> whollyCases = members.mid(0, qMax(0, wholly));
        QList<int> rest = members.mid(qMax(0, wholly));
        QHash<int, int> load; // non-teacher items per case
        for (int i : rest)
            load.insert(i, 0);

        // The other codes, largest first, each on the least-loaded cases so every case
        // outside the wholly-teacher group gets at least one of them.
        QList<int> codeIdx;
        for (int c = 0; c < t.codeOrder.size(); ++c)
            if (t.codeOrder.at(c) != teacher)
                codeIdx.append(c);
        std::stable_sort(codeIdx.begin(), codeIdx.end(), [&](int a, int b) { return rit.value().at(a) > rit.value().at(b); });
        for (int c : codeIdx) {
            const QString code = t.codeOrder.at(c);
            int items = rit.value().at(c);
            const int doubles = code == improvement ? t.doubleImprovement.value(region) : 0;
            const int distinct = qMin(items - doubles, int(rest.size()));
            QList<int> order = rest;
            rng.shuffle(order);
            std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return load.value(a) < load.value(b); });
            for (int k = 0; k < distinct; ++k) {
                cases[order.at(k)].codes.append(code);
                load[order.at(k)] += 1;
            }
            for (int k = 0; k < doubles && k < distinct; ++k)
                cases[order.at(k)].codes.append(code);
        }
        // Teacher development: the wholly-teacher cases, then others at random.
        for (int i : whollyCases)
            cases[i].codes.append(teacher);
        const int teacherItems = rit.value().at(t.codeOrder.indexOf(teacher));
        QList<int> order = rest;
        rng.shuffle(order);
        for (int k = 0; k < teacherItems - int(whollyCases.size()) && k < order.size(); ++k)
            cases[order.at(k)].codes.append(teacher);
        // A case left without codes in a tiny corpus takes an item from a case with many.
        for (int i : rest) {
            if (!cases.at(i).codes.isEmpty())
                continue;
            for (int j : rest) {
                if (cases.at(j).codes.size() >= 3) {
                    for (int k = 0; k < cases.at(j).codes.size(); ++k) {
                        const QString code = cases.at(j).codes.at(k);
                        if (code != teacher && cases.at(j).codes.count(code) == 1) {
                            cases[i].codes.append(code);
                            cases[j].codes.removeAt(k);
                            break;
                        }
                    }
                    if (!cases.at(i).codes.isEmpty())
                        break;
                }
            }
        }
    }
    for (auto &c : cases)
        rng.shuffle(c.codes);
    return cases;
}

} // namespace caselens::demo
