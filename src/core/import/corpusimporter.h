#pragma once
// CorpusImporter: a .csv or .jsonl corpus with one case per row — a text column plus
// metadata columns. Known columns (title, unit, year, province, region, type, in
// English or Chinese) fill the case fields; every other column becomes an attribute.

#include "import/extracted.h"
#include "support/result.h"

#include <QMap>

namespace caselens::import {

struct CorpusMapping {
    QString textColumn = QStringLiteral("text");
    QString idColumn;                  // names rows in the report; default: row number
    QMap<QString, QString> fieldColumn; // builtin field → column, overriding the header names
    QStringList ignoreColumns;
};

struct CorpusRowError {
    QString sourceName;
    QString message;
};

struct CorpusResult {
    QList<ExtractedDocument> documents;
    QList<CorpusRowError> rejected; // rows without text and the like; the rest still import
};

class CorpusImporter {
public:
    explicit CorpusImporter(CorpusMapping mapping = {}) : m_mapping(std::move(mapping)) {}
    Result<CorpusResult> extract(const QByteArray &bytes, const QString &sourceName, const ImportLimits &limits = {}) const;

private:
    Result<CorpusResult> fromRows(const QStringList &header, const QList<QStringList> &rows, const QString &sourceName,
                                  const QString &format, const QString &encoding) const;
    CorpusMapping m_mapping;
};

// Applies one metadata value to a case by field name (year, province, type…) or as an
// attribute; province and type accept ids and Chinese names. Returns an error sentence
// for values that cannot be right (a year of "abc").
QString applyMetadataValue(metadata::CaseMeta &meta, const QString &column, const QString &value);

} // namespace caselens::import
