#include "demo/sentencevariety.h"

#include "metadata/gazetteer.h"
#include "text/unicode.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace caselens::demo {

QString maskPlacesAndNumbers(const QString &sentence)
{
    static const QRegularExpression places = [] {
        QStringList names;
        for (const auto &p : metadata::Gazetteer::builtin().provinces()) {
            names << p.full << p.zh;
            for (const QString &pl : p.places)
                names << pl;
        }
        std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        QStringList escaped;
        for (const QString &n : names)
            escaped.append(QRegularExpression::escape(n));
        QRegularExpression re(escaped.join(QLatin1Char('|')));
        re.optimize();
        return re;
    }();
    static const QRegularExpression digits(QStringLiteral("\\d+(?:\\.\\d+)?"));
    QString s = sentence;
    s.replace(places, QStringLiteral("@"));
    s.replace(digits, QStringLiteral("#"));
    return s;
}

SentenceVariety measureSentenceVariety(store::Project &project)
{
    SentenceVariety v;
    auto &st = project.db().cached("variety.sentences",
                                   "SELECT p.document_id, p.start_pos, p.end_pos, d.text FROM passages p "
                                   "JOIN documents d ON d.id = p.document_id WHERE p.kind = 'sentence' ORDER BY p.document_id, p.ordinal");
    QHash<QString, QSet<qint64>> casesOf;
    QSet<qint64> docs;
    qint64 currentDoc = -1;
    QString text;
    std::unique_ptr<text::CodePointMap> map;
    while (st.next()) {
        const qint64 doc = st.int64(0);
        if (doc != currentDoc) {
            currentDoc = doc;
            text = st.text(3);
            map = std::make_unique<text::CodePointMap>(text);
            docs.insert(doc);
        }
        const qsizetype a = map->toUtf16(st.int64(1)), b = map->toUtf16(st.int64(2));
        casesOf[maskPlacesAndNumbers(text.mid(a, b - a))].insert(doc);
        ++v.sentences;
    }
    v.distinct = casesOf.size();
    v.cases = int(docs.size());
    for (auto it = casesOf.cbegin(); it != casesOf.cend(); ++it) {
        if (it.value().size() > v.maxCasesForOneSentence) {
            v.maxCasesForOneSentence = int(it.value().size());
            v.mostRepeated = it.key();
        }
    }
    return v;
}

} // namespace caselens::demo
