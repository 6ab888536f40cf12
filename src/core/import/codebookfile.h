#pragma once
// Reads a codebook file a user names: CaseLens JSON, or a REFI-QDA codebook (.qdc) by
// its suffix. Errors name the file.

#include "codebook/codebook.h"
#include "support/result.h"

#include <QHash>
#include <QStringList>

namespace caselens::import {

// A .qdc's codes whose GUID the project knows (`projectGuidOfKey`) keep the project's
// keys; `guidOfKey` receives the GUID of every code the file names one for, `notes` a
// sentence for each kind of element the file holds that a codebook does not keep.
Result<codebook::Codebook> readCodebookFile(const QString &path, const QHash<QString, QString> &projectGuidOfKey = {},
                                            QHash<QString, QString> *guidOfKey = nullptr, QStringList *notes = nullptr);

} // namespace caselens::import
