#pragma once
// Percentages as papers print them: plain half-up rounding, or largest-remainder
// rounding that makes a row (or any set of shares) total exactly 100.

#include <QList>

namespace caselens::analysis {

enum class Rounding { HalfUp, LargestRemainder };

double roundHalfUp(double value, int decimals);
// Shares of `counts` in percent of `denominator`, rounded to `decimals`.
QList<double> percentages(const QList<qint64> &counts, qint64 denominator, int decimals, Rounding rounding);

} // namespace caselens::analysis
