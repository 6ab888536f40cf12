#pragma once
// Codebook: codes with their names, definitions, colours, shortcuts and lexicon cue
// terms; dimensions are non-codable parent codes. Read from and written to JSON.

#include "support/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace caselens::codebook {

struct Cues {
    QStringList strong; // terms that on their own point at the code
    QStringList weak;   // terms that support it only together with others
    bool operator==(const Cues &) const = default;
};

struct Code {
    QString key;       // stable id: student_centered
    QString parentKey; // dimension or parent code, empty at the top
    QString nameZh, nameEn;
    QString descriptionZh, descriptionEn;
    QString color = QStringLiteral("#808080");
    QString shortcut;
    bool codable = true;
    Cues cues;
    QString name(const QString &lang) const { return lang == QLatin1String("en") ? nameEn : nameZh; }
    bool operator==(const Code &) const = default;
};

struct Codebook {
    QString id, nameZh, nameEn;
    QList<Code> codes; // parents before children, in display order
    QList<Code> codableCodes() const;
    const Code *find(const QString &key) const;
};

Result<Codebook> codebookFromJson(const QByteArray &json);
QByteArray codebookToJson(const Codebook &book);
// The ten characteristics of smart education, compiled into the core.
const Codebook &defaultCodebook();

} // namespace caselens::codebook
