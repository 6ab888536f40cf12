#pragma once
// REFI-QDA codebook exchange (.qdc, namespace urn:QDA-XML:codebook:1.0): the codebook
// as NVivo, ATLAS.ti, MAXQDA and QualCoder read it — nested Code elements with GUIDs,
// names, colours and descriptions. CaseLens's own keys and English names ride along in
// the description so a round trip keeps them.

#include "codebook/codebook.h"
#include "support/result.h"

#include <QHash>

class QXmlStreamWriter;

namespace caselens::exporting {

// `guids` maps code keys to stable GUIDs (the project's); missing ones are made up.
QByteArray codebookToQdc(const codebook::Codebook &book, const QHash<QString, QString> &guids);
// Reads a .qdc (or the CodeBook element of a project file); bounded in size and depth.
// `keyOfGuid`, when given, receives each code's GUID → the key it was given.
Result<codebook::Codebook> codebookFromQdc(const QByteArray &xml, QHash<QString, QString> *keyOfGuid = nullptr);
// Writes the <Codes> element (for .qdc and for a project's <CodeBook>).


void writeCodesElement(QXmlStreamWriter &w, const codebook::Codebook &book, const QHash<QString, QString> &guids);

} // namespace caselens::exporting
