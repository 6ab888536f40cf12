#pragma once
// Features for the learned coder, suited to Chinese: every Han character, Latin words
// case-folded, numbers as one token, and ICU dictionary words of two or more
// characters (prefixed "w:") — so the model sees both characters and words.

#include <QString>
#include <memory>
#include <string>

namespace caselens::coding {

class FeatureExtractor {
public:
    FeatureExtractor();
    ~FeatureExtractor();
    FeatureExtractor(const FeatureExtractor &) = delete;
    FeatureExtractor &operator=(const FeatureExtractor &) = delete;
    // Space-separated tokens, UTF-8, ready for fastText.
    std::string tokens(const QString &text);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace caselens::coding
