#include "store/newproject.h"

#include "store/codestore.h"

#include <QCoreApplication>
#include <QFile>

namespace caselens::store {

Result<std::unique_ptr<Project>> createProject(const QString &path, const QString &name, const std::optional<codebook::Codebook> &seed)
{
    auto created = Project::create(path, name);
    if (!created || !seed)
        return created;
    std::unique_ptr<Project> p = created.take();
    if (Status s = CodeStore(*p).importCodebook(*seed); !s) {
        p.reset(); // closed before its files go
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        return makeError(QCoreApplication::translate("caselens::store::Project", "Cannot create the project %1: %2").arg(path, s.error().message),
                         s.error().kind);
    }
    return p;
}

} // namespace caselens::store
