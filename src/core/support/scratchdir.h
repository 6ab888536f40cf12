#pragma once
// ScratchDir: a private folder (mode 0700) for temporary files that hold case text, such
// as the learned coder's training file. Removed when the object goes; folders left by a
// process that was killed are removed the next time any ScratchDir is made.

#include <QString>

namespace caselens {

class ScratchDir {
public:
    ScratchDir();
    ~ScratchDir();
    ScratchDir(const ScratchDir &) = delete;
    ScratchDir &operator=(const ScratchDir &) = delete;

    bool isValid() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    QString filePath(const QString &name) const;

    // Where every scratch folder of this user lives (under the user's cache folder).
    static QString root();
    // Removes the folders of processes that no longer run; returns how many.
    static int removeStale();

private:
    QString m_path;
};

} // namespace caselens
