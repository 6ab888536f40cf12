#pragma once
// The case metadata CaseLens knows by name (title, unit, year, province, region,
// case type) and the four case types of the smart-education case selection.

#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace caselens::metadata {

struct CaseMeta {
    QString title;
    QString unit;
    std::optional<int> year;
    QString province; // id, e.g. guangdong
    QString region;   // id in the active scheme
    QString caseType; // id, e.g. school_practice
    QStringList inferred;             // names of fields inferred rather than given
    QMap<QString, QString> evidence;  // inferred field → where its value was read ("date line “发表于:2019.09.28”")
    QMap<QString, QString> attributes; // user attributes, name → value
};

struct CaseType {
    QString id, zh, en;
};
const QList<CaseType> &caseTypes();
// Accepts an id, a Chinese name (学校实践类 or 学校实践) or an English name; empty if unknown.
QString caseTypeId(const QString &text);
QString caseTypeName(const QString &id, const QString &lang);

// The first-class fields that can be grouped by, in their canonical names.
QStringList builtinFields();
// Maps a header or flag (English or Chinese: 年份, 省份, 区域, 案例类别…) to a builtin field, or empty.
QString builtinFieldFor(const QString &header);

} // namespace caselens::metadata
