#pragma once
// Paragraphs: the paragraphs of the chosen documents with their text — the unit every
// coder works on and evaluation counts in — and the codes given to each.

#include "store/documentfilter.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <functional>

namespace caselens::store {

struct PassageText {
    qint64 passageId = 0;
    qint64 documentId = 0;
    qint64 start = 0, end = 0;
    QString text;
};

// Paragraphs of the filtered documents in document order, one document at a time
// through `each` (which returns false to stop).
Status forEachDocumentParagraphs(Project &project, const DocumentFilter &filter,
                                 const std::function<bool(qint64 documentId, const QList<PassageText> &)> &each);

// The codes a coder gave each paragraph (by overlap with its codings) — for training
// and evaluation. `statuses` like {"accepted"} or {"accepted","suggested"}; coder "*"
// means every coder.
Result<QHash<qint64, QSet<QString>>> codesByParagraph(Project &project, const DocumentFilter &filter, const QString &coder,
                                                      const QStringList &statuses);

} // namespace caselens::store
