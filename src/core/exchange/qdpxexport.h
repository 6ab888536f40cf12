#pragma once
// QdpxExporter: the whole project as a REFI-QDA project (.qdpx) for NVivo, ATLAS.ti,
// MAXQDA and QualCoder — users, codebook, variables (case metadata and attributes),
// cases, text sources with their coded selections, memos as notes linked from what they
// are about, document samples as sets. GUIDs are the project's own and stable across
// exports; positions are code points of the exported text. Suggestions that are not
// accepted are left out unless asked for, and then marked as such; what REFI-QDA cannot
// say goes into CaseLens's extension entry (exchange/extension.h).

#include "store/project.h"

#include <QMap>
#include <QStringList>

namespace caselens::exchange {

struct QdpxOptions {
    bool includeSuggestions = false;
    // Anonymised export: these names, phone numbers, ID numbers and e-mail addresses are
    // masked in the exported texts, one ＊ per character so every position still holds.
    bool anonymise = false;
    QStringList names;
};

struct QdpxReport {
    int sources = 0, codes = 0, codings = 0, suggestions = 0, notes = 0;
    QMap<QString, int> masked; // kind → how many
    QStringList notices;       // what the file does not carry, one sentence each
};

Result<QdpxReport> exportQdpx(store::Project &project, const QString &path, const QdpxOptions &options = {});

} // namespace caselens::exchange
