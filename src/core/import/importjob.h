#pragma once
// ImportJob: imports files and whole folders into a project. Every document is stored
// whole (its own savepoint) in batches of a few dozen per transaction, so a killed import
// leaves only whole documents and a rerun completes it (documents already present are
// recognised by content hash and skipped). Files are read and segmented on a second
// thread while the first writes.

#include "import/corpusimporter.h"
#include "import/extracted.h"
#include "store/project.h"
#include "support/progress.h"

#include <QStringList>

namespace caselens::import {

struct ImportOptions {
    QString metadataCsv;   // sidecar keyed by file name
    CorpusMapping mapping; // for .csv / .jsonl corpora
    ImportLimits limits;
};

enum class ImportOutcome { Imported, Duplicate, Failed };

struct ImportEntry {
    QString source;
    ImportOutcome outcome = ImportOutcome::Failed;
    qint64 documentId = 0; // the new or the existing document
    QString message;       // the reason, for failures
    QStringList notes;     // encoding used, repairs, what was dropped
};

struct ImportReport {
    QList<ImportEntry> entries;
    bool cancelled = false;
    int count(ImportOutcome o) const;
};

class ImportJob {
public:
    ImportJob(store::Project &project, ImportOptions options) : m_project(project), m_options(std::move(options)) {}
    // Fails as a whole only when nothing can be done (a bad metadata file, a full disk);
    // bad files are entries of the report.
    Result<ImportReport> run(const QStringList &paths, ProgressSink &progress = nullProgress());

    // Files a folder expands to, in a stable order; the sidecar itself is left out.
    // `unreadableNames` receives names in the folders that are not valid UTF-8 (shown
    // with \xNN), which no Qt listing returns.
    static QStringList collectFiles(const QStringList &paths, const QString &exclude, QStringList *unreadableNames = nullptr);

private:
    store::Project &m_project;
    ImportOptions m_options;
};

} // namespace caselens::import
