#include "metadata/gazetteer.h"

#include <QFile>
#include <QHash>
#include <algorithm>
#include <vector>
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
        QHash<QString, int> seenShort; // short city names shared by two provinces are skipped
        for (const auto &p : json.at("provinces")) {
            Province prov{q(p.at("id")), q(p.at("zh")), q(p.at("en")), q(p.at("full")), {}};
            for (const auto &pl : p.at("places"))
                prov.places.append(q(pl));
            out.m_provinces.append(prov);
        }
        for (int i = 0; i < out.m_provinces.size(); ++i) {
            const Province &p = out.m_provinces.at(i);
            out.m_names.append({p.full, i});
            out.m_names.append({p.zh, i});
            for (const QString &place : p.places) {
                out.m_names.append({place, i});
                // 台中 without 市 is mostly 平台中/舞台中: short forms starting with 台 stay out.
                if (place.endsWith(QChar(u'市')) && place.size() >= 3 && !place.startsWith(QChar(u'台'))) {
                    const QString shortName = place.chopped(1);
                    seenShort[shortName] = seenShort.contains(shortName) ? -1 : i;
                }
            }
        }
        for (auto it = seenShort.cbegin(); it != seenShort.cend(); ++it) {
            bool clash = it.value() < 0;
            for (const Name &n : out.m_names)
                clash = clash || (n.text == it.key() && n.province != it.value());
            if (!clash)
                out.m_names.append({it.key(), it.value()});
        }
        std::stable_sort(out.m_names.begin(), out.m_names.end(),
                         [](const Name &a, const Name &b) { return a.text.size() > b.text.size(); });
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
    qsizetype bestAt = -1;
    int best = -1;
    for (const Name &n : m_names) {
        const qsizetype at = text.indexOf(n.text);
        if (at >= 0 && (bestAt < 0 || at < bestAt)) {
            bestAt = at;
            best = n.province;
        }
    }
    return best >= 0 ? m_provinces.at(best).id : QString();
}

QList<Gazetteer::Mention> Gazetteer::mentions(const QString &text) const
{
    QList<Mention> out;
    std::vector<bool> taken(size_t(text.size()), false);
    for (const Name &n : m_names) { // longest first, so 北京市 is taken before 北京
        for (qsizetype at = text.indexOf(n.text); at >= 0; at = text.indexOf(n.text, at + 1)) {
            const qsizetype end = at + n.text.size();
            bool free = true;
            for (qsizetype k = at; k < end && free; ++k)
                free = !taken[size_t(k)];
            if (!free)
                continue;
            std::fill(taken.begin() + at, taken.begin() + end, true);
            out.append({m_provinces.at(n.province).id, at, end, n.text});
        }
    }
    std::sort(out.begin(), out.end(), [](const Mention &a, const Mention &b) { return a.start < b.start; });
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
