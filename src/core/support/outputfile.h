#pragma once
// Where CaseLens writes a file a user asked for (tables, exports, codebooks, copies):
// never over a project or the file being read, never over another existing file unless
// forced, and always through a temporary file in the target's folder renamed into place,
// so a failure or a kill leaves the old file or the new one, never half of either.

#include "support/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace caselens {

// The SQLite application id every CaseLens project carries ('CSLN').
inline constexpr int kProjectApplicationId = 0x43534C4E;

// True when the file starts with a SQLite header whose application id is CaseLens's.
// Reads 72 bytes with a descriptor of its own: never call it on a database this process
// holds open (closing that descriptor would drop the process's SQLite locks on it).
bool isProjectFile(const QString &path);

struct OutputTarget {
    QString path;
    bool force = false;           // replace an existing file that is not a project
    bool replaceProjects = false; // also replace another project (an old copy); never the protected ones
    QStringList protectedPaths; // the project(s) and input(s) of the operation
};

// One sentence when the target must not be written: it is one of the protected paths
// (same file by inode, whatever the spelling), a project, a folder, or an existing file
// without force. Protected paths are compared by stat() only and never opened.
Status checkOutputTarget(const OutputTarget &target);

// A temporary name beside the target, recognisable by removeStaleParts(): TARGET.caselens-part-PID.
// Parts that killed writers left beside the same target are removed first.
QString partPathFor(const QString &target);
// Moves a finished part file over the target in one rename (atomic on POSIX).
Status commitPart(const QString &part, const QString &target);
// Writes bytes to a part file and renames it over the target.
Status writeOutputFile(const QString &target, const QByteArray &bytes);
// Removes part files beside the target left by processes that no longer run (a killed export).
int removeStaleParts(const QString &target);

} // namespace caselens
