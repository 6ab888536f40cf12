#include "views/llmsettingsdialog.h"

#include "coding/llmcoder.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QVBoxLayout>

namespace caselens::gui {

LlmSettingsDialog::LlmSettingsDialog(store::Project &project, QWidget *parent) : QDialog(parent), m_project(project)
{
    setWindowTitle(tr("LLM endpoint"));
    m_askConsent = [this](const QString &host) {
        return QMessageBox::question(this, windowTitle(), tr("%1 is not on this machine. Allow this project to send passage texts there?").arg(host))
               == QMessageBox::Yes;
    };
    const coding::LlmSettings current = coding::llmSettingsFromProject(project);
    m_url = new QLineEdit(current.baseUrl.toString(), this);
    m_model = new QLineEdit(current.model, this);
    m_temperature = new QDoubleSpinBox(this);
    m_temperature->setRange(0.0, 2.0);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(2);
    m_temperature->setValue(current.temperature);
    m_concurrency = new QSpinBox(this);
    m_concurrency->setRange(1, 16);
    m_concurrency->setValue(current.maxConcurrency);
    auto *note = new QLabel(tr("An OpenAI-compatible endpoint such as a local llama.cpp or Ollama server. Phone numbers, ID numbers and "
                               "e-mail addresses are masked before a passage is sent; the API key is read from CASELENS_LLM_API_KEY "
                               "and never stored in the project."),
                            this);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Endpoint URL"), m_url);
    form->addRow(tr("Model"), m_model);
    form->addRow(tr("Temperature"), m_temperature);
    form->addRow(tr("Requests in flight"), m_concurrency);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (Status s = save(); s)
            accept();
        else if (!s.error().message.isEmpty())
            QMessageBox::warning(this, windowTitle(), s.error().message);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

Status LlmSettingsDialog::save()
{
    const QUrl url(m_url->text().trimmed());
    bool allowRemote = false;
    if (url.isValid() && !url.host().isEmpty() && !coding::isLoopback(url) && !coding::remoteAllowed(m_project, url)) {
        allowRemote = m_askConsent(url.host());
        if (!allowRemote)
            return makeError(tr("Passage texts stay on this machine: the endpoint was not changed."), ErrorKind::InvalidInput);
    }
    return coding::storeLlmSettings(m_project, m_url->text(), m_model->text(), QString::number(m_temperature->value()),
                                    QString::number(m_concurrency->value()), allowRemote);
}

} // namespace caselens::gui
