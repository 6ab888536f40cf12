#pragma once
// Largest-remainder apportionment, the one rounding that keeps a total: percentages that
// sum to 100, cases per province that sum to the corpus, a sample's quota per stratum.

#include <QList>

namespace caselens {

// Each weight's share of `scale` units (weight × scale / denominator, in exact integer
// arithmetic) rounded down, then one more unit to the largest remainders (ties to the
// earlier item) until the units sum to `target`.
QList<qint64> largestRemainder(const QList<qint64> &weights, qint64 denominator, qint64 scale, qint64 target);
// `total` shared in proportion to `weights`, summing to `total`.
QList<qint64> largestRemainder(const QList<qint64> &weights, qint64 total);

} // namespace caselens
