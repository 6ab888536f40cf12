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
class QTableView;
class QTextBrowser;

namespace caselens::gui {

class TableModel;

class AgreementView : public QWidget {
    Q_OBJECT
public:
    AgreementView(store::Project &project, QString actor, QWidget *parent = nullptr);
    void reloadChoices();
    void compute();
    void decide(bool code);
    const std::optional<review::AgreementReport> &report() const { return m_report; }
    QComboBox *firstCoder() const { return m_first; }
    QComboBox *secondCoder() const { return m_second; }

Q_SIGNALS:
    void codingsChanged();

private:
    void showDisagreement(int row);
    store::Project &m_project;
    QHash<QString, QString> m_codeNames; // code key → name shown
    QString m_actor;
    QComboBox *m_first, *m_second, *m_sample;
    QLineEdit *m_consensus;
    QLabel *m_summary;
    QTableView *m_codes, *m_disagreements;
    TableModel *m_codesModel, *m_disModel;
    QTextBrowser *m_passage;
    std::optional<review::AgreementReport> m_report;
};

} // namespace caselens::gui
