#include "coding/lexiconcoder.h"

#include <QCryptographicHash>
#include <algorithm>
#include <cmath>
#include <queue>

namespace caselens::coding {

LexiconCoder::LexiconCoder(const codebook::Codebook &book, LexiconSettings settings)
    : m_settings(settings), m_rules(book.lexiconRules)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto &c : book.codableCodes()) {
        const int index = int(m_codes.size());
        m_codes.append(c.key);
        hash.addData(c.key.toUtf8());
        const auto add = [&](const QStringList &terms, TermKind kind, const char *tag) {
            for (const QString &t : terms) {
                addTerm(index, kind, t);
                hash.addData(QByteArray(tag) + t.toUtf8());
            }
        };
        add(c.cues.strong, TermKind::Strong, "+");
        add(c.cues.weak, TermKind::Weak, "-");
        add(c.cues.except, TermKind::Except, "!");
    }
    for (const QStringList *list : {&m_rules.ignoreLines, &m_rules.quoteMarkers, &m_rules.citedTitleEndings, &m_rules.ownActionMarkers})
        hash.addData(list->join(QLatin1Char('|')).toUtf8());
    hash.addData(QByteArray::number(m_rules.weakToSuggest));
    m_exceptTerms.resize(size_t(m_codes.size()));
    m_hash = QString::fromLatin1(hash.result().toHex());
    build();
}

void LexiconCoder::addTerm(int code, TermKind kind, const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return;
    const qsizetype ellipsis = t.indexOf(QChar(u'…'));
    if (ellipsis > 0 && kind != TermKind::Except) {
        const QString head = t.left(ellipsis), tail = t.mid(ellipsis + 1).remove(QChar(u'…'));
        if (!tail.isEmpty()) {
            const int gap = int(m_gaps.size());
            m_gaps.append({code, kind == TermKind::Strong, int(m_terms.size()), int(m_terms.size()) + 1, t});
            m_terms.append({code, TermKind::GapPart, head, gap});
            m_terms.append({code, TermKind::GapPart, tail, gap});
            return;
        }
    }
    if (kind == TermKind::Except) {
        if (m_exceptTerms.size() <= size_t(code))
            m_exceptTerms.resize(size_t(code) + 1);
        m_exceptTerms[size_t(code)].push_back(int(m_terms.size()));
    }
    m_terms.append({code, kind, t});
}

QJsonObject LexiconCoder::settings() const
{
    return {{QStringLiteral("strong_weight"), m_settings.strongWeight}, {QStringLiteral("weak_weight"), m_settings.weakWeight},
            {QStringLiteral("threshold"), m_settings.threshold}, {QStringLiteral("relative_to_best"), m_settings.relativeToBest},
            {QStringLiteral("terms"), int(m_terms.size())}, {QStringLiteral("weak_to_suggest"), m_rules.weakToSuggest}};
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

bool isSentenceEnd(char16_t c)
{
    return c == u'。' || c == u'！' || c == u'？' || c == u'；' || c == u'!' || c == u'?' || c == u';' || c == u'\n';
}

bool isClauseEnd(char16_t c) { return isSentenceEnd(c) || c == u'，' || c == u',' || c == u'：' || c == u':'; }

bool endsWithAny(QStringView s, const QStringList &endings)
{
    for (const QString &e : endings)
        if (s.endsWith(e))
            return true;
    return false;
}

bool containsAny(QStringView s, const QStringList &words)
{
    for (const QString &w : words)
        if (s.contains(w))
            return true;
    return false;
}

} // namespace

// How much a cue counts where it stands (0 or 1 per UTF-16 unit). Background is what
// real reports quote or cite rather than do: the words of a cited plan (《…规划》) unless
// the case made it, a quotation after 写道/指出, and whole lines of page furniture
// (关键词, 导读, bylines). A problem the case states (师资短缺) is not background: the
// experts code it as the characteristic it calls for.
std::vector<float> LexiconCoder::contextWeights(const QString &text) const
{
    std::vector<float> w(static_cast<size_t>(text.size()), 1.0f);
    QStringView lead = QStringView(text).trimmed();
    while (!lead.isEmpty() && (lead.front() == u'|' || lead.front() == u'【' || lead.front() == u'[' || lead.front().isSpace()))
        lead = lead.mid(1);
    for (const QString &prefix : m_rules.ignoreLines)
        if (lead.startsWith(prefix)) {
            std::fill(w.begin(), w.end(), 0.0f);
            return w;
        }
    qsizetype clauseStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (isClauseEnd(c)) {
            clauseStart = i + 1;
            continue;
        }
        if (c == u'《') {
            qsizetype close = text.indexOf(QChar(u'》'), i + 1);
            if (close < 0)
                close = text.size();
            QStringView title = QStringView(text).mid(i + 1, close - i - 1).trimmed();
            // 《…规划(2011-2020年)》: the years in brackets are not the title's ending.
            if (title.endsWith(u')') || title.endsWith(u'）')) {
                const qsizetype open = std::max(title.lastIndexOf(u'('), title.lastIndexOf(u'（'));
                if (open > 0)
                    title = title.left(open);
            }
            const QStringView before = QStringView(text).mid(clauseStart, i - clauseStart);
            // 《…》标准 / 《…》文件精神: what follows the title can name the document's kind too.
            const QStringView after = QStringView(text).mid(close + 1, 4);
            bool cited = endsWithAny(title, m_rules.citedTitleEndings);
            for (const QString &e : m_rules.citedTitleEndings)
                cited = cited || (e.size() >= 2 && after.startsWith(e));
            cited = cited || after.startsWith(QStringLiteral("文件")) || after.startsWith(QStringLiteral("精神"));
            if (cited && !containsAny(before, m_rules.ownActionMarkers))
                std::fill(w.begin() + i, w.begin() + std::min(close + 1, text.size()), 0.0f);
            i = close;
            continue;
        }
        if (c == u'“' || c == u'"') {
            const QStringView before = QStringView(text).mid(std::max<qsizetype>(0, i - 4), std::min<qsizetype>(i, 4));
            if (containsAny(before, m_rules.quoteMarkers)) {
                qsizetype close = text.indexOf(QChar(c == u'“' ? u'”' : u'"'), i + 1);
                if (close < 0)
                    close = text.size();
                std::fill(w.begin() + i, w.begin() + std::min(close + 1, text.size()), 0.0f);
                i = close;
            }
        }
    }
    return w;
}

QList<Suggestion> LexiconCoder::scoreAll(const QString &passage) const
{
    const int n = int(m_codes.size());
    const std::vector<float> context = contextWeights(passage);
    // Every occurrence of every term: (start, end) in UTF-16 units.
    std::vector<std::vector<std::pair<qsizetype, qsizetype>>> hits(static_cast<size_t>(m_terms.size()));
    int node = 0;
    for (qsizetype i = 0; i < passage.size(); ++i) {
        const char16_t c = passage.at(i).toCaseFolded().unicode();
        while (node && !m_nodes[size_t(node)].next.contains(c))
            node = m_nodes[size_t(node)].fail;
        node = m_nodes[size_t(node)].next.value(c, 0);
        for (int t : m_nodes[size_t(node)].terms)
            hits[size_t(t)].push_back({i + 1 - m_terms.at(t).text.size(), i + 1});
    }
    const auto excepted = [&](int code, qsizetype start, qsizetype end) {
        for (int t : m_exceptTerms[size_t(code)])
            for (const auto &[s, e] : hits[size_t(t)])
                if (s <= start && end <= e)
                    return true;
        return false;
    };
    const auto weightAt = [&](qsizetype start) { return context[size_t(std::clamp<qsizetype>(start, 0, passage.size() - 1))]; };

    std::vector<double> weight(static_cast<size_t>(n), 0.0);
    std::vector<int> strongHits(static_cast<size_t>(n), 0), weakHits(static_cast<size_t>(n), 0);
    std::vector<QStringList> matched(static_cast<size_t>(n));
    const auto count = [&](int code, bool strong, float best, const QString &text) {
        weight[size_t(code)] += best * (strong ? m_settings.strongWeight : m_settings.weakWeight);
        if (best >= 1.0f)
            ++(strong ? strongHits : weakHits)[size_t(code)];
        matched[size_t(code)].append(text);
    };
    for (int t = 0; t < m_terms.size(); ++t) {
        const Term &term = m_terms.at(t);
        if (term.kind != TermKind::Strong && term.kind != TermKind::Weak)
            continue;
        float best = 0; // a term counts once per passage, where it counts most
        for (const auto &[s, e] : hits[size_t(t)])
            if (!excepted(term.code, s, e))
                best = std::max(best, weightAt(s));
        if (best > 0)
            count(term.code, term.kind == TermKind::Strong, best, term.text);
    }
    for (const Gap &g : m_gaps) {
        float best = 0;
        for (const auto &[hs, he] : hits[size_t(g.head)])
            for (const auto &[ts, te] : hits[size_t(g.tail)]) {
                if (ts < he || ts - he > 16)
                    continue;
                bool sameSentence = true;
                for (qsizetype k = he; k < ts && sameSentence; ++k)
                    sameSentence = !isSentenceEnd(passage.at(k).unicode());
                if (sameSentence)
                    best = std::max(best, std::min(weightAt(hs), weightAt(ts)));
            }
        if (best > 0)
            count(g.code, g.strong, best, g.text);
    }
    QList<Suggestion> out;
    for (int i = 0; i < n; ++i) {
        // Weak cues support a code; on their own only several distinct ones make it.
        if (weight[size_t(i)] <= 0 || (strongHits[size_t(i)] == 0 && weakHits[size_t(i)] < m_rules.weakToSuggest))
            continue;
        const double score = 1.0 - std::exp(-weight[size_t(i)]);
        out.append({m_codes.at(i), score, QStringLiteral("cue terms: ") + matched[size_t(i)].join(QStringLiteral("、"))});
    }
    std::stable_sort(out.begin(), out.end(), [](const Suggestion &a, const Suggestion &b) { return a.score > b.score; });
    return out;
}

QList<Suggestion> LexiconCoder::suggest(const QString &passage) const { return selectSuggested(scoreAll(passage)); }

QList<Suggestion> LexiconCoder::selectSuggested(const QList<Suggestion> &all) const
{
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
