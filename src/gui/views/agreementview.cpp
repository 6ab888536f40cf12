#include "views/agreementview.h"

#include "document/projectdocument.h"
#include "models/tablemodel.h"
#include "review/adjudication.h"
#include "store/codestore.h"
#include "store/documentstore.h"
#include "store/samplestore.h"
#include "views/sampledialog.h"
#include "text/unicode.h"
#include "uilanguage.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace caselens::gui {

using exporting::TableCell;

AgreementView::AgreementView(ProjectDocument &document, QWidget *parent)
    : QWidget(parent), m_doc(document), m_project(document.project()), m_run(new QPushButton(this)), m_codeIt(new QPushButton(this)),
      m_omitIt(new QPushButton(this)), m_newSample(new QPushButton(this)), m_codersLabel(new QLabel(this)), m_sampleLabel(new QLabel(this)), m_consensusLabel(new QLabel(this)), m_first(new QComboBox(this)), m_second(new QComboBox(this)),
      m_sample(new QComboBox(this)), m_consensus(new QLineEdit(QStringLiteral("consensus"), this)), m_summary(new QLabel(this)),
      m_codes(new QTableView(this)), m_disagreements(new QTableView(this)), m_codesModel(new TableModel(this)),
      m_disModel(new TableModel(this)), m_passage(new QTextBrowser(this))
{
    auto *run = m_run, *codeIt = m_codeIt, *omitIt = m_omitIt;
    m_summary->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_codersLabel);
    top->addWidget(m_first);
    top->addWidget(m_second);
    top->addWidget(m_sampleLabel);
    top->addWidget(m_sample);
    top->addWidget(m_newSample);
    top->addWidget(run);
    top->addStretch(1);
    top->addWidget(m_consensusLabel);
    top->addWidget(m_consensus);
    top->addWidget(codeIt);
    top->addWidget(omitIt);
    m_codes->setModel(m_codesModel);
    m_codes->verticalHeader()->hide();
    m_codes->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_disagreements->setModel(m_disModel);
    m_disagreements->verticalHeader()->hide();
    m_disagreements->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_disagreements->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto *bottom = new QSplitter(this);
    bottom->addWidget(m_disagreements);
    bottom->addWidget(m_passage);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_codes);
    split->addWidget(bottom);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    connect(run, &QPushButton::clicked, this, &AgreementView::compute);
    connect(m_newSample, &QPushButton::clicked, this, &AgreementView::newSample);
    connect(codeIt, &QPushButton::clicked, this, [this] { decide(true); });
    connect(omitIt, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_disagreements, &QTableView::clicked, this, [this](const QModelIndex &i) { showDisagreement(i.row()); });
    reloadChoices();
    retranslate();
}

void AgreementView::retranslate()
{
    m_run->setText(tr("Compute"));
    m_codeIt->setText(tr("Code it"));
    m_omitIt->setText(tr("Omit"));
    m_codersLabel->setText(tr("Coders"));
    m_sampleLabel->setText(tr("Sample"));
    m_newSample->setText(tr("New sample…"));
    m_consensusLabel->setText(tr("Consensus coder"));
    if (m_sample->count() > 0)
        m_sample->setItemText(0, tr("All coded passages"));
    if (!m_report)
        m_summary->setText(tr("Choose two different coders, and a sample to measure on it alone (caselens-cli sample draws one), then "
                              "Compute. Disagreements are listed below to decide into a consensus coder."));
}

void AgreementView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_report)
            compute(); // the tables' headings and code names in the new language
    }
    QWidget::changeEvent(event);
}

void AgreementView::reloadChoices()
{
    const QStringList coders = store::CodeStore(m_project).coderNames();
    for (QComboBox *box : {m_first, m_second}) {
        const QString current = box->currentText();
        box->clear();
        box->addItems(coders);
        if (!current.isEmpty())
            box->setCurrentText(current);
    }
    if (m_second->currentIndex() == m_first->currentIndex() && coders.size() > 1)
        m_second->setCurrentIndex(1);
    m_sample->clear();
    m_sample->addItem(tr("All coded passages"), QString());
    // An unreadable list leaves "all coded passages", which still works.
    if (auto samples = store::SampleStore(m_project).all())
        for (const auto &s : *samples)
            m_sample->addItem(s.name, s.name);
}

void AgreementView::newSample()
{
    SampleDialog dialog(m_project, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadChoices();
    chooseSample(dialog.spec().name);
    m_doc.reportStatus(tr("Sample \"%1\" drawn: %2 items.").arg(dialog.spec().name).arg(dialog.drawn().size()));
}

bool AgreementView::chooseSample(const QString &name)
{
    const int i = m_sample->findData(name);
    if (i < 0)
        return false;
    m_sample->setCurrentIndex(i);
    return true;
}

QString AgreementView::summary() const
{
    return m_summary->text();
}

void AgreementView::compute()
{
    auto r = review::computeAgreement(m_project, {m_first->currentText(), m_second->currentText()}, QStringLiteral("passage"),
                                      m_sample->currentData().toString());
    if (!r) {
        m_summary->setText(r.error().message);
        m_report.reset();
        return;
    }
    m_report = r.take();
    // Codes by their names in the interface's language, as everywhere else in the window.
    QHash<QString, QString> names;
    for (const auto &c : store::CodeStore(m_project).codebook().codes)
        names.insert(c.key, c.name(uiLanguage()));
    m_codeNames = names;
    // One denominator said twice would read as two: the units in cases either coder coded,
    // and of those the units both coded, which the 2×2 counts below are of.
    const auto &first = m_report->codes.isEmpty() ? review::CodeAgreement{} : m_report->codes.first();
    const qint64 paired = first.bothYes + first.firstOnly + first.secondOnly + first.bothNo;
    m_summary->setText(tr("%1 passages in cases either coder coded, %2 in cases both coded (the counts below are of these) · identical "
                          "codes on %3% · pooled kappa %4 · Krippendorff's alpha %5 · %6 disagreements")
                           .arg(m_report->units)
                           .arg(paired)
                           .arg(m_report->percentAgreement, 0, 'f', 2)
                           .arg(m_report->pooledKappa, 0, 'f', 3)
                           .arg(m_report->alpha, 0, 'f', 3)
                           .arg(m_report->disagreements.size()));
    exporting::Table codes;
    codes.columns = {tr("Code"), tr("Agreement %"), QStringLiteral("Cohen κ"), QStringLiteral("Krippendorff α"), tr("both yes"), tr("first only"), tr("second only"), tr("both no")};
    for (const auto &c : m_report->codes)
        codes.rows.append({TableCell::fromText(m_codeNames.value(c.code, c.code)), TableCell::fromNumber(c.percent, 2), TableCell::fromNumber(c.kappa, 3),
                           TableCell::fromNumber(c.alpha, 3), TableCell::fromNumber(double(c.bothYes), 0), TableCell::fromNumber(double(c.firstOnly), 0),
                           TableCell::fromNumber(double(c.secondOnly), 0), TableCell::fromNumber(double(c.bothNo), 0)});
    m_codesModel->setTable(codes);
    m_codes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents); // code names in full
    exporting::Table dis;
    dis.columns = {tr("Case"), tr("Passage"), tr("Code"), tr("Yes"), tr("No")};
    for (const auto &d : m_report->disagreements)
        dis.rows.append({TableCell::fromNumber(double(d.documentId), 0), TableCell::fromNumber(double(d.unit), 0), TableCell::fromText(m_codeNames.value(d.code, d.code)),
                         TableCell::fromText(d.saidYes.join(QStringLiteral(", "))), TableCell::fromText(d.saidNo.join(QStringLiteral(", ")))});
    m_disModel->setTable(dis);
    m_disagreements->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    if (!m_report->disagreements.isEmpty()) {
        m_disagreements->selectRow(0);
        showDisagreement(0);
    } else {
        m_passage->clear();
    }
}

void AgreementView::showDisagreement(int row)
{
    if (!m_report || row < 0 || row >= m_report->disagreements.size())
        return;
    const auto &d = m_report->disagreements.at(row);
    store::DocumentStore documents(m_project);
    auto span = documents.passage(d.unit);
    auto text = span ? documents.text(span->documentId) : Result<QString>(span.error());
    auto meta = span ? documents.row(span->documentId) : Result<store::DocumentRow>(span.error());
    if (!text || !meta) {
        m_passage->setPlainText(!text ? text.error().message : meta.error().message);
        return;
    }
    const QString passage = text::midCodePoints(*text, span->start, span->end);
    m_passage->setHtml(QStringLiteral("<h3>#%1 %2</h3><p>%3</p><table width='100%'><tr><td><b>%4</b><br/>%5</td><td><b>%6</b><br/>%7</td></tr></table>")
                           .arg(d.documentId)
                           .arg(meta->meta.title.toHtmlEscaped(), passage.toHtmlEscaped(), tr("Coded %1").arg(m_codeNames.value(d.code, d.code)).toHtmlEscaped(),
                                d.saidYes.join(QStringLiteral(", ")).toHtmlEscaped(), tr("Did not").toHtmlEscaped(),
                                d.saidNo.join(QStringLiteral(", ")).toHtmlEscaped()));
}

void AgreementView::decide(bool code)
{
    const int row = m_disagreements->currentIndex().row();
    if (!m_report || row < 0 || row >= m_report->disagreements.size())
        return;
    const auto &d = m_report->disagreements.at(row);
    auto r = review::adjudicate(m_project, {m_first->currentText(), m_second->currentText()}, m_consensus->text().trimmed(),
                                {{d.unit, d.code, code}}, m_doc.coderName(), m_sample->currentData().toString());
    if (!r) {
        m_summary->setText(r.error().message);
        return;
    }
    m_doc.announceCodings(0);
    reloadChoices();
    compute();
    m_disagreements->selectRow(qMin(row, m_disModel->rowCount() - 1));
    showDisagreement(qMin(row, m_disModel->rowCount() - 1));
}

} // namespace caselens::gui
