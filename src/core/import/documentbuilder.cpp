#include "import/documentbuilder.h"

#include "import/metadatainference.h"
#include "text/normaliser.h"
#include "text/pageclutter.h"
#include "text/punctuationrepair.h"

#include <QCoreApplication>

namespace caselens::import {

store::NewDocument DocumentBuilder::build(ExtractedDocument ex)
{
    store::NewDocument doc;
    QStringList raw;
    raw.reserve(ex.paragraphs.size());
    for (const auto &p : ex.paragraphs)
        raw.append(p.text);
    doc.originalText = raw.join(QLatin1Char('\n'));

    if (text::looksMisMapped(doc.originalText)) {
        int replaced = 0;
        for (auto &p : ex.paragraphs)
            replaced += text::replaceStandIns(p.text);
        ex.notes.append(QCoreApplication::translate("caselens::import::DocumentBuilder",
                                                    "repaired %1 punctuation marks that a PDF font had mapped to Han "
                                                    "characters (遥→。 袁→， …)")
                            .arg(replaced));
    }
    QList<text::SourceParagraph> clean;
    clean.reserve(ex.paragraphs.size());
    int clutter = 0;
    for (const auto &p : ex.paragraphs) {
        // HTML left in text (<p>, <br>) breaks paragraphs; other tags go.
        for (const QString &piece : text::splitHtmlRemnants(p.text)) {
            const QString n = text::normaliseParagraph(piece);
            if (n.isEmpty())
                continue;
            const bool isClutter = text::isPageClutter(n);
            clutter += isClutter;
            clean.append({n, p.heading && !isClutter, isClutter});
        }
    }
    doc.segmentation = m_segmenter.segment(clean);
    if (clutter > 0)
        ex.notes.append(QCoreApplication::translate("caselens::import::DocumentBuilder",
                                                    "%n line(s) of page clutter (navigation, prompts, image names, counters) kept in the "
                                                    "text but not made passages", nullptr, clutter));

    QStringList leading;
    for (int i = 0; i < clean.size() && i < 40; ++i) // clutter too: a bare date line dates the page
        leading.append(clean.at(i).text);
    doc.meta = std::move(ex.meta);
    if (!doc.meta.province.isEmpty() && doc.meta.region.isEmpty())
        doc.meta.region = m_scheme.regionOf(doc.meta.province);
    inferMetadata(doc.meta, InferenceInput{ex.sourceName, leading}, m_scheme);

    doc.sourceName = ex.sourceName;
    doc.sourceFormat = ex.format;
    doc.encoding = ex.encoding;
    doc.importNotes = ex.notes.join(QStringLiteral("; "));
    return doc;
}

} // namespace caselens::import
