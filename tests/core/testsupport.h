#pragma once
// Helpers the core tests share: temporary folders, writing files, building a .docx.

#include "store/project.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QTemporaryDir>
#include <ostream>

// Lets Catch print QStrings in failure messages.
inline std::ostream &operator<<(std::ostream &os, const QString &s) { return os << s.toStdString(); }

namespace testsupport {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);
// A zip archive holding `entries` (name → content), built with libzip.
QByteArray makeZip(const QMap<QString, QByteArray> &entries);
// One entry of a zip archive held in memory (an error when it is missing).
caselens::Result<QByteArray> zipEntry(const QByteArray &zip, const QString &name);
// A minimal .docx: paragraphs given as WordprocessingML <w:p> elements.
QByteArray makeDocx(const QByteArray &bodyXml, const QByteArray &numberingXml = {}, const QByteArray &stylesXml = {});
// A realistic short case report (title, unit, year, sections) as plain text.
QString sampleCaseText();
// The synthetic demo with `cases` cases and `seed`, built in `dir` and opened.
caselens::Result<std::unique_ptr<caselens::store::Project>> openDemo(const QTemporaryDir &dir, int cases, int seed);

} // namespace testsupport
