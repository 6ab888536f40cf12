#include "command.h"

#include "import/importjob.h"
#include "metadata/casemeta.h"
#include "text/unicode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <unistd.h>

namespace caselens::cli {

namespace {

class TerminalProgress : public ProgressSink {
public:
    explicit TerminalProgress(bool enabled) : m_enabled(enabled) {}
    void start(const QString &task, qint64 total) override
    {
        m_task = task;
        m_total = total;
    }
    bool step(qint64 done, const QString &label) override
    {
        if (m_enabled && (done % 10 == 0 || done + 1 == m_total))
            err() << "\r" << m_task << " " << done + 1 << "/" << m_total << " " << text::printable(label.left(40)) << "\x1b[K" << Qt::flush;
        return true;
    }
    void finish() override
    {
        if (m_enabled)
            err() << "\r\x1b[K" << Qt::flush;
    }

private:
    bool m_enabled;
    QString m_task;
    qint64 m_total = 0;
};

QString outcomeName(import::ImportOutcome o)
{
    switch (o) {
    case import::ImportOutcome::Imported: return QStringLiteral("imported");
    case import::ImportOutcome::Duplicate: return QStringLiteral("duplicate");
    case import::ImportOutcome::Failed: return QStringLiteral("failed");
    }
    return {};
}

} // namespace

int runImport(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption metadata(QStringLiteral("metadata"), QStringLiteral("CSV of metadata keyed by file name (column \"file\")."), QStringLiteral("FILE.csv"));
    QCommandLineOption textCol(QStringLiteral("text-column"), QStringLiteral("Corpus column holding the case text (default: text)."), QStringLiteral("COL"));
    QCommandLineOption idCol(QStringLiteral("id-column"), QStringLiteral("Corpus column naming each row in the report."), QStringLiteral("COL"));
    QCommandLineOption titleCol(QStringLiteral("title-column"), QStringLiteral("Corpus column for the title."), QStringLiteral("COL"));
    QCommandLineOption unitCol(QStringLiteral("unit-column"), QStringLiteral("Corpus column for the submitting unit."), QStringLiteral("COL"));
    QCommandLineOption yearCol(QStringLiteral("year-column"), QStringLiteral("Corpus column for the year."), QStringLiteral("COL"));
    QCommandLineOption provinceCol(QStringLiteral("province-column"), QStringLiteral("Corpus column for the province."), QStringLiteral("COL"));
    QCommandLineOption typeCol(QStringLiteral("type-column"), QStringLiteral("Corpus column for the case type."), QStringLiteral("COL"));
    QCommandLineOption maxMb(QStringLiteral("max-file-mb"), QStringLiteral("Largest file accepted, in MB (default 20)."), QStringLiteral("MB"));
    QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the import report as JSON."));
    for (const auto *o : {&metadata, &textCol, &idCol, &titleCol, &unitCol, &yearCol, &provinceCol, &typeCol, &maxMb, &json})
        p.addOption(*o);
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project to import into."));
    p.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Files and folders (recursive): .txt .md .docx .pdf .csv .jsonl"));
    if (int rc = parseOrExit(p, args, "import",
                             QStringLiteral("Imports case documents. Bad files are named with the reason and the rest still "
                                            "import; documents already in the project are skipped. Exit 3 when some failed."),
                             QStringLiteral("PROJECT PATH... [options]"));
        rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    if (pos.size() < 2)
        return fail(QStringLiteral("caselens-cli import: give the project and at least one file or folder."), Usage);

    import::ImportOptions options;
    options.metadataCsv = p.value(metadata);
    if (p.isSet(textCol))
        options.mapping.textColumn = p.value(textCol);
    options.mapping.idColumn = p.value(idCol);
    const std::pair<const QCommandLineOption *, const char *> fields[] = {
        {&titleCol, "title"}, {&unitCol, "unit"}, {&yearCol, "year"}, {&provinceCol, "province"}, {&typeCol, "type"}};
    for (const auto &[opt, field] : fields)
        if (p.isSet(*opt))
            options.mapping.fieldColumn.insert(QString::fromLatin1(field), p.value(*opt));
    if (p.isSet(maxMb)) {
        bool ok = false;
        const int mb = p.value(maxMb).toInt(&ok);
        if (!ok || mb <= 0)
            return fail(QStringLiteral("caselens-cli import: --max-file-mb takes a positive whole number."), Usage);
        options.limits.maxFileBytes = qint64(mb) * 1024 * 1024;
    }

    auto project = openProject(pos.first());
    if (!project)
        return Failed;
    TerminalProgress progress(!p.isSet(json) && isatty(2));
    CancelFlagSink sink(installInterruptFlag(), progress);
    auto report = import::ImportJob(*project, options).run(pos.mid(1), sink);
    if (!report)
        return fail(report.error().message);

    const int imported = report->count(import::ImportOutcome::Imported);
    const int dups = report->count(import::ImportOutcome::Duplicate);
    const int failed = report->count(import::ImportOutcome::Failed);
    if (p.isSet(json)) {
        QJsonArray entries;
        for (const auto &e : report->entries) {
            QJsonObject o{{QStringLiteral("source"), e.source}, {QStringLiteral("outcome"), outcomeName(e.outcome)}};
            if (e.documentId)
                o.insert(QStringLiteral("document"), e.documentId);
            if (!e.message.isEmpty())
                o.insert(QStringLiteral("message"), e.message);
            if (!e.notes.isEmpty())
                o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(e.notes));
            entries.append(o);
        }
        QJsonObject root{{QStringLiteral("imported"), imported}, {QStringLiteral("duplicates"), dups},
                         {QStringLiteral("failed"), failed}, {QStringLiteral("cancelled"), report->cancelled},
                         {QStringLiteral("entries"), entries}};
        out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        for (const auto &e : report->entries) {
            if (e.outcome == import::ImportOutcome::Imported)
                out() << "imported  #" << e.documentId << "  " << text::printable(e.source)
                      << (e.notes.isEmpty() ? QString() : QStringLiteral("  (") + e.notes.join(QStringLiteral("; ")) + QLatin1Char(')'))
                      << "\n";
            else if (e.outcome == import::ImportOutcome::Duplicate)
                out() << "skipped   " << text::printable(e.source) << "  " << e.message << "\n";
        }
        out().flush();
        for (const auto &e : report->entries)
            if (e.outcome == import::ImportOutcome::Failed)
                err() << "failed    " << text::printable(e.source) << ": " << e.message << "\n";
        err().flush();
        out() << imported << " imported, " << dups << " already present, " << failed << " failed"
              << (report->cancelled ? QStringLiteral(" (stopped on request; run again to finish)") : QString()) << Qt::endl;
    }
    return failed > 0 || report->cancelled ? Partial : Ok;
}

} // namespace caselens::cli
