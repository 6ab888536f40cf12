#include "charts/distributionchart.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QLegend>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QLineSeries>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <numeric>

namespace caselens::gui {

namespace {

// Breaks a label into lines of about `width` characters (at spaces for English) for an
// axis whose labels are rich text.
QString wrapLabel(const QString &label, int width)
{
    QStringList lines;
    if (label.contains(QLatin1Char(' '))) {
        QString line;
        QString spaced = label;
        spaced.replace(QLatin1Char('-'), QStringLiteral("- "));
        for (const QString &word : spaced.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
                lines.append(line);
                line.clear();
            }
            line += (line.isEmpty() || line.endsWith(QLatin1Char('-')) ? QString() : QStringLiteral(" ")) + word;
        }
        lines.append(line);
    } else {
        for (qsizetype i = 0; i < label.size(); i += width)
            lines.append(label.mid(i, width));
    }
    return lines.join(QStringLiteral("<br>"));
}

// Keeps the `keep` rows with most items and adds up the rest as one row, labelled by how
// many groups it holds; percentages of the merged row are taken as the crosstab takes them.
void mergeSmallGroups(QList<analysis::CrosstabRow> &rows, QStringList &labels, int keep, const analysis::Crosstab &t)
{
    if (rows.size() <= keep + 1)
        return;
    QList<int> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return rows.at(a).total > rows.at(b).total; });
    QList<analysis::CrosstabRow> kept;
    QStringList keptLabels;
    analysis::CrosstabRow rest;
    rest.counts.fill(0, t.codes.size());
    rest.percent.fill(0, t.codes.size());
    for (int i = 0; i < order.size(); ++i) {
        const auto &r = rows.at(order.at(i));
        if (i < keep) {
            kept.append(r);
            keptLabels.append(labels.at(order.at(i)));
            continue;
        }
        rest.total += r.total;
        for (int c = 0; c < t.codes.size(); ++c) {
            rest.counts[c] += r.counts.value(c);
            rest.percent[c] += r.percent.value(c); // column and total shares add up
        }
    }
    if (t.spec.percent == analysis::PercentBase::Row)
        for (int c = 0; c < t.codes.size(); ++c)
            rest.percent[c] = rest.total > 0 ? 100.0 * double(rest.counts.at(c)) / double(rest.total) : 0;
    const int others = int(rows.size()) - keep;
    kept.append(rest);
    keptLabels.append(t.spec.lang == QLatin1String("en") ? QStringLiteral("%1 others").arg(others) : QStringLiteral("其他%1个").arg(others));
    rows = kept;
    labels = keptLabels;
}

} // namespace

namespace {
const QList<QColor> kGroupColours = {QColor(0x4E79A7), QColor(0xF28E2B), QColor(0x59A14F), QColor(0xE15759), QColor(0x76B7B2),
                                     QColor(0xEDC948), QColor(0xB07AA1), QColor(0xFF9DA7), QColor(0x9C755F), QColor(0xBAB0AC)};
}

DistributionChart::DistributionChart(QWidget *parent) : QWidget(parent), m_view(new QChartView(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

QChart *DistributionChart::chart() const { return m_view->chart(); }

void DistributionChart::setCrosstab(const analysis::Crosstab &t, bool percent)
{
    auto *chart = new QChart;
    m_categoryNames.clear();
    m_values.clear();
    m_names.clear();
    QList<analysis::CrosstabRow> rows = t.groups;
    QStringList labels;
    for (const auto &g : rows) {
        QStringList parts;
        for (int i = 0; i < g.key.size(); ++i)
            parts.append(t.labels.label(t.spec.by.value(i), g.key.at(i)));
        labels.append(parts.join(QStringLiteral(" · ")));
    }
    if (rows.isEmpty()) {
        rows.append(t.totals);
        labels.append(t.spec.lang == QLatin1String("en") ? QStringLiteral("All") : QStringLiteral("全部"));
    }
    const bool byYear = t.spec.by == QStringList{QStringLiteral("year")};
    if (!byYear)
        mergeSmallGroups(rows, labels, kMaxGroups - 1, t);
    double maxValue = 0;
    auto value = [&](const analysis::CrosstabRow &r, int c) { return percent ? r.percent.value(c) : double(r.counts.value(c)); };
    auto *axisY = new QValueAxis;
    if (byYear) {
        // Lines across years, one per characteristic.
        auto *axisX = new QBarCategoryAxis;
        axisX->append(labels);
        chart->addAxis(axisX, Qt::AlignBottom);
        chart->addAxis(axisY, Qt::AlignLeft);
        for (int c = 0; c < t.codes.size(); ++c) {
            auto *line = new QLineSeries;
            line->setName(t.codeNames.at(c));
            if (m_colours.contains(t.codes.at(c))) {
                QPen pen(m_colours.value(t.codes.at(c)));
                pen.setWidthF(2.5);
                line->setPen(pen);
            }
            for (int g = 0; g < rows.size(); ++g) {
                line->append(g, value(rows.at(g), c));
                maxValue = std::max(maxValue, value(rows.at(g), c));
            }
            chart->addSeries(line);
            line->attachAxis(axisX);
            line->attachAxis(axisY);
        }
        for (const auto &r : rows) {
            QList<double> v;
            for (int c = 0; c < t.codes.size(); ++c)
                v.append(value(r, c));
            m_values.append(v);
        }
        m_names = labels;
    } else {
        auto *series = new QBarSeries;
        for (int g = 0; g < rows.size(); ++g) {
            auto *set = new QBarSet(labels.at(g));
            set->setColor(kGroupColours.at(g % kGroupColours.size()));
            QList<double> v;
            for (int c = 0; c < t.codes.size(); ++c) {
                *set << value(rows.at(g), c);
                v.append(value(rows.at(g), c));
                maxValue = std::max(maxValue, v.last());
            }
            series->append(set);
            m_values.append(v);
            m_names.append(labels.at(g));
        }
        chart->addSeries(series);
        auto *axisX = new QBarCategoryAxis;
        // Whole names on two or three short lines read at a glance; cut names did not.
        m_categoryNames = t.codeNames;
        QStringList wrapped;
        for (const QString &n : t.codeNames)
            wrapped.append(wrapLabel(n, t.spec.lang == QLatin1String("en") ? 11 : 5));
        axisX->append(wrapped);
        axisX->setTruncateLabels(false); // wrapped whole names, never "Asses…"
        QFont small = axisX->labelsFont();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        axisX->setLabelsFont(small);
        chart->addAxis(axisX, Qt::AlignBottom);
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    // Ticks at round values (0, 5, 10, 15, 20 %), not at fifths of the largest bar.
    axisY->setRange(0, maxValue > 0 ? maxValue * 1.05 : 1);
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(percent ? QStringLiteral("%.0f%%") : QStringLiteral("%.0f"));
    axisY->setTitleText(percent ? (t.spec.lang == QLatin1String("en") ? QStringLiteral("% of the group's items") : QStringLiteral("组内占比(%)"))
                                : (t.spec.lang == QLatin1String("en") ? QStringLiteral("Coded items") : QStringLiteral("编码条目数")));
    // Lines: one legend entry per code, whole names down the right side. Bars: a few groups
    // along the bottom.
    chart->legend()->setAlignment(byYear ? Qt::AlignRight : Qt::AlignBottom);
    chart->legend()->setShowToolTips(true);
    if (byYear) {
        QFont small = chart->legend()->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        chart->legend()->setFont(small);
        chart->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    }
    chart->setAnimationOptions(QChart::NoAnimation);
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

void DistributionChart::clear()
{
    m_values.clear();
    m_names.clear();
    QChart *old = m_view->chart();
    m_view->setChart(new QChart);
    delete old;
}

bool DistributionChart::exportTo(const QString &path, QSizeF sizeMm, int dpi, QString *error)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext != QLatin1String("png") && ext != QLatin1String("svg") && ext != QLatin1String("pdf")) {
        if (error)
            *error = tr("Charts are exported as .png, .svg or .pdf.");
        return false;
    }
    // The chart is laid out at the page's size in points of 1/96 inch, then drawn scaled
    // to the dots asked for: text keeps its size in print whatever the resolution.
    const double inchW = sizeMm.width() / 25.4, inchH = sizeMm.height() / 25.4;
    const QSizeF logical(inchW * 96.0, inchH * 96.0);
    QChart *c = chart();
    const QSizeF before = c->size();
    const QPointF beforePos = c->pos();
    const bool card = c->isBackgroundVisible();
    const qreal roundness = c->backgroundRoundness();
    c->setBackgroundVisible(false);
    c->setBackgroundRoundness(0);
    c->setPos(0, 0);
    // Print sizes: 7-point labels and legend, 8-point axis titles, as journals ask; the
    // screen's larger type would not leave room for whole labels on a page.
    struct AxisFonts {
        QAbstractAxis *axis;
        QFont labels, title;
    };
    QList<AxisFonts> screenFonts;
    for (QAbstractAxis *axis : c->axes()) {
        screenFonts.append({axis, axis->labelsFont(), axis->titleFont()});
        QFont labels = axis->labelsFont(), title = axis->titleFont();
        labels.setPointSizeF(7);
        title.setPointSizeF(8);
        axis->setLabelsFont(labels);
        axis->setTitleFont(title);
    }
    const QFont legendFont = c->legend()->font();
    QFont printLegend = legendFont;
    printLegend.setPointSizeF(7);
    c->legend()->setFont(printLegend);
    // Room on the right for the last group's label, which Qt Charts drops when it would
    // reach past the chart's edge.
    const QMargins screenMargins = c->margins();
    c->setMargins(screenMargins + QMargins(0, 0, qRound(logical.width() * 0.04), 0));
    c->resize(logical);
    if (c->layout())
        c->layout()->activate(); // lay out at the new size now, not at the next event
    // Whole code names under the bars, wrapped to the width each bar group has on the page.
    QBarCategoryAxis *categories = nullptr;
    QStringList screenCategories;
    for (QAbstractAxis *axis : c->axes(Qt::Horizontal))
        if (auto *a = qobject_cast<QBarCategoryAxis *>(axis); a && a->count() == m_categoryNames.size() && !m_categoryNames.isEmpty())
            categories = a;
    if (categories) {
        screenCategories = categories->categories();
        const double perGroup = c->plotArea().width() / double(m_categoryNames.size());
        // The longest word must fit its group: smaller type (down to 5 points) rather
        // than a name cut or run into its neighbour.
        const bool spaced = std::any_of(m_categoryNames.begin(), m_categoryNames.end(), [](const QString &n) { return n.contains(QLatin1Char(' ')); });
        QFont labelFont = categories->labelsFont();
        double longestWord = 0;
        for (const QString &n : m_categoryNames)
            for (const QString &word : spaced ? QString(n).replace(QLatin1Char('-'), QStringLiteral("- ")).split(QLatin1Char(' ')) : QStringList{n.left(2)})
                longestWord = std::max(longestWord, QFontMetricsF(labelFont).horizontalAdvance(word));
        if (longestWord > perGroup * 0.8) {
            labelFont.setPointSizeF(std::max(5.0, labelFont.pointSizeF() * perGroup * 0.8 / longestWord));
            categories->setLabelsFont(labelFont);
        }
        const QFontMetricsF fm(labelFont);
        const double charWidth = spaced ? fm.averageCharWidth() : fm.horizontalAdvance(QStringLiteral("中"));
        const int chars = std::max(3, int(perGroup * 0.8 / charWidth));
        QStringList wrapped;
        for (const QString &n : m_categoryNames)
            wrapped.append(wrapLabel(n, chars));
        categories->setCategories(wrapped);
    }
    if (c->layout())
        c->layout()->activate();
    auto draw = [&](QPainter &p, const QRectF &target) {
        p.setRenderHint(QPainter::Antialiasing);
        p.fillRect(target, Qt::white);
        c->scene()->render(&p, target, QRectF(QPointF(0, 0), logical));
    };
    bool ok = true;
    if (ext == QLatin1String("png")) {
        QImage image(qRound(inchW * dpi), qRound(inchH * dpi), QImage::Format_ARGB32);
        image.setDotsPerMeterX(qRound(dpi / 0.0254));
        image.setDotsPerMeterY(qRound(dpi / 0.0254));
        image.fill(Qt::white);
        {
            QPainter p(&image);
            draw(p, QRectF(QPointF(0, 0), QSizeF(image.size())));
        }
        ok = image.save(path);
    } else if (ext == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(logical.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), logical));
        svg.setResolution(96);
        QPainter p(&svg);
        draw(p, QRectF(QPointF(0, 0), logical));
    } else {
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(sizeMm, QPageSize::Millimeter));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(dpi);
        QPainter p(&pdf);
        draw(p, QRectF(QPointF(0, 0), QSizeF(pdf.width(), pdf.height())));
    }
    for (const auto &f : screenFonts) {
        f.axis->setLabelsFont(f.labels);
        f.axis->setTitleFont(f.title);
    }
    c->legend()->setFont(legendFont);
    c->setMargins(screenMargins);
    if (categories)
        categories->setCategories(screenCategories);
    c->resize(before);
    c->setPos(beforePos);
    if (c->layout())
        c->layout()->activate();
    c->setBackgroundRoundness(roundness);
    c->setBackgroundVisible(card);
    if (!ok && error)
        *error = tr("Cannot write %1.").arg(path);
    return ok;
}

} // namespace caselens::gui
