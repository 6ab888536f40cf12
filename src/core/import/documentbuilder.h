#pragma once
// DocumentBuilder: turns what an importer extracted into a document ready to store —
// punctuation repaired where the pattern shows, text normalised, passages cut,
// missing metadata inferred.

#include "import/extracted.h"
#include "metadata/regionscheme.h"
#include "store/documentstore.h"
#include "text/segmenter.h"

namespace caselens::import {

class DocumentBuilder {
public:
    explicit DocumentBuilder(metadata::RegionScheme scheme) : m_scheme(std::move(scheme)) {}
    store::NewDocument build(ExtractedDocument extracted);

private:
    metadata::RegionScheme m_scheme;
    text::Segmenter m_segmenter;
};

} // namespace caselens::import
