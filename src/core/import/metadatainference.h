#pragma once
// Fills case metadata the source did not give: year from the text or file name,
// province from place names in the title and submitting unit, region from the active
// region scheme, case type from the title's wording. Every inferred field is marked.

#include "metadata/casemeta.h"
#include "metadata/regionscheme.h"

#include <QStringList>

namespace caselens::import {

struct InferenceInput {
    QString fileName;
    QStringList leadingLines; // the first lines of the normalised text
};

void inferMetadata(metadata::CaseMeta &meta, const InferenceInput &input, const metadata::RegionScheme &scheme);

// The submitting unit when a leading line names it (申报单位：…, or a line ending in
// 学校/中学/教育局/…); empty otherwise.
QString findSubmittingUnit(const QStringList &leadingLines);

} // namespace caselens::import
