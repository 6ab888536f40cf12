#include "views/codedialog.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace caselens::gui {

namespace {

QStringList terms(const QPlainTextEdit *edit)
{
    QStringList out;
    static const QRegularExpression separators(QStringLiteral("[\\n,，;；、]+"));
    for (const QString &t : edit->toPlainText().split(separators, Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty() && !out.contains(t.trimmed()))
            out.append(t.trimmed());
    return out;
}

QPlainTextEdit *multiLine(const QString &text, int lines, QWidget *parent)
{
    auto *e = new QPlainTextEdit(text, parent);
    e->setTabChangesFocus(true);
    e->setFixedHeight(e->fontMetrics().lineSpacing() * lines + 12);
    return e;
}

} // namespace

CodeDialog::CodeDialog(const codebook::Code &code, const QList<std::pair<QString, QString>> &parents, const QString &memo, bool isNew,
                       QWidget *parent)
    : QDialog(parent), m_code(code)
{
    setWindowTitle(isNew ? tr("New code") : tr("Edit code \"%1\"").arg(code.nameZh));
    m_key = new QLineEdit(code.key, this);
    m_key->setReadOnly(!isNew);
    m_key->setPlaceholderText(tr("a stable id in Latin letters, e.g. ai_tutoring"));
    m_key->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z][a-z0-9_]{0,63}")), m_key));
    m_nameZh = new QLineEdit(code.nameZh, this);
    m_nameEn = new QLineEdit(code.nameEn, this);
    m_descZh = multiLine(code.descriptionZh, 3, this);
    m_descEn = multiLine(code.descriptionEn, 3, this);
    m_parent = new QComboBox(this);
    m_parent->addItem(tr("(top level)"), QString());
    for (const auto &[key, name] : parents)
        if (key != code.key)
            m_parent->addItem(name, key);
    m_parent->setCurrentIndex(qMax(0, m_parent->findData(code.parentKey)));
    m_shortcut = new QComboBox(this);
    m_shortcut->addItem(tr("none"), QString());
    for (const char *k : {"1", "2", "3", "4", "5", "6", "7", "8", "9", "0"})
        m_shortcut->addItem(QString::fromLatin1(k), QString::fromLatin1(k));
    m_shortcut->setCurrentIndex(qMax(0, m_shortcut->findData(code.shortcut)));
    m_colour = new QPushButton(this);
    setColour(code.color);
    connect(m_colour, &QPushButton::clicked, this, [this] {
        const QColor c = QColorDialog::getColor(QColor(m_colourValue), this, tr("Colour of the code"));
        if (c.isValid())
            setColour(c.name().toUpper());
    });
    m_strong = multiLine(code.cues.strong.join(QLatin1Char('\n')), 5, this);
    m_strong->setPlaceholderText(tr("one term per line: terms that on their own point at this code"));
    m_weak = multiLine(code.cues.weak.join(QLatin1Char('\n')), 4, this);
    m_weak->setPlaceholderText(tr("one term per line: terms that count only together with others"));
    m_memo = multiLine(memo, 3, this);
    m_memo->setPlaceholderText(tr("your memo on this code: boundary cases, decisions of the team…"));

    auto *form = new QFormLayout;
    form->addRow(tr("Key"), m_key);
    form->addRow(tr("Name (中文)"), m_nameZh);
    form->addRow(tr("Name (English)"), m_nameEn);
    form->addRow(tr("Definition (中文)"), m_descZh);
    form->addRow(tr("Definition (English)"), m_descEn);
    form->addRow(tr("Under"), m_parent);
    form->addRow(tr("Shortcut key"), m_shortcut);
    form->addRow(tr("Colour"), m_colour);
    form->addRow(tr("Strong cue terms"), m_strong);
    form->addRow(tr("Weak cue terms"), m_weak);
    form->addRow(tr("Your memo"), m_memo);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_key->text().isEmpty() || m_nameZh->text().trimmed().isEmpty()) {
            QMessageBox::warning(this, windowTitle(), tr("A code needs a key and a Chinese name."));
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
}

void CodeDialog::setColour(const QString &colour)
{
    m_colourValue = colour;
    m_colour->setText(colour);
    m_colour->setStyleSheet(QStringLiteral("background:%1; color:%2").arg(colour, QColor(colour).lightness() > 140 ? QStringLiteral("black") : QStringLiteral("white")));
}

codebook::Code CodeDialog::code() const
{
    codebook::Code c = m_code;
    c.key = m_key->text();
    c.nameZh = m_nameZh->text().trimmed();
    c.nameEn = m_nameEn->text().trimmed().isEmpty() ? c.nameZh : m_nameEn->text().trimmed();
    c.descriptionZh = m_descZh->toPlainText().trimmed();
    c.descriptionEn = m_descEn->toPlainText().trimmed();
    c.parentKey = m_parent->currentData().toString();
    c.shortcut = m_shortcut->currentData().toString();
    c.color = m_colourValue;
    c.cues.strong = terms(m_strong);
    c.cues.weak = terms(m_weak);
    return c;
}

QString CodeDialog::memo() const { return m_memo->toPlainText().trimmed(); }

} // namespace caselens::gui
