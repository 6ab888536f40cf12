#include "demo/sentencevariety.h"

#include "metadata/gazetteer.h"
#include "store/documentstore.h"
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
    store::DocumentStore documents(project);
    QHash<QString, QSet<qint64>> casesOf;
    QSet<qint64> docs;
    qint64 currentDoc = -1;
    QString text;
    std::unique_ptr<text::CodePointMap> map;
    for (const store::Passage &p : documents.allPassages(text::PassageKind::Sentence)) {
        if (p.documentId != currentDoc) {
            currentDoc = p.documentId;
            auto read = documents.text(p.documentId);
            text = read ? *read : QString();
            map = std::make_unique<text::CodePointMap>(text);
            docs.insert(p.documentId);
        }
        const qsizetype a = map->toUtf16(p.start), b = map->toUtf16(p.end);
        casesOf[maskPlacesAndNumbers(text.mid(a, b - a))].insert(p.documentId);
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
