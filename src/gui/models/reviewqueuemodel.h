#pragma once
// ReviewQueueModel: the suggestions waiting for a decision, in the chosen order —
// most uncertain first (so the learned coder improves fastest), highest score first,
// or document order — filtered by code, engine, score range and cases.

#include "store/reviewqueue.h"

#include <QAbstractTableModel>

namespace caselens::gui {

class LatestRead;

class ReviewQueueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using Order = store::ReviewOrder;
    enum Column { Case, Code, Score, Engine, Passage, ColumnCount };
    enum Role { CodingIdRole = Qt::UserRole + 1, DocumentIdRole, RationaleRole };

    ReviewQueueModel(store::Project &project, QString lang, QObject *parent = nullptr);
    void setOrder(Order order);
    void setCodeFilter(const QString &codeKey);
    void setEngineFilter(const QString &engine); // empty: every engine
    void setScoreRange(double min, double max);
    // Only suggestions in these cases: numbers and ranges and ATTR=VALUE, as the command
    // line's --docs and --where ("1-20 year=2024"); empty for all. An error for bad text.
    Status setDocumentFilter(const QString &text);
    // The engines that have suggestions waiting, for the filter's choices.
    QStringList engines() const;
    // Reads the queue again off the window's thread; the filters above do too. loaded()
    // says when the rows are the answer.
    void reload();
    bool isLoading() const;
    // A suggestion decided here leaves the queue at once, before the queue is read again.
    void removeCoding(qint64 codingId);
    // Code names and headings in the interface's language.
    void retranslate();
    // The suggestion on a row, and its whole passage (read from the document when asked).
    const store::QueuedSuggestion &suggestion(int row) const { return m_rows.at(row).s; }
    QString passage(int row) const;
    // Why the last reload found nothing (the project busy or damaged); empty when it read.
    QString failure() const { return m_failure; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void loaded();

private:
    struct Row {
        store::QueuedSuggestion s;
        mutable std::optional<QString> snippet; // read when the row is first shown
    };
    QString snippet(const Row &r) const;
    store::Project &m_project;
    QString m_lang;
    store::ReviewQueueQuery m_query;
    QList<Row> m_rows;
    QString m_failure;
    LatestRead *m_read;
};

} // namespace caselens::gui
