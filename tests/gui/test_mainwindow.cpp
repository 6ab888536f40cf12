// GUI tests on real widgets (offscreen): open the demo, filter the cases, code a
// passage by keystroke and undo it, accept and reject suggestions, and check that a
// chart plots exactly the analysis figures.

#include "analysis/crosstab.h"
#include "charts/distributionchart.h"
#include "coding/codingrun.h"
#include "coding/lexiconcoder.h"
#include "demo/demogenerator.h"
#include "models/casesmodel.h"
#include "models/codebookmodel.h"
#include "models/reviewqueuemodel.h"
#include "store/codestore.h"
#include "views/documentview.h"
#include "views/agreementview.h"
#include "views/mainwindow.h"
#include "review/agreement.h"
#include <QComboBox>
#include "views/statsview.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
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
        QCOMPARE(w.casesModel()->rowCount(), 60);
        QVERIFY(w.windowTitle().contains(QStringLiteral("synthetic")));
        QAbstractItemModelTester cases(w.casesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester review(w.reviewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(w.reviewModel()->rowCount() > 0);
    }

    void filtersTheCasesTable()
    {
        gui::MainWindow w;
        QVERIFY(w.openProject(m_path));
        auto &db = w.project()->db();
        const qint64 beijing = db.scalar(QStringLiteral("SELECT count(*) FROM documents WHERE province = 'beijing'"))->toLongLong();
        QVERIFY(beijing > 0);
        w.filterEdit()->setText(QStringLiteral("Beijing"));
        QCOMPARE(qint64(w.casesProxy()->rowCount()), beijing);
        w.filterEdit()->clear();
        QCOMPARE(w.casesProxy()->rowCount(), 60);
        // Full-text search narrows the table to the cases that contain the words.
        w.searchEdit()->setText(QStringLiteral("数据安全"));
        QTest::keyClick(w.searchEdit(), Qt::Key_Return);
        const qint64 withWords = db.scalar(QStringLiteral("SELECT count(*) FROM documents WHERE text LIKE '%数据安全%'"))->toLongLong();
        QCOMPARE(qint64(w.casesProxy()->rowCount()), withWords);
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
        auto *text = view->findChild<QPlainTextEdit *>();
        QVERIFY(text);
        auto count = [&] {
            return w.project()->db().scalar(QStringLiteral("SELECT count(*) FROM codings c JOIN coders k ON k.id = c.coder_id "
                                                           "JOIN codes x ON x.id = c.code_id WHERE k.kind = 'human' AND k.name <> '研究团队' "
                                                           "AND c.document_id = 2 AND x.key = 'teacher_development'"))->toLongLong();
        };
        QCOMPARE(count(), 0);
        QTest::keyClick(text, Qt::Key_7);
        QCOMPARE(count(), 1);
        QCOMPARE(w.undoStack()->count(), 1);
        w.undoStack()->undo();
        QCOMPARE(count(), 0);
        w.undoStack()->redo();
        QCOMPARE(count(), 1);
        // The audit log kept every step.
        QVERIFY(w.project()->db().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN ('code', 'delete')"))->toLongLong() >= 3);
    }

    void blindSessionShowsOnlyYourOwnCodings()
    {
        gui::MainWindow w;
        QVERIFY(w.openProject(m_path));
        w.setCoderName(QStringLiteral("blind-tester"));
        w.openDocument(3);
        auto *view = w.documentView();
        view->setCurrentPassage(0);
        QTest::keyClick(view->findChild<QPlainTextEdit *>(), Qt::Key_3);
        QVERIFY(view->visibleCodings().size() > 1); // the gold coder's and the engine's too
        w.setBlindSession(true);
        QCOMPARE(view->visibleCodings().size(), 1);
        QCOMPARE(view->visibleCodings().first().coder, QStringLiteral("blind-tester"));
        w.setBlindSession(false);
        QVERIFY(view->visibleCodings().size() > 1);
    }

    void acceptsAndRejectsSuggestions()
    {
        gui::MainWindow w;
        QVERIFY(w.openProject(m_path));
        auto *queue = w.reviewModel();
        const int before = queue->rowCount();
        QVERIFY(before >= 2);
        const qint64 first = queue->index(0, 0).data(gui::ReviewQueueModel::CodingIdRole).toLongLong();
        auto status = [&](qint64 id) {
            return w.project()->db().scalar(QStringLiteral("SELECT status FROM codings WHERE id = %1").arg(id))->toString();
        };
        w.decideCurrentReviewItem(true);
        QCOMPARE(status(first), QStringLiteral("accepted"));
        QCOMPARE(queue->rowCount(), before - 1);
        const qint64 second = queue->index(0, 0).data(gui::ReviewQueueModel::CodingIdRole).toLongLong();
        w.decideCurrentReviewItem(false);
        QCOMPARE(status(second), QStringLiteral("rejected"));
        w.undoStack()->undo();
        QCOMPARE(status(second), QStringLiteral("suggested"));
        w.undoStack()->undo();
        QCOMPARE(status(first), QStringLiteral("suggested"));
        QCOMPARE(queue->rowCount(), before);
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
        auto direct = review::computeAgreement(*w.project(), {QStringLiteral("研究团队"), QStringLiteral("lexicon")}, QStringLiteral("passage"));
        QVERIFY(direct.ok());
        QCOMPARE(view->report()->pooledKappa, direct->pooledKappa);
        const int open = int(view->report()->disagreements.size());
        QVERIFY(open > 0);
        view->decide(true);
        QCOMPARE(int(view->report()->disagreements.size()), open); // the two coders still disagree…
        QVERIFY(w.project()->db().scalar(QStringLiteral("SELECT count(*) FROM codings c JOIN coders r ON r.id = c.coder_id WHERE r.name = 'consensus'"))->toLongLong() > 0);
        QVERIFY(w.project()->db().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'adjudicate'"))->toLongLong() == 1); // …and the decision is kept
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
        auto t = analysis::computeCrosstab(*w.project(), spec);
        QVERIFY(t.ok());
        const auto plotted = stats->chart()->plottedValues();
        QCOMPARE(plotted.size(), t->groups.size());
        for (int g = 0; g < plotted.size(); ++g)
            for (int c = 0; c < t->codes.size(); ++c)
                QCOMPARE(plotted.at(g).at(c), t->groups.at(g).percent.at(c));
        QCOMPARE(stats->chart()->seriesNames().first(), QStringLiteral("East"));
        const QString png = m_dir.filePath(QStringLiteral("chart.png"));
        const QString svg = m_dir.filePath(QStringLiteral("chart.svg"));
        QVERIFY(stats->chart()->exportTo(png));
        QVERIFY(stats->chart()->exportTo(svg));
        QVERIFY(QFileInfo(png).size() > 1000);
        QVERIFY(QFileInfo(svg).size() > 1000);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(MainWindowTest)
#include "test_mainwindow.moc"
