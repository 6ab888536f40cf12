#include "testsupport.h"

#include "demo/demogenerator.h"
#include "support/ziparchive.h"

#include <QDir>
#include <QFile>
#include <zip.h>

namespace testsupport {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return path;
}

caselens::Result<QByteArray> zipEntry(const QByteArray &zip, const QString &name)
{
    auto reader = caselens::ZipReader::open(zip);
    if (!reader)
        return reader.error();
    return reader->read(name, qint64(1) << 28);
}

QByteArray makeZip(const QMap<QString, QByteArray> &entries)
{
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &err);
    zip_t *za = zip_open_from_source(buffer, ZIP_TRUNCATE, &err);
    zip_source_keep(buffer);
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        void *copy = malloc(size_t(it.value().size()));
        memcpy(copy, it.value().constData(), size_t(it.value().size()));
        zip_source_t *s = zip_source_buffer(za, copy, zip_uint64_t(it.value().size()), 1);
        zip_file_add(za, it.key().toUtf8().constData(), s, ZIP_FL_ENC_UTF_8);
    }
    zip_close(za);
    QByteArray out;
    zip_source_open(buffer);
    zip_source_seek(buffer, 0, SEEK_END);
    const zip_int64_t size = zip_source_tell(buffer);
    zip_source_seek(buffer, 0, SEEK_SET);
    out.resize(qsizetype(size));
    zip_source_read(buffer, out.data(), zip_uint64_t(size));
    zip_source_close(buffer);
    zip_source_free(buffer);
    return out;
}

QByteArray makeDocx(const QByteArray &bodyXml, const QByteArray &numberingXml, const QByteArray &stylesXml)
{
    QMap<QString, QByteArray> entries;
    entries.insert(QStringLiteral("[Content_Types].xml"),
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                   "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
    entries.insert(QStringLiteral("word/document.xml"),
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                       + bodyXml + "</w:body></w:document>");
    if (!numberingXml.isEmpty())
        entries.insert(QStringLiteral("word/numbering.xml"),
                       "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                           + numberingXml + "</w:numbering>");
    if (!stylesXml.isEmpty())
        entries.insert(QStringLiteral("word/styles.xml"),
                       "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                           + stylesXml + "</w:styles>");
    return makeZip(entries);
}

QString sampleCaseText()
{
    return QStringLiteral(
        "数据赋能课堂变革：广州市天河区智慧教育实践案例\n"
        "申报单位：广州市天河区教育局\n"
        "2023年\n"
        "简介：天河区以国家智慧教育示范区建设为契机，推动课堂教学模式变革。\n"
        "一、背景与问题\n"
        "区域内学校信息化基础不均衡，教师应用数字技术的能力参差不齐。\n"
        "二、主要做法\n"
        "（一）构建以学生为中心的智慧课堂\n"
        "1.推进个性化学习。各校依托学习平台开展分层教学，学生根据学情自主选择学习路径。教师利用课堂数据及时调整教学。\n"
        "（二）加强教师数字素养培训\n"
        "区教师发展中心每学期组织数字化教学能力研修，覆盖全区教师。\n"
        "三、成效与反思\n"
        "学生自主学习能力明显提升。下一步将持续完善评价体系。\n");
}

caselens::Result<std::unique_ptr<caselens::store::Project>> openDemo(const QTemporaryDir &dir, int cases, int seed)
{
    const QString path = dir.filePath(QStringLiteral("demo.caselens"));
    if (auto built = caselens::demo::buildDemoProject(path, caselens::demo::DemoOptions{cases, quint64(seed)}); !built)
        return built.error();
    return caselens::store::Project::open(path);
}

} // namespace testsupport
