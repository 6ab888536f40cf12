#pragma once
// PhraseBank: the demo corpus's invented wording (data/demo/phrasebank.json) and the
// expansion of its templates: "{slot}" picks one option of the slot, recursively.

#include "support/rng.h"

#include <QHash>
#include <QSet>
#include <QMap>
#include <QString>
#include <QStringList>

namespace caselens::demo {

struct CodePhrases {
    QStringList headings;
    QStringList frames;
};

class PhraseBank {
public:
    static const PhraseBank &builtin();

    // Fills every {name}: first from `vars` (case context such as place and year), then
    // from the bank's slots, then from the code's own extra slots. `used` holds the options
    // a case has already said; another is picked while one is left, so a report does not
    // say the same thing twice. Empty when every option of some slot was said already.
    QString expand(const QString &pattern, const QHash<QString, QString> &vars, Rng &rng,
                   const QHash<QString, QStringList> *extra = nullptr, QSet<QString> *used = nullptr, int depth = 0) const;

    QHash<QString, QStringList> slots;
    QHash<QString, CodePhrases> codes;
    QHash<QString, QHash<QString, QStringList>> codeExtras;
    QHash<QString, QHash<QString, QStringList>> sections; // part → case type → headings
    QHash<QString, QStringList> texts;                      // background, results, reflection, abstract
    QHash<QString, QStringList> titles;                     // case type → patterns
    QHash<QString, QStringList> units;
    QStringList themes, schoolNames, numerals;
};

} // namespace caselens::demo
