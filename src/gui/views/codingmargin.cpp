#include "views/codingmargin.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>

namespace caselens::gui {

namespace {

constexpr int kBar = 5, kGap = 3, kPad = 4;

} // namespace

CodingMargin::CodingMargin(QPlainTextEdit *text, QWidget *parent) : QWidget(parent), m_text(text)
{
    setMouseTracking(true);
    connect(text->verticalScrollBar(), &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
    connect(text, &QPlainTextEdit::updateRequest, this, [this] { update(); });
}

void CodingMargin::setStripes(QList<Stripe> stripes)
{
    m_stripes = std::move(stripes);
    m_columns = 0;
    for (const Stripe &s : m_stripes)
        m_columns = std::max(m_columns, s.column + 1);
    updateGeometry();
    update();
}

QSize CodingMargin::sizeHint() const
{
    return {kPad * 2 + std::max(1, m_columns) * (kBar + kGap), 0};
}

QRect CodingMargin::rectOf(const Stripe &s) const
{
    QTextCursor a(m_text->document()), b(m_text->document());
    a.setPosition(int(s.start));
    b.setPosition(int(std::max(s.start, s.end - 1)));
    const QRect top = m_text->cursorRect(a), bottom = m_text->cursorRect(b);
    // The text's viewport and this margin share their top edge in the layout.
    const int offset = m_text->viewport()->mapTo(m_text, QPoint(0, 0)).y() + m_text->mapTo(parentWidget(), QPoint(0, 0)).y() - y();
    QRect r(kPad + s.column * (kBar + kGap), top.top() + offset, kBar, bottom.bottom() - top.top());
    return r.intersects(rect()) ? r : QRect();
}

void CodingMargin::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    for (const Stripe &s : m_stripes) {
        const QRect r = rectOf(s);
        if (r.isNull())
            continue;
        if (s.suggested) {
            p.setPen(QPen(s.color, 1.5, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(r.adjusted(0, 0, -1, -1));
        } else {
            p.setPen(Qt::NoPen);
            p.setBrush(s.color);
            p.drawRect(r);
        }
    }
}

const CodingMargin::Stripe *CodingMargin::stripeAt(const QPoint &pos) const
{
    for (const Stripe &s : m_stripes)
        if (rectOf(s).adjusted(-1, 0, 1, 0).contains(pos))
            return &s;
    return nullptr;
}

void CodingMargin::mousePressEvent(QMouseEvent *event)
{
    if (const Stripe *s = stripeAt(event->position().toPoint()))
        Q_EMIT codingClicked(s->codingId);
}

bool CodingMargin::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const Stripe *s = stripeAt(help->pos()))
            QToolTip::showText(help->globalPos(), s->label, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace caselens::gui
