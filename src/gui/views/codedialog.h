#pragma once
// CodeDialog: edits one code — names, definitions, colour, shortcut, the lexicon's cue
// terms and your memo on it — or describes a new one. It only collects; the window
// writes through undoable commands.

#include "codebook/codebook.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace caselens::gui {

class CodeDialog : public QDialog {
    Q_OBJECT
public:
    // `parents`: the codes a code may sit under (key → name), "" for the top level.
    CodeDialog(const codebook::Code &code, const QList<std::pair<QString, QString>> &parents, const QString &memo, bool isNew,
               QWidget *parent = nullptr);
    codebook::Code code() const;
    QString memo() const;

    // For tests: the editors by what they hold.
    QLineEdit *keyEdit() const { return m_key; }
    QLineEdit *nameZhEdit() const { return m_nameZh; }
    QPlainTextEdit *strongCuesEdit() const { return m_strong; }
    QPlainTextEdit *weakCuesEdit() const { return m_weak; }
    QPlainTextEdit *memoEdit() const { return m_memo; }

private:
    void setColour(const QString &colour);
    codebook::Code m_code;
    QLineEdit *m_key, *m_nameZh, *m_nameEn;
    QPlainTextEdit *m_descZh, *m_descEn, *m_strong, *m_weak, *m_memo;
    QComboBox *m_shortcut, *m_parent;
    QPushButton *m_colour;
    QString m_colourValue;
};

} // namespace caselens::gui
