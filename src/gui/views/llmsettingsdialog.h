#pragma once
// LlmSettingsDialog: the project's LLM endpoint — URL, model, temperature and requests in
// flight — checked and stored by the core's storeLlmSettings, as `code --llm-…` does.

#include "store/project.h"

#include <QDialog>
#include <functional>

class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace caselens::gui {

class LlmSettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit LlmSettingsDialog(store::Project &project, QWidget *parent = nullptr);
    // Stores the values; asks before allowing an endpoint off this machine. An error (and
    // nothing written) when the user declined or a value was refused.
    Status save();

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *modelEdit() const { return m_model; }
    QDoubleSpinBox *temperatureEdit() const { return m_temperature; }
    QSpinBox *concurrencyEdit() const { return m_concurrency; }
    // Who answers "may texts go to HOST?"; a message box unless replaced (tests answer it).
    void setConsentQuestion(std::function<bool(const QString &host)> ask) { m_askConsent = std::move(ask); }

private:
    store::Project &m_project;
    QLineEdit *m_url, *m_model;
    QDoubleSpinBox *m_temperature;
    QSpinBox *m_concurrency;
    std::function<bool(const QString &host)> m_askConsent;
};

} // namespace caselens::gui
