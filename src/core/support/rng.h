#pragma once
// A small deterministic random generator (SplitMix64) whose sequence is the same on
// every platform and standard library, so a demo seed always gives the same bytes.

#include <QList>
#include <cstdint>
#include <utility>

namespace caselens {

class Rng {
public:
    explicit Rng(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n).
    int below(int n) { return n <= 1 ? 0 : int(next() % std::uint64_t(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    double unit() { return double(next() >> 11) / double(1ull << 53); }
    bool chance(double p) { return unit() < p; }
    template<typename T>
    void shuffle(QList<T> &list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            std::swap(list[i], list[below(int(i + 1))]);
    }
    template<typename T>
    const T &pick(const QList<T> &list) { return list.at(below(int(list.size()))); }
    // A generator for a sub-task, independent of how much this one is used later.
    Rng fork(std::uint64_t salt) { return Rng(next() ^ (salt * 0xD1B54A32D192ED03ull)); }

private:
    std::uint64_t m_state;
};

} // namespace caselens
