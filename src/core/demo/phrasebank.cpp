#include "demo/phrasebank.h"

#include <QFile>
#include <nlohmann/json.hpp>

namespace caselens::demo {

namespace {

QStringList list(const nlohmann::json &j)
{
    QStringList out;
    for (const auto &v : j)
        out.append(QString::fromStdString(v.get<std::string>()));
    return out;
}

QHash<QString, QStringList> listMap(const nlohmann::json &j)
{
    QHash<QString, QStringList> out;
    for (auto it = j.begin(); it != j.end(); ++it)
        out.insert(QString::fromStdString(it.key()), list(it.value()));
    return out;
}

} // namespace

const PhraseBank &PhraseBank::builtin()
{
    static const PhraseBank bank = [] {
        QFile f(QStringLiteral(":/caselens/demo/phrasebank.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("demo phrase bank resource missing");
        const auto j = nlohmann::json::parse(f.readAll().toStdString());
        PhraseBank b;
        b.slots = listMap(j.at("slots"));
        for (auto it = j.at("codes").begin(); it != j.at("codes").end(); ++it) {
            const QString key = QString::fromStdString(it.key());
            b.codes.insert(key, {list(it.value().at("headings")), list(it.value().at("frames"))});
            if (it.value().contains("extra"))
                b.codeExtras.insert(key, listMap(it.value().at("extra")));
        }
        for (auto it = j.at("sections").begin(); it != j.at("sections").end(); ++it)
            b.sections.insert(QString::fromStdString(it.key()), listMap(it.value()));
        b.texts = listMap(j.at("texts"));
        b.titles = listMap(j.at("titles"));
        b.units = listMap(j.at("units"));
        b.themes = list(j.at("themes"));
        b.schoolNames = list(j.at("school_names"));
        b.numerals = list(j.at("numerals"));
        return b;
    }();
    return bank;
}

QString PhraseBank::expand(const QString &pattern, const QHash<QString, QString> &vars, Rng &rng,
                           const QHash<QString, QStringList> *extra, QSet<QString> *used, int depth) const
{
    QSet<QString> sentence; // without a case's set, at least one sentence does not repeat itself
    if (!used)
        used = &sentence;
    QString out;
    out.reserve(pattern.size() * 2);
    qsizetype i = 0;
    while (i < pattern.size()) {
        const qsizetype open = pattern.indexOf(QLatin1Char('{'), i);
        if (open < 0) {
            out.append(QStringView(pattern).mid(i));
            break;
        }
        const qsizetype close = pattern.indexOf(QLatin1Char('}'), open);
        if (close < 0) {
            out.append(QStringView(pattern).mid(i));
            break;
        }
        out.append(QStringView(pattern).mid(i, open - i));
        const QString name = pattern.mid(open + 1, close - open - 1);
        i = close + 1;
        if (auto v = vars.constFind(name); v != vars.cend()) {
            out.append(*v);
            continue;
        }
        const QStringList *options = nullptr;
        if (extra) {
            if (auto e = extra->constFind(name); e != extra->cend())
                options = &*e;
        }
        if (!options) {
            if (auto s = slots.constFind(name); s != slots.cend())
                options = &*s;
        }
        if (!options || options->isEmpty() || depth > 6) {
            out.append(name); // a slot the bank lacks shows up in the text, where a test sees it
            continue;
        }
        // Who and when (subj_*, time, adv …) may come back; what a report says (bg_problem,
        // rs_metric, the practices …) may not.
        const bool mayRepeat = !name.contains(QLatin1Char('_')) || name.startsWith(QLatin1String("subj_")) || name.startsWith(QLatin1String("n_"));
        QStringList fresh;
        for (const QString &o : *options)
            if (mayRepeat || !used->contains(o))
                fresh.append(o);
        if (fresh.isEmpty())
            return {};
        const QString picked = fresh.at(rng.below(int(fresh.size())));
        used->insert(picked);
        const QString expanded = expand(picked, vars, rng, extra, used, depth + 1);
        if (expanded.isEmpty())
            return {};
        out.append(expanded);
    }
    return out;
}

} // namespace caselens::demo
