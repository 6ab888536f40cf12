#pragma once
// LexiconCoder: suggests codes from the cue terms kept in the codebook. Strong cues
// point at a code on their own, weak cues only several together; the codebook's
// lexicon rules say which stretches of text are background (cited plans, quoted
// speeches, keyword lines). The matched terms are the rationale. One pass over the
// text with an Aho-Corasick automaton, whatever the number of terms.

#include "codebook/codebook.h"
#include "coding/coder.h"

#include <QHash>
#include <vector>

namespace caselens::coding {

struct LexiconSettings {
    double strongWeight = 0.8;
    double weakWeight = 0.25;
    double threshold = 0.5;      // minimum score to suggest
    double relativeToBest = 0.7; // and at least this share of the best code's score (the salient codes, not every echo)
};

class LexiconCoder : public Coder {
public:
    explicit LexiconCoder(const codebook::Codebook &book, LexiconSettings settings = {});
    QString engine() const override { return QStringLiteral("lexicon"); }
    QString version() const override { return QStringLiteral("2"); }
    QJsonObject settings() const override;
    QString modelHash() const override { return m_hash; }
    QList<Suggestion> suggest(const QString &passage) const override;

    // Every code's score for a passage, without the threshold (for backing off other coders).
    QList<Suggestion> scoreAll(const QString &passage) const;
    // Of scoreAll's answer, what suggest() returns: over the threshold and near the best.
    QList<Suggestion> selectSuggested(const QList<Suggestion> &all) const;

private:
    enum class TermKind { Strong, Weak, Except, GapPart };
    struct Term {
        int code;
        TermKind kind;
        QString text;
        int gap = -1; // for GapPart: index into m_gaps
    };
    struct Gap { // "A…B": head then tail in one sentence
        int code;
        bool strong;
        int head, tail; // indices into m_terms
        QString text;
    };
    struct Node {
        QHash<char16_t, int> next;
        int fail = 0;
        std::vector<int> terms; // indices into m_terms, including those reached by failure links
    };
    void build();
    std::vector<float> contextWeights(const QString &text) const;
    void addTerm(int code, TermKind kind, const QString &text);

    LexiconSettings m_settings;
    QStringList m_codes;
    QList<Term> m_terms;
    QList<Gap> m_gaps;
    std::vector<std::vector<int>> m_exceptTerms; // per code: its except terms, indices into m_terms
    codebook::LexiconRules m_rules;
    std::vector<Node> m_nodes;
    QString m_hash;
};

} // namespace caselens::coding
