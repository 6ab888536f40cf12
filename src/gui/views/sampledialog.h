#pragma once
// SampleDialog: draws a named, reproducible sample for the agreement check in the window
// (name, cases or passages, size, seed, strata), showing the command line that draws
// the same sample. Form: ui/sampledialog.ui.

#include "review/sampler.h"

#include <QDialog>
#include <memory>

namespace Ui {
class SampleDialog;
}

namespace caselens::gui {

class SampleDialog : public QDialog {
    Q_OBJECT
public:
    SampleDialog(store::Project &project, QWidget *parent = nullptr);
    ~SampleDialog() override;
    review::SampleSpec spec() const;
    void setSpec(const review::SampleSpec &spec);
    // Draws and stores the sample; a refusal (a name used already, too few items) stays
    // in the dialog as one sentence.
    Status draw();
    // The sample drawn by the last successful draw().
    const QList<qint64> &drawn() const { return m_drawn; }

private:
    void describe();
    store::Project &m_project;
    std::unique_ptr<Ui::SampleDialog> m_ui;
    QList<qint64> m_drawn;
};

} // namespace caselens::gui
