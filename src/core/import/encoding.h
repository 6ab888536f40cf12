#pragma once
// Detects the encoding of a text file (BOM, strict UTF-8, then ICU's charset detector
// limited to the encodings Chinese documents come in) and decodes it.

#include "support/result.h"

#include <QByteArray>
#include <QString>

namespace caselens::import {

struct DecodedText {
    QString text;
    QString encoding; // UTF-8, UTF-16LE, UTF-16BE, GB18030, Big5
};

// Fails with one sentence for empty files, binary files, broken UTF-8 and text in
// no encoding we can read without loss.
Result<DecodedText> decodeText(const QByteArray &bytes);

// True for a byte string that is valid UTF-8; `firstBad` gets the offset of the first
// invalid byte otherwise.
bool isValidUtf8(const QByteArray &bytes, qsizetype *firstBad = nullptr);

} // namespace caselens::import
