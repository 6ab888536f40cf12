#include "metadata/regionscheme.h"

#include <QCoreApplication>
#include <QFile>
#include <nlohmann/json.hpp>

namespace caselens::metadata {

namespace {
// The translation context of this file's messages (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::metadata::RegionScheme)
};
QString q(const nlohmann::json &j, const char *key)
{
    return j.contains(key) && j.at(key).is_string() ? QString::fromStdString(j.at(key).get<std::string>()) : QString();
}
} // namespace

Result<RegionScheme> RegionScheme::builtin(const QString &id)
{
    QFile f(QStringLiteral(":/caselens/regions/%1.json").arg(id));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(Tr::tr("There is no built-in region scheme called \"%1\" (choose three or four).").arg(id),
                         ErrorKind::NotFound);
    return fromJson(f.readAll());
}

Result<RegionScheme> RegionScheme::fromJson(const QByteArray &json)
{
    try {
        const auto j = nlohmann::json::parse(json.toStdString());
        RegionScheme s;
        s.m_id = q(j, "id");
        s.m_nameZh = q(j, "name_zh");
        s.m_nameEn = q(j, "name_en");
        if (s.m_id.isEmpty() || !j.contains("regions") || !j.at("regions").is_array() || j.at("regions").empty())
            return makeError(Tr::tr("A region scheme needs an \"id\" and a list of \"regions\"."), ErrorKind::InvalidInput);
        for (const auto &r : j.at("regions")) {
            Region region{q(r, "id"), q(r, "zh"), q(r, "en"), {}};
            if (region.id.isEmpty() || !r.contains("provinces") || !r.at("provinces").is_array())
                return makeError(Tr::tr("Every region needs an \"id\" and a list of \"provinces\"."), ErrorKind::InvalidInput);
            for (const auto &p : r.at("provinces")) {
                if (!p.is_string())
                    return makeError(Tr::tr("Province ids must be strings."), ErrorKind::InvalidInput);
                region.provinces.append(QString::fromStdString(p.get<std::string>()));
            }
            s.m_regions.append(region);
        }
        return s;
    } catch (const nlohmann::json::exception &e) {
        return makeError(Tr::tr("The region scheme is not valid JSON: %1").arg(QString::fromUtf8(e.what())), ErrorKind::InvalidInput);
    }
}

QString RegionScheme::regionOf(const QString &province) const
{
    for (const Region &r : m_regions) {
        if (r.provinces.contains(province))
            return r.id;
    }
    return {};
}

QString RegionScheme::displayName(const QString &regionId, const QString &lang) const
{
    for (const Region &r : m_regions) {
        if (r.id == regionId)
            return lang == QLatin1String("en") ? (r.en.isEmpty() ? r.id : r.en) : (r.zh.isEmpty() ? r.id : r.zh);
    }
    return regionId;
}

QByteArray RegionScheme::toJson() const
{
    nlohmann::json j;
    j["id"] = m_id.toStdString();
    j["name_zh"] = m_nameZh.toStdString();
    j["name_en"] = m_nameEn.toStdString();
    j["regions"] = nlohmann::json::array();
    for (const Region &r : m_regions) {
        nlohmann::json jr{{"id", r.id.toStdString()}, {"zh", r.zh.toStdString()}, {"en", r.en.toStdString()}};
        jr["provinces"] = nlohmann::json::array();
        for (const QString &p : r.provinces)
            jr["provinces"].push_back(p.toStdString());
        j["regions"].push_back(jr);
    }
    return QByteArray::fromStdString(j.dump());
}

} // namespace caselens::metadata
