#include "views/memopanel.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace caselens::gui {

MemoPanel::MemoPanel(store::Project &project, QString author, QWidget *parent)
    : QWidget(parent), m_project(project), m_author(std::move(author)), m_label(new QLabel(this)), m_others(new QTextBrowser(this)),
      m_edit(new QPlainTextEdit(this)), m_save(new QPushButton(tr("Save memo"), this))
{
    m_label->setWordWrap(true);
    m_others->setMaximumHeight(90);
    m_edit->setPlaceholderText(tr("Your memo: what you noticed, questions, ideas for the analysis…"));
    m_save->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_others);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_save);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] { m_save->setEnabled(m_edit->toPlainText().trimmed() != m_saved); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString after = m_edit->toPlainText().trimmed();
        if (after != m_saved)
            Q_EMIT memoEdited(m_target, m_targetId, m_saved, after);
    });
}

void MemoPanel::setTarget(store::MemoTarget target, qint64 targetId, const QString &label)
{
    m_target = target;
    m_targetId = targetId;
    m_label->setText(label);
    reload();
}

void MemoPanel::setAuthor(const QString &author)
{
    m_author = author;
    reload();
}

QString MemoPanel::ownText() const { return m_saved; }

void MemoPanel::reload()
{
    auto memos = store::MemoStore(m_project).memosOn(m_target, m_targetId);
    m_saved.clear();
    QString others;
    if (memos) {
        for (const auto &m : *memos) {
            if (m.author == m_author)
                m_saved = m.text;
            else
                others += QStringLiteral("<p><b>%1</b> <small>%2</small><br/>%3</p>")
                              .arg(m.author.toHtmlEscaped(), m.updatedAt.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')),
                                   m.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
        }
    }
    m_others->setHtml(others);
    m_others->setVisible(!others.isEmpty());
    const QSignalBlocker block(m_edit);
    m_edit->setPlainText(m_saved);
    m_save->setEnabled(false);
}

} // namespace caselens::gui
