// Real-looking case documents in each format, made the way users make them — a PDF
// printed by Qt (with page headers, footers and numbers, CJK fonts embedded) and a Word
// file — imported through the same ImportJob as the CLI, with passages and metadata
// checked. Lives with the GUI tests because writing a PDF needs Qt Gui.

#include "store/newproject.h"
#include "import/importjob.h"
#include "store/documentstore.h"
#include "text/unicode.h"

#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>
#include <zip.h>

using namespace caselens;

namespace {

const QStringList kBody = {
    QStringLiteral("一、背景与问题"),
    QStringLiteral("近年来，成都市武侯区围绕国家教育数字化战略行动，系统推进智慧校园建设，课堂教学方式发生了深刻变化，但区域内学校之间发展仍不均衡。"),
    QStringLiteral("二、主要做法"),
    QStringLiteral("（一）建设教师研修共同体"),
    QStringLiteral("区教师发展中心组织全体教师开展信息技术应用能力提升培训，每月开展一次数字化教研活动，帮助教师掌握数据驱动的教学方法。"),
    QStringLiteral("（二）推进个性化学习"),
    QStringLiteral("各校依托学习平台开展分层教学，学生根据学情自主选择学习路径，教师利用课堂数据及时调整教学。"),
    QStringLiteral("三、成效"),
    QStringLiteral("学生自主学习能力明显提升，相关经验在全市推广。"),
};

// Three pages: a running header, a footer and a page number on each, body lines
// hard-wrapped at a fixed width as a typesetter does.
void writePdf(const QString &path)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A5));
    pdf.setResolution(72);
    QPainter p(&pdf);
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPixelSize(11);
    p.setFont(font);
    const int width = int(pdf.width());
    const int lineHeight = 16;
    QStringList lines = {QStringLiteral("数据赋能课堂：成都市武侯区智慧教育实践"), QStringLiteral("申报单位：成都市武侯区教育局"), QStringLiteral("2024年")};
    const int perLine = 24;
    for (const QString &para : kBody)
        for (int i = 0; i < para.size(); i += perLine)
            lines.append(para.mid(i, perLine));
    int page = 1, y = 0;
    auto frame = [&] {
        p.drawText(0, 12, QStringLiteral("中国教育信息化案例选编"));
        p.drawText(0, int(pdf.height()) - 4, QStringLiteral("- %1 -").arg(page));
        y = 40;
    };
    frame();
    const int perPage = 8;
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0 && i % perPage == 0) {
            pdf.newPage();
            ++page;
            frame();
        }
        p.drawText(QRect(0, y, width, lineHeight), Qt::AlignLeft, lines.at(i));
        y += lineHeight;
    }
    p.end();
}

QByteArray makeDocx()
{
    auto para = [](const QString &text, const QByteArray &ppr = {}) {
        return QByteArray("<w:p><w:pPr>") + ppr + "</w:pPr><w:r><w:t>" + text.toUtf8() + "</w:t></w:r></w:p>";
    };
    QByteArray body = para(QStringLiteral("数据赋能课堂：杭州市西湖区智慧教育实践"), "<w:pStyle w:val=\"Heading1\"/>")
        + para(QStringLiteral("申报单位：杭州市西湖区教育局")) + para(QStringLiteral("2023年"));
    for (const QString &line : kBody)
        body += para(line);
    const QByteArray document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                                + body + "</w:body></w:document>";
    const QByteArray styles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                              "<w:style w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style></w:styles>";
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &err);
    zip_t *za = zip_open_from_source(buffer, ZIP_TRUNCATE, &err);
    zip_source_keep(buffer);
    for (const auto &[name, data] : {std::pair{"word/document.xml", document}, std::pair{"word/styles.xml", styles}}) {
        void *copy = malloc(size_t(data.size()));
        memcpy(copy, data.constData(), size_t(data.size()));
        zip_file_add(za, name, zip_source_buffer(za, copy, zip_uint64_t(data.size()), 1), 0);
    }
    zip_close(za);
    zip_source_open(buffer);
    zip_source_seek(buffer, 0, SEEK_END);
    QByteArray out(qsizetype(zip_source_tell(buffer)), '\0');
    zip_source_seek(buffer, 0, SEEK_SET);
    zip_source_read(buffer, out.data(), zip_uint64_t(out.size()));
    zip_source_close(buffer);
    zip_source_free(buffer);
    return out;
}

} // namespace

class RealDocumentsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void importsAPdfAndAWordFile()
    {
        QTemporaryDir dir;
        dir.setAutoRemove(qEnvironmentVariableIsEmpty("CASELENS_KEEP_TEST_FILES"));
        QDir().mkpath(dir.filePath(QStringLiteral("in")));
        writePdf(dir.filePath(QStringLiteral("in/wuhou.pdf")));
        QFile docx(dir.filePath(QStringLiteral("in/xihu.docx")));
        QVERIFY(docx.open(QIODevice::WriteOnly));
        docx.write(makeDocx());
        docx.close();

        auto project = store::createProject(dir.filePath(QStringLiteral("p.caselens")));
        QVERIFY(project.ok());
        auto report = import::ImportJob(**project, {}).run({dir.filePath(QStringLiteral("in"))});
        QVERIFY(report.ok());
        for (const auto &e : report->entries)
            QVERIFY2(e.outcome == import::ImportOutcome::Imported, qPrintable(e.source + QStringLiteral(": ") + e.message));
        QCOMPARE(report->count(import::ImportOutcome::Imported), 2);

        store::DocumentStore docs(**project);
        for (qint64 id : {qint64(1), qint64(2)}) {
            auto row = docs.row(id);
            QVERIFY(row.ok());
            const bool isPdf = row->sourceFormat == QLatin1String("pdf");
            QCOMPARE(row->meta.province, isPdf ? QStringLiteral("sichuan") : QStringLiteral("zhejiang"));
            QCOMPARE(row->meta.region, isPdf ? QStringLiteral("west") : QStringLiteral("east"));
            QCOMPARE(*row->meta.year, isPdf ? 2024 : 2023);
            QVERIFY2(row->meta.unit.endsWith(QStringLiteral("教育局")), qPrintable(row->meta.unit + QStringLiteral(" / ") + *docs.text(id)));
            QCOMPARE(row->meta.caseType, QStringLiteral("regional_development"));
            const QString text = *docs.text(id);
            // Headers, footers and page numbers are gone; hard-wrapped lines are whole again.
            QVERIFY2(!text.contains(QStringLiteral("案例选编")), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("- 2 -")), qPrintable(text));
            QVERIFY2(text.contains(kBody.at(1)), qPrintable(text));
            QVERIFY2(text.contains(kBody.at(4)), qPrintable(text));
            QStringList headings, paragraphs;
            for (const auto &p : docs.passages(id)) {
                const QString t = text::midCodePoints(text, p.start, p.end);
                if (p.kind == text::PassageKind::Heading)
                    headings.append(t);
                else if (p.kind == text::PassageKind::Paragraph)
                    paragraphs.append(t);
            }
            QVERIFY2(headings.contains(QStringLiteral("二、主要做法")), qPrintable(headings.join(QLatin1Char('|'))));
            QVERIFY2(headings.contains(QStringLiteral("（一）建设教师研修共同体")), qPrintable(headings.join(QLatin1Char('|'))));
            QVERIFY(paragraphs.contains(kBody.at(6)));
            QCOMPARE(paragraphs.size(), 4);
        }
    }
};

QTEST_MAIN(RealDocumentsTest)
#include "test_realdocuments.moc"
