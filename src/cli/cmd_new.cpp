#include "command.h"
#include "store/newproject.h"


namespace caselens::cli {

int runNew(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Project name (default: the file name)."), QStringLiteral("NAME"));
    p.addOption(name);
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file to create, e.g. cases.caselens."));
    if (int rc = parseOrExit(p, args, "new", QStringLiteral("Creates an empty project file."), QStringLiteral("PROJECT [--name NAME]")); rc >= 0)
        return rc;
    if (p.positionalArguments().size() != 1)
        return fail(QStringLiteral("caselens-cli new: give one project file to create."), Usage);
    auto project = store::createProject(p.positionalArguments().first(), p.value(name));
    if (!project)
        return fail(project.error().message);
    out() << "Created " << (*project)->path() << " (project format " << (*project)->schemaVersion() << ")" << Qt::endl;
    return Ok;
}

} // namespace caselens::cli
