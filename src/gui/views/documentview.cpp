#include "views/documentview.h"

#include "commands/codingcommands.h"
#include "commands/editcommands.h"
#include "document/projectdocument.h"
#include "models/codebookmodel.h"
#include "views/caselist.h"
#include "views/codingmargin.h"
#include "views/memopanel.h"
#include "text/unicode.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolTip>
#include <QVBoxLayout>

namespace caselens::gui {

DocumentView::DocumentView(ProjectDocument &document, CodebookModel &codebook, QWidget *parent)
    : QWidget(parent), m_doc(document), m_project(document.project()), m_codebook(codebook), m_reader(document.project(), QString()),
      m_text(new QPlainTextEdit(this)), m_side(new QTextBrowser(this)), m_title(new QLabel(this)), m_hint(new QLabel(this)),
      m_memo(new MemoPanel(document.project(), document.coderName(), this)), m_margin(nullptr)
{
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->installEventFilter(this);
    m_text->viewport()->installEventFilter(this);
    m_text->setMouseTracking(true);
    QFont f = m_text->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_text->setFont(f);
    m_title->setWordWrap(true);
    QFont tf = m_title->font();
    tf.setBold(true);
    tf.setPointSizeF(tf.pointSizeF() * 1.2);
    m_title->setFont(tf);
    m_side->setOpenLinks(false);
    auto *sideSplit = new QSplitter(Qt::Vertical, this);
    sideSplit->addWidget(m_side);
    sideSplit->addWidget(m_memo);
    sideSplit->setStretchFactor(0, 3);
    sideSplit->setStretchFactor(1, 2);
    connect(m_side, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const qint64 id = url.path().toLongLong();
        if (url.scheme() == QLatin1String("coding"))
            showCodingMemo(id);
        else if (url.scheme() == QLatin1String("accept") || url.scheme() == QLatin1String("reject"))
            decide(id, int(url.scheme() == QLatin1String("accept") ? DecisionCommand::Decision::Accept : DecisionCommand::Decision::Reject));
        else if (url.scheme() == QLatin1String("change"))
            changeSuggestion(id);
        else if (m_document)
            m_memo->setTarget(store::MemoTarget::Document, m_document, tr("Memo on case #%1").arg(m_document));
    });
    auto *textBox = new QWidget(this);
    m_text->setParent(textBox);
    m_margin = new CodingMargin(m_text, textBox);
    auto *textLayout = new QHBoxLayout(textBox);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->setSpacing(0);
    textLayout->addWidget(m_margin);
    textLayout->addWidget(m_text, 1);
    connect(m_margin, &CodingMargin::codingClicked, this, [this](qint64 id) {
        for (const auto &c : m_codings)
            if (c.id == id) {
                QTextCursor cursor(m_text->document());
                cursor.setPosition(toUtf16(c.start));
                cursor.setPosition(toUtf16(c.end), QTextCursor::KeepAnchor);
                m_text->setTextCursor(cursor);
                showCodingMemo(id);
            }
    });
    m_caseList = new CaseList(m_doc, this);
    connect(m_caseList, &CaseList::caseChosen, this, &DocumentView::showDocument);
    auto *split = new QSplitter(this);
    split->addWidget(m_caseList);
    split->addWidget(textBox);
    split->addWidget(sideSplit);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    split->setStretchFactor(2, 2);
    split->setSizes({220, 800, 320});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(split, 1);
    m_hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(m_hint);
    retranslate();
    connect(m_text, &QPlainTextEdit::cursorPositionChanged, this, &DocumentView::updateSidePanel);
    connect(m_memo, &MemoPanel::memoEdited, this, [this](store::MemoTarget target, qint64 id, const QString &before, const QString &after) {
        m_doc.push(new EditMemoCommand(m_doc, target, id, before, after));
    });
    connect(&m_doc, &ProjectDocument::memosChanged, m_memo, &MemoPanel::reload);
    connect(&m_doc, &ProjectDocument::coderChanged, m_memo, &MemoPanel::setAuthor);
    connect(&m_doc, &ProjectDocument::codingsChanged, this, [this](qint64 id) {
        if (id == 0 || id == m_document)
            refresh();
    });
    connect(&m_doc, &ProjectDocument::codebookChanged, this, &DocumentView::refresh);
    connect(&m_doc, &ProjectDocument::blindChanged, this, [this] { setBlindCoder(m_doc.onlyCoder()); });
}

void DocumentView::decide(qint64 suggestionId, int decision, const QString &newCode)
{
    m_doc.push(new DecisionCommand(m_doc, suggestionId, m_document, DecisionCommand::Decision(decision), newCode));
}

void DocumentView::changeSuggestion(qint64 suggestionId)
{
    QStringList names, keys;
    for (const auto &c : m_codebook.codes()) {
        names.append(c.name(m_codebook.lang()));
        keys.append(c.key);
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Change suggestion"), tr("Code this passage with:"), names, 0, false, &ok);
    if (ok && names.contains(chosen))
        decide(suggestionId, int(DecisionCommand::Decision::Change), keys.at(names.indexOf(chosen)));
}

void DocumentView::retranslate()
{
    m_hint->setText(tr("Keys: 1–0 code the selection or passage · A accept · R reject · N next suggestion · J/K next/previous passage"));
    if (m_document && m_memo->target() == store::MemoTarget::Document)
        m_memo->setTarget(store::MemoTarget::Document, m_document, tr("Memo on case #%1").arg(m_document));
    updateSidePanel();
}

void DocumentView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DocumentView::showDocumentAt(qint64 documentId, qint64 start, qint64 end)
{
    showDocument(documentId);
    if (m_document != documentId)
        return;
    m_hit = {start, end};
    for (int i = 0; i < m_paragraphs.size(); ++i)
        if (m_paragraphs.at(i).start <= start && start < m_paragraphs.at(i).end)
            m_current = i;
    QTextCursor c(m_text->document());
    c.setPosition(toUtf16(end));
    m_text->setTextCursor(c);
    m_text->ensureCursorVisible();
    c.setPosition(toUtf16(start));
    m_text->setTextCursor(c);
    m_text->ensureCursorVisible();
    render();
    updateSidePanel();
}

void DocumentView::showDocument(qint64 documentId)
{
    m_hit = {0, 0};
    store::DocumentStore docs(m_project);
    auto text = docs.text(documentId);
    auto row = docs.row(documentId);
    if (!text || !row)
        return;
    m_document = documentId;
    m_caseList->setCurrent(documentId);
    m_content = *text;
    m_utf16OfCp.clear();
    const text::CodePointMap map(m_content);
    if (map.codePointCount() != m_content.size())
        for (qsizetype cp = 0; cp <= map.codePointCount(); ++cp)
            m_utf16OfCp.push_back(map.toUtf16(cp));
    m_paragraphs.clear();
    for (const auto &p : docs.passages(documentId))
        if (p.kind == text::PassageKind::Paragraph)
            m_paragraphs.append(p);
    m_title->setText(QStringLiteral("#%1  %2").arg(documentId).arg(row->meta.title));
    m_text->setPlainText(m_content);
    m_current = m_paragraphs.isEmpty() ? -1 : 0;
    m_memo->setTarget(store::MemoTarget::Document, documentId, tr("Memo on case #%1").arg(documentId));
    refresh();
    m_text->moveCursor(QTextCursor::Start);
}

int DocumentView::toUtf16(qint64 cp) const
{
    if (m_utf16OfCp.empty())
        return int(cp);
    return int(m_utf16OfCp.at(size_t(qBound<qint64>(0, cp, qint64(m_utf16OfCp.size()) - 1))));
}

qint64 DocumentView::toCodePoint(int utf16) const
{
    if (m_utf16OfCp.empty())
        return utf16;
    auto it = std::lower_bound(m_utf16OfCp.begin(), m_utf16OfCp.end(), qsizetype(utf16));
    return qint64(it - m_utf16OfCp.begin());
}

void DocumentView::refresh()
{
    if (!m_document)
        return;
    auto codings = m_reader.codingsOfDocument(m_document, m_blindCoder);
    if (!codings)
        m_doc.reportStatus(codings.error().message);
    m_codings = codings ? *codings : QList<review::CodingRecord>{};
    render();
    updateSidePanel();
}

void DocumentView::render()
{
    QList<QTextEdit::ExtraSelection> selections;
    auto span = [&](qint64 start, qint64 end) {
        QTextCursor c(m_text->document());
        c.setPosition(toUtf16(start));
        c.setPosition(toUtf16(end), QTextCursor::KeepAnchor);
        return c;
    };
    if (m_current >= 0 && m_current < m_paragraphs.size()) {
        QTextEdit::ExtraSelection s;
        s.cursor = span(m_paragraphs.at(m_current).start, m_paragraphs.at(m_current).end);
        s.format.setBackground(QColor(0, 0, 0, 18));
        selections.append(s);
    }
    // Coded text gets one neutral tint (two codes' colours would blend into a third
    // code's); which codes, is what the margin's stripes say, one column per code.
    QList<CodingMargin::Stripe> stripes;
    QHash<QString, int> columnOf;
    for (const auto &code : m_codebook.codes())
        for (const auto &c : m_codings)
            if (c.code == code.key && c.status != QLatin1String("rejected") && c.status != QLatin1String("changed") && !columnOf.contains(code.key))
                columnOf.insert(code.key, int(columnOf.size()));
    for (const auto &c : m_codings) {
        if (c.status == QLatin1String("rejected") || c.status == QLatin1String("changed"))
            continue;
        const auto *code = m_codebook.code(c.code);
        const QColor colour(code ? code->color : QStringLiteral("#808080"));
        QTextEdit::ExtraSelection s;
        s.cursor = span(c.start, c.end);
        const bool suggested = c.status == QLatin1String("suggested");
        if (suggested) {
            s.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            s.format.setUnderlineColor(colour);
        } else {
            s.format.setBackground(QColor(120, 120, 120, 28));
        }
        selections.append(s);
        const QString name = code ? code->name(m_codebook.lang()) : c.code;
        stripes.append({c.id, toUtf16(c.start), toUtf16(c.end), c.code,
                        suggested ? tr("%1 — suggested by %2, score %3").arg(name, c.coder).arg(c.confidence, 0, 'f', 2)
                                  : tr("%1 — %2").arg(name, c.coder),
                        colour, suggested, columnOf.value(c.code, int(columnOf.size()))});
    }
    if (m_hit.second > m_hit.first) {
        QTextEdit::ExtraSelection hit;
        hit.cursor = span(m_hit.first, m_hit.second);
        hit.format.setBackground(QColor(255, 214, 0, 150));
        selections.append(hit);
    }
    m_text->setExtraSelections(selections);
    m_margin->setStripes(stripes);
}

void DocumentView::setBlindCoder(const QString &coder)
{
    m_blindCoder = coder;
    refresh();
}

void DocumentView::setCurrentPassage(int index)
{
    if (index < 0 || index >= m_paragraphs.size())
        return;
    m_current = index;
    // The whole passage in view, not half off the bottom: its end first, then its start.
    QTextCursor c(m_text->document());
    c.setPosition(toUtf16(m_paragraphs.at(index).end));
    m_text->setTextCursor(c);
    m_text->ensureCursorVisible();
    c.setPosition(toUtf16(m_paragraphs.at(index).start));
    m_text->setTextCursor(c);
    m_text->ensureCursorVisible();
    render();
    updateSidePanel();
}

qint64 DocumentView::currentSuggestion() const
{
    const qint64 cursor = toCodePoint(m_text->textCursor().position());
    for (const auto &c : m_codings)
        if (c.status == QLatin1String("suggested") && c.start <= cursor && cursor < c.end)
            return c.id;
    if (m_current >= 0 && m_current < m_paragraphs.size()) {
        const auto &p = m_paragraphs.at(m_current);
        for (const auto &c : m_codings)
            if (c.status == QLatin1String("suggested") && c.start < p.end && c.end > p.start)
                return c.id;
    }
    return 0;
}

void DocumentView::codeWithShortcut(const QString &key)
{
    const auto *code = m_codebook.codeForShortcut(key);
    if (!code || !m_document)
        return;
    const QTextCursor c = m_text->textCursor();
    if (c.hasSelection()) {
        m_doc.push(new AddCodingCommand(m_doc, m_document, toCodePoint(c.selectionStart()), toCodePoint(c.selectionEnd()), code->key,
                                        code->name(m_codebook.lang()), 0));
    } else if (m_current >= 0 && m_current < m_paragraphs.size()) {
        const auto &p = m_paragraphs.at(m_current);
        m_doc.push(new AddCodingCommand(m_doc, m_document, p.start, p.end, code->key, code->name(m_codebook.lang()), p.id));
    }
}

void DocumentView::nextSuggestion()
{
    for (int i = m_current + 1; i < m_paragraphs.size(); ++i) {
        const auto &p = m_paragraphs.at(i);
        for (const auto &c : m_codings) {
            if (c.status == QLatin1String("suggested") && c.start < p.end && c.end > p.start) {
                setCurrentPassage(i);
                return;
            }
        }
    }
}

void DocumentView::showCodingMemo(qint64 codingId)
{
    for (const auto &c : m_codings)
        if (c.id == codingId) {
            const auto *code = m_codebook.code(c.code);
            m_memo->setTarget(store::MemoTarget::Coding, codingId,
                              tr("Memo on the coding \"%1\" by %2")
                                  .arg(code ? code->name(m_codebook.lang()) : c.code, c.coder));
            return;
        }
}

void DocumentView::updateSidePanel()
{
    const qint64 cursor = toCodePoint(m_text->textCursor().position());
    for (int i = 0; i < m_paragraphs.size(); ++i)
        if (m_paragraphs.at(i).start <= cursor && cursor <= m_paragraphs.at(i).end && i != m_current) {
            m_current = i;
            render();
            break;
        }
    QString html;
    if (m_current >= 0 && m_current < m_paragraphs.size()) {
        const auto &p = m_paragraphs.at(m_current);
        html += QStringLiteral("<h3>%1</h3><p><small><a href='document:'>%2</a></small></p>")
                    .arg(tr("Passage %1 of %2").arg(m_current + 1).arg(m_paragraphs.size()), tr("memo on the case"));
        // A suggestion of a code people already gave this passage is not offered again.
        QSet<QString> coded;
        for (const auto &c : m_codings)
            if (c.status == QLatin1String("accepted") && c.start < p.end && c.end > p.start)
                coded.insert(c.code);
        for (const auto &c : m_codings) {
            if (!(c.start < p.end && c.end > p.start))
                continue;
            const bool suggested = c.status == QLatin1String("suggested");
            if (suggested && coded.contains(c.code))
                continue;
            const auto *code = m_codebook.code(c.code);
            const QString name = code ? code->name(m_codebook.lang()) : c.code;
            const QString colour = code ? code->color : QStringLiteral("#808080");
            // Who made it and, for an engine's suggestion a person accepted, who accepted it.
            QString status = suggested ? tr("suggested by %1, score %2").arg(c.coder).arg(c.confidence, 0, 'f', 2)
                           : c.status == QLatin1String("accepted") && c.origin == QLatin1String("ai") && !c.reviewer.isEmpty()
                               ? tr("accepted by %1 (suggested by %2)").arg(c.reviewer, c.coder)
                           : c.status == QLatin1String("accepted") ? tr("coded by %1").arg(c.coder)
                                                                    : tr("%1 (%2)").arg(c.status, c.coder);
            html += QStringLiteral("<p><span style='background:%1'>&nbsp;&nbsp;&nbsp;</span> <b>%2</b><br/><small>%3</small>")
                        .arg(colour, name.toHtmlEscaped(), status.toHtmlEscaped());
            if (!c.rationale.isEmpty())
                html += QStringLiteral("<br/><small><i>%1</i></small>").arg(c.rationale.toHtmlEscaped());
            html += QStringLiteral("<br/><small>");
            if (suggested)
                html += QStringLiteral("<a href='accept:%1'>%2</a> · <a href='reject:%1'>%3</a> · <a href='change:%1'>%4</a> · ")
                            .arg(c.id)
                            .arg(tr("Accept (A)"), tr("Reject (R)"), tr("Change…"));
            html += QStringLiteral("<a href='coding:%1'>%2</a></small></p>").arg(c.id).arg(tr("memo"));
        }
    }
    m_side->setHtml(html);
}

bool DocumentView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *ke = static_cast<QKeyEvent *>(event);
        const QString t = ke->text().toLower();
        if (ke->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
            return QWidget::eventFilter(watched, event);
        if (t.size() == 1 && t.at(0).isDigit()) {
            codeWithShortcut(t);
            return true;
        }
        if (t == QLatin1String("a") || t == QLatin1String("r")) {
            if (const qint64 id = currentSuggestion())
                m_doc.push(new DecisionCommand(m_doc, id, m_document,
                                               t == QLatin1String("a") ? DecisionCommand::Decision::Accept : DecisionCommand::Decision::Reject));
            return true;
        }
        if (t == QLatin1String("n")) {
            nextSuggestion();
            return true;
        }
        if (t == QLatin1String("j")) {
            setCurrentPassage(m_current + 1);
            return true;
        }
        if (t == QLatin1String("k")) {
            setCurrentPassage(m_current - 1);
            return true;
        }
    }
    if (event->type() == QEvent::ToolTip && watched == m_text->viewport()) {
        auto *he = static_cast<QHelpEvent *>(event);
        const qint64 cp = toCodePoint(m_text->cursorForPosition(he->pos()).position());
        QStringList tips;
        for (const auto &c : m_codings)
            if (c.status == QLatin1String("suggested") && c.start <= cp && cp < c.end) {
                const auto *code = m_codebook.code(c.code); // a person reads the name, not the key
                tips.append(tr("%1: score %2").arg(code ? code->name(m_codebook.lang()) : c.code).arg(c.confidence, 0, 'f', 2));
            }
        if (!tips.isEmpty()) {
            QToolTip::showText(he->globalPos(), tips.join(QLatin1Char('\n')), m_text);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace caselens::gui
