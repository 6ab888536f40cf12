#include "metadata/gazetteer.h"

#include <QFile>
#include <QHash>
#include <algorithm>
#include <nlohmann/json.hpp>

namespace caselens::metadata {

namespace {

QString q(const nlohmann::json &j) { return QString::fromStdString(j.get<std::string>()); }

} // namespace

const Gazetteer &Gazetteer::builtin()
{
    static const Gazetteer g = [] {
        Gazetteer out;
        QFile f(QStringLiteral(":/caselens/gazetteer.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("gazetteer resource missing");
        const auto json = nlohmann::json::parse(f.readAll().toStdString());
        for (const auto &p : json.at("provinces")) {
            Province prov{q(p.at("id")), q(p.at("zh")), q(p.at("en")), q(p.at("full")), {}, {}};
            for (const auto &pl : p.at("places"))
                prov.places.append(q(pl));
            if (p.contains("counties"))
                for (const auto &c : p.at("counties"))
                    prov.counties.append(q(c));
            out.m_provinces.append(prov);
        }
        QHash<QString, int> shortNames; // short city names shared by two provinces are skipped (-1)
        for (int i = 0; i < out.m_provinces.size(); ++i) {
            const Province &p = out.m_provinces.at(i);
            for (const QString &name : QStringList{p.full, p.zh} + p.places + p.counties)
                out.m_names.insert(name, i);
            for (const QString &place : p.places)
                // 台中 without 市 is mostly 平台中/舞台中: short forms starting with 台 stay out.
                if (place.endsWith(QChar(u'市')) && place.size() >= 3 && !place.startsWith(QChar(u'台'))) {
                    const QString shortName = place.chopped(1);
                    shortNames[shortName] = shortNames.contains(shortName) ? -1 : i;
                }
        }
        for (auto it = shortNames.cbegin(); it != shortNames.cend(); ++it)
            if (it.value() >= 0 && !out.m_names.contains(it.key()))
                out.m_names.insert(it.key(), it.value());
        for (auto it = out.m_names.cbegin(); it != out.m_names.cend(); ++it)
            out.m_longestName = std::max(out.m_longestName, int(it.key().size()));
        return out;
    }();
    return g;
}

const Province *Gazetteer::province(const QString &idOrName) const
{
    for (const Province &p : m_provinces) {
        if (p.id == idOrName || p.zh == idOrName || p.full == idOrName || p.en.compare(idOrName, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

QString Gazetteer::findProvince(const QString &text) const
{
    const QList<Mention> found = mentions(text);
    return found.isEmpty() ? QString() : found.first().province;
}

QList<Gazetteer::Mention> Gazetteer::mentions(const QString &text) const
{
    QList<Mention> out;
    for (qsizetype at = 0; at < text.size();) {
        qsizetype matched = 0;
        for (qsizetype len = std::min<qsizetype>(m_longestName, text.size() - at); len >= 2 && !matched; --len) {
            const auto it = m_names.constFind(QStringView(text).mid(at, len).toString());
            if (it == m_names.cend())
                continue;
            const QChar last = it.key().back();
            if ((last == QChar(u'区') || last == QChar(u'县')) && at + len < text.size() && text.at(at + len) == QChar(u'域'))
                continue;
            out.append({m_provinces.at(it.value()).id, at, at + len, it.key()});
            matched = len;
        }
        at += matched ? matched : 1;
    }
    return out;
}

QString Gazetteer::displayName(const QString &id, const QString &lang) const
{
    const Province *p = province(id);
    if (!p)
        return id;
    return lang == QLatin1String("en") ? p->en : p->zh;
}

} // namespace caselens::metadata
