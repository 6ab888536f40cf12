#pragma once
// RegionScheme: which region each province belongs to. Built in: the three economic
// regions of China's statistics bureau (default) and the four-region scheme that
// splits out the north-east; users may load their own from JSON of the same shape.

#include "support/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace caselens::metadata {

struct Region {
    QString id;
    QString zh;
    QString en;
    QStringList provinces;
};

class RegionScheme {
public:
    static Result<RegionScheme> builtin(const QString &id); // "three" or "four"
    static Result<RegionScheme> fromJson(const QByteArray &json);
    static QStringList builtinIds() { return {QStringLiteral("three"), QStringLiteral("four")}; }

    QString id() const { return m_id; }
    QString name(const QString &lang) const { return lang == QLatin1String("en") ? m_nameEn : m_nameZh; }
    const QList<Region> &regions() const { return m_regions; }
    // The region of a province id, or an empty string when the scheme has none for it.
    QString regionOf(const QString &province) const;
    QString displayName(const QString &regionId, const QString &lang) const;
    QByteArray toJson() const;

private:
    QString m_id, m_nameZh, m_nameEn;
    QList<Region> m_regions;
};

} // namespace caselens::metadata
