#pragma once
// PassageSource: the paragraphs of the chosen documents with their text — the unit
// every coder works on and evaluation counts in.

#include "coding/coder.h"
#include "store/documentfilter.h"

#include <QList>

namespace caselens::coding {

struct PassageText {
    qint64 passageId = 0;
    qint64 documentId = 0;
    qint64 start = 0, end = 0;
    QString text;
};

// Paragraphs of the filtered documents in document order, one document at a time
// through `each` (which returns false to stop).
Status forEachDocumentParagraphs(store::Project &project, const store::DocumentFilter &filter,
                                 const std::function<bool(qint64 documentId, const QList<PassageText> &)> &each);

// The case's title and the section heading each paragraph stands under.
DocumentContext contextOf(store::Project &project, qint64 documentId, const QList<PassageText> &paragraphs);

// The codes a coder gave each paragraph (by overlap with its codings) — for training
// and evaluation. `statuses` like {"accepted"} or {"accepted","suggested"}; coder "*"
// means every coder.
Result<QHash<qint64, QSet<QString>>> codesByParagraph(store::Project &project, const store::DocumentFilter &filter,
                                                      const QString &coder, const QStringList &statuses);

} // namespace caselens::coding
