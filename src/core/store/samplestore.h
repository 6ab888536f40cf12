#pragma once
// SampleStore: named samples of documents or paragraphs drawn for checking agreement,
// with their members, and the items a new sample is drawn from.

#include "store/project.h"

#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace caselens::store {

struct SampleRecord {
    qint64 id = 0;
    QString name;
    QString unit; // document | passage
    QList<qint64> items;
    quint64 seed = 0;
    QString stratify; // the document field each stratum shares; empty: none
};

class SampleStore {
public:
    explicit SampleStore(Project &project) : m_project(project) {}
    // Every document (unit "document") or paragraph ("passage") by the value of a document
    // field (region, year, type, province; empty: all in one stratum), ids ascending.
    Result<QMap<QString, QList<qint64>>> itemsByStratum(const QString &unit, const QString &stratify);
    // Stores a sample and its members in one transaction; a name in use is refused (Duplicate).
    Result<qint64> save(const QString &name, const QString &unit, quint64 seed, const QString &stratify, const QList<qint64> &items);
    // The sample called `name`, or nothing.
    Result<std::optional<SampleRecord>> find(const QString &name);
    // Every sample, oldest first; `unit` set: of that unit only.
    Result<QList<SampleRecord>> all(const QString &unit = {});

private:
    Project &m_project;
};

} // namespace caselens::store
