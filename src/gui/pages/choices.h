#pragma once
// Fills a filter's combo box again (codes, engines, coders come and go) keeping what the
// user had chosen: first "all" (empty data), then each (label, value).

#include <QComboBox>
#include <QSignalBlocker>

namespace caselens::gui {

inline void refillChoices(QComboBox *box, const QString &allLabel, const QList<std::pair<QString, QString>> &items)
{
    const QString chosen = box->currentData().toString();
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(allLabel, QString());
    for (const auto &[label, value] : items)
        box->addItem(label, value);
    box->setCurrentIndex(qMax(0, box->findData(chosen)));
}

} // namespace caselens::gui
