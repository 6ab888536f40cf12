#pragma once
// PassageSource: the paragraphs coders work on (store::forEachDocumentParagraphs) and the
// context a coder may read them in.

#include "coding/coder.h"
#include "store/paragraphs.h"

#include <QList>

namespace caselens::coding {

// The paragraph reading lives in store; coders name it here.
using store::PassageText;
using store::forEachDocumentParagraphs;
using store::codesByParagraph;

// The case's title and the section heading each paragraph stands under.
DocumentContext contextOf(store::Project &project, qint64 documentId, const QList<PassageText> &paragraphs);

} // namespace caselens::coding
