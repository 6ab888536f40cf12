#pragma once
// Gazetteer: China's provinces with their prefecture-level cities and major districts
// (resources/gazetteer.json), for finding a case's province from place names.

#include <QList>
#include <QString>
#include <QStringList>

namespace caselens::metadata {

struct Province {
    QString id;   // beijing
    QString zh;   // 北京
    QString en;   // Beijing
    QString full; // 北京市
    QStringList places;
};

class Gazetteer {
public:
    // The gazetteer compiled into the core.
    static const Gazetteer &builtin();

    const QList<Province> &provinces() const { return m_provinces; }
    const Province *province(const QString &idOrName) const;
    // The province whose name or place appears first in `text` (longest name on ties),
    // or an empty string.
    QString findProvince(const QString &text) const;

    struct Mention {
        QString province; // id
        qsizetype start = 0, end = 0;
        QString name;     // as written
    };
    // Every place mention in `text`, left to right, longest names first where they overlap.
    QList<Mention> mentions(const QString &text) const;
    QString displayName(const QString &id, const QString &lang) const;

private:
    struct Name {
        QString text;
        int province;
    };
    QList<Province> m_provinces;
    QList<Name> m_names; // longest first
};

} // namespace caselens::metadata
