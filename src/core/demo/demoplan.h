#pragma once
// DemoPlan: the metadata and gold codes of every case of the synthetic demo corpus,
// laid out so that the corpus reproduces the published sample's figures exactly
// (shared/reference/paper-statistics.json): cases by year, region, type and province,
// coded items by characteristic and by region × characteristic, 64 cases wholly about
// teacher development, 686 teacher-development items in 686 cases, and 666
// continuous-improvement items in 657 cases. Other sizes keep the proportions.

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace caselens::demo {

struct CasePlan {
    QString province;
    QString region;
    int year = 0;
    QString caseType;
    QStringList codes; // one entry per coded item; a code may appear twice
};

struct DemoTargets {
    QMap<QString, int> provinceCases; // sums to the case total
    QMap<int, int> yearCases;
    QMap<QString, int> typeCases;
    QStringList codeOrder;
    QMap<QString, QList<int>> regionItems; // region → items per code in codeOrder
    QMap<QString, int> whollyTeacherCases; // region → cases coded only with teacher_development
    QMap<QString, int> doubleImprovement;  // region → cases with two continuous_improvement items
};

// The published figures (987 cases) or their proportional scaling to `cases`.
DemoTargets targetsFor(int cases);
QList<CasePlan> planCases(const DemoTargets &targets, quint64 seed);


} // namespace caselens::demo
