#pragma once
// QdpxExporter: the whole project as a REFI-QDA project (.qdpx) for NVivo, ATLAS.ti,
// MAXQDA and QualCoder — users, codebook, variables (case metadata and attributes),
// cases, text sources with their coded selections. GUIDs are stable across exports;
// positions are code points of the exported text. Suggestions that are not accepted
// are left out unless asked for, and then marked as such.

#include "store/project.h"

#include <QMap>
#include <QStringList>

namespace caselens::exporting {

struct QdpxOptions {
    bool includeSuggestions = false;
    // Anonymised export: these names, phone numbers, ID numbers and e-mail addresses are
    // masked in the exported texts, one ＊ per character so every position still holds.
    bool anonymise = false;
    QStringList names;
};

struct QdpxReport {
    int sources = 0, codes = 0, codings = 0, suggestions = 0;
    QMap<QString, int> masked; // kind → how many
};

// What REFI-QDA cannot say — that a coding is an engine's unreviewed suggestion, with its
// score and reason — goes beside project.qde in this archive entry, which other tools
// leave alone and CaseLens reads back (import/qdpximport).
inline const QString kCaseLensExtensionEntry = QStringLiteral("caselens/extension.json");

Result<QdpxReport> exportQdpx(store::Project &project, const QString &path, const QdpxOptions &options = {});

} // namespace caselens::exporting
