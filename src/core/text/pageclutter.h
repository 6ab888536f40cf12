#pragma once
// Page clutter: lines that web pages and e-papers carry around a case report —
// navigation, share and download prompts, image file names, reading-time counters, bare
// numbers and dates. They stay in the document's text but become no passage, so they are
// never coded, counted or offered as a title.

#include <QString>

namespace caselens::text {

bool isPageClutter(const QString &line);

} // namespace caselens::text
