#include "analysis/rounding.h"

#include "support/apportion.h"

#include <algorithm>
#include <cmath>

namespace caselens::analysis {

double roundHalfUp(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    // The small nudge keeps 14.325 (stored as 14.32499…) rounding up as printed tables do.
    return std::floor(value * scale + 0.5 + 1e-9) / scale;
}

QList<double> percentages(const QList<qint64> &counts, qint64 denominator, int decimals, Rounding rounding)
{
    QList<double> out;
    out.reserve(counts.size());
    if (denominator <= 0) {
        out.fill(0.0, counts.size());
        return out;
    }
    if (rounding == Rounding::HalfUp) {
        for (qint64 c : counts)
            out.append(roundHalfUp(100.0 * double(c) / double(denominator), decimals));
        return out;
    }
    // Work in whole units of the last decimal, with exact integer arithmetic.
    const qint64 scale = qint64(std::llround(std::pow(10.0, decimals)));
    const qint64 totalUnits = 100 * scale;
    qint64 sumCounts = 0;
    for (qint64 c : counts)
        sumCounts += c;
    // Only a set of shares that is the whole (counts summing to the denominator) can be
    // forced to 100; otherwise distribute up to the rounded total of the shares.
    qint64 target = totalUnits;
    if (sumCounts != denominator)
        target = qint64(std::floor(double(sumCounts) * double(totalUnits) / double(denominator) + 0.5));
    const QList<qint64> units = largestRemainder(counts, denominator, totalUnits, target);
    for (qint64 u : units)
        out.append(double(u) / double(scale));
    return out;
}

} // namespace caselens::analysis
