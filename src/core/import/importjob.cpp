#include "import/importjob.h"

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
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace caselens::import {

namespace {

QString tr(const char *s) { return QCoreApplication::translate("caselens::import::ImportJob", s); }

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
        return makeError(tr("The metadata file %1 cannot be read: %2.").arg(path, f.errorString()), ErrorKind::Io);
    auto table = parseCsv(QString::fromUtf8(f.readAll()));
    if (!table)
        return makeError(tr("The metadata file %1 is not valid CSV: %2").arg(path, table.error().message), ErrorKind::InvalidInput);
    Sidecar s;
    s.header = table->header;
    for (const char *name : {"file", "filename", "file_name", "文件", "文件名"}) {
        s.fileColumn = table->column(QString::fromUtf8(name));
        if (s.fileColumn >= 0)
            break;
    }
    if (s.fileColumn < 0)
        return makeError(tr("The metadata file %1 needs a column \"file\" naming each document's file.").arg(path),
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

QStringList ImportJob::collectFiles(const QStringList &paths, const QString &exclude)
{
    const QString excluded = exclude.isEmpty() ? QString() : QFileInfo(exclude).absoluteFilePath();
    QStringList out;
    for (const QString &p : paths) {
        const QFileInfo fi(p);
        if (fi.isDir()) {
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
    DocumentBuilder builder(scheme.take());
    store::DocumentStore docs(m_project);

    const QStringList files = collectFiles(paths, m_options.metadataCsv);
    ImportReport report;
    // Each document commits on its own, and FTS5 would merge its index segments at every
    // commit; merging once at the end is several times faster and gives the same index.
    store::FtsMergeDeferral deferMerges(m_project);
    progress.start(tr("Importing"), files.size());

    // Stores one extracted document; returns false when the import must stop.
    auto store = [&](ExtractedDocument ex, const QString &fileName) -> Result<bool> {
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
                    entry.notes.append(tr("metadata file: %1").arg(problem));
            }
        }
        store::NewDocument doc = builder.build(std::move(ex));
        entry.notes.append(doc.importNotes.isEmpty() ? QStringList{} : doc.importNotes.split(QStringLiteral("; ")));
        if (doc.segmentation.passages.isEmpty()) {
            entry.outcome = ImportOutcome::Failed;
            entry.message = tr("no text is left after cleaning");
            report.entries.append(entry);
            return true;
        }
        doc.contentHash = store::contentHash(doc.segmentation.text);
        if (auto existing = docs.findByHash(doc.contentHash)) {
            entry.outcome = ImportOutcome::Duplicate;
            entry.documentId = *existing;
            entry.message = tr("already in the project as document %1").arg(*existing);
            report.entries.append(entry);
            return true;
        }
        auto id = docs.insert(std::move(doc));
        if (!id) {
            if (id.error().kind == ErrorKind::DiskFull)
                return makeError(tr("The disk is full; the import stopped after %1 documents. Everything imported so far "
                                    "is kept; free some space and run the import again to finish.")
                                     .arg(report.count(ImportOutcome::Imported)),
                                 ErrorKind::DiskFull);
            if (id.error().kind == ErrorKind::Busy)
                return makeError(tr("The project stayed locked by another program; the import stopped after %1 documents.")
                                     .arg(report.count(ImportOutcome::Imported)),
                                 ErrorKind::Busy);
            entry.outcome = ImportOutcome::Failed;
            entry.message = id.error().message;
            report.entries.append(entry);
            return true;
        }
        entry.outcome = ImportOutcome::Imported;
        entry.documentId = *id;
        report.entries.append(entry);
        return true;
    };

    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        const QString name = QFileInfo(path).fileName();
        if (!progress.step(i, name)) {
            report.cancelled = true;
            break;
        }
        auto fail = [&](const QString &why) { report.entries.append({path, ImportOutcome::Failed, 0, why, {}}); };
        const QFileInfo fi(path);
        if (!fi.exists()) {
            fail(tr("there is no such file or folder"));
            continue;
        }
        if (fi.size() > m_options.limits.maxFileBytes) {
            fail(tr("the file is %1 MB, over the limit of %2 MB for one document")
                     .arg(double(fi.size()) / (1024 * 1024), 0, 'f', 1)
                     .arg(m_options.limits.maxFileBytes / (1024 * 1024)));
            continue;
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            fail(tr("the file cannot be read: %1").arg(f.errorString()));
            continue;
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
                continue;
            }
            for (const auto &rej : corpus->rejected)
                report.entries.append({rej.sourceName, ImportOutcome::Failed, 0, rej.message, {}});
            for (auto &doc : corpus->documents) {
                auto ok = store(std::move(doc), path);
                if (!ok)
                    return ok.error();
            }
            continue;
        }
        Result<ExtractedDocument> ex = kind == Kind::Docx ? DocxImporter().extract(bytes, path, m_options.limits)
                                     : kind == Kind::Pdf  ? PdfImporter().extract(bytes, path, m_options.limits)
                                                          : TextImporter().extract(bytes, path, m_options.limits);
        if (!ex) {
            fail(ex.error().message);
            continue;
        }
        auto ok = store(ex.take(), path);
        if (!ok)
            return ok.error();
    }
    progress.finish();
    return report;
}

} // namespace caselens::import
