#pragma once
// The counting basis of every table, chart and export (issue "Nothing lost", item 11):
// each coded item — a passage, or a span coded by hand — counts once per code among the
// chosen codings, however many coders or engines applied that code to it. Accepting an
// engine's suggestion on a passage a person had already coded the same way adds nothing.

#include "store/project.h"

#include <QList>
#include <QString>

namespace caselens::store {

struct CountingBasis {
    QString status = QStringLiteral("accepted"); // accepted (the codings of record) | suggested | all
    QString coder;                                // only this coder's codings (a person, an engine, or a consensus coder)

    // One sentence for under a table: what was counted.
    QString describe(const QString &lang) const;
};

struct CodedItems {
    qint64 documentId = 0;
    qint64 codeId = 0;
    qint64 items = 0; // distinct coded items of the code in the document
};

// Every (document, code) with at least one coded item under `basis`, in document order.
Result<QList<CodedItems>> countCodedItems(Project &project, const CountingBasis &basis);

} // namespace caselens::store
