#pragma once
// CodedSegments: the passages coded with some codes, each with its case and metadata —
// the "retrieved segments" researchers quote from. Filtered by coder, by what is counted
// (the same basis as the tables) and by one document field's value (a cell of the code
// matrix).

#include "store/codingcounts.h"
#include "store/project.h"

#include <QList>
#include <QStringList>

namespace caselens::store {

struct SegmentQuery {
    QStringList codes;   // code keys; empty: every code
    CountingBasis basis; // status and coder, as the tables count
    QString field;       // region | year | type | province | an attribute; empty: all documents
    QString value;       // the field's value ('' matches documents without one)
    int limit = 20000;
};

struct CodedSegment {
    qint64 codingId = 0, documentId = 0, start = 0, end = 0;
    QString title, year, province, region, type;
    QString code, coder, status;
    QString text;
};

Result<QList<CodedSegment>> codedSegments(Project &project, const SegmentQuery &query);

} // namespace caselens::store
