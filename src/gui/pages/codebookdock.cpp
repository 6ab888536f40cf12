#include "pages/codebookdock.h"

#include "commands/editcommands.h"
#include "document/projectdocument.h"
#include "models/codebookmodel.h"
#include "models/codebooktreemodel.h"
#include "ui_codebookpanel.h"
#include "views/codedialog.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>
#include <QUndoStack>
#include <functional>

namespace caselens::gui {

namespace {

QString ownMemo(store::Project &project, qint64 codeId, const QString &author)
{
    auto memos = store::MemoStore(project).memosOn(store::MemoTarget::Code, codeId);
    if (memos)
        for (const auto &m : *memos)
            if (m.author == author)
                return m.text;
    return {};
}

// Every code and dimension a code may be put under, by name.
QList<std::pair<QString, QString>> parentChoices(const codebook::Codebook &book, const QString &lang)
{
    QList<std::pair<QString, QString>> out;
    for (const auto &c : book.codes)
        out.append({c.key, c.name(lang)});
    return out;
}

// Names of every codable code but one, for choosing where codings go.
QList<std::pair<QString, QString>> otherCodes(const CodebookModel &codebook, const QString &except)
{
    QList<std::pair<QString, QString>> out;
    for (const auto &c : codebook.codes())
        if (c.key != except)
            out.append({c.key, c.name(codebook.lang())});
    return out;
}

std::optional<QString> chooseCode(QWidget *parent, const QString &title, const QString &label, const QList<std::pair<QString, QString>> &codes)
{
    QStringList names;
    for (const auto &c : codes)
        names.append(c.second);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, title, label, names, 0, false, &ok);
    if (!ok)
        return std::nullopt;
    return codes.at(names.indexOf(chosen)).first;
}

} // namespace

CodebookDock::CodebookDock(ProjectDocument &document, QWidget *parent)
    : QDockWidget(parent), m_doc(document), m_ui(std::make_unique<Ui::CodebookPanel>()), m_model(new CodebookModel(document.project(), this)),
      m_tree(new CodebookTreeModel(*m_model, this)),
      m_editAction(new QAction(this)), m_mergeAction(new QAction(this)), m_deleteAction(new QAction(this)), m_segmentsAction(new QAction(this))
{
    setObjectName(QStringLiteral("codebook"));
    auto *panel = new QWidget(this);
    m_ui->setupUi(panel);
    setWidget(panel);
    setMinimumWidth(380);
    QTreeView *view = m_ui->codesView;
    view->setModel(m_tree);
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->header()->setSectionResizeMode(CodebookModel::Name, QHeaderView::Stretch);
    view->expandAll();
    connect(m_tree, &QAbstractItemModel::modelReset, view, &QTreeView::expandAll);
    connect(view, &QTreeView::activated, this, [this](const QModelIndex &i) {
        if (const auto *code = m_model->code(i.data(CodebookModel::KeyRole).toString())) // dimensions are not codable
            Q_EMIT codeActivated(code->shortcut);
    });
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->addActions({m_segmentsAction, m_editAction, m_mergeAction, m_deleteAction});
    connect(m_segmentsAction, &QAction::triggered, this, [this] {
        QStringList keys;
        // A dimension or parent code stands for every codable code under it.
        std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &i) {
            if (i.data(CodebookTreeModel::CodableRole).toBool() && !keys.contains(i.data(CodebookModel::KeyRole).toString()))
                keys.append(i.data(CodebookModel::KeyRole).toString());
            for (int r = 0; r < m_tree->rowCount(i); ++r)
                collect(m_tree->index(r, 0, i));
        };
        for (const QModelIndex &i : m_ui->codesView->selectionModel()->selectedRows())
            collect(i);
        if (keys.isEmpty() && m_model->code(selectedKey()))
            keys.append(selectedKey());
        if (!keys.isEmpty())
            Q_EMIT segmentsRequested(keys);
    });
    connect(m_editAction, &QAction::triggered, this, [this] {
        if (const QString key = selectedKey(); !key.isEmpty())
            editCode(key);
    });
    connect(m_mergeAction, &QAction::triggered, this, [this] {
        if (const QString key = selectedKey(); !key.isEmpty())
            mergeCodeDialog(key);
    });
    connect(m_deleteAction, &QAction::triggered, this, [this] {
        if (const QString key = selectedKey(); !key.isEmpty())
            deleteCodeDialog(key);
    });
    connect(m_ui->newButton, &QPushButton::clicked, this, &CodebookDock::newCode);
    connect(m_ui->editButton, &QPushButton::clicked, m_editAction, &QAction::trigger);
    retranslate();

    connect(&m_doc, &ProjectDocument::codebookChanged, m_model, &CodebookModel::reload);
    connect(&m_doc, &ProjectDocument::codingsChanged, m_model, &CodebookModel::refreshCounts);
    connect(&m_doc, &ProjectDocument::blindChanged, this, [this] { m_model->setOnlyCoder(m_doc.onlyCoder()); });
}

CodebookDock::~CodebookDock() = default;

void CodebookDock::retranslate()
{
    setWindowTitle(tr("Codebook"));
    m_segmentsAction->setText(tr("Retrieve coded segments"));
    m_editAction->setText(tr("Edit code, cue terms and memo…"));
    m_mergeAction->setText(tr("Merge into another code…"));
    m_deleteAction->setText(tr("Delete code…"));
}

void CodebookDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(widget());
        retranslate();
        m_model->retranslate();
    }
    QDockWidget::changeEvent(event);
}

QString CodebookDock::selectedKey() const
{
    const QModelIndex i = m_ui->codesView->currentIndex();
    return i.isValid() ? i.data(CodebookModel::KeyRole).toString() : QString();
}

void CodebookDock::editCode(const QString &key)
{
    store::CodeStore codes(m_doc.project());
    const auto book = codes.codebook();
    const auto *full = book.find(key);
    if (!full)
        return;
    const qint64 id = codes.idsByKey().value(key);
    CodeDialog dialog(*full, parentChoices(book, m_model->lang()), ownMemo(m_doc.project(), id, m_doc.coderName()), false, this);
    if (dialog.exec() == QDialog::Accepted)
        applyCodeEdit(*full, dialog.code(), dialog.memo());
}

void CodebookDock::newCode()
{
    codebook::Code fresh;
    fresh.color = QStringLiteral("#4E79A7");
    CodeDialog dialog(fresh, parentChoices(store::CodeStore(m_doc.project()).codebook(), m_model->lang()), QString(), true, this);
    if (dialog.exec() == QDialog::Accepted)
        applyCodeEdit(codebook::Code{}, dialog.code(), dialog.memo());
}

void CodebookDock::applyCodeEdit(const codebook::Code &before, const codebook::Code &after, const QString &memoAfter)
{
    if (before.key.isEmpty()) { // a new code; the store refuses a taken key in one sentence
        m_doc.push(new AddCodeCommand(m_doc, after, memoAfter));
        return;
    }
    store::CodeStore codes(m_doc.project());
    const qint64 id = codes.idsByKey().value(before.key);
    const QString memoBefore = ownMemo(m_doc.project(), id, m_doc.coderName());
    const bool codeChanged = codes.codebook().find(before.key) && !(after == before);
    if (!codeChanged && memoBefore == memoAfter)
        return;
    QUndoStack *undo = m_doc.undoStack();
    undo->beginMacro(tr("Edit code %1").arg(after.name(m_model->lang())));
    if (codeChanged)
        undo->push(new EditCodeCommand(m_doc, before, after));
    if (memoBefore != memoAfter)
        undo->push(new EditMemoCommand(m_doc, store::MemoTarget::Code, id, memoBefore, memoAfter));
    undo->endMacro();
}

Status CodebookDock::applyMerge(const QString &from, const QString &into)
{
    auto copied = store::CodeStore(m_doc.project()).mergeCode(from, into, m_doc.coderName());
    if (!copied)
        return copied.error();
    afterCodebookRewrite(tr("Merged. A copy of the project from before is at %1").arg(*copied));
    return {};
}

Status CodebookDock::applyDelete(const QString &key, store::CodeStore::CodingsFate fate, const QString &moveTo)
{
    auto copied = store::CodeStore(m_doc.project()).deleteCode(key, fate, moveTo, m_doc.coderName());
    if (!copied)
        return copied.error();
    afterCodebookRewrite(copied->isEmpty() ? tr("Deleted.") : tr("Deleted. A copy of the project from before is at %1").arg(*copied));
    return {};
}

void CodebookDock::afterCodebookRewrite(const QString &message)
{
    m_doc.undoStack()->clear(); // earlier steps may name the code that is gone
    m_doc.announceEverything();
    m_doc.reportStatus(message);
}

void CodebookDock::mergeCodeDialog(const QString &key)
{
    const auto *code = m_model->code(key);
    if (!code)
        return;
    const auto into = chooseCode(this, tr("Merge code"), tr("Merge \"%1\" into:").arg(code->name(m_model->lang())), otherCodes(*m_model, key));
    if (!into)
        return;
    if (QMessageBox::question(this, tr("Merge code"),
                              tr("Every coding of \"%1\" moves to \"%2\" and \"%1\" is removed. This cannot be undone with Undo; "
                                 "a copy of the project is saved first.")
                                  .arg(code->name(m_model->lang()), m_model->code(*into)->name(m_model->lang())))
        != QMessageBox::Yes)
        return;
    if (Status s = applyMerge(key, *into); !s)
        m_doc.reportError(s.error().message);
}

void CodebookDock::deleteCodeDialog(const QString &key)
{
    const auto *code = m_model->code(key);
    if (!code)
        return;
    const QString name = code->name(m_model->lang());
    const qint64 codings = store::CodeStore(m_doc.project()).codingCount(key);
    if (codings == 0) {
        if (QMessageBox::question(this, tr("Delete code"), tr("Delete the code \"%1\"? It has no codings.").arg(name)) == QMessageBox::Yes)
            if (Status s = applyDelete(key, store::CodeStore::CodingsFate::Refuse, QString()); !s)
                m_doc.reportError(s.error().message);
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Delete code"),
                    tr("\"%1\" has %2 codings and suggestions. What should happen to them? This cannot be undone with Undo; a copy of "
                       "the project is saved first.").arg(name).arg(codings),
                    QMessageBox::Cancel, this);
    QPushButton *move = box.addButton(tr("Move them to another code…"), QMessageBox::AcceptRole);
    QPushButton *drop = box.addButton(tr("Delete them too"), QMessageBox::DestructiveRole);
    box.exec();
    Status s;
    if (box.clickedButton() == move) {
        const auto to = chooseCode(this, tr("Delete code"), tr("Move the codings of \"%1\" to:").arg(name), otherCodes(*m_model, key));
        if (!to)
            return;
        s = applyDelete(key, store::CodeStore::CodingsFate::MoveTo, *to);
    } else if (box.clickedButton() == drop) {
        s = applyDelete(key, store::CodeStore::CodingsFate::Delete, QString());
    } else {
        return;
    }
    if (!s)
        m_doc.reportError(s.error().message);
}

} // namespace caselens::gui
