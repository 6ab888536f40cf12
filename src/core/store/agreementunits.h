#pragma once
// AgreementUnits: what intercoder agreement is computed over — the paragraphs (or whole
// documents) of a project, which coders worked in which document, and the codes each
// coder gave each unit (accepted or suggested).

#include "store/project.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace caselens::store {

struct UnitCode {
    qint64 unit = 0;
    qint64 coderId = 0;
    QString code;
};

class AgreementUnits {
public:
    // `byPassage`: paragraphs are the units; otherwise documents.
    AgreementUnits(Project &project, bool byPassage) : m_project(project), m_byPassage(byPassage) {}
    // Document → the coders (of `coderIds`) with an accepted or suggested coding there.
    Result<QHash<qint64, QSet<qint64>>> codersByDocument(const QList<qint64> &coderIds);
    // Every unit with its document, in document order.
    Result<QList<std::pair<qint64, qint64>>> units();
    // Every (unit, coder, code) the coders gave, accepted or suggested.
    Result<QList<UnitCode>> codes(const QList<qint64> &coderIds);

private:
    Project &m_project;
    bool m_byPassage;
};

} // namespace caselens::store
