#pragma once
// Repairs the punctuation some PDF journal fonts mis-map to Han characters
// (袁 for ，, 遥 for 。, …). It acts only when the text shows the pattern: many of the
// stand-ins and almost none of the real marks; text without the pattern is untouched.

#include <QString>

namespace caselens::text {

struct PunctuationRepairReport {
    bool applied = false;
    int replaced = 0;
};

// True when `text` shows the mis-mapping pattern.
bool looksMisMapped(const QString &text);

// Replaces the stand-ins in `text` unconditionally (outside the words that keep them);
// for a document whose whole text was found to show the pattern.
int replaceStandIns(QString &text);

// Repairs `text` in place if it shows the pattern; reports what it did.
PunctuationRepairReport repairMisMappedPunctuation(QString &text);

} // namespace caselens::text
