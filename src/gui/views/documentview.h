#pragma once
// DocumentView: one case's text with its codings in their code's colour and the
// engines' suggestions underlined (score on hover, rationale in the side panel).
// Keyboard: 1–0 code the selection or current passage, A accept, R reject,
// N next suggestion, J/K next/previous passage. Memos on the document and its codings
// sit under the side panel.

#include "review/reviewservice.h"
#include "store/documentstore.h"

#include <QWidget>

class QPlainTextEdit;
class QTextBrowser;
class QLabel;

namespace caselens::gui {

class CodebookModel;
class CaseList;
class CodingMargin;
class MemoPanel;
class ProjectDocument;

class DocumentView : public QWidget {
    Q_OBJECT
public:
    // Follows the project document: its codings, codebook, memos, coder and blind session.
    DocumentView(ProjectDocument &document, CodebookModel &codebook, QWidget *parent = nullptr);

    void showDocument(qint64 documentId);
    // Opens the case with the span start–end (code points) highlighted and in view: a
    // search hit or a retrieved segment.
    void showDocumentAt(qint64 documentId, qint64 start, qint64 end);
    CodingMargin *margin() const { return m_margin; }
    CaseList *caseList() const { return m_caseList; }
    QPlainTextEdit *textEdit() const { return m_text; } // the case's text
    void refresh(); // codings changed
    qint64 documentId() const { return m_document; }
    int currentPassage() const { return m_current; }
    void setCurrentPassage(int index);
    // The suggestion at the cursor, else the first in the current passage; 0 when none.
    qint64 currentSuggestion() const;
    // Codes the selection, or the current passage, with the code of a shortcut key.
    void codeWithShortcut(const QString &key);
    void nextSuggestion();
    // Accept, reject (DecisionCommand::Decision as int) or change a suggestion, undoably.
    void decide(qint64 suggestionId, int decision, const QString &newCode = {});
    // Asks which code the passage should have instead of the suggested one.
    void changeSuggestion(qint64 suggestionId);
    // A blind session shows only this coder's codings (empty: everyone's).
    void setBlindCoder(const QString &coder);
    const QList<review::CodingRecord> &visibleCodings() const { return m_codings; }
    // Memos on the document, or on a coding chosen in the side panel.
    MemoPanel *memoPanel() const { return m_memo; }
    void showCodingMemo(qint64 codingId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void render();
    void updateSidePanel();
    qint64 toCodePoint(int utf16) const;
    int toUtf16(qint64 codePoint) const;

    void retranslate();
    ProjectDocument &m_doc;
    store::Project &m_project;
    CodebookModel &m_codebook;
    review::ReviewService m_reader;
    QPlainTextEdit *m_text;
    QTextBrowser *m_side;
    QLabel *m_title;
    QLabel *m_hint;
    MemoPanel *m_memo;
    CodingMargin *m_margin;
    CaseList *m_caseList;
    std::pair<qint64, qint64> m_hit{0, 0}; // highlighted span, code points
    qint64 m_document = 0;
    QString m_content;
    QList<store::Passage> m_paragraphs;
    QList<review::CodingRecord> m_codings;
    int m_current = -1;
    QString m_blindCoder;
    std::vector<qsizetype> m_utf16OfCp; // empty when the text has no surrogate pairs
};

} // namespace caselens::gui
