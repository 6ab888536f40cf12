#include "coding/lexiconcoder.h"

#include <QCryptographicHash>
#include <cmath>
#include <queue>

namespace caselens::coding {

LexiconCoder::LexiconCoder(const codebook::Codebook &book, LexiconSettings settings) : m_settings(settings)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto &c : book.codableCodes()) {
        const int index = int(m_codes.size());
        m_codes.append(c.key);
        hash.addData(c.key.toUtf8());
        for (const QString &t : c.cues.strong) {
            if (!t.isEmpty())
                m_terms.append({index, true, t});
            hash.addData(QByteArray("+") + t.toUtf8());
        }
        for (const QString &t : c.cues.weak) {
            if (!t.isEmpty())
                m_terms.append({index, false, t});
            hash.addData(QByteArray("-") + t.toUtf8());
        }
    }
    m_hash = QString::fromLatin1(hash.result().toHex());
    build();
}

QJsonObject LexiconCoder::settings() const
{
    return {{QStringLiteral("strong_weight"), m_settings.strongWeight}, {QStringLiteral("weak_weight"), m_settings.weakWeight},
            {QStringLiteral("threshold"), m_settings.threshold}, {QStringLiteral("relative_to_best"), m_settings.relativeToBest},
            {QStringLiteral("terms"), int(m_terms.size())}};
}

void LexiconCoder::build()
{
    m_nodes.assign(1, Node{});
    for (int t = 0; t < m_terms.size(); ++t) {
        int node = 0;
        for (const QChar ch : m_terms.at(t).text.toCaseFolded()) {
            const char16_t c = ch.unicode();
            auto it = m_nodes[size_t(node)].next.constFind(c);
            if (it == m_nodes[size_t(node)].next.cend()) {
                m_nodes.push_back(Node{});
                const int created = int(m_nodes.size() - 1);
                m_nodes[size_t(node)].next.insert(c, created);
                node = created;
            } else {
                node = *it;
            }
        }
        m_nodes[size_t(node)].terms.push_back(t);
    }
    std::queue<int> queue;
    for (auto it = m_nodes[0].next.cbegin(); it != m_nodes[0].next.cend(); ++it) {
        m_nodes[size_t(*it)].fail = 0;
        queue.push(*it);
    }
    while (!queue.empty()) {
        const int u = queue.front();
        queue.pop();
        for (auto it = m_nodes[size_t(u)].next.cbegin(); it != m_nodes[size_t(u)].next.cend(); ++it) {
            const char16_t c = it.key();
            const int v = it.value();
            int f = m_nodes[size_t(u)].fail;
            while (f && !m_nodes[size_t(f)].next.contains(c))
                f = m_nodes[size_t(f)].fail;
            const int target = m_nodes[size_t(f)].next.value(c, 0);
            m_nodes[size_t(v)].fail = (target == v) ? 0 : target;
            const auto &inherited = m_nodes[size_t(m_nodes[size_t(v)].fail)].terms;
            m_nodes[size_t(v)].terms.insert(m_nodes[size_t(v)].terms.end(), inherited.begin(), inherited.end());
            queue.push(v);
        }
    }
}

namespace {

// How much a cue term counts where it stands. Names of cited documents (《…》) describe
// policy, not practice; sentences that state a problem (仍以讲授为主, 参差不齐, 不均衡)
// describe the background a case starts from, not what it does.
std::vector<float> contextWeights(const QString &text)
{
    static const QStringList problemMarkers = {
        QStringLiteral("问题"), QStringLiteral("不足"), QStringLiteral("不够"), QStringLiteral("难以"), QStringLiteral("仍以"),
        QStringLiteral("仍然"), QStringLiteral("依然"), QStringLiteral("参差不齐"), QStringLiteral("不均衡"), QStringLiteral("不平衡"),
        QStringLiteral("滞后"), QStringLiteral("薄弱环节"), QStringLiteral("短板"), QStringLiteral("制约"), QStringLiteral("不高"),
        QStringLiteral("较重"), QStringLiteral("偏重"), QStringLiteral("缺乏"), QStringLiteral("欠缺"), QStringLiteral("困境"),
        QStringLiteral("挑战"), QStringLiteral("瓶颈"), QStringLiteral("单一"), QStringLiteral("不畅"), QStringLiteral("不通畅"),
        QStringLiteral("停留在"), QStringLiteral("不匹配")};
    std::vector<float> w(static_cast<size_t>(text.size()), 1.0f);
    qsizetype sentenceStart = 0;
    int titleDepth = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const char16_t c = i < text.size() ? text.at(i).unicode() : u'。';
        if (c == u'《')
            ++titleDepth;
        if (titleDepth > 0 && i < text.size())
            w[size_t(i)] = 0.0f;
        if (c == u'》' && titleDepth > 0)
            --titleDepth;
        if (c == u'。' || c == u'！' || c == u'？' || c == u'；' || c == u'!' || c == u'?' || c == u';') {
            const QStringView sentence = QStringView(text).mid(sentenceStart, i - sentenceStart);
            bool problem = false;
            for (const QString &m : problemMarkers)
                problem = problem || sentence.contains(m);
            if (problem)
                for (qsizetype k = sentenceStart; k < i && k < text.size(); ++k)
                    w[size_t(k)] *= 0.25f;
            sentenceStart = i + 1;
        }
    }
    return w;
}

} // namespace

QList<Suggestion> LexiconCoder::scoreAll(const QString &passage) const
{
    const int n = int(m_codes.size());
    std::vector<float> best(static_cast<size_t>(m_terms.size()), 0.0f); // strongest context of each term
    const std::vector<float> context = contextWeights(passage);
    int node = 0;
    for (qsizetype i = 0; i < passage.size(); ++i) {
        const char16_t c = passage.at(i).toCaseFolded().unicode();
        while (node && !m_nodes[size_t(node)].next.contains(c))
            node = m_nodes[size_t(node)].fail;
        node = m_nodes[size_t(node)].next.value(c, 0);
        for (int t : m_nodes[size_t(node)].terms) {
            const qsizetype start = i + 1 - m_terms.at(t).text.size();
            best[size_t(t)] = std::max(best[size_t(t)], context[size_t(std::max<qsizetype>(0, start))]);
        }
    }
    std::vector<double> weight(static_cast<size_t>(n), 0.0);
    std::vector<int> strongHits(static_cast<size_t>(n), 0);
    std::vector<QStringList> matched(static_cast<size_t>(n));
    for (int t = 0; t < m_terms.size(); ++t) {
        if (best[size_t(t)] <= 0)
            continue; // a term counts once per passage, where it counts most
        const Term &term = m_terms.at(t);
        weight[size_t(term.code)] += best[size_t(t)] * (term.strong ? m_settings.strongWeight : m_settings.weakWeight);
        if (term.strong && best[size_t(t)] >= 1.0f)
            ++strongHits[size_t(term.code)];
        matched[size_t(term.code)].append(term.text);
    }
    QList<Suggestion> out;
    for (int i = 0; i < n; ++i) {
        // Weak cues support a code but never make one on their own.
        if (weight[size_t(i)] <= 0 || strongHits[size_t(i)] == 0)
            continue;
        const double score = 1.0 - std::exp(-weight[size_t(i)]);
        out.append({m_codes.at(i), score, QStringLiteral("cue terms: ") + matched[size_t(i)].join(QStringLiteral("、"))});
    }
    std::stable_sort(out.begin(), out.end(), [](const Suggestion &a, const Suggestion &b) { return a.score > b.score; });
    return out;
}

QList<Suggestion> LexiconCoder::suggest(const QString &passage) const
{
    QList<Suggestion> all = scoreAll(passage);
    if (all.isEmpty())
        return all;
    const double best = all.first().score;
    QList<Suggestion> out;
    for (const auto &s : all)
        if (s.score >= m_settings.threshold && s.score >= best * m_settings.relativeToBest)
            out.append(s);
    return out;
}

} // namespace caselens::coding
