#include "command.h"

#include "exchange/qdccodebook.h"
#include "import/codebookfile.h"
#include "store/codestore.h"

#include <QFileInfo>

namespace caselens::cli {

int runCodebook(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption list(QStringLiteral("list"), QStringLiteral("List the codes (the default)."));
    QCommandLineOption exportTo(QStringLiteral("export"), QStringLiteral("Write the codebook to FILE.json or FILE.qdc (REFI-QDA)."), QStringLiteral("FILE"));
    QCommandLineOption importFrom(QStringLiteral("import"), QStringLiteral("Add or update codes from FILE.json or FILE.qdc."), QStringLiteral("FILE"));
    QCommandLineOption add(QStringLiteral("add"), QStringLiteral("Add a code with this key (with --name, --parent, --color)."), QStringLiteral("KEY"));
    QCommandLineOption edit(QStringLiteral("edit"), QStringLiteral("Change the code with this key (with --name, --name-en, --parent, --color, --shortcut)."), QStringLiteral("KEY"));
    QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Chinese name."), QStringLiteral("NAME"));
    QCommandLineOption nameEn(QStringLiteral("name-en"), QStringLiteral("English name."), QStringLiteral("NAME"));
    QCommandLineOption parent(QStringLiteral("parent"), QStringLiteral("Put the code under this one (\"\" for the top)."), QStringLiteral("KEY"));
    QCommandLineOption color(QStringLiteral("color"), QStringLiteral("Colour as #RRGGBB."), QStringLiteral("COLOR"));
    QCommandLineOption shortcut(QStringLiteral("shortcut"), QStringLiteral("Keyboard shortcut, 0-9."), QStringLiteral("KEY"));
    QCommandLineOption merge(QStringLiteral("merge"), QStringLiteral("Merge this code into --into (its codings move)."), QStringLiteral("KEY"));
    QCommandLineOption into(QStringLiteral("into"), QStringLiteral("The code that remains after --merge."), QStringLiteral("KEY"));
    QCommandLineOption remove(QStringLiteral("delete"), QStringLiteral("Delete a code; with codings, say --codings delete or --codings move-to=KEY."), QStringLiteral("KEY"));
    QCommandLineOption codings(QStringLiteral("codings"), QStringLiteral("What happens to a deleted code's codings: delete or move-to=KEY."), QStringLiteral("FATE"));
    QCommandLineOption actor(QStringLiteral("by"), QStringLiteral("Who makes the change (for the audit log; default: $USER)."), QStringLiteral("NAME"));
    QCommandLineOption force = forceOption();
    for (const auto *o : {&force, &list, &exportTo, &importFrom, &add, &edit, &name, &nameEn, &parent, &color, &shortcut, &merge, &into, &remove, &codings, &actor})
        p.addOption(*o);
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project."));
    if (int rc = parseOrExit(p, args, "codebook",
                             QStringLiteral("Shows and edits the codebook: add, rename, recolour, nest, merge and delete codes; import "
                                            "and export it as JSON or as a REFI-QDA codebook (.qdc). Every change goes to the audit log."),
                             QStringLiteral("PROJECT [--list | --export FILE [--force] | --import FILE | --add KEY … | --edit KEY … | --merge A --into B | --delete KEY [--codings …]]"));
        rc >= 0)
        return rc;
    if (p.positionalArguments().size() != 1)
        return fail(QStringLiteral("caselens-cli codebook: give one project."), Usage);
    auto project = openProject(p.positionalArguments().first());
    if (!project)
        return Failed;
    store::CodeStore codes(*project);
    const QString who = p.isSet(actor) ? p.value(actor) : (qEnvironmentVariable("USER").isEmpty() ? QStringLiteral("user") : qEnvironmentVariable("USER"));
    auto isQdc = [](const QString &f) { return QFileInfo(f).suffix().compare(QLatin1String("qdc"), Qt::CaseInsensitive) == 0; };

    if (p.isSet(exportTo)) {
        const QString path = p.value(exportTo);
        if (Status s = checkOutputTarget(outputTarget(path, *project, p.isSet(force))); !s)
            return fail(s.error().message);
        const QByteArray bytes = isQdc(path) ? exchange::codebookToQdc(codes.codebook(), codes.guidsByKey()) : codebook::codebookToJson(codes.codebook());
        if (Status s = writeOutputFile(path, bytes); !s)
            return fail(s.error().message);
        out() << "Wrote " << path << Qt::endl;
        return Ok;
    }
    if (p.isSet(importFrom)) {
        QHash<QString, QString> guids;
        QStringList notes;
        auto book = import::readCodebookFile(p.value(importFrom), codes.guidsByKey(), &guids, &notes);
        if (!book)
            return fail(book.error().message);
        if (Status s = codes.importCodebook(*book, guids); !s)
            return fail(s.error().message);
        out() << "Imported " << book->codes.size() << " codes" << Qt::endl;
        for (const QString &n : notes)
            out() << "  note: " << n << Qt::endl;
        return Ok;
    }
    Status status;
    Result<QString> copied = QString(); // merge and delete: where the copy from before went
    if (p.isSet(add)) {
        codebook::Code c;
        c.key = p.value(add);
        c.nameZh = p.value(name);
        c.nameEn = p.value(nameEn);
        c.parentKey = p.value(parent);
        if (p.isSet(color))
            c.color = p.value(color);
        c.shortcut = p.value(shortcut);
        auto id = codes.addCode(c, who);
        if (!id)
            status = id.error();
    } else if (p.isSet(edit)) {
        const auto book = codes.codebook();
        const auto *existing = book.find(p.value(edit));
        if (!existing)
            return fail(QStringLiteral("There is no code \"%1\".").arg(p.value(edit)));
        codebook::Code c = *existing;
        if (p.isSet(name))
            c.nameZh = p.value(name);
        if (p.isSet(nameEn))
            c.nameEn = p.value(nameEn);
        if (p.isSet(parent))
            c.parentKey = p.value(parent);
        if (p.isSet(color))
            c.color = p.value(color);
        if (p.isSet(shortcut))
            c.shortcut = p.value(shortcut);
        status = codes.updateCode(c.key, c, who);
    } else if (p.isSet(merge)) {
        if (!p.isSet(into))
            return fail(QStringLiteral("caselens-cli codebook: --merge needs --into KEY."), Usage);
        copied = codes.mergeCode(p.value(merge), p.value(into), who);
    } else if (p.isSet(remove)) {
        const QString fate = p.value(codings);
        auto f = store::CodeStore::CodingsFate::Refuse;
        QString target;
        if (fate == QLatin1String("delete"))
            f = store::CodeStore::CodingsFate::Delete;
        else if (fate.startsWith(QLatin1String("move-to="))) {
            f = store::CodeStore::CodingsFate::MoveTo;
            target = fate.mid(8);
        } else if (!fate.isEmpty())
            return fail(QStringLiteral("caselens-cli codebook: --codings takes delete or move-to=KEY."), Usage);
        copied = codes.deleteCode(p.value(remove), f, target, who);
    }
    if (!status)
        return fail(status.error().message);
    if (!copied)
        return fail(copied.error().message);
    if (!copied->isEmpty())
        out() << "A copy of the project from before is at " << *copied << Qt::endl;
    for (const auto &sc : codes.codes()) {
        out() << (sc.code.parentKey.isEmpty() ? QString() : QStringLiteral("  ")) << sc.code.key.leftJustified(28) << " "
              << (sc.code.shortcut.isEmpty() ? QStringLiteral(" ") : sc.code.shortcut) << " " << sc.code.color << " " << sc.code.nameZh << " / "
              << sc.code.nameEn << (sc.code.codable ? QString() : QStringLiteral(" (dimension)")) << "\n";
    }
    out().flush();
    return Ok;
}

} // namespace caselens::cli
