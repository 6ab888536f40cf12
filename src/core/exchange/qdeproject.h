#pragma once
// QdeProject: what a REFI-QDA project.qde says, read into plain values before anything
// is written (QdpxImporter then decides what becomes what). GUIDs are kept as written
// and compared through normalGuid (the standard allows either case and braces).

#include "support/result.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QStringList>

namespace caselens::exchange {

// Lower case, without braces: how two spellings of one GUID are compared.
QString normalGuid(const QString &guid);

struct QdeCoding {
    QString guid, codeGuid, user, created;
    QStringList noteGuids;
};

struct QdeSelection {
    QString guid, user, created, description;
    qint64 start = 0, end = 0;
    QList<QdeCoding> codings;
    QStringList noteGuids;
};

struct QdeSource {
    QString kind; // TextSource, PDFSource, …
    QString guid, name, plainTextPath, richTextPath, created, description;
    std::optional<QString> content; // PlainTextContent, when the text is inside the file
    QList<QdeSelection> selections;
    QStringList noteGuids;
    QHash<QString, QString> values; // variable GUID → value, given on the source itself
};

struct QdeNote {
    QString guid, name, user, created, plainTextPath;
    std::optional<QString> content;
};

struct QdeVariable {
    QString guid, name, type; // Text, Boolean, Integer, Float, Date, DateTime
};

struct QdeCase {
    QString guid, name, description;
    QStringList sourceGuids;
    QHash<QString, QString> values; // variable GUID → value
};

struct QdeSet {
    QString guid, name, description;
    QStringList codeGuids, sourceGuids, noteGuids;
};

struct QdeProject {
    QString name, origin, created, description;
    QList<std::pair<QString, QString>> users; // GUID, name, in file order
    QList<QdeVariable> variables;
    QList<QdeCase> cases;
    QList<QdeSource> sources;
    QList<QdeNote> notes;
    QList<QdeSet> sets;
    QStringList projectNoteGuids;
    QHash<QString, QStringList> codeNoteGuids; // normal code GUID → notes on it
    QMap<QString, int> skipped; // elements CaseLens does not represent → how many
};

// Parses project.qde; the codebook is read separately (codebookFromQdc). Refuses XML
// nested deeper than maxDepth and XML that is not well-formed, with one sentence.
Result<QdeProject> parseQde(const QByteArray &xml, int maxDepth);

} // namespace caselens::exchange
