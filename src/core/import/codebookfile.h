#pragma once
// Reads a codebook file a user names: CaseLens JSON, or a REFI-QDA codebook (.qdc) by
// its suffix. Errors name the file.

#include "codebook/codebook.h"
#include "support/result.h"

namespace caselens::import {

Result<codebook::Codebook> readCodebookFile(const QString &path);

} // namespace caselens::import
