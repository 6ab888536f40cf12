// GUI tests on real widgets (offscreen): open the demo, filter the cases, code a
// passage by keystroke and undo it, accept and reject suggestions, and check that a
// chart plots exactly the analysis figures.

#include "analysis/crosstab.h"
#include "charts/distributionchart.h"
#include "coding/codingrun.h"
#include "commands/codingcommands.h"
#include "coding/lexiconcoder.h"
#include "demo/demogenerator.h"
#include "models/casesmodel.h"
#include "models/codebookmodel.h"
#include "models/codebooktreemodel.h"
#include "models/reviewqueuemodel.h"
#include "store/codestore.h"
#include "store/codingstore.h"
#include "store/server/teamserver.h"
#include "store/server/teamsession.h"
#include "document/teamlink.h"
#include "views/documentview.h"
#include "views/agreementview.h"
#include "document/projectdocument.h"
#include "pages/casespage.h"
#include "pages/codebookdock.h"
#include "pages/reviewpage.h"
#include "exchange/qdpximport.h"
#include "pages/matrixpage.h"
#include "pages/searchpage.h"
#include "pages/segmentspage.h"
#include "models/tablemodel.h"
#include "preferences.h"
#include "store/documentstore.h"
#include "store/searchindex.h"
#include "text/unicode.h"
#include "views/caselist.h"
#include "views/codingmargin.h"
#include "views/mainwindow.h"
#include "review/agreement.h"
#include <QComboBox>
#include "views/statsview.h"
#include "views/codedialog.h"
#include "views/sampledialog.h"
#include "review/sampler.h"
#include "review/reviewservice.h"
#include "views/llmsettingsdialog.h"
#include "views/memopanel.h"
#include "store/memostore.h"
#include "store/newproject.h"
#include "coding/llmcoder.h"
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineSeries>
#include <QChart>
#include <QLegend>
#include <QImage>
#include <QSpinBox>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QRegularExpression>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QMenuBar>
#include <QUndoStack>

using namespace caselens;

class MainWindowTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English));
        m_path = m_dir.filePath(QStringLiteral("demo.caselens"));
        QVERIFY(demo::buildDemoProject(m_path, demo::DemoOptions{60, 11}).ok());
        // Suggestions to review, from the lexicon.
        auto p = store::Project::open(m_path);
        QVERIFY(p.ok());
        coding::LexiconCoder lexicon(store::CodeStore(**p).codebook());
        auto all = store::DocumentFilter::parse({}, {});
        QVERIFY(coding::runCoder(**p, lexicon, *all, 0.0).ok());
    }

    void opensTheDemoAndItsModelsAreSound()
    {
        gui::MainWindow w;
        QString error;
        QVERIFY2(w.openProject(m_path, &error), qPrintable(error));
        QCOMPARE(w.casesPage()->model()->rowCount(), 60);
        QVERIFY(w.windowTitle().contains(QStringLiteral("synthetic")));
        QAbstractItemModelTester cases(w.casesPage()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester review(w.reviewPage()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The queue is read when first shown, off the window's thread.
        QCOMPARE(w.reviewPage()->model()->rowCount(), 0);
        QSignalSpy loaded(w.reviewPage()->model(), &gui::ReviewQueueModel::loaded);
        w.showView(QStringLiteral("review"));
        QVERIFY(loaded.wait(30000));
        QVERIFY(w.reviewPage()->model()->rowCount() > 0);
    }

    void filtersTheCasesTable()
    {
        gui::MainWindow w;
        QVERIFY(w.openProject(m_path));
        auto &db = w.document().project().db();
        const qint64 beijing = db.scalar(QStringLiteral("SELECT count(*) FROM documents WHERE province = 'beijing'"))->toLongLong();
        QVERIFY(beijing > 0);
        w.casesPage()->filterEdit()->setText(QStringLiteral("Beijing"));
        QTRY_COMPARE(qint64(w.casesPage()->model()->rowCount()), beijing);
        for (int r = 0; r < w.casesPage()->model()->rowCount(); ++r)
            QCOMPARE(w.casesPage()->model()->index(r, gui::CasesModel::Province).data().toString(), QStringLiteral("Beijing"));
        w.casesPage()->filterEdit()->setText(QStringLiteral("北京"));
        QTRY_VERIFY(qint64(w.casesPage()->model()->rowCount()) >= beijing); // titles naming 北京 too
        w.casesPage()->filterEdit()->clear();
        QTRY_COMPARE(w.casesPage()->model()->rowCount(), 60);
        // Full-text search narrows the table to the cases that contain the words.
        w.casesPage()->searchEdit()->setText(QStringLiteral("数据安全"));
        QTest::keyClick(w.casesPage()->searchEdit(), Qt::Key_Return);
        const qint64 withWords = db.scalar(QStringLiteral("SELECT count(*) FROM documents WHERE text LIKE '%数据安全%'"))->toLongLong();
        QTRY_COMPARE(qint64(w.casesPage()->model()->rowCount()), withWords); // the search runs off the window's thread
        w.casesPage()->searchEdit()->clear();
        QCOMPARE(w.casesPage()->model()->rowCount(), 60);
        // An answer that comes after the search was cleared is dropped.
        w.casesPage()->searchEdit()->setText(QStringLiteral("数据安全"));
        QTest::keyClick(w.casesPage()->searchEdit(), Qt::Key_Return);
        w.casesPage()->searchEdit()->clear();
        QTest::qWait(500);
        QCOMPARE(w.casesPage()->model()->rowCount(), 60);
    }

    void sortsInSqlAndReadsRowsOnlyWhenShown()
    {
        auto p = store::Project::open(m_path);
        QVERIFY(p.ok());
        gui::CasesModel model(**p);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 60);
        model.sort(gui::CasesModel::Year, Qt::DescendingOrder);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.index(r - 1, gui::CasesModel::Year).data().toString() >= model.index(r, gui::CasesModel::Year).data().toString());
        model.sort(gui::CasesModel::Province, Qt::AscendingOrder);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.index(r - 1, gui::CasesModel::Province).data().toString().remove(QStringLiteral(" *"))
                    <= model.index(r, gui::CasesModel::Province).data().toString().remove(QStringLiteral(" *")));
        model.sort(gui::CasesModel::Codings, Qt::DescendingOrder);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.index(r - 1, gui::CasesModel::Codings).data().toInt() >= model.index(r, gui::CasesModel::Codings).data().toInt());
        const qint64 most = (*p)->db().scalar(QStringLiteral("SELECT max(n) FROM (SELECT count(*) AS n FROM codings WHERE status = 'accepted' GROUP BY document_id)"))->toLongLong();
        QCOMPARE(model.index(0, gui::CasesModel::Codings).data().toLongLong(), most);
        // Without a view asking (the tester above reads every row), nothing is read until a row is shown.
        gui::CasesModel lazy(**p);
        QCOMPARE(lazy.cachedRows(), 0);
        QVERIFY(lazy.index(0, gui::CasesModel::Title).data().isValid());
        QVERIFY(lazy.cachedRows() > 0 && lazy.cachedRows() <= 200);
    }

    void codesAPassageByKeystrokeAndUndoes()
    {
        gui::MainWindow w;
        QVERIFY(w.openProject(m_path));
        w.show();
        w.showView(QStringLiteral("document"));
        w.openDocument(2);
        auto *view = w.documentView();
        view->setCurrentPassage(1);
        auto *text = view->textEdit();
        QVERIFY(text);
        auto count = [&] {
            return w.document().project().db().scalar(QStringLiteral("SELECT count(*) FROM codings c JOIN coders k ON k.id = c.coder_id "
                                                           "JOIN codes x ON x.id = c.code_id WHERE k.kind = 'human' AND k.name <> '研究团队' "
                                                           "AND c.document_id = 2 AND x.key = 'teacher_development'"))->toLongLong();
        };
        QCOMPARE(count(), 0);
        QTest::keyClick(text, Qt::Key_7);
        QCOMPARE(count(), 1);
        QCOMPARE(w.document().undoStack()->count(), 1);
        w.document().undoStack()->undo();
        QCOMPARE(count(), 0);
        w.document().undoStack()->redo();
        QCOMPARE(count(), 1);
        // The audit log kept every step.
        QVERIFY(w.document().project().db().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN ('code', 'delete')"))->toLongLong() >= 3);
    }

    void undoAfterTheCoderChangedNameUndoesTheFirstCodersStep()
    {
        // Issue "One owner for the schema": changing the coder name replaced the service the
        // undo commands pointed at, and Ctrl+Z then called a freed object.
        gui::MainWindow w;
        QVERIFY(w.openProject(m_path));
        w.show();
        w.setCoderName(QStringLiteral("first-coder"));
        w.showView(QStringLiteral("document"));
        w.openDocument(3);
        w.documentView()->setCurrentPassage(1);
        auto *text = w.documentView()->textEdit();
        QVERIFY(text);
        auto byCoder = [&](const char *name) {
            return w.document().project().db().scalar(QStringLiteral("SELECT count(*) FROM codings c JOIN coders k ON k.id = c.coder_id "
                                                           "WHERE c.document_id = 3 AND k.name = '%1'").arg(QString::fromUtf8(name)))->toLongLong();
        };
        QTest::keyClick(text, Qt::Key_7);
        QCOMPARE(byCoder("first-coder"), 1);
        w.setCoderName(QStringLiteral("second-coder"));
        w.document().undoStack()->undo(); // the first coder's coding goes, removed as the first coder
        QCOMPARE(byCoder("first-coder"), 0);
        w.document().undoStack()->redo();
        QCOMPARE(byCoder("first-coder"), 1);
        QCOMPARE(byCoder("second-coder"), 0);
        QVERIFY(w.document().project().db().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'first-coder' AND action = 'delete'"))->toLongLong() >= 1);
    }

    void blindSessionShowsOnlyYourOwnCodings()
    {
        gui::MainWindow w;
        QVERIFY(w.openProject(m_path));
        w.setCoderName(QStringLiteral("blind-tester"));
        w.openDocument(3);
        auto *view = w.documentView();
        view->setCurrentPassage(0);
        QTest::keyClick(view->textEdit(), Qt::Key_3);
        QVERIFY(view->visibleCodings().size() > 1); // the gold coder's and the engine's too
        w.setBlindSession(true);
        QCOMPARE(view->visibleCodings().size(), 1);
        QCOMPARE(view->visibleCodings().first().coder, QStringLiteral("blind-tester"));
        // Issue "Nothing lost", item 12: nothing of another coder shows anywhere else either.
        auto casesRow = [&](qint64 document) {
            auto *cases = w.casesPage()->model();
            for (int r = 0; r < cases->rowCount(); ++r)
                if (cases->data(cases->index(r, 0), gui::CasesModel::DocumentIdRole).toLongLong() == document)
                    return r;
            return -1;
        };
        auto cell = [&](qint64 document, int column) {
            return w.casesPage()->model()->data(w.casesPage()->model()->index(casesRow(document), column), Qt::DisplayRole).toString();
        };
        QCOMPARE(cell(3, gui::CasesModel::Codings), QStringLiteral("1"));
        QCOMPARE(cell(3, gui::CasesModel::Suggested), QStringLiteral("0"));
        QCOMPARE(cell(4, gui::CasesModel::Codings), QStringLiteral("0")); // the gold coder's codings there are not counted
        // The codebook counts off the window's thread: they come a moment later.
        auto *book = w.codebookDock()->model();
        auto codebookTotals = [&] {
            std::pair<qint64, qint64> sums{0, 0};
            for (int r = 0; r < book->rowCount(); ++r) {
                sums.first += book->data(book->index(r, gui::CodebookModel::Accepted), Qt::DisplayRole).toLongLong();
                sums.second += book->data(book->index(r, gui::CodebookModel::Suggested), Qt::DisplayRole).toLongLong();
            }
            return sums;
        };
        QTRY_COMPARE_WITH_TIMEOUT(codebookTotals(), (std::pair<qint64, qint64>{1, 0}), 30000);
        w.statsView()->recompute();
        QVERIFY(w.statsView()->crosstab());
        QCOMPARE(w.statsView()->crosstab()->totals.total, 1);
        auto *tabs = w.findChild<QTabWidget *>();
        QVERIFY(tabs);
        QVERIFY(!tabs->isTabEnabled(tabs->indexOf(w.agreementView())));
        w.setBlindSession(false);
        QVERIFY(view->visibleCodings().size() > 1);
        QVERIFY(cell(4, gui::CasesModel::Codings).toInt() > 0);
        QVERIFY(tabs->isTabEnabled(tabs->indexOf(w.agreementView())));
    }

    void acceptsAndRejectsSuggestions()
    {
        gui::MainWindow w;
        QVERIFY(w.openProject(m_path));
        auto *queue = w.reviewPage()->model();
        // Every read of the queue is off the window's thread: `settled` waits for its answer.
        QSignalSpy loaded(queue, &gui::ReviewQueueModel::loaded);
        auto settled = [&] { return loaded.wait(30000); };
        w.showView(QStringLiteral("review")); // the queue follows decisions while it is in view
        QVERIFY(settled());
        const int before = queue->rowCount();
        QVERIFY(before >= 2);
        const qint64 first = queue->index(0, 0).data(gui::ReviewQueueModel::CodingIdRole).toLongLong();
        // The pane below shows the whole passage and the engine's reason.
        QVERIFY(w.reviewPage()->detailText().isEmpty());
        w.reviewPage()->findChild<QTableView *>(QStringLiteral("queueView"))->setCurrentIndex(queue->index(0, 0));
        const auto &suggestion = queue->suggestion(0);
        const QString passage = text::midCodePoints(*store::DocumentStore(w.document().project()).text(suggestion.document), suggestion.start, suggestion.end);
        QVERIFY(passage.size() > 80); // longer than the row's snippet
        QVERIFY2(w.reviewPage()->detailText().simplified().contains(passage.simplified()), qPrintable(w.reviewPage()->detailText()));
        QVERIFY(w.reviewPage()->detailText().contains(suggestion.rationale));
        QVERIFY(!suggestion.rationale.isEmpty());
        auto status = [&](qint64 id) {
            return w.document().project().db().scalar(QStringLiteral("SELECT status FROM codings WHERE id = %1").arg(id))->toString();
        };
        w.reviewPage()->decideCurrent(true);
        QCOMPARE(status(first), QStringLiteral("accepted"));
        QCOMPARE(queue->rowCount(), before - 1);
        const qint64 second = queue->index(0, 0).data(gui::ReviewQueueModel::CodingIdRole).toLongLong();
        w.reviewPage()->decideCurrent(false);
        QCOMPARE(status(second), QStringLiteral("rejected"));
        QCOMPARE(queue->rowCount(), before - 2); // decided here: gone at once
        w.document().undoStack()->undo();
        QCOMPARE(status(second), QStringLiteral("suggested"));
        w.document().undoStack()->undo();
        QCOMPARE(status(first), QStringLiteral("suggested"));
        QTRY_COMPARE_WITH_TIMEOUT(queue->rowCount(), before, 30000);
        // Out of view a change from elsewhere waits, and the queue catches up when shown again.
        w.showView(QStringLiteral("cases"));
        const qint64 firstDocument =
            w.document().project().db().scalar(QStringLiteral("SELECT document_id FROM codings WHERE id = %1").arg(first))->toLongLong();
        w.document().push(new gui::DecisionCommand(w.document(), first, firstDocument, gui::DecisionCommand::Decision::Accept));
        QCOMPARE(status(first), QStringLiteral("accepted"));
        QTest::qWait(200);
        QCOMPARE(queue->rowCount(), before);
        w.showView(QStringLiteral("review"));
        QTRY_COMPARE_WITH_TIMEOUT(queue->rowCount(), before - 1, 30000);
    }

    void filtersTheReviewQueueByEngineAndScore()
    {
        gui::MainWindow w;
        QVERIFY(w.openProject(m_path));
        auto *queue = w.reviewPage()->model();
        QSignalSpy loaded(queue, &gui::ReviewQueueModel::loaded);
        auto settled = [&] { return loaded.wait(30000); };
        w.showView(QStringLiteral("review"));
        QVERIFY(settled());
        const int all = queue->rowCount();
        QVERIFY(queue->engines().contains(QStringLiteral("lexicon")));
        queue->setScoreRange(0.8, 1.0);
        QVERIFY(settled());
        QVERIFY(queue->rowCount() < all);
        for (int r = 0; r < queue->rowCount(); ++r)
            QVERIFY(queue->index(r, gui::ReviewQueueModel::Score).data().toDouble() >= 0.8);
        const qint64 expected = w.document().project().db().scalar(QStringLiteral(
            "SELECT count(*) FROM codings WHERE status = 'suggested' AND confidence BETWEEN 0.8 AND 1.0"))->toLongLong();
        QCOMPARE(qint64(queue->rowCount()), qMin<qint64>(expected, 5000));
        queue->setEngineFilter(QStringLiteral("nobody"));
        QVERIFY(settled());
        QCOMPARE(queue->rowCount(), 0);
        queue->setEngineFilter(QStringLiteral("lexicon"));
        queue->setScoreRange(0.0, 1.0);
        QTRY_COMPARE_WITH_TIMEOUT(queue->isLoading(), false, 30000);
        QCOMPARE(queue->rowCount(), all);
        // By cases, with the command line's syntax.
        QVERIFY(queue->setDocumentFilter(QStringLiteral("1-10 region=east")).ok());
        QVERIFY(settled());
        const qint64 inCases = w.document().project().db().scalar(QStringLiteral(
            "SELECT count(*) FROM codings c JOIN documents d ON d.id = c.document_id WHERE c.status = 'suggested' "
            "AND d.id BETWEEN 1 AND 10 AND d.region = 'east'"))->toLongLong();
        QCOMPARE(qint64(queue->rowCount()), inCases);
        for (int r = 0; r < queue->rowCount(); ++r)
            QVERIFY(queue->index(r, 0).data(gui::ReviewQueueModel::DocumentIdRole).toLongLong() <= 10);
        QVERIFY(!queue->setDocumentFilter(QStringLiteral("ten-twenty")).ok());
        QCOMPARE(qint64(queue->rowCount()), inCases); // a bad filter changes nothing
        QVERIFY(queue->setDocumentFilter(QString()).ok());
        QVERIFY(settled());
        QCOMPARE(queue->rowCount(), all);
    }

    void movesBetweenCasesBesideTheText()
    {
        // Issue "The workbench researchers expect": a document list beside the text.
        gui::MainWindow w;
        QVERIFY(w.openProject(m_path));
        auto *view = w.documentView();
        auto *list = view->caseList();
        view->showDocument(5);
        auto *table = list->findChild<QTableView *>();
        QVERIFY(table);
        QCOMPARE(list->model()->documentId(table->currentIndex().row()), 5);
        // Choosing another case in the list opens it.
        table->setCurrentIndex(list->model()->index(list->model()->rowOf(9), gui::CasesModel::Title));
        QCOMPARE(view->documentId(), 9);
        // The filter is the Cases page's: it keeps the cases it matches, the open one stays open.
        list->filterEdit()->setText(QStringLiteral("east"));
        QTRY_VERIFY(list->model()->rowCount() < 60);
        QVERIFY(list->model()->rowCount() > 0);
        w.casesPage()->model()->setFilterText(QStringLiteral("east"));
        QCOMPARE(list->model()->rowCount(), w.casesPage()->model()->rowCount());
        QCOMPARE(view->documentId(), 9);
    }

    void drawsASampleInTheWindow()
    {
        // Issue "The workbench researchers expect": sampling (seed, size, strata) in the window.
        const QString path = m_dir.filePath(QStringLiteral("sampling.caselens"));
        {
            auto source = store::Project::open(m_path);
            QVERIFY(source.ok());
            QVERIFY((*source)->backupTo(path).ok());
        }
        gui::MainWindow w;
        QVERIFY(w.openProject(path));
        gui::SampleDialog dialog(w.document().project());
        review::SampleSpec spec;
        spec.name = QStringLiteral("pilot");
        spec.size = 12;
        spec.seed = 7;
        spec.stratify = QStringLiteral("region");
        dialog.setSpec(spec);
        QCOMPARE(dialog.spec().stratify, spec.stratify);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("commandLine"))->text().contains(QStringLiteral("--seed 7")));
        QVERIFY(dialog.draw().ok());
        QCOMPARE(dialog.drawn().size(), 12);
        // The same seed and strata from the core (as the command line draws) give the same cases.
        review::SampleSpec again = spec;
        again.name = QStringLiteral("pilot-again");
        auto direct = review::drawSample(w.document().project(), again);
        QVERIFY(direct.ok());
        QCOMPARE(*direct, dialog.drawn());
        // A name in use is refused in one sentence, in the dialog, and nothing changes.
        QVERIFY(!dialog.draw().ok());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("error"))->text().isEmpty());
        w.agreementView()->reloadChoices();
        QVERIFY(w.agreementView()->chooseSample(QStringLiteral("pilot")));
        QVERIFY(!w.agreementView()->chooseSample(QStringLiteral("no such sample")));
    }

    void agreementViewComputesAndAdjudicates()
    {
        gui::MainWindow w;
        QVERIFY(w.openProject(m_path));
        auto *view = w.agreementView();
        view->firstCoder()->setCurrentText(QStringLiteral("研究团队"));
        view->secondCoder()->setCurrentText(QStringLiteral("lexicon"));
        view->compute();
        QVERIFY(view->report().has_value());
        auto direct = review::computeAgreement(w.document().project(), {QStringLiteral("研究团队"), QStringLiteral("lexicon")}, QStringLiteral("passage"));
        QVERIFY(direct.ok());
        QCOMPARE(view->report()->pooledKappa, direct->pooledKappa);
        // One denominator, said as two counts that name what they count: every code's 2×2
        // table sums to the units both coded, and the header says both numbers.
        const auto &c0 = view->report()->codes.first();
        const qint64 paired = c0.bothYes + c0.firstOnly + c0.secondOnly + c0.bothNo;
        for (const auto &c : view->report()->codes)
            QCOMPARE(c.bothYes + c.firstOnly + c.secondOnly + c.bothNo, paired);
        QVERIFY(view->summary().contains(QString::number(view->report()->units)));
        QVERIFY(view->summary().contains(QStringLiteral("%1 in cases both coded").arg(paired)));
        const int open = int(view->report()->disagreements.size());
        QVERIFY(open > 0);
        view->decide(true);
        QCOMPARE(int(view->report()->disagreements.size()), open); // the two coders still disagree…
        QVERIFY(w.document().project().db().scalar(QStringLiteral("SELECT count(*) FROM codings c JOIN coders r ON r.id = c.coder_id WHERE r.name = 'consensus'"))->toLongLong() > 0);
        QVERIFY(w.document().project().db().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'adjudicate'"))->toLongLong() == 1); // …and the decision is kept
    }

    void chartShowsTheAnalysisFigures()
    {
        gui::MainWindow w;
        QVERIFY(w.openProject(m_path));
        auto *stats = w.statsView();
        stats->setGrouping(QStringLiteral("region"));
        analysis::CrosstabSpec spec;
        spec.by = {QStringLiteral("region")};
        spec.rounding = analysis::Rounding::LargestRemainder;
        auto t = analysis::computeCrosstab(w.document().project(), spec);
        QVERIFY(t.ok());
        const auto plotted = stats->chart()->plottedValues();
        QCOMPARE(plotted.size(), t->groups.size());
        for (int g = 0; g < plotted.size(); ++g)
            for (int c = 0; c < t->codes.size(); ++c)
                QCOMPARE(plotted.at(g).at(c), t->groups.at(g).percent.at(c));
        QCOMPARE(stats->chart()->seriesNames().first(), QStringLiteral("East"));
        // The window says what it counted, in the words the exports print.
        QVERIFY(stats->note().contains(QStringLiteral("Counted:")) || stats->note().contains(QStringLiteral("计数口径")));
        // Whose codings count is a choice: the engine's suggestions alone give other figures,
        // the same as the command line's --status suggested --coder lexicon.
        stats->setCountingBasis(QStringLiteral("suggested"), QStringLiteral("lexicon"));
        spec.status = QStringLiteral("suggested");
        spec.coder = QStringLiteral("lexicon");
        auto suggested = analysis::computeCrosstab(w.document().project(), spec);
        QVERIFY(suggested.ok());
        QVERIFY(suggested->totals.total != t->totals.total);
        QCOMPARE(stats->crosstab()->totals.total, suggested->totals.total);
        QVERIFY(stats->note().contains(QStringLiteral("lexicon")));
        stats->setCountingBasis(QStringLiteral("accepted"), QString());
        const QString png = m_dir.filePath(QStringLiteral("chart.png"));
        const QString svg = m_dir.filePath(QStringLiteral("chart.svg"));
        // At the size and resolution asked for, on white: no grey card around the chart.
        QVERIFY(stats->chart()->exportTo(png, QSizeF(85, 60), 300));
        QVERIFY(stats->chart()->exportTo(svg, QSizeF(85, 60), 300));
        const QString pdf = m_dir.filePath(QStringLiteral("chart.pdf"));
        QVERIFY(stats->chart()->exportTo(pdf, QSizeF(170, 100), 600));
        QString wrongKind;
        QVERIFY(!stats->chart()->exportTo(m_dir.filePath(QStringLiteral("chart.bmp")), QSizeF(85, 60), 300, &wrongKind));
        QVERIFY(!wrongKind.isEmpty());
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1004, 709)); // 85 mm × 60 mm at 300 dpi
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 300);
        for (const QPoint corner : {QPoint(2, 2), QPoint(image.width() - 3, 2), QPoint(2, image.height() - 3), QPoint(image.width() - 3, image.height() - 3)})
            QCOMPARE(image.pixelColor(corner), QColor(Qt::white));
        QVERIFY(QFileInfo(svg).size() > 1000);
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        // The chart on screen is left at its size.
        const QSize shownBefore = stats->chart()->chart()->size().toSize();
        QVERIFY(stats->chart()->exportTo(png, QSizeF(120, 80), 150));
        QCOMPARE(stats->chart()->chart()->size().toSize(), shownBefore);

        // Provinces: the seven with most items, and the rest as one group whose shares are
        // its items over its total.
        stats->setGrouping(QStringLiteral("province"));
        QVERIFY(stats->crosstab()->groups.size() > gui::DistributionChart::kMaxGroups);
        const QStringList names = stats->chart()->seriesNames();
        QCOMPARE(names.size(), gui::DistributionChart::kMaxGroups);
        QList<analysis::CrosstabRow> byItems = stats->crosstab()->groups;
        std::stable_sort(byItems.begin(), byItems.end(), [](const auto &a, const auto &b) { return a.total > b.total; });
        qint64 restTotal = 0, restFirstCode = 0;
        for (int i = gui::DistributionChart::kMaxGroups - 1; i < byItems.size(); ++i) {
            restTotal += byItems.at(i).total;
            restFirstCode += byItems.at(i).counts.value(0);
        }
        QVERIFY(names.last().contains(QString::number(byItems.size() - gui::DistributionChart::kMaxGroups + 1)));
        QCOMPARE(stats->chart()->plottedValues().last().value(0), 100.0 * double(restFirstCode) / double(restTotal));
        QCOMPARE(stats->chart()->plottedValues().first().value(0), byItems.first().percent.value(0));

        // Years: one line per code, in the codebook's colour.
        stats->setGrouping(QStringLiteral("year"));
        const auto lines = stats->chart()->chart()->series();
        QCOMPARE(lines.size(), int(stats->crosstab()->codes.size()));
        auto *book = w.codebookDock()->model();
        for (int c = 0; c < lines.size(); ++c) {
            auto *line = qobject_cast<QLineSeries *>(lines.at(c));
            QVERIFY(line);
            QCOMPARE(line->pen().color(), QColor(book->code(stats->crosstab()->codes.at(c))->color));
        }
        QCOMPARE(stats->chart()->chart()->legend()->alignment(), Qt::AlignRight);
    }


    void writesAMemoOnTheCaseAndACodingAndUndoes()
    {
        gui::MainWindow w;
        w.setCoderName(QStringLiteral("memo-tester"));
        QVERIFY(w.openProject(m_path));
        w.openDocument(5);
        auto *panel = w.documentView()->memoPanel();
        QCOMPARE(panel->target(), store::MemoTarget::Document);
        QCOMPARE(panel->targetId(), qint64(5));
        panel->editor()->setPlainText(QStringLiteral("评价部分值得再读一遍。"));
        QPushButton *save = panel->findChild<QPushButton *>();
        QVERIFY(save && save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        auto memos = [&](store::MemoTarget t, qint64 id) { return *store::MemoStore(w.document().project()).memosOn(t, id); };
        QCOMPARE(memos(store::MemoTarget::Document, 5).size(), 1);
        QCOMPARE(memos(store::MemoTarget::Document, 5).first().author, QStringLiteral("memo-tester"));
        QVERIFY(!save->isEnabled()); // saved: nothing left to save

        // A memo on one of the case's codings, through the side panel's link.
        QVERIFY(!w.documentView()->visibleCodings().isEmpty());
        const qint64 coding = w.documentView()->visibleCodings().first().id;
        w.documentView()->showCodingMemo(coding);
        QCOMPARE(panel->target(), store::MemoTarget::Coding);
        panel->editor()->setPlainText(QStringLiteral("Borderline: planning rather than practice."));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(memos(store::MemoTarget::Coding, coding).size(), 1);

        w.document().undoStack()->undo();
        QCOMPARE(memos(store::MemoTarget::Coding, coding).size(), 0);
        QVERIFY(panel->editor()->toPlainText().isEmpty());
        w.document().undoStack()->redo();
        QCOMPARE(memos(store::MemoTarget::Coding, coding).first().text, QStringLiteral("Borderline: planning rather than practice."));
        QVERIFY(w.document().project().db().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'memo'"))->toLongLong() >= 4);
    }

    void editsACodeAndItsCueTermsAndUndoes()
    {
        gui::MainWindow w;
        QVERIFY(w.openProject(m_path));
        const auto before = *store::CodeStore(w.document().project()).codebook().find(QStringLiteral("ethical_technology"));
        QList<std::pair<QString, QString>> parents{{QStringLiteral("practice_approaches"), QStringLiteral("路径")}};
        gui::CodeDialog dialog(before, parents, QString(), false);
        QVERIFY(dialog.keyEdit()->isReadOnly());
        dialog.nameZhEdit()->setText(QStringLiteral("技术伦理与数据安全"));
        dialog.strongCuesEdit()->setPlainText(before.cues.strong.join(QLatin1Char('\n')) + QStringLiteral("\n算法透明，算法透明"));
        dialog.memoEdit()->setPlainText(QStringLiteral("Includes data protection policies."));
        const auto after = dialog.code();
        QCOMPARE(after.cues.strong.count(QStringLiteral("算法透明")), 1); // split on Chinese commas, duplicates dropped
        w.codebookDock()->applyCodeEdit(before, after, dialog.memo());

        auto stored = [&] { return *store::CodeStore(w.document().project()).codebook().find(QStringLiteral("ethical_technology")); };
        QCOMPARE(stored().nameZh, QStringLiteral("技术伦理与数据安全"));
        QVERIFY(stored().cues.strong.contains(QStringLiteral("算法透明")));
        QVERIFY(w.document().project().db().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'edit code' AND after LIKE '%算法透明%'"))->toLongLong() == 1);
        const qint64 id = store::CodeStore(w.document().project()).idsByKey().value(QStringLiteral("ethical_technology"));
        QCOMPARE(store::MemoStore(w.document().project()).memosOn(store::MemoTarget::Code, id)->size(), 1);

        w.document().undoStack()->undo(); // one step undoes the fields and the memo together
        QCOMPARE(stored().nameZh, before.nameZh);
        QCOMPARE(stored().cues.strong, before.cues.strong);
        QCOMPARE(store::MemoStore(w.document().project()).memosOn(store::MemoTarget::Code, id)->size(), 0);

        // A new code with a memo is one step too; undo removes both, redo brings both back.
        codebook::Code fresh;
        fresh.key = QStringLiteral("ai_tutoring");
        fresh.nameZh = QStringLiteral("人工智能助学");
        fresh.nameEn = QStringLiteral("AI tutoring");
        fresh.parentKey = QStringLiteral("practice_approaches");
        fresh.color = QStringLiteral("#123456");
        w.codebookDock()->applyCodeEdit(codebook::Code{}, fresh, QStringLiteral("Pilot code."));
        auto memoCount = [&] { return w.document().project().db().scalar(QStringLiteral("SELECT count(*) FROM memos WHERE target_kind = 'code'"))->toLongLong(); };
        QVERIFY(store::CodeStore(w.document().project()).codebook().find(QStringLiteral("ai_tutoring")));
        QCOMPARE(memoCount(), 1);
        w.document().undoStack()->undo();
        QVERIFY(!store::CodeStore(w.document().project()).codebook().find(QStringLiteral("ai_tutoring")));
        QCOMPARE(memoCount(), 0);
        w.document().undoStack()->redo();
        QVERIFY(store::CodeStore(w.document().project()).codebook().find(QStringLiteral("ai_tutoring")));
        QCOMPARE(memoCount(), 1);
        w.document().undoStack()->undo(); // leave the shared demo as the other tests expect it

        // A shortcut another code holds is refused in one sentence, and nothing changes.
        auto clash = before;
        clash.shortcut = store::CodeStore(w.document().project()).codebook().find(QStringLiteral("student_centered"))->shortcut;
        const int steps = w.document().undoStack()->count();
        w.codebookDock()->applyCodeEdit(before, clash, QString());
        QCOMPARE(stored().shortcut, before.shortcut);
        QVERIFY(w.document().undoStack()->count() <= steps + 1);
    }

    void mergesAndDeletesCodesAfterACopy()
    {
        // A copy of the demo: merging changes the codebook for good.
        const QString path = m_dir.filePath(QStringLiteral("merge.caselens"));
        {
            auto src = store::Project::open(m_path);
            QVERIFY(src.ok());
            QVERIFY((*src)->backupTo(path).ok());
        }
        gui::MainWindow w;
        QVERIFY(w.openProject(path));
        auto count = [&](const char *key) {
            return w.document().project().db().scalar(QStringLiteral("SELECT count(*) FROM codings c JOIN codes k ON k.id = c.code_id WHERE k.key = '%1'")
                                                .arg(QString::fromLatin1(key)))->toLongLong();
        };
        const qint64 from = count("student_community"), into = count("student_centered");
        QVERIFY(from > 0);
        w.document().undoStack()->push(new QUndoCommand(QStringLiteral("something earlier")));
        QVERIFY(w.codebookDock()->applyMerge(QStringLiteral("student_community"), QStringLiteral("student_centered")).ok());
        QCOMPARE(count("student_centered"), from + into);
        QVERIFY(!w.document().project().db().scalar(QStringLiteral("SELECT count(*) FROM codes WHERE key = 'student_community'"))->toLongLong());
        QCOMPARE(w.document().undoStack()->count(), 0);
        QVERIFY(!QDir(QFileInfo(path).absolutePath()).entryList({QStringLiteral("merge*merge-code*")}).isEmpty());
        // A code with codings is not deleted unless told what happens to them.
        QVERIFY(!w.codebookDock()->applyDelete(QStringLiteral("ethical_technology"), store::CodeStore::CodingsFate::Refuse, QString()).ok());
        const qint64 ethical = count("ethical_technology"), planning = count("sustainable_planning");
        QVERIFY(w.codebookDock()->applyDelete(QStringLiteral("ethical_technology"), store::CodeStore::CodingsFate::MoveTo, QStringLiteral("sustainable_planning")).ok());
        QCOMPARE(count("sustainable_planning"), ethical + planning);
        QVERIFY(w.document().project().db().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN ('merge code', 'delete code')"))->toLongLong() >= 2);
    }

    void switchesLanguageWhileRunning()
    {
        gui::MainWindow w;
        w.setCoderName(QStringLiteral("lang-tester"));
        QVERIFY(w.openProject(m_path));
        w.openDocument(3);
        QVERIFY(!w.documentView()->visibleCodings().isEmpty()); // the research team's codings
        w.setBlindSession(true);
        QVERIFY(w.documentView()->visibleCodings().isEmpty());
        auto menus = [&] {
            QStringList titles;
            for (QAction *a : w.menuBar()->actions())
                titles.append(a->text());
            return titles.join(QLatin1Char(' '));
        };
        auto tabs = [&] { return w.findChild<QTabWidget *>()->tabText(0); };
        QVERIFY(menus().contains(QStringLiteral("&File")));
        w.setLanguage(QStringLiteral("zh_CN"));
        QVERIFY2(menus().contains(QStringLiteral("文件")), qPrintable(menus()));
        QCOMPARE(tabs(), QStringLiteral("案例"));
        // Qt's own buttons too (Debian's qt6-translations-l10n, which bootstrap installs).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
        // The language menu says which language is on.
        bool chineseChecked = false;
        for (QAction *a : w.findChildren<QAction *>())
            chineseChecked = chineseChecked || (a->text() == QStringLiteral("中文") && a->isChecked());
        QVERIFY(chineseChecked);
        QCOMPARE(w.documentView()->documentId(), qint64(3)); // the case in hand stays open
        QCOMPARE(w.casesPage()->model()->headerData(gui::CasesModel::Province, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("省份"));
        QVERIFY(w.documentView()->visibleCodings().isEmpty()); // still blind
        // The core's sentences too: their translation context is the one lupdate wrote down
        // (it was not, for helpers at namespace scope, and those stayed English).
        QFile notZip(m_dir.filePath(QStringLiteral("not-a-zip.qdpx")));
        QVERIFY(notZip.open(QIODevice::WriteOnly) && notZip.write("plain text") > 0);
        notZip.close();
        const auto refused = exchange::importQdpx(notZip.fileName(), m_dir.filePath(QStringLiteral("never.caselens")));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QRegularExpression(QStringLiteral("\\p{Han}"))), qPrintable(refused.error().message));
        w.setLanguage(QStringLiteral("en"));
        QVERIFY(menus().contains(QStringLiteral("&File")));
        QCOMPARE(tabs(), QStringLiteral("Cases"));
        gui::prefs::language.reset();
        QLocale::setDefault(QLocale(QLocale::English));
    }

    void workbenchViewsAgreeWithTheData()
    {
        // Issue "The workbench researchers expect": margin stripes, keyword in context,
        // retrieved segments and the code matrix, each checked against the data.
        gui::MainWindow w;
        QVERIFY(w.openProject(m_path));
        w.resize(1400, 900);
        w.show();
        store::Project &project = w.document().project();

        // Two codes on one passage are two stripes, side by side, not one blended colour.
        w.setCoderName(QStringLiteral("margin-tester"));
        w.openDocument(4);
        auto *view = w.documentView();
        view->setCurrentPassage(2);
        QTest::keyClick(view->textEdit(), Qt::Key_7);
        QTest::keyClick(view->textEdit(), Qt::Key_4);
        QCoreApplication::processEvents();
        QList<gui::CodingMargin::Stripe> mine;
        for (const auto &s : view->margin()->stripes())
            for (const auto &c : view->visibleCodings())
                if (c.id == s.codingId && c.coder == QStringLiteral("margin-tester"))
                    mine.append(s);
        QCOMPARE(mine.size(), 2);
        QVERIFY(mine.at(0).column != mine.at(1).column);
        QVERIFY(mine.at(0).color != mine.at(1).color);
        const QRect a = view->margin()->rectOf(mine.at(0)), b = view->margin()->rectOf(mine.at(1));
        QVERIFY(!a.isNull() && !b.isNull());
        QCOMPARE(a.top(), b.top()); // the same lines
        QVERIFY(a.right() < b.left() || b.right() < a.left());
        w.document().undoStack()->undo();
        w.document().undoStack()->undo();

        // Keyword in context: every line holds the word, where the text says it is.
        QVERIFY(w.showView(QStringLiteral("search")));
        // Searches, segments and the matrix are read off the window's thread.
        QSignalSpy searched(w.searchPage(), &gui::SearchPage::filled);
        w.searchPage()->search(QStringLiteral("教师"));
        QVERIFY(searched.wait(30000));
        const auto hits = w.searchPage()->hits();
        QVERIFY(!hits.isEmpty());
        QCOMPARE(qint64(hits.size()), std::min<qint64>(1000, *store::SearchIndex(project).count(QStringLiteral("教师"))));
        store::DocumentStore docs(project);
        for (const auto &h : hits.mid(0, 50)) {
            QCOMPARE(h.match, QStringLiteral("教师"));
            QCOMPARE(text::midCodePoints(*docs.text(h.documentId), h.start, h.end), QStringLiteral("教师"));
        }
        QCOMPARE(w.searchPage()->model()->rowCount(), int(hits.size()));
        // Opening a hit shows its case with the hit in view.
        Q_EMIT w.searchPage()->documentRequested(hits.at(3).documentId, hits.at(3).start, hits.at(3).end);
        QCOMPARE(w.documentView()->documentId(), hits.at(3).documentId);

        // Retrieved segments are exactly the accepted codings of the code.
        QSignalSpy segmentsFilled(w.segmentsPage(), &gui::SegmentsPage::filled);
        w.segmentsPage()->setCodes({QStringLiteral("teacher_development")});
        QVERIFY(segmentsFilled.wait(30000));
        QSet<qint64> shown;
        for (const auto &seg : w.segmentsPage()->segments())
            shown.insert(seg.codingId);
        QSet<qint64> direct;
        auto st = project.db().prepare(QStringLiteral("SELECT c.id FROM codings c JOIN codes k ON k.id = c.code_id "
                                                      "WHERE k.key = 'teacher_development' AND c.status = 'accepted'"));
        while (st->next())
            direct.insert(st->int64(0));
        QVERIFY(!direct.isEmpty());
        QCOMPARE(shown, direct);
        QCOMPARE(w.segmentsPage()->model()->rowCount(), int(direct.size()));

        // The code matrix by region carries the figures of `caselens-cli stats --by region`.
        QSignalSpy matrixFilled(w.matrixPage(), &gui::MatrixPage::filled);
        w.matrixPage()->setGrouping(QStringLiteral("region"));
        QVERIFY(matrixFilled.wait(30000));
        QProcess cli;
        cli.start(QStringLiteral(CASELENS_CLI), {QStringLiteral("stats"), m_path, QStringLiteral("--by"), QStringLiteral("region"),
                                                 QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(cli.waitForFinished(60000));
        const QJsonObject stats = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        const QJsonArray codes = stats.value(QStringLiteral("codes")).toArray();
        const QJsonArray groups = stats.value(QStringLiteral("groups")).toArray();
        auto *matrix = w.matrixPage()->model();
        QCOMPARE(matrix->rowCount(), int(codes.size()));
        QCOMPARE(matrix->columnCount(), int(groups.size()) + 2); // the code, each region, the total
        for (int r = 0; r < codes.size(); ++r)
            for (int g = 0; g < groups.size(); ++g)
                QCOMPARE(matrix->index(r, g + 1).data(Qt::UserRole).toLongLong(),
                         groups.at(g).toObject().value(QStringLiteral("counts")).toObject().value(codes.at(r).toString()).toInteger());
        // A cell opens its segments: that code, in that region.
        QSignalSpy cell(w.matrixPage(), &gui::MatrixPage::cellActivated);
        segmentsFilled.clear();
        QTest::mouseClick(w.matrixPage()->findChild<QTableView *>()->viewport(), Qt::LeftButton, {},
                          w.matrixPage()->findChild<QTableView *>()->visualRect(matrix->index(6, 1)).center());
        QCOMPARE(cell.size(), 1);
        QCOMPARE(w.findChild<QTabWidget *>()->currentWidget(), static_cast<QWidget *>(w.segmentsPage()));
        QVERIFY(segmentsFilled.wait(30000));
        for (const auto &seg : w.segmentsPage()->segments()) {
            QCOMPARE(seg.code, codes.at(6).toString());
            QCOMPARE(seg.region, groups.at(0).toObject().value(QStringLiteral("key")).toObject().value(QStringLiteral("region")).toString());
        }
        QVERIFY(!w.segmentsPage()->segments().isEmpty());

        // By an attribute of the cases too, with the same counts as the analysis gives.
        {
            store::DocumentStore attrs(w.document().project());
            for (qint64 d = 1; d <= 20; ++d)
                QVERIFY(attrs.setField(d, QStringLiteral("school_level"), d % 2 ? QStringLiteral("primary") : QStringLiteral("secondary")).ok());
            w.document().announceEverything();
            matrixFilled.clear();
            w.matrixPage()->setGrouping(QStringLiteral("school_level"));
            QVERIFY(matrixFilled.wait(30000));
            analysis::CrosstabSpec bySchool;
            bySchool.by = {QStringLiteral("school_level")};
            auto expected = analysis::computeCrosstab(w.document().project(), bySchool);
            QVERIFY(expected.ok());
            QCOMPARE(w.matrixPage()->crosstab()->groups.size(), expected->groups.size());
            QVERIFY(expected->groups.size() >= 2);
            for (int g = 0; g < expected->groups.size(); ++g)
                QCOMPARE(w.matrixPage()->crosstab()->groups.at(g).counts, expected->groups.at(g).counts);
        }

        // Each case on its own: one column per coded case, headed by its number and title,
        // each cell the case's coded items of the code (a passage, or a span across them).
        {
            matrixFilled.clear();
            w.matrixPage()->setGrouping(QStringLiteral("case"));
            QVERIFY(matrixFilled.wait(30000));
            const auto &byCase = *w.matrixPage()->crosstab();
            QVERIFY(byCase.groups.size() >= 10);
            QCOMPARE(w.matrixPage()->model()->columnCount(), int(byCase.groups.size()) + 2);
            for (int g = 0; g < 3; ++g) {
                const qint64 id = byCase.groups.at(g).key.value(0).toLongLong();
                QVERIFY(id > 0);
                auto row = store::DocumentStore(w.document().project()).row(id);
                QVERIFY(row.ok());
                QVERIFY(w.matrixPage()->model()->headerData(g + 1, Qt::Horizontal, Qt::DisplayRole).toString().startsWith(QStringLiteral("#%1 ").arg(id)));
                QCOMPARE(w.matrixPage()->model()->headerData(g + 1, Qt::Horizontal, Qt::ToolTipRole).toString(),
                         QStringLiteral("#%1 %2").arg(id).arg(row->meta.title));
                QHash<QString, QSet<QString>> items;
                auto codings = store::CodingStore(w.document().project()).ofDocument(id);
                QVERIFY(codings.ok());
                for (const auto &c : *codings)
                    if (c.status == QStringLiteral("accepted"))
                        items[c.code].insert(c.passageId ? QString::number(c.passageId) : QStringLiteral("%1-%2").arg(c.start).arg(c.end));
                for (int r = 0; r < byCase.codes.size(); ++r)
                    QCOMPARE(qint64(w.matrixPage()->model()->index(r, g + 1).data(Qt::UserRole).toLongLong()), qint64(items.value(byCase.codes.at(r)).size()));
            }
            // A cell opens the segments of that code in that case alone.
            int r = 0;
            while (r < byCase.codes.size() && byCase.groups.at(0).counts.value(r) == 0)
                ++r;
            QVERIFY(r < byCase.codes.size());
            segmentsFilled.clear();
            QTest::mouseClick(w.matrixPage()->findChild<QTableView *>()->viewport(), Qt::LeftButton, {},
                              w.matrixPage()->findChild<QTableView *>()->visualRect(w.matrixPage()->model()->index(r, 1)).center());
            QVERIFY(segmentsFilled.wait(30000));
            QVERIFY(!w.segmentsPage()->segments().isEmpty());
            for (const auto &seg : w.segmentsPage()->segments()) {
                QCOMPARE(seg.code, byCase.codes.at(r));
                QCOMPARE(QString::number(seg.documentId), byCase.groups.at(0).key.value(0));
            }
        }

        // The codebook dock is a tree: a dimension's counts are the sums of its codes'.
        auto *tree = w.codebookDock()->tree();
        QSignalSpy counted(w.codebookDock()->model(), &gui::CodebookModel::countsChanged);
        w.codebookDock()->model()->refreshCounts();
        QVERIFY(counted.wait(30000));
        const QModelIndex practice = tree->indexOf(QStringLiteral("practice_approaches"));
        QVERIFY(practice.isValid());
        QVERIFY(!practice.parent().isValid());
        const auto &all = w.codebookDock()->model()->allCodes();
        const auto under = std::count_if(all.begin(), all.end(), [](const codebook::Code &c) { return c.parentKey == QLatin1String("practice_approaches"); });
        QVERIFY(under > 1);
        QCOMPARE(tree->rowCount(practice), int(under));
        qint64 sumAccepted = 0, sumSuggested = 0;
        for (int r = 0; r < tree->rowCount(practice); ++r) {
            const QModelIndex child = tree->index(r, 0, practice);
            QCOMPARE(child.parent(), practice);
            const auto own = w.codebookDock()->model()->usage(child.data(gui::CodebookModel::KeyRole).toString());
            QCOMPARE(tree->index(r, gui::CodebookModel::Accepted, practice).data().toLongLong(), own.accepted);
            sumAccepted += own.accepted;
            sumSuggested += own.suggested;
        }
        QVERIFY(sumAccepted > 0);
        QCOMPARE(tree->index(practice.row(), gui::CodebookModel::Accepted).data().toLongLong(), sumAccepted);
        QCOMPARE(tree->index(practice.row(), gui::CodebookModel::Suggested).data().toLongLong(), sumSuggested);
        QAbstractItemModelTester treeTester(tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void mergesAColleaguesCopyInTheWindow()
    {
        // Issue "Team projects", part 1, in the window: File ▸ Merge a colleague's project.
        const QString mine = m_dir.filePath(QStringLiteral("merge-mine.caselens")), theirs = m_dir.filePath(QStringLiteral("merge-li.caselens"));
        {
            auto source = store::Project::open(m_path);
            QVERIFY(source.ok());
            QVERIFY((*source)->backupTo(mine).ok());
            QVERIFY((*source)->backupTo(theirs).ok());
        }
        {
            auto li = store::Project::open(theirs);
            QVERIFY(li.ok());
            QVERIFY(review::ReviewService(**li, QStringLiteral("li")).addHumanCoding(4, 0, 9, QStringLiteral("teacher_development")).ok());
        }
        gui::MainWindow w;
        QVERIFY(w.openProject(mine));
        QSignalSpy done(&w, &gui::MainWindow::backgroundWorkFinished);
        w.mergeCopiesNow({theirs});
        QVERIFY(done.wait(60000));
        QVERIFY2(done.first().first().toString().contains(QStringLiteral("a copy of this project from before")), qPrintable(done.first().first().toString()));
        auto codings = store::CodingStore(w.document().project()).ofDocument(4);
        QVERIFY(codings.ok());
        QVERIFY(std::any_of(codings->begin(), codings->end(), [](const store::CodingRecord &c) { return c.coder == QStringLiteral("li"); }));
        // The copy from before is beside the project.
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("merge-mine.caselens.before-merge-*.bak")}).size(), 1);
    }

    void teamProjectInTheWindow()
    {
        // Issue "Team projects": a team project in the window, against the throwaway
        // PostgreSQL that tests/team/run.sh starts (ctest runs this function so).
        if (!qEnvironmentVariableIsSet("PGHOST"))
            QSKIP("needs the throwaway PostgreSQL of tests/team/run.sh");
        const QString server = QStringLiteral("%1:%2").arg(qEnvironmentVariable("PGHOST"), qEnvironmentVariable("PGPORT"));
        const QString lead = QStringLiteral("postgresql://%1@%2/caselens_window").arg(qEnvironmentVariable("PGUSER"), server);
        {
            auto admin = store::server::PgConnection::connect(QStringLiteral("postgresql://%1@%2/postgres").arg(qEnvironmentVariable("PGUSER"), server));
            QVERIFY(admin.ok());
            QVERIFY((*admin)->execScript(QStringLiteral("DROP DATABASE IF EXISTS caselens_window")).ok());
            QVERIFY((*admin)->execScript(QStringLiteral("CREATE DATABASE caselens_window")).ok());
            auto p = store::Project::open(m_path);
            QVERIFY(p.ok());
            QVERIFY(store::server::publishProject(**p, lead).ok());
            qputenv("CASELENS_MEMBER_PASSWORD", "w-pw");
            QVERIFY(store::server::addMember(lead, QStringLiteral("wang"), store::server::MemberRole::Coder).ok());
            qputenv("CASELENS_MEMBER_PASSWORD", "z-pw");
            QVERIFY(store::server::addMember(lead, QStringLiteral("zhao"), store::server::MemberRole::Reviewer).ok());
            qunsetenv("CASELENS_MEMBER_PASSWORD");
        }
        auto sql = store::server::PgConnection::connect(lead);
        QVERIFY(sql.ok());
        auto onServer = [&](const QString &query) {
            auto r = (*sql)->exec(query);
            return r ? r->int64(0, 0) : -1;
        };
        const QString wangCodings = QStringLiteral("SELECT count(*) FROM codings c JOIN coders r ON r.id = c.coder_id WHERE r.name = 'wang'");

        gui::MainWindow w;
        QString error;
        QVERIFY2(w.openTeamProject(QStringLiteral("postgresql://wang:w-pw@%1/caselens_window").arg(server), &error), qPrintable(error));
        QCOMPARE(w.document().coderName(), QStringLiteral("wang"));
        QVERIFY(w.teamLink());
        QTRY_VERIFY_WITH_TIMEOUT(w.teamLink()->isOnline(), 15000);
        // Coding in the window reaches the server.
        w.show();
        w.showView(QStringLiteral("document"));
        w.openDocument(2);
        w.documentView()->setCurrentPassage(1);
        QTest::keyClick(w.documentView()->textEdit(), Qt::Key_7);
        QTRY_COMPARE_WITH_TIMEOUT(onServer(wangCodings), qint64(1), 15000);
        // Another person's decision on the server reaches the window.
        auto zhao = store::server::TeamSession::open(QStringLiteral("postgresql://zhao:z-pw@%1/caselens_window").arg(server));
        QVERIFY(zhao.ok());
        auto waiting = (*zhao)->waitingSuggestions(1);
        QVERIFY(waiting.ok() && waiting->size() == 1);
        auto guid = (*sql)->exec(QStringLiteral("SELECT guid FROM codings WHERE id = %1").arg(waiting->first()));
        QVERIFY((*zhao)->decide(waiting->first(), true).ok());
        auto statusHere = [&] {
            auto c = store::CodingStore(w.document().project()).byGuid(guid->text(0, 0));
            return c && c->has_value() ? (*c)->status + QLatin1Char('/') + (*c)->reviewer : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(statusHere(), QStringLiteral("accepted/zhao"), 15000);
        // Offline: the work stays in the copy, the window says what waits, and it goes later.
        QVERIFY((*sql)->execScript(QStringLiteral("ALTER ROLE wang NOLOGIN")).ok());
        QVERIFY((*sql)->exec(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE usename = 'wang'")).ok());
        w.openDocument(3);
        w.documentView()->setCurrentPassage(1);
        QTest::keyClick(w.documentView()->textEdit(), Qt::Key_7);
        QTRY_VERIFY_WITH_TIMEOUT(!w.teamLink()->isOnline() && w.teamLink()->waiting() == 1, 15000);
        QVERIFY(w.teamLink()->status().contains(QStringLiteral("offline")));
        QCOMPARE(onServer(wangCodings), qint64(1));
        {
            // The working copy opens while the server cannot be asked: the work goes on.
            gui::MainWindow offline;
            QVERIFY2(offline.openTeamProject(QStringLiteral("postgresql://wang:w-pw@%1/caselens_window").arg(server), &error), qPrintable(error));
            QTRY_VERIFY_WITH_TIMEOUT(offline.teamLink()->status().contains(QStringLiteral("offline")), 15000);
            QCOMPARE(offline.teamLink()->waiting(), 1);
        }
        QVERIFY((*sql)->execScript(QStringLiteral("ALTER ROLE wang LOGIN")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(onServer(wangCodings), qint64(2), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(w.teamLink()->isOnline() && w.teamLink()->waiting() == 0, 15000);
        // Opening a project file again leaves the team, and the window's own coder returns.
        QVERIFY(w.openProject(m_path));
        QVERIFY(!w.teamLink());
        QVERIFY(w.document().coderName() != QStringLiteral("wang"));
    }

    void importReportStaysOnScreen()
    {
        // Issue "The workbench researchers expect": an import's results stay until read,
        // every refused file named with its reason.
        QTemporaryDir folder;
        QFile good(folder.filePath(QStringLiteral("good.txt")));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write(QStringLiteral("智慧课堂建设的实践探索\n申报单位：杭州市第九中学\n2023年\n一、背景\n学校推进智慧校园建设，教师开展分层教学。\n").toUtf8());
        good.close();
        QFile bad(folder.filePath(QStringLiteral("broken.pdf")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("not a pdf at all");
        bad.close();
        const QString path = m_dir.filePath(QStringLiteral("import-report.caselens"));
        QVERIFY(store::createProject(path).ok());
        gui::MainWindow w;
        QVERIFY(w.openProject(path));
        w.show();
        QSignalSpy done(&w, &gui::MainWindow::backgroundWorkFinished);
        w.importPaths({folder.path()}, {});
        QVERIFY(done.wait(60000));
        QVERIFY2(done.first().first().toString().contains(QStringLiteral("1 imported")), qPrintable(done.first().first().toString()));
        auto *box = w.findChild<QMessageBox *>();
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY(box->detailedText().contains(QStringLiteral("broken.pdf")));
        box->close();
    }

    void storesLlmSettingsAndRefusesBadOnes()
    {
        gui::MainWindow w;
        QVERIFY(w.openProject(m_path));
        gui::LlmSettingsDialog dialog(w.document().project());
        dialog.urlEdit()->setText(QStringLiteral("http://127.0.0.1:11434/v1"));
        dialog.modelEdit()->setText(QStringLiteral("qwen2.5:7b"));
        dialog.temperatureEdit()->setValue(0.3);
        dialog.concurrencyEdit()->setValue(4);
        QVERIFY(dialog.save().ok());
        auto settings = coding::llmSettingsFromProject(w.document().project());
        QCOMPARE(settings.model, QStringLiteral("qwen2.5:7b"));
        QCOMPARE(settings.temperature, 0.3);
        QCOMPARE(settings.maxConcurrency, 4);

        // A remote endpoint needs consent; declined, nothing is written.
        bool asked = false;
        dialog.setConsentQuestion([&](const QString &host) { asked = host == QStringLiteral("llm.example.org"); return false; });
        dialog.urlEdit()->setText(QStringLiteral("https://llm.example.org/v1"));
        QVERIFY(!dialog.save().ok());
        QVERIFY(asked);
        QCOMPARE(coding::llmSettingsFromProject(w.document().project()).baseUrl.host(), QStringLiteral("127.0.0.1"));
        dialog.urlEdit()->setText(QStringLiteral("not a url"));
        auto bad = dialog.save();
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral("http")));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(MainWindowTest)
#include "test_mainwindow.moc"
