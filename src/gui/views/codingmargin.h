#pragma once
// CodingMargin: the stripes beside a case's text, as MAXQDA and QualCoder draw them — one
// column per code, a bar in the code's colour from the first to the last line of each
// coding, so two codes on one passage are two bars, never a blended colour. Suggestions
// are outlined, accepted codings solid. Hover names the code and coder; a click selects
// the coding.

#include <QColor>
#include <QWidget>

class QPlainTextEdit;

namespace caselens::gui {

class CodingMargin : public QWidget {
    Q_OBJECT
public:
    struct Stripe {
        qint64 codingId = 0;
        qint64 start = 0, end = 0; // UTF-16 positions in the text widget
        QString code, label;       // key; what hover shows
        QColor color;
        bool suggested = false;
        int column = 0;
    };
    explicit CodingMargin(QPlainTextEdit *text, QWidget *parent = nullptr);
    void setStripes(QList<Stripe> stripes);
    const QList<Stripe> &stripes() const { return m_stripes; }
    // Where each stripe is drawn now, in this widget's coordinates (empty when out of view).
    QRect rectOf(const Stripe &stripe) const;
    QSize sizeHint() const override;

Q_SIGNALS:
    void codingClicked(qint64 codingId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    const Stripe *stripeAt(const QPoint &pos) const;
    QPlainTextEdit *m_text;
    QList<Stripe> m_stripes;
    int m_columns = 0;
};

} // namespace caselens::gui
