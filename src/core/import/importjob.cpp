#include "import/importjob.h"

#include "text/unicode.h"

#include "import/docximporter.h"
#include "import/documentbuilder.h"
#include "import/pdfimporter.h"
#include "import/textimporter.h"
#include "store/documentstore.h"
#include "store/regionsetting.h"
#include "store/searchindex.h"
#include "support/csv.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <dirent.h>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace caselens::import {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::import::ImportJob)
};

// Metadata rows keyed by file name (with and without extension).
struct Sidecar {
    QStringList header;
    QHash<QString, QStringList> rows;
    int fileColumn = -1;
};

Result<Sidecar> loadSidecar(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(Tr::tr("The metadata file %1 cannot be read: %2.").arg(path, f.errorString()), ErrorKind::Io);
    auto table = parseCsv(QString::fromUtf8(f.readAll()));
    if (!table)
        return makeError(Tr::tr("The metadata file %1 is not valid CSV: %2").arg(path, table.error().message), ErrorKind::InvalidInput);
    Sidecar s;
    s.header = table->header;
    for (const char *name : {"file", "filename", "file_name", "文件", "文件名"}) {
        s.fileColumn = table->column(QString::fromUtf8(name));
        if (s.fileColumn >= 0)
            break;
    }
    if (s.fileColumn < 0)
        return makeError(Tr::tr("The metadata file %1 needs a column \"file\" naming each document's file.").arg(path),
                         ErrorKind::InvalidInput);
    for (const QStringList &row : table->rows) {
        const QString name = QFileInfo(row.value(s.fileColumn).trimmed()).fileName();
        s.rows.insert(name, row);
        s.rows.insert(QFileInfo(name).completeBaseName(), row);
    }
    return s;
}

enum class Kind { Text, Docx, Pdf, Corpus, Unknown };

Kind kindOf(const QString &path)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QLatin1String("txt") || ext == QLatin1String("md") || ext == QLatin1String("text"))
        return Kind::Text;
    if (ext == QLatin1String("docx"))
        return Kind::Docx;
    if (ext == QLatin1String("pdf"))
        return Kind::Pdf;
    if (ext == QLatin1String("csv") || ext == QLatin1String("jsonl") || ext == QLatin1String("ndjson"))
        return Kind::Corpus;
    return Kind::Unknown;
}

} // namespace

int ImportReport::count(ImportOutcome o) const
{
    return int(std::count_if(entries.begin(), entries.end(), [o](const ImportEntry &e) { return e.outcome == o; }));
}

namespace {

// Names in `dir` that are not valid in the file-name encoding (UTF-8): Qt's directory
// listing skips them without a word, so they are looked for with readdir().
QStringList undecodableNames(const QString &dir)
{
    QStringList out;
    DIR *d = ::opendir(QFile::encodeName(dir).constData());
    if (!d)
        return out;
    while (const dirent *e = ::readdir(d)) {
        const QByteArray raw(e->d_name);
        if (QFile::encodeName(QFile::decodeName(raw)) == raw)
            continue;
        // Shown with the undecodable bytes as \xNN, so the user can find the file.
        QString shown;
        for (const char c : raw)
            shown += uchar(c) < 0x80 ? QString(QLatin1Char(c)) : QStringLiteral("\\x%1").arg(uchar(c), 2, 16, QLatin1Char('0'));
        out.append(QDir(dir).filePath(text::printable(shown)));
    }
    ::closedir(d);
    return out;
}

} // namespace

QStringList ImportJob::collectFiles(const QStringList &paths, const QString &exclude, QStringList *unreadableNames)
{
    const QString excluded = exclude.isEmpty() ? QString() : QFileInfo(exclude).absoluteFilePath();
    QStringList out;
    for (const QString &p : paths) {
        const QFileInfo fi(p);
        if (fi.isDir()) {
            if (unreadableNames) {
                unreadableNames->append(undecodableNames(p));
                QDirIterator dirs(p, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
                while (dirs.hasNext())
                    unreadableNames->append(undecodableNames(dirs.next()));
            }
            QStringList files;
            QDirIterator it(p, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString f = it.next();
                const QString base = QFileInfo(f).fileName();
                // Hidden files and CaseLens's own project files are never case documents.
                if (base.startsWith(QLatin1Char('.')) || base.endsWith(QLatin1String(".caselens"))
                    || base.endsWith(QLatin1String(".caselens-wal")) || base.endsWith(QLatin1String(".caselens-shm"))
                    || base.endsWith(QLatin1String(".caselens-journal")))
                    continue;
                if (QFileInfo(f).absoluteFilePath() != excluded)
                    files.append(f);
            }
            std::sort(files.begin(), files.end());
            out.append(files);
        } else {
            out.append(p);
        }
    }
    return out;
}

namespace {

// What one file became before it touches the database: documents cleaned, segmented and
// hashed, or the reasons it (or rows of a corpus) could not be read.
struct PreparedFile {
    QString path;
    QList<ImportEntry> failures;
    QList<std::pair<ImportEntry, store::NewDocument>> documents;
};

// Prepares files on a worker thread a few files ahead of the thread that writes them,
// in the files' order: reading, decoding, cleaning and segmenting use the second core
// while SQLite writes on the first.
class FilePreparer {
public:
    FilePreparer(QStringList files, std::function<PreparedFile(const QString &)> prepare)
        : m_files(std::move(files)), m_prepare(std::move(prepare)), m_thread([this] { work(); })
    {
    }
    ~FilePreparer()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    // The next file in order; empty when every file has been handed out.
    std::optional<PreparedFile> next()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_done; });
        if (m_ready.empty())
            return std::nullopt;
        PreparedFile f = std::move(m_ready.front());
        m_ready.pop_front();
        m_changed.notify_all();
        return f;
    }

private:
    static constexpr size_t kAhead = 8;
    void work()
    {
        for (const QString &path : m_files) {
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return m_ready.size() < kAhead || m_stop; });
                if (m_stop)
                    break;
            }
            PreparedFile f = m_prepare(path);
            std::lock_guard lock(m_mutex);
            m_ready.push_back(std::move(f));
            m_changed.notify_all();
        }
        std::lock_guard lock(m_mutex);
        m_done = true;
        m_changed.notify_all();
    }

    QStringList m_files;
    std::function<PreparedFile(const QString &)> m_prepare;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<PreparedFile> m_ready;
    bool m_stop = false;
    bool m_done = false;
    std::thread m_thread; // last: starts once everything above exists
};

} // namespace

Result<ImportReport> ImportJob::run(const QStringList &paths, ProgressSink &progress)
{
    std::optional<Sidecar> sidecar;
    if (!m_options.metadataCsv.isEmpty()) {
        auto s = loadSidecar(m_options.metadataCsv);
        if (!s)
            return s.error();
        sidecar = s.take();
    }
    auto scheme = store::activeRegionScheme(m_project);
    if (!scheme)
        return scheme.error();
    DocumentBuilder builder(scheme.take()); // used on the preparing thread only
    store::DocumentStore docs(m_project);

    QStringList unreadableNames;
    const QStringList files = collectFiles(paths, m_options.metadataCsv, &unreadableNames);
    ImportReport report;
    for (const QString &name : unreadableNames)
        report.entries.append({name, ImportOutcome::Failed, 0,
                               Tr::tr("the name is not valid UTF-8, so it cannot be opened by name; rename it (for example with convmv) "
                                  "and import again"),
                               {}});
    // FTS5 would merge its index segments at every commit; merging once at the end is
    // several times faster and gives the same index.
    store::FtsMergeDeferral deferMerges(m_project);
    progress.start(Tr::tr("Importing"), files.size());

    // One extracted document, made ready to store: metadata from the sidecar, cleaned,
    // segmented and hashed. Runs on the preparing thread.
    auto build = [&](ExtractedDocument ex, const QString &fileName, PreparedFile &out) {
        ImportEntry entry;
        entry.source = ex.sourceName;
        if (sidecar) {
            const QStringList row = sidecar->rows.value(QFileInfo(fileName).fileName(),
                                                         sidecar->rows.value(QFileInfo(fileName).completeBaseName()));
            for (int c = 0; c < row.size(); ++c) {
                if (c == sidecar->fileColumn)
                    continue;
                const QString problem = applyMetadataValue(ex.meta, sidecar->header.value(c), row.at(c));
                if (!problem.isEmpty())
                    entry.notes.append(Tr::tr("metadata file: %1").arg(problem));
            }
        }
        store::NewDocument doc = builder.build(std::move(ex));
        entry.notes.append(doc.importNotes.isEmpty() ? QStringList{} : doc.importNotes.split(QStringLiteral("; ")));
        if (doc.segmentation.passages.isEmpty()) {
            entry.outcome = ImportOutcome::Failed;
            entry.message = Tr::tr("no text is left after cleaning");
            out.failures.append(entry);
            return;
        }
        doc.contentHash = store::contentHash(doc.segmentation.text);
        out.documents.append({entry, std::move(doc)});
    };

    auto prepare = [&](const QString &path) {
        PreparedFile out;
        out.path = path;
        auto fail = [&](const QString &why) { out.failures.append({path, ImportOutcome::Failed, 0, why, {}}); };
        const QFileInfo fi(path);
        if (!fi.exists()) {
            fail(Tr::tr("there is no such file or folder"));
            return out;
        }
        if (fi.size() > m_options.limits.maxFileBytes) {
            fail(Tr::tr("the file is %1 MB, over the limit of %2 MB for one document")
                     .arg(double(fi.size()) / (1024 * 1024), 0, 'f', 1)
                     .arg(m_options.limits.maxFileBytes / (1024 * 1024)));
            return out;
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            fail(Tr::tr("the file cannot be read: %1").arg(f.errorString()));
            return out;
        }
        const QByteArray bytes = f.readAll();
        f.close();

        Kind kind = kindOf(path);
        if (kind == Kind::Unknown) {
            if (bytes.startsWith("%PDF"))
                kind = Kind::Pdf;
            else if (bytes.startsWith("PK\x03\x04"))
                kind = Kind::Docx;
            else
                kind = Kind::Text;
        }
        if (kind == Kind::Corpus) {
            auto corpus = CorpusImporter(m_options.mapping).extract(bytes, path, m_options.limits);
            if (!corpus) {
                fail(corpus.error().message);
                return out;
            }
            for (const auto &rej : corpus->rejected)
                out.failures.append({rej.sourceName, ImportOutcome::Failed, 0, rej.message, {}});
            for (auto &doc : corpus->documents)
                build(std::move(doc), path, out);
            return out;
        }
        Result<ExtractedDocument> ex = kind == Kind::Docx ? DocxImporter().extract(bytes, path, m_options.limits)
                                     : kind == Kind::Pdf  ? PdfImporter().extract(bytes, path, m_options.limits)
                                                          : TextImporter().extract(bytes, path, m_options.limits);
        if (!ex)
            fail(ex.error().message);
        else
            build(ex.take(), path, out);
        return out;
    };

    // Documents are committed in small batches. Each document stays whole (its own
    // savepoint); a batch closes after kBatchDocuments documents or kBatchMs of work, so
    // a killed import loses at most the open batch (a rerun skips what is in), and
    // another connection — the window coding while a worker imports — waits at most that
    // long for the lock. One commit per document spent a fifth of the import on commits.
    constexpr int kBatchDocuments = 32;
    constexpr qint64 kBatchMs = 150;
    std::optional<store::Transaction> batch;
    QElapsedTimer batchClock;
    QList<qsizetype> inBatch; // report entries of the open batch
    auto closeBatch = [&]() -> Status {
        if (!batch)
            return {};
        Status s = batch->commit();
        batch.reset();
        if (!s)
            for (qsizetype i : inBatch) {
                report.entries[i].outcome = ImportOutcome::Failed;
                report.entries[i].message = Tr::tr("not saved: %1").arg(s.error().message);
            }
        inBatch.clear();
        return s;
    };
    auto stopped = [&](ErrorKind kind) {
        const int kept = report.count(ImportOutcome::Imported);
        return kind == ErrorKind::DiskFull
                   ? makeError(Tr::tr("The disk is full; the import stopped after %1 documents. Everything imported so far "
                                  "is kept; free some space and run the import again to finish.").arg(kept),
                               ErrorKind::DiskFull)
                   : makeError(Tr::tr("The project stayed locked by another program; the import stopped after %1 documents.").arg(kept),
                               ErrorKind::Busy);
    };

    // Stores one prepared document; an error when the import must stop.
    auto store = [&](ImportEntry entry, store::NewDocument doc) -> Status {
        if (auto existing = docs.findByHash(doc.contentHash)) {
            entry.outcome = ImportOutcome::Duplicate;
            entry.documentId = *existing;
            entry.message = Tr::tr("already in the project as document %1").arg(*existing);
            report.entries.append(entry);
            return {};
        }
        if (!batch) {
            batch.emplace(m_project);
            if (!batch->started()) {
                batch.reset();
                return stopped(ErrorKind::Busy);
            }
            batchClock.start();
        }
        auto id = docs.insert(std::move(doc));
        if (!id) {
            if (id.error().kind == ErrorKind::DiskFull || id.error().kind == ErrorKind::Busy) {
                (void)closeBatch(); // keep what the batch holds so far
                return stopped(id.error().kind);
            }
            entry.outcome = ImportOutcome::Failed;
            entry.message = id.error().message;
            report.entries.append(entry);
            return {};
        }
        entry.outcome = ImportOutcome::Imported;
        entry.documentId = *id;
        report.entries.append(entry);
        inBatch.append(report.entries.size() - 1);
        if (inBatch.size() >= kBatchDocuments || batchClock.elapsed() >= kBatchMs) {
            if (Status s = closeBatch(); !s)
                return stopped(s.error().kind == ErrorKind::DiskFull ? ErrorKind::DiskFull : ErrorKind::Busy);
        }
        return {};
    };

    {
        FilePreparer preparer(files, prepare);
        qint64 done = 0;
        while (auto file = preparer.next()) {
            if (!progress.step(done++, QFileInfo(file->path).fileName())) {
                report.cancelled = true;
                break;
            }
            report.entries.append(file->failures);
            for (auto &[entry, doc] : file->documents)
                if (Status s = store(std::move(entry), std::move(doc)); !s)
                    return s.error(); // the preparer stops as it goes out of scope
        }
    }
    if (Status s = closeBatch(); !s)
        return stopped(s.error().kind == ErrorKind::DiskFull ? ErrorKind::DiskFull : ErrorKind::Busy);
    progress.finish();
    return report;
}

} // namespace caselens::import
