#include "import/docximporter.h"

#include "support/ziparchive.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>
#include <functional>

namespace caselens::import {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::import::DocxImporter)
};

QString chineseNumber(int n)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (n <= 0)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    if (n < 20)
        return QStringLiteral("十") + (n % 10 ? QString(digits.at(n % 10)) : QString());
    if (n < 100)
        return QString(digits.at(n / 10)) + QStringLiteral("十") + (n % 10 ? QString(digits.at(n % 10)) : QString());
    return QString::number(n);
}

QString roman(int n)
{
    static const std::pair<int, const char *> table[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"},
                                                         {50, "l"},   {40, "xl"},  {10, "x"},  {9, "ix"},   {5, "v"},   {4, "iv"}, {1, "i"}};
    QString out;
    for (const auto &[v, s] : table)
        while (n >= v) {
            out += QLatin1String(s);
            n -= v;
        }
    return out;
}

struct Level {
    QString numFmt = QStringLiteral("decimal");
    QString lvlText = QStringLiteral("%1.");
    int start = 1;
};

// Word's own bounds: list levels 0–8, start values up to 32767, and a label is a few
// characters. Values outside them come from damaged or hostile files; left unbounded, a
// level of 2^31 looped for ever and a start of 10^9 in Roman numerals filled memory.
constexpr int kMaxListLevel = 8;
constexpr int kMaxListStart = 32767;
constexpr int kMaxLabelChars = 64;

int listLevel(const QString &value) { return qBound(0, value.toInt(), kMaxListLevel); }

struct Numbering {
    QHash<QString, QString> numToAbstract;
    QHash<QString, QHash<int, Level>> abstractLevels;
};

// Reads XML with a depth bound; returns false and sets `error` when the bound is passed.
bool checkDepth(QXmlStreamReader &xml, int &depth, int maxDepth, QString &error)
{
    if (xml.isStartElement() && ++depth > maxDepth) {
        error = Tr::tr("the document's XML is nested deeper than %1 levels").arg(maxDepth);
        return false;
    }
    if (xml.isEndElement())
        --depth;
    return true;
}

QString attr(const QXmlStreamReader &xml, const char *name)
{
    // w:val and friends: match on the local name, whatever the prefix.
    for (const auto &a : xml.attributes()) {
        if (a.name() == QLatin1String(name))
            return a.value().toString();
    }
    return {};
}

// Calls `each` for every start element of a part, stopping at the depth bound.
void forEachStartElement(const QByteArray &data, int maxDepth, const std::function<void(QXmlStreamReader &)> &each)
{
    QXmlStreamReader xml(data);
    int depth = 0;
    QString err;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!checkDepth(xml, depth, maxDepth, err))
            break;
        if (xml.isStartElement())
            each(xml);
    }
}

Numbering parseNumbering(const QByteArray &data, int maxDepth)
{
    Numbering n;
    QString currentAbstract;
    int currentLevel = -1;
    QString currentNum;
    forEachStartElement(data, maxDepth, [&](QXmlStreamReader &xml) {
        const auto name = xml.name();
        if (name == QLatin1String("abstractNum")) {
            currentAbstract = attr(xml, "abstractNumId");
            currentNum.clear();
        } else if (name == QLatin1String("lvl") && !currentAbstract.isEmpty()) {
            currentLevel = listLevel(attr(xml, "ilvl"));
            n.abstractLevels[currentAbstract][currentLevel] = Level{};
        } else if (name == QLatin1String("numFmt") && currentLevel >= 0) {
            n.abstractLevels[currentAbstract][currentLevel].numFmt = attr(xml, "val");
        } else if (name == QLatin1String("lvlText") && currentLevel >= 0) {
            n.abstractLevels[currentAbstract][currentLevel].lvlText = attr(xml, "val").left(kMaxLabelChars);
        } else if (name == QLatin1String("start") && currentLevel >= 0) {
            n.abstractLevels[currentAbstract][currentLevel].start = qBound(0, attr(xml, "val").toInt(), kMaxListStart);
        } else if (name == QLatin1String("num")) {
            currentNum = attr(xml, "numId");
            currentAbstract.clear();
            currentLevel = -1;
        } else if (name == QLatin1String("abstractNumId") && !currentNum.isEmpty()) {
            n.numToAbstract.insert(currentNum, attr(xml, "val"));
        }
    });
    return n;
}

QSet<QString> headingStyles(const QByteArray &data, int maxDepth)
{
    QSet<QString> out;
    QString styleId;
    forEachStartElement(data, maxDepth, [&](QXmlStreamReader &xml) {
        if (xml.name() == QLatin1String("style")) {
            styleId = attr(xml, "styleId");
            if (styleId.startsWith(QLatin1String("Heading"), Qt::CaseInsensitive) || styleId == QLatin1String("Title"))
                out.insert(styleId);
        } else if (xml.name() == QLatin1String("name") && !styleId.isEmpty()) {
            const QString n = attr(xml, "val").toLower();
            if (n.startsWith(QLatin1String("heading")) || n == QLatin1String("title") || n.startsWith(QStringLiteral("标题")))
                out.insert(styleId);
        } else if (xml.name() == QLatin1String("outlineLvl") && !styleId.isEmpty()) {
            out.insert(styleId);
        }
    });
    return out;
}

} // namespace

QString formatListNumber(int n, const QString &numFmt)
{
    if (numFmt == QLatin1String("chineseCounting") || numFmt == QLatin1String("chineseCountingThousand")
        || numFmt == QLatin1String("ideographDigital") || numFmt == QLatin1String("japaneseCounting")
        || numFmt == QLatin1String("taiwaneseCounting") || numFmt == QLatin1String("chineseLegalSimplified"))
        return chineseNumber(n);
    if (numFmt == QLatin1String("ideographTraditional")) {
        static const QString stems = QStringLiteral("甲乙丙丁戊己庚辛壬癸");
        return n >= 1 && n <= 10 ? QString(stems.at(n - 1)) : QString::number(n);
    }
    if (numFmt == QLatin1String("decimalEnclosedCircle") || numFmt == QLatin1String("decimalEnclosedCircleChinese"))
        return n >= 1 && n <= 20 ? QString(QChar(char16_t(0x2460 + n - 1))) : QString::number(n);
    if (numFmt == QLatin1String("lowerLetter"))
        return QString(QChar(char16_t(u'a' + (n - 1) % 26)));
    if (numFmt == QLatin1String("upperLetter"))
        return QString(QChar(char16_t(u'A' + (n - 1) % 26)));
    if (numFmt == QLatin1String("lowerRoman"))
        return roman(n);
    if (numFmt == QLatin1String("upperRoman"))
        return roman(n).toUpper();
    if (numFmt == QLatin1String("bullet") || numFmt == QLatin1String("none"))
        return {};
    return QString::number(n);
}

Result<ExtractedDocument> DocxImporter::extract(const QByteArray &bytes, const QString &sourceName, const ImportLimits &limits) const
{
    if (bytes.isEmpty())
        return makeError(Tr::tr("the file is empty"), ErrorKind::InvalidInput);
    auto zip = ZipReader::open(bytes);
    if (!zip)
        return makeError(Tr::tr("this .docx cannot be read: %1").arg(zip.error().message), ErrorKind::InvalidInput);
    auto body = zip->read(QStringLiteral("word/document.xml"), limits.maxArchiveExpandedBytes);
    if (!body)
        return makeError(Tr::tr("this .docx cannot be read: %1").arg(body.error().message), ErrorKind::InvalidInput);
    // Numbering and styles are optional parts: without them, lists are unnumbered and
    // headings come from outline levels only.
    auto numberingXml = zip->read(QStringLiteral("word/numbering.xml"), limits.maxArchiveExpandedBytes);
    auto stylesXml = zip->read(QStringLiteral("word/styles.xml"), limits.maxArchiveExpandedBytes);
    const Numbering numbering = numberingXml ? parseNumbering(*numberingXml, limits.maxXmlDepth) : Numbering{};
    const QSet<QString> headings = stylesXml ? headingStyles(*stylesXml, limits.maxXmlDepth) : QSet<QString>{};

    ExtractedDocument doc;
    doc.sourceName = sourceName;
    doc.format = QStringLiteral("docx");
    doc.encoding = QStringLiteral("UTF-8");

    QHash<QString, QHash<int, int>> counters; // numId → level → current number
    QXmlStreamReader xml(*body);
    int depth = 0;
    QString depthError;
    QString para;
    bool inPara = false, inText = false, inDeleted = false, isHeading = false;
    QString numId;
    int ilvl = 0;
    int tables = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!checkDepth(xml, depth, limits.maxXmlDepth, depthError))
            return makeError(Tr::tr("this .docx cannot be read: %1").arg(depthError), ErrorKind::InvalidInput);
        const auto name = xml.name();
        if (xml.isStartElement()) {
            if (name == QLatin1String("p")) {
                inPara = true;
                para.clear();
                isHeading = false;
                numId.clear();
                ilvl = 0;
            } else if (name == QLatin1String("pStyle") && inPara) {
                isHeading = isHeading || headings.contains(attr(xml, "val"));
            } else if (name == QLatin1String("outlineLvl") && inPara) {
                isHeading = true;
            } else if (name == QLatin1String("numId") && inPara) {
                numId = attr(xml, "val");
            } else if (name == QLatin1String("ilvl") && inPara) {
                ilvl = listLevel(attr(xml, "val"));
            } else if (name == QLatin1String("t") && inPara && !inDeleted) {
                inText = true;
            } else if ((name == QLatin1String("tab") || name == QLatin1String("br")) && inPara) {
                para.append(QLatin1Char(' '));
            } else if (name == QLatin1String("del")) {
                inDeleted = true; // tracked deletions are not part of the text
            } else if (name == QLatin1String("tbl")) {
                ++tables;
            }
        } else if (xml.isCharacters() && inText) {
            para.append(xml.text());
        } else if (xml.isEndElement()) {
            if (name == QLatin1String("t")) {
                inText = false;
            } else if (name == QLatin1String("del")) {
                inDeleted = false;
            } else if (name == QLatin1String("p") && inPara) {
                inPara = false;
                QString label;
                if (!numId.isEmpty() && numId != QLatin1String("0")) {
                    const QString abs = numbering.numToAbstract.value(numId);
                    const Level lvl = numbering.abstractLevels.value(abs).value(ilvl);
                    auto &levels = counters[numId];
                    levels[ilvl] = levels.contains(ilvl) ? qMin(levels[ilvl] + 1, kMaxListStart) : lvl.start;
                    for (auto it = levels.begin(); it != levels.end();)
                        it = it.key() > ilvl ? levels.erase(it) : std::next(it);
                    label = lvl.lvlText;
                    for (int k = 0; k <= ilvl; ++k) {
                        const Level lk = numbering.abstractLevels.value(abs).value(k);
                        label.replace(QStringLiteral("%%1").arg(k + 1), formatListNumber(levels.value(k, lk.start), lk.numFmt));
                    }
                    label.truncate(kMaxLabelChars);
                    if (lvl.numFmt == QLatin1String("bullet"))
                        label.clear();
                }
                if (!para.trimmed().isEmpty())
                    doc.paragraphs.append({label + para, isHeading});
            }
        }
    }
    if (xml.hasError())
        return makeError(Tr::tr("this .docx is damaged: its text is not well-formed XML (%1)").arg(xml.errorString()),
                         ErrorKind::InvalidInput);
    if (doc.paragraphs.isEmpty())
        return makeError(Tr::tr("the .docx holds no text"), ErrorKind::InvalidInput);
    if (tables > 0)
        doc.notes.append(QCoreApplication::translate("caselens::import::DocxImporter", "%n table(s) read cell by cell", nullptr, tables));
    return doc;
}

} // namespace caselens::import
