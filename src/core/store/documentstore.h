#pragma once
// DocumentStore: documents (cases) with their metadata, attributes and passages, and
// the full-text index rows of those passages. A document is written whole or not at all.

#include "metadata/casemeta.h"
#include "store/project.h"
#include "text/segmenter.h"

#include <QList>
#include <QString>
#include <optional>

namespace caselens::store {

struct NewDocument {
    metadata::CaseMeta meta;
    QString sourceName;
    QString sourceFormat; // txt, md, docx, pdf, csv, jsonl, demo, qdpx
    QString encoding;
    QString originalText;
    text::Segmentation segmentation;
    QString contentHash; // filled by insert() when empty
    QString importNotes;
    QString guid; // the REFI-QDA GUID it came with from another tool; empty for none
};

struct DocumentRow {
    qint64 id = 0;
    metadata::CaseMeta meta;
    QString sourceName;
    QString sourceFormat;
    QString encoding;
    qint64 length = 0;
    QString importNotes;
    QString importedAt;
    QString guid; // empty unless it came with one (see NewDocument)
    QString contentHash;
};

struct Passage {
    qint64 id = 0;
    qint64 documentId = 0;
    int ordinal = 0;
    text::PassageKind kind = text::PassageKind::Paragraph;
    qint64 parentId = 0;
    qint64 start = 0;
    qint64 end = 0;
};

QString contentHash(const QString &normalisedText);

class DocumentStore {
public:
    explicit DocumentStore(Project &project) : m_project(project) {}

    // Writes the document, its attributes, passages and index rows inside a savepoint,
    // so it is whole or absent whether or not the caller holds a transaction.
    // `passageIds`, when given, receives the new ids in the order of the segmentation.
    Result<qint64> insert(NewDocument doc, QList<qint64> *passageIds = nullptr);
    std::optional<qint64> findByHash(const QString &hash);
    std::optional<qint64> findByGuid(const QString &guid);

    qint64 count();
    QList<DocumentRow> list();
    Result<DocumentRow> row(qint64 id);
    Result<QString> text(qint64 id);
    QList<Passage> passages(qint64 documentId);
    Result<Passage> passage(qint64 id);
    // Passages of one kind over the whole project, in document order.
    QList<Passage> allPassages(text::PassageKind kind);

    // Sets a first-class field (title, unit, year, province, region, type) or attribute;
    // the value is no longer marked as inferred.
    Status setField(qint64 id, const QString &field, const QString &value);
    // Recomputes every document's region from its province under the active scheme.
    Result<int> reassignRegions();
    QStringList attributeNames();

private:
    Project &m_project;
};

} // namespace caselens::store
