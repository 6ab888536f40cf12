// Runs a libFuzzer target without libFuzzer (any compiler): every file of the seed
// corpus, then a bounded number of deterministic mutations of them — byte flips,
// truncations, repeats and splices. This is the short run inside the test suite; the
// long, coverage-guided runs use libFuzzer (see fuzz_target.cpp).

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s CORPUS-DIR ITERATIONS\n", argv[0]);
        return 2;
    }
    QList<QByteArray> seeds;
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            seeds.append(f.readAll());
    }
    if (seeds.isEmpty()) {
        std::fprintf(stderr, "no seeds in %s\n", argv[1]);
        return 2;
    }
    for (const QByteArray &s : seeds)
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(s.constData()), size_t(s.size()));
    uint64_t state = 0x9E3779B97F4A7C15ull;
    auto next = [&] {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    };
    const long iterations = std::atol(argv[2]);
    for (long i = 0; i < iterations; ++i) {
        QByteArray b = seeds.at(int(next() % uint64_t(seeds.size())));
        const int edits = 1 + int(next() % 8);
        for (int e = 0; e < edits && !b.isEmpty(); ++e) {
            const qsizetype at = qsizetype(next() % uint64_t(b.size()));
            switch (next() % 5) {
            case 0: b[at] = char(next()); break;                                   // flip a byte
            case 1: b.truncate(at); break;                                          // cut short
            case 2: b.insert(at, b.mid(at, qsizetype(next() % 64))); break;         // repeat a run
            case 3: b.insert(at, seeds.at(int(next() % uint64_t(seeds.size()))).left(64)); break; // splice
            default: b.remove(at, qsizetype(next() % 16)); break;                  // drop a run
            }
        }
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(b.constData()), size_t(b.size()));
    }
    std::printf("%ld mutated inputs and %lld seeds ran without a crash\n", iterations, static_cast<long long>(seeds.size()));
    return 0;
}
