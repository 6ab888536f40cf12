#include "coding/goldfile.h"

#include "support/boundedjson.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>
#include <nlohmann/json.hpp>

namespace caselens::coding {

namespace {
// The translation context of this file's messages (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::coding::GoldFile)
};
constexpr qint64 kMaxGoldBytes = 256LL * 1024 * 1024;
} // namespace

Result<QList<GoldPassage>> parseGoldFile(const QByteArray &bytes, const codebook::Codebook &book, const QString &sourceName)
{
    QSet<QString> known;
    for (const auto &c : book.codableCodes())
        known.insert(c.key);
    QList<GoldPassage> out;
    QSet<QString> ids;
    int lineNo = 0;
    for (const QByteArray &rawLine : bytes.split('\n')) {
        ++lineNo;
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty())
            continue;
        const auto bad = [&](const QString &why) {
            return makeError(Tr::tr("%1, line %2: %3").arg(sourceName).arg(lineNo).arg(why), ErrorKind::InvalidInput);
        };
        const BoundedJson parsed = parseJsonBounded(std::string_view(line.constData(), size_t(line.size())), 16);
        const nlohmann::json &j = parsed.value;
        if (parsed.tooDeep)
            return bad(Tr::tr("the line is nested too deeply to be a labelled passage"));
        if (j.is_discarded() || !j.is_object())
            return bad(Tr::tr("not a JSON object like {\"id\": \"p1\", \"text\": \"…\", \"codes\": [\"student_centered\"]}"));
        GoldPassage g;
        if (auto it = j.find("id"); it != j.end() && (it->is_string() || it->is_number()))
            g.id = it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString::fromStdString(it->dump());
        else
            g.id = QStringLiteral("line %1").arg(lineNo);
        if (ids.contains(g.id))
            return bad(Tr::tr("the id \"%1\" was used before").arg(g.id));
        ids.insert(g.id);
        auto text = j.find("text");
        if (text == j.end() || !text->is_string())
            return bad(Tr::tr("there is no \"text\""));
        g.text = QString::fromStdString(text->get<std::string>()).trimmed();
        if (g.text.isEmpty())
            return bad(Tr::tr("the text is empty"));
        auto codes = j.find("codes");
        if (codes == j.end() || !codes->is_array())
            return bad(Tr::tr("\"codes\" is missing or not a list (use [] for a passage with no code)"));
        for (const auto &c : *codes) {
            if (!c.is_string())
                return bad(Tr::tr("\"codes\" holds something that is not a code key"));
            const QString key = QString::fromStdString(c.get<std::string>());
            if (!known.contains(key))
                return bad(Tr::tr("\"%1\" is not a code of the codebook \"%2\"").arg(key, book.nameEn.isEmpty() ? book.id : book.nameEn));
            if (!g.codes.contains(key))
                g.codes.append(key);
        }
        if (auto doc = j.find("doc"); doc != j.end() && doc->is_string())
            g.document = QString::fromStdString(doc->get<std::string>());
        out.append(g);
    }
    if (out.isEmpty())
        return makeError(Tr::tr("%1 holds no labelled passages").arg(sourceName), ErrorKind::InvalidInput);
    return out;
}

Result<QList<GoldPassage>> readGoldFile(const QString &path, const codebook::Codebook &book)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(Tr::tr("Cannot read %1: %2").arg(path, f.errorString()), ErrorKind::NotFound);
    if (f.size() > kMaxGoldBytes)
        return makeError(Tr::tr("%1 is larger than 256 MB; split it").arg(path), ErrorKind::InvalidInput);
    return parseGoldFile(f.readAll(), book, path);
}

GoldEvaluation evaluateOnGold(const Coder &coder, const QList<GoldPassage> &gold, const codebook::Codebook &book)
{
    QStringList texts;
    QList<qint64> ids;
    QHash<qint64, QSet<QString>> expected, predicted;
    for (qsizetype i = 0; i < gold.size(); ++i) {
        texts.append(gold.at(i).text);
        ids.append(i);
        expected[i] = QSet<QString>(gold.at(i).codes.begin(), gold.at(i).codes.end());
    }
    GoldEvaluation out;
    out.answers = coder.suggestMany(texts);
    for (qsizetype i = 0; i < out.answers.size(); ++i)
        for (const auto &s : out.answers.at(i))
            predicted[i].insert(s.code);
    QStringList order;
    for (const auto &c : book.codableCodes())
        order.append(c.key);
    out.report = scoreSets(ids, predicted, expected, order);
    return out;
}

} // namespace caselens::coding
