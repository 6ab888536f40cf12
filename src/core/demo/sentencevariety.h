#pragma once
// SentenceVariety: how varied a corpus's wording is — with place names and numbers
// masked, how many distinct sentences it holds and in how many cases the most
// repeated sentence appears. The demo corpus must not be learnable from a handful of
// templates; this is how we check.

#include "store/project.h"

namespace caselens::demo {

struct SentenceVariety {
    qint64 sentences = 0;
    qint64 distinct = 0;
    int cases = 0;
    int maxCasesForOneSentence = 0;
    QString mostRepeated;
    double maxShareOfCases() const { return cases ? double(maxCasesForOneSentence) / cases : 0; }
};

// Sentences are the sentence passages inside paragraphs (headings are not prose).
SentenceVariety measureSentenceVariety(store::Project &project);
QString maskPlacesAndNumbers(const QString &sentence);

} // namespace caselens::demo
