#pragma once
// AgreementView: choose coders and a sample, see percent agreement, kappa and alpha per
// code, and decide each disagreement into a consensus coder, the two coders' answers
// side by side with the passage.

#include "review/agreement.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace caselens::gui {

class ProjectDocument;
class TableModel;

class AgreementView : public QWidget {
    Q_OBJECT
public:
    // Decisions are made as the document's coder and announced through it.
    explicit AgreementView(ProjectDocument &document, QWidget *parent = nullptr);
    void reloadChoices();
    void compute();
    // Draws a new sample in a dialog and chooses it.
    void newSample();
    // Chooses a stored sample by name (for tests and after drawing one).
    bool chooseSample(const QString &name);
    void decide(bool code);
    const std::optional<review::AgreementReport> &report() const { return m_report; }
    QComboBox *firstCoder() const { return m_first; }
    QString summary() const; // the line above the tables
    QComboBox *secondCoder() const { return m_second; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void showDisagreement(int row);
    void retranslate();
    ProjectDocument &m_doc;
    store::Project &m_project;
    QHash<QString, QString> m_codeNames; // code key → name shown
    QPushButton *m_run, *m_codeIt, *m_omitIt, *m_newSample;
    QLabel *m_codersLabel, *m_sampleLabel, *m_consensusLabel;
    QComboBox *m_first, *m_second, *m_sample;
    QLineEdit *m_consensus;
    QLabel *m_summary;
    QTableView *m_codes, *m_disagreements;
    TableModel *m_codesModel, *m_disModel;
    QTextBrowser *m_passage;
    std::optional<review::AgreementReport> m_report;
};

} // namespace caselens::gui
