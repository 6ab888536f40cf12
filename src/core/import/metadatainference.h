#pragma once
// Fills case metadata the source did not give, weighing evidence rather than taking the
// first match: year from labelled fields and date lines before the years the report
// speaks of (never the end of a plan's range, never earlier than a document it cites);
// province from the unit, title and bylines before places in the body, skipping
// universities and aid relationships; a title by rule. Every inferred field is marked
// and keeps the evidence it came from.

#include "metadata/casemeta.h"
#include "metadata/regionscheme.h"

#include <QStringList>

namespace caselens::import {

struct InferenceInput {
    QString fileName;
    QStringList leadingLines; // the first lines of the normalised text (up to 40), evidence in that order
};

void inferMetadata(metadata::CaseMeta &meta, const InferenceInput &input, const metadata::RegionScheme &scheme);

// The submitting unit when a leading line names it (申报单位：…, or a line ending in
// 学校/中学/教育局/…); empty otherwise.
QString findSubmittingUnit(const QStringList &leadingLines);

} // namespace caselens::import
