#include "views/helpdialogs.h"

#include "about/components.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QMessageBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace caselens::gui {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::gui::Help)
};

void showText(QWidget *parent, const QString &title, const QString &markdown, QSize size)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *browser = new QTextBrowser(&dialog);
    browser->setOpenExternalLinks(true);
    browser->setSearchPaths({QStringLiteral(":/caselens/docs")});
    browser->setMarkdown(markdown);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog.resize(size);
    dialog.exec();
}

} // namespace

void showUserGuide(QWidget *parent)
{
    QFile guide(QStringLiteral(":/caselens/docs/user-guide.md"));
    const QString text = guide.open(QIODevice::ReadOnly) ? QString::fromUtf8(guide.readAll()) : Tr::tr("The user guide is not part of this build.");
    showText(parent, Tr::tr("CaseLens user guide"), text, {1000, 800});
}

void showShortcuts(QWidget *parent)
{
    const QString keys = Tr::tr("| Key | Where | What it does |\n|---|---|---|\n"
                                "| 1 … 9, 0 | Document | code the selection, or the current passage, with the code of that key |\n"
                                "| A / R | Document, Review | accept / reject the current suggestion |\n"
                                "| N | Document | the next passage with a suggestion |\n"
                                "| J / K | Document | the next / previous passage |\n"
                                "| Enter | Cases, Review, Segments, Search | open the case |\n"
                                "| Ctrl+Z / Ctrl+Shift+Z | everywhere | undo / redo a coding, decision, memo or code edit |\n"
                                "| Ctrl+N / Ctrl+O | everywhere | new / open project |\n");
    showText(parent, Tr::tr("Keyboard shortcuts"), keys, {760, 420});
}

void showAbout(QWidget *parent)
{
    QString text = Tr::tr("<h3>CaseLens 案例透镜</h3><p>Content analysis of case reports: import, coding engines, review, agreement, "
                          "tables and charts for papers, REFI-QDA exchange.</p><table>");
    for (const auto &[name, version] : about::componentVersions())
        text += QStringLiteral("<tr><td>%1&nbsp;&nbsp;</td><td>%2</td></tr>").arg(name.toHtmlEscaped(), version.toHtmlEscaped());
    text += QStringLiteral("</table>");
    QMessageBox::about(parent, Tr::tr("About CaseLens"), text);
}

} // namespace caselens::gui
