#include "codebook/codebook.h"

#include "support/boundedjson.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <algorithm>
#include <nlohmann/json.hpp>

namespace caselens::codebook {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::codebook::Codebook)
};

QString str(const nlohmann::json &j, const char *key)
{
    return j.contains(key) && j.at(key).is_string() ? QString::fromStdString(j.at(key).get<std::string>()) : QString();
}

QStringList strList(const nlohmann::json &j, const char *key)
{
    QStringList out;
    if (j.contains(key) && j.at(key).is_array())
        for (const auto &v : j.at(key))
            if (v.is_string())
                out.append(QString::fromStdString(v.get<std::string>()));
    return out;
}

nlohmann::json toJson(const QStringList &list)
{
    nlohmann::json a = nlohmann::json::array();
    for (const QString &s : list)
        a.push_back(s.toStdString());
    return a;
}

void readRules(const nlohmann::json &j, LexiconRules &rules)
{
    const auto take = [&](const char *key, QStringList &into) {
        if (j.contains(key) && j.at(key).is_array())
            into = strList(j, key);
    };
    take("ignore_lines", rules.ignoreLines);
    take("quote_markers", rules.quoteMarkers);
    take("cited_title_endings", rules.citedTitleEndings);
    take("own_action_markers", rules.ownActionMarkers);
    if (j.contains("weak_to_suggest") && j.at("weak_to_suggest").is_number_integer())
        rules.weakToSuggest = std::clamp(j.at("weak_to_suggest").get<int>(), 1, 100);
}

nlohmann::json writeRules(const LexiconRules &r)
{
    return {{"ignore_lines", toJson(r.ignoreLines)}, {"quote_markers", toJson(r.quoteMarkers)},
            {"cited_title_endings", toJson(r.citedTitleEndings)}, {"own_action_markers", toJson(r.ownActionMarkers)},
            {"weak_to_suggest", r.weakToSuggest}};
}

Code readCode(const nlohmann::json &j)
{
    Code c;
    c.key = str(j, "key");
    c.nameZh = str(j, "name_zh");
    c.nameEn = str(j, "name_en");
    c.descriptionZh = str(j, "description_zh");
    c.descriptionEn = str(j, "description_en");
    if (!str(j, "color").isEmpty())
        c.color = str(j, "color");
    c.shortcut = str(j, "shortcut");
    if (j.contains("cues") && j.at("cues").is_object()) {
        c.cues.strong = strList(j.at("cues"), "strong");
        c.cues.weak = strList(j.at("cues"), "weak");
        c.cues.except = strList(j.at("cues"), "except");
    }
    return c;
}

nlohmann::json writeCode(const Code &c)
{
    nlohmann::json j{{"key", c.key.toStdString()},           {"name_zh", c.nameZh.toStdString()},
                     {"name_en", c.nameEn.toStdString()},     {"description_zh", c.descriptionZh.toStdString()},
                     {"description_en", c.descriptionEn.toStdString()}, {"color", c.color.toStdString()}};
    if (!c.shortcut.isEmpty())
        j["shortcut"] = c.shortcut.toStdString();
    j["cues"] = {{"strong", toJson(c.cues.strong)}, {"weak", toJson(c.cues.weak)}};
    if (!c.cues.except.isEmpty())
        j["cues"]["except"] = toJson(c.cues.except);
    return j;
}

} // namespace

QList<Code> Codebook::codableCodes() const
{
    QList<Code> out;
    for (const Code &c : codes)
        if (c.codable)
            out.append(c);
    return out;
}

const Code *Codebook::find(const QString &key) const
{
    for (const Code &c : codes)
        if (c.key == key)
            return &c;
    return nullptr;
}

Result<Codebook> codebookFromJson(const QByteArray &json)
{
    constexpr int kMaxCodes = 5000;
    try {
        const BoundedJson parsed = parseJsonBounded(std::string_view(json.constData(), size_t(json.size())));
        if (parsed.tooDeep)
            return makeError(Tr::tr("The codebook file is nested more than %1 levels deep, so it is not a codebook.").arg(kMaxJsonDepth),
                             ErrorKind::InvalidInput);
        if (!parsed.ok())
            return makeError(Tr::tr("The codebook file is not valid JSON."), ErrorKind::InvalidInput);
        const nlohmann::json &j = parsed.value;
        if (!j.is_object() || !j.contains("codes") || !j.at("codes").is_array())
            return makeError(Tr::tr("A codebook file needs a list of \"codes\"."), ErrorKind::InvalidInput);
        Codebook book;
        book.id = str(j, "id");
        book.nameZh = str(j, "name_zh");
        book.nameEn = str(j, "name_en");
        if (j.contains("lexicon_rules") && j.at("lexicon_rules").is_object())
            readRules(j.at("lexicon_rules"), book.lexiconRules);
        QSet<QString> keys;
        if (j.contains("dimensions") && j.at("dimensions").is_array()) {
            for (const auto &d : j.at("dimensions")) {
                Code c = readCode(d);
                c.codable = false;
                if (c.key.isEmpty() || keys.contains(c.key))
                    return makeError(Tr::tr("Every dimension needs a key of its own."), ErrorKind::InvalidInput);
                keys.insert(c.key);
                book.codes.append(c);
            }
        }
        if (j.at("codes").size() > size_t(kMaxCodes))
            return makeError(Tr::tr("The codebook has more than %1 codes.").arg(kMaxCodes), ErrorKind::InvalidInput);
        for (const auto &cj : j.at("codes")) {
            if (!cj.is_object())
                return makeError(Tr::tr("Every code must be an object."), ErrorKind::InvalidInput);
            Code c = readCode(cj);
            c.parentKey = str(cj, "dimension");
            if (c.parentKey.isEmpty())
                c.parentKey = str(cj, "parent");
            if (cj.contains("codable") && cj.at("codable").is_boolean())
                c.codable = cj.at("codable").get<bool>();
            if (c.key.isEmpty())
                return makeError(Tr::tr("A code has no key."), ErrorKind::InvalidInput);
            if (keys.contains(c.key))
                return makeError(Tr::tr("The code key \"%1\" is used twice.").arg(c.key), ErrorKind::InvalidInput);
            if (c.nameZh.isEmpty() && c.nameEn.isEmpty())
                return makeError(Tr::tr("The code \"%1\" has no name.").arg(c.key), ErrorKind::InvalidInput);
            if (c.nameZh.isEmpty())
                c.nameZh = c.nameEn;
            if (c.nameEn.isEmpty())
                c.nameEn = c.nameZh;
            keys.insert(c.key);
            book.codes.append(c);
        }
        for (const Code &c : book.codes)
            if (!c.parentKey.isEmpty() && !keys.contains(c.parentKey))
                return makeError(Tr::tr("The code \"%1\" names a parent \"%2\" that is not in the codebook.").arg(c.key, c.parentKey),
                                 ErrorKind::InvalidInput);
        return book;
    } catch (const nlohmann::json::exception &e) {
        return makeError(Tr::tr("The codebook is not valid JSON: %1").arg(QString::fromUtf8(e.what())), ErrorKind::InvalidInput);
    }
}

QByteArray codebookToJson(const Codebook &book)
{
    nlohmann::json j{{"id", book.id.toStdString()}, {"name_zh", book.nameZh.toStdString()}, {"name_en", book.nameEn.toStdString()}};
    if (book.lexiconRules != LexiconRules{})
        j["lexicon_rules"] = writeRules(book.lexiconRules);
    j["dimensions"] = nlohmann::json::array();
    j["codes"] = nlohmann::json::array();
    for (const Code &c : book.codes) {
        nlohmann::json cj = writeCode(c);
        if (!c.codable && c.parentKey.isEmpty()) {
            j["dimensions"].push_back(cj);
            continue;
        }
        if (!c.parentKey.isEmpty())
            cj["parent"] = c.parentKey.toStdString();
        if (!c.codable)
            cj["codable"] = false;
        j["codes"].push_back(cj);
    }
    return QByteArray::fromStdString(j.dump(1));
}

QByteArray lexiconRulesToJson(const LexiconRules &rules)
{
    return QByteArray::fromStdString(writeRules(rules).dump());
}

LexiconRules lexiconRulesFromJson(const QByteArray &json)
{
    LexiconRules rules;
    const BoundedJson parsed = parseJsonBounded(std::string_view(json.constData(), size_t(json.size())));
    if (parsed.ok() && parsed.value.is_object())
        readRules(parsed.value, rules);
    return rules;
}

const Codebook &defaultCodebook()
{
    static const Codebook book = [] {
        QFile f(QStringLiteral(":/caselens/codebook/smart-education.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("default codebook resource missing");
        auto b = codebookFromJson(f.readAll());
        if (!b)
            qFatal("default codebook is invalid: %s", qPrintable(b.error().message));
        return b.take();
    }();
    return book;
}

} // namespace caselens::codebook
