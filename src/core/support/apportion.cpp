#include "support/apportion.h"

#include <algorithm>

namespace caselens {

QList<qint64> largestRemainder(const QList<qint64> &weights, qint64 denominator, qint64 scale, qint64 target)
{
    QList<qint64> units(weights.size(), 0);
    if (denominator <= 0)
        return units;
    QList<std::pair<qint64, int>> remainders; // remainder numerator, index
    qint64 assigned = 0;
    for (int i = 0; i < weights.size(); ++i) {
        const qint64 num = weights.at(i) * scale;
        units[i] = num / denominator;
        assigned += units.at(i);
        remainders.append({num % denominator, i});
    }
    std::stable_sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (int k = 0; assigned < target && k < remainders.size(); ++k, ++assigned)
        ++units[remainders.at(k).second];
    return units;
}

QList<qint64> largestRemainder(const QList<qint64> &weights, qint64 total)
{
    qint64 sum = 0;
    for (qint64 w : weights)
        sum += w;
    return largestRemainder(weights, sum, total, total);
}

} // namespace caselens
