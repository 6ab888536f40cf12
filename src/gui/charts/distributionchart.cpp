#include "charts/distributionchart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFileInfo>
#include <QLineSeries>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QValueAxis>
#include <QVBoxLayout>

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
        QStringList wrapped;
        for (const QString &n : t.codeNames)
            wrapped.append(wrapLabel(n, t.spec.lang == QLatin1String("en") ? 11 : 5));
        axisX->append(wrapped);
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
    chart->legend()->setAlignment(Qt::AlignBottom);
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

bool DistributionChart::exportTo(const QString &path, QString *error)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    const QSize size = m_view->size().isEmpty() ? QSize(1200, 700) : m_view->size();
    if (ext == QLatin1String("png")) {
        QPixmap pm = m_view->grab();
        if (pm.save(path))
            return true;
    } else if (ext == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        QPainter p(&svg);
        m_view->render(&p);
        return true;
    } else if (ext == QLatin1String("pdf")) {
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        QPainter p(&pdf);
        m_view->render(&p);
        return true;
    }
    if (error)
        *error = tr("Charts are exported as .png, .svg or .pdf.");
    return false;
}

} // namespace caselens::gui
