#pragma once
// Gazetteer: China's provinces with their prefecture-level cities, major districts and
// county-level divisions (resources/gazetteer.json), for finding a case's province from
// place names.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace caselens::metadata {

struct Province {
    QString id;   // beijing
    QString zh;   // 北京
    QString en;   // Beijing
    QString full; // 北京市
    QStringList places;   // cities and major districts (the demo draws from these)
    QStringList counties; // county-level names found in one province only
};

class Gazetteer {
public:
    // The gazetteer compiled into the core.
    static const Gazetteer &builtin();

    const QList<Province> &provinces() const { return m_provinces; }
    const Province *province(const QString &idOrName) const;
    // The province of the first place named in `text`, or an empty string.
    QString findProvince(const QString &text) const;

    struct Mention {
        QString province; // id
        qsizetype start = 0, end = 0;
        QString name;     // as written
    };
    // Every place mention in `text`, left to right, the longest name at each position.
    // A name ending in 区 or 县 followed by 域 is not a place (江南区域 is a region of the
    // south, not 江南区 in Nanning).
    QList<Mention> mentions(const QString &text) const;
    QString displayName(const QString &id, const QString &lang) const;

private:
    QList<Province> m_provinces;
    // Every name (full, short, places, counties, clash-free short city names) → province
    // index; looked up at each position of a text, so the cost does not grow with the
    // 3,000 names.
    QHash<QString, int> m_names;
    int m_longestName = 0;
};

} // namespace caselens::metadata
