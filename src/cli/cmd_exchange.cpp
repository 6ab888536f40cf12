#include "command.h"

#include "exchange/qdccodebook.h"
#include "exchange/qdpxexport.h"
#include "exchange/qdpximport.h"
#include "store/codestore.h"

#include <QFile>

namespace caselens::cli {

int runExport(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption format(QStringLiteral("format"), QStringLiteral("qdpx (a REFI-QDA project) or qdc (the codebook)."), QStringLiteral("FORMAT"), QStringLiteral("qdpx"));
    QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("The file to write."), QStringLiteral("FILE"));
    QCommandLineOption suggestions(QStringLiteral("include-suggestions"), QStringLiteral("Also export AI suggestions not yet reviewed, marked as such."));
    QCommandLineOption anonymise(QStringLiteral("anonymise"), QStringLiteral("Mask phone numbers, ID numbers, e-mail addresses and the names in --names in the exported texts."));
    QCommandLineOption names(QStringLiteral("names"), QStringLiteral("A UTF-8 file with one name per line to mask (with --anonymise)."), QStringLiteral("FILE"));
    p.addOption(anonymise);
    p.addOption(names);
    p.addOption(format);
    p.addOption(output);
    QCommandLineOption force = forceOption();
    p.addOption(force);
    p.addOption(suggestions);
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project."));
    if (int rc = parseOrExit(p, args, "export",
                             QStringLiteral("Exports the project for other QDA tools (NVivo, ATLAS.ti, MAXQDA, QualCoder) as REFI-QDA: "
                                            "a .qdpx project or a .qdc codebook. Accepted codings only, unless --include-suggestions."),
                             QStringLiteral("PROJECT --format qdpx|qdc -o FILE [--force] [--include-suggestions] [--anonymise [--names FILE]]"));
        rc >= 0)
        return rc;
    if (p.positionalArguments().size() != 1 || !p.isSet(output))
        return fail(QStringLiteral("caselens-cli export: give the project and -o FILE."), Usage);
    auto project = openProject(p.positionalArguments().first());
    if (!project)
        return Failed;
    if (Status s = checkOutputTarget(outputTarget(p.value(output), *project, p.isSet(force))); !s)
        return fail(s.error().message);
    if (p.value(format) == QLatin1String("qdc")) {
        store::CodeStore codes(*project);
        if (Status s = writeOutputFile(p.value(output), exchange::codebookToQdc(codes.codebook(), codes.guidsByKey())); !s)
            return fail(s.error().message);
        out() << "Wrote " << p.value(output) << Qt::endl;
        return Ok;
    }
    if (p.value(format) != QLatin1String("qdpx"))
        return fail(QStringLiteral("caselens-cli export: --format takes qdpx or qdc (tables: caselens-cli stats)."), Usage);
    exchange::QdpxOptions options;
    options.includeSuggestions = p.isSet(suggestions);
    options.anonymise = p.isSet(anonymise) || p.isSet(names);
    if (p.isSet(names)) {
        auto read = readNamesFile(p.value(names));
        if (!read)
            return fail(read.error().message);
        options.names = read.take();
    }
    auto r = exchange::exportQdpx(*project, p.value(output), options);
    if (!r)
        return fail(r.error().message);
    out() << "Wrote " << p.value(output) << ": " << r->sources << " sources, " << r->codes << " codes, " << r->codings << " codings";
    if (r->suggestions)
        out() << " (" << r->suggestions << " of them unreviewed suggestions, marked)";
    out() << Qt::endl;
    if (options.anonymise) {
        out() << "Masked:";
        for (const QString &kind : {QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("id_number"), QStringLiteral("email")})
            out() << " " << r->masked.value(kind) << " " << kind;
        out() << Qt::endl;
    }
    for (const QString &n : r->notices)
        out() << "  note: " << n << "\n";
    out().flush();
    return Ok;
}

int runImportQdpx(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("The new project to create."), QStringLiteral("PROJECT"));
    p.addOption(output);
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A .qdpx written by CaseLens or another REFI-QDA tool."));
    if (int rc = parseOrExit(p, args, "import-qdpx",
                             QStringLiteral("Creates a project from a REFI-QDA project file: codebook, text sources, codings with their "
                                            "coders, variables as attributes, notes as memos on what they are about, sets of "
                                            "sources as samples, keeping every GUID. Reports what it could not represent."),
                             QStringLiteral("FILE.qdpx -o PROJECT.caselens"));
        rc >= 0)
        return rc;
    if (p.positionalArguments().size() != 1 || !p.isSet(output))
        return fail(QStringLiteral("caselens-cli import-qdpx: give the .qdpx file and -o PROJECT."), Usage);
    auto r = exchange::importQdpx(p.positionalArguments().first(), p.value(output));
    if (!r)
        return fail(r.error().message);
    out() << "Created " << p.value(output) << ": " << r->sources << " sources, " << r->codes << " codes, " << r->codings << " codings, "
          << r->memos << " memos, " << r->samples << " samples" << Qt::endl;
    for (const QString &n : r->notes)
        out() << "  note: " << n << "\n";
    out().flush();
    return Ok;
}

} // namespace caselens::cli
