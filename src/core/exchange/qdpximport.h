#pragma once
// QdpxImporter: reads a REFI-QDA project (.qdpx) written by CaseLens or another tool
// into a new CaseLens project — the codebook it came with, text sources, codings with
// their coders, case variables as attributes, notes as memos on what they are about,
// sets of sources as samples — keeping every GUID. The archive is untrusted input:
// entry names that escape, too many or too large entries, and XML nested too deep are
// refused; nothing is ever written outside the new project. What CaseLens cannot
// represent, and every adjustment made for another tool's quirks, is reported with its
// count.

#include "support/result.h"

#include <QStringList>

namespace caselens::exchange {

struct QdpxLimits {
    int maxEntries = 20000;
    qint64 maxEntryBytes = 64 * 1024 * 1024;
    qint64 maxTotalBytes = 512 * 1024 * 1024;
    int maxXmlDepth = 128;
};

struct QdpxImportReport {
    int sources = 0, codes = 0, codings = 0, memos = 0, samples = 0;
    QStringList notes; // not represented, skipped or adjusted, one sentence each
};

Result<QdpxImportReport> importQdpx(const QString &qdpxPath, const QString &projectPath, const QdpxLimits &limits = {});

} // namespace caselens::exchange
