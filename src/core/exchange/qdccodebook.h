#pragma once
// REFI-QDA codebook exchange (.qdc, namespace urn:QDA-XML:codebook:1.0, and the CodeBook
// of a project file): nested Code elements with GUIDs, names, colours and descriptions,
// as NVivo, ATLAS.ti, MAXQDA and QualCoder read them. Only what people read goes into a
// description; CaseLens's keys, English names, shortcuts and cue terms travel in a
// .qdpx's extension entry (exchange/extension.h), or in the JSON codebook.

#include "codebook/codebook.h"
#include "support/result.h"

#include <QHash>
#include <QMap>

class QXmlStreamWriter;

namespace caselens::exchange {

// What people read of a code: its description, and the English one when it says
// something else (after a blank line).
QString qdcDescription(const codebook::Code &code);
// `guids` maps code keys to GUIDs (the project's); `notesOfKey` the notes on each code.
QByteArray codebookToQdc(const codebook::Codebook &book, const QHash<QString, QString> &guids);
void writeCodesElement(QXmlStreamWriter &w, const codebook::Codebook &book, const QHash<QString, QString> &guids,
                       const QHash<QString, QStringList> &notesOfKey = {});

struct QdcRead {
    codebook::Codebook book;
    QHash<QString, QString> keyOfGuid; // normal GUID → the key the code was given
    QMap<QString, int> skipped;        // what the file holds that a codebook does not keep
};
// Reads a .qdc (or the CodeBook of a project file); bounded in size and depth. Codes
// without CaseLens keys get keys made from their names.
Result<QdcRead> readQdc(const QByteArray &xml);
// The codebook alone, for callers that want nothing else.
Result<codebook::Codebook> codebookFromQdc(const QByteArray &xml);
// Gives codes whose GUID the project already knows the project's key for them, so a
// codebook sent out and back updates its codes instead of adding them again.
void keepKnownKeys(QdcRead &read, const QHash<QString, QString> &projectGuidOfKey);

} // namespace caselens::exchange
