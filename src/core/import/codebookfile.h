#pragma once
// Reads a codebook file a user names: CaseLens JSON, or a REFI-QDA codebook (.qdc) by
// its suffix. Errors name the file.

#include "codebook/codebook.h"
#include "support/result.h"

#include <QHash>

namespace caselens::import {

// A .qdc's codes whose GUID the project knows (`projectGuidOfKey`) keep the project's
// keys; `guidOfKey` receives the GUID of every code the file names one for.
Result<codebook::Codebook> readCodebookFile(const QString &path, const QHash<QString, QString> &projectGuidOfKey = {},
                                            QHash<QString, QString> *guidOfKey = nullptr);

} // namespace caselens::import
