#pragma once
// Segmenter: cuts a document's normalised paragraphs into passages — headings,
// paragraphs and the sentences inside paragraphs (ICU sentence breaks) — with
// code-point spans into the joined text.

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace caselens::text {

enum class PassageKind { Heading, Paragraph, Sentence };
QString passageKindName(PassageKind kind);
PassageKind passageKindFromName(const QString &name);

struct PassageSpan {
    PassageKind kind;
    qsizetype start = 0; // code points into the document text
    qsizetype end = 0;   // exclusive
    int parent = -1;     // index of the enclosing paragraph in the list, for sentences
};

struct SourceParagraph {
    QString text;         // normalised, no line breaks
    bool heading = false; // the source marked it as a heading (docx style, PDF layout)
    bool clutter = false; // page clutter: kept in the text, no passage
};

struct Segmentation {
    QString text; // paragraphs joined by '\n'
    QList<PassageSpan> passages;
};

// True when a line starts with Chinese or Arabic section numbering (一、 （一） 1. （1） 第一章).
bool startsWithSectionNumber(const QString &line);

class Segmenter {
public:
    Segmenter();
    ~Segmenter();
    Segmenter(const Segmenter &) = delete;
    Segmenter &operator=(const Segmenter &) = delete;

    // A short first paragraph without a sentence mark is the title, a heading; a long one
    // is text and coded like any other.
    Segmentation segment(const QList<SourceParagraph> &paragraphs);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace caselens::text
