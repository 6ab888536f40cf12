#include "export/qdccodebook.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace caselens::exporting {

namespace {

QString tr(const char *s) { return QCoreApplication::translate("caselens::exporting::Qdc", s); }

const QString kKeyTag = QStringLiteral("[caselens-key: %1]");
const QString kEnTag = QStringLiteral("[caselens-name-en: %1]");

void writeCode(QXmlStreamWriter &w, const codebook::Codebook &book, const codebook::Code &c, const QHash<QString, QString> &guids)
{
    w.writeStartElement(QStringLiteral("Code"));
    w.writeAttribute(QStringLiteral("guid"), guids.value(c.key, QUuid::createUuid().toString(QUuid::WithoutBraces)));
    w.writeAttribute(QStringLiteral("name"), c.nameZh.isEmpty() ? c.nameEn : c.nameZh);
    w.writeAttribute(QStringLiteral("isCodable"), c.codable ? QStringLiteral("true") : QStringLiteral("false"));
    if (QRegularExpression(QStringLiteral("^#[0-9A-Fa-f]{6}$")).match(c.color).hasMatch())
        w.writeAttribute(QStringLiteral("color"), c.color.toUpper());
    QStringList description;
    if (!c.descriptionZh.isEmpty())
        description << c.descriptionZh;
    if (!c.descriptionEn.isEmpty())
        description << c.descriptionEn;
    description << kKeyTag.arg(c.key) << kEnTag.arg(c.nameEn);
    w.writeTextElement(QStringLiteral("Description"), description.join(QLatin1Char('\n')));
    for (const auto &child : book.codes)
        if (child.parentKey == c.key)
            writeCode(w, book, child, guids);
    w.writeEndElement();
}

QString slug(const QString &name, int n)
{
    QString s;
    for (const QChar ch : name.toLower())
        s += (ch.isLetterOrNumber() && ch.unicode() < 128) ? ch : QLatin1Char('_');
    s = s.replace(QRegularExpression(QStringLiteral("_+")), QStringLiteral("_")).remove(QRegularExpression(QStringLiteral("^_|_$")));
    return s.isEmpty() ? QStringLiteral("code_%1").arg(n) : s;
}

} // namespace

void writeCodesElement(QXmlStreamWriter &w, const codebook::Codebook &book, const QHash<QString, QString> &guids)
{
    w.writeStartElement(QStringLiteral("Codes"));
    for (const auto &c : book.codes)
        if (c.parentKey.isEmpty())
            writeCode(w, book, c, guids);
    w.writeEndElement();
}

QByteArray codebookToQdc(const codebook::Codebook &book, const QHash<QString, QString> &guids)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeDefaultNamespace(QStringLiteral("urn:QDA-XML:codebook:1.0"));
    w.writeStartElement(QStringLiteral("CodeBook"));
    w.writeAttribute(QStringLiteral("origin"), QStringLiteral("CaseLens " CASELENS_VERSION));
    writeCodesElement(w, book, guids);
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

Result<codebook::Codebook> codebookFromQdc(const QByteArray &xml, QHash<QString, QString> *keyOfGuid)
{
    constexpr qsizetype kMaxBytes = 16 * 1024 * 1024;
    constexpr int kMaxDepth = 64;
    constexpr int kMaxCodes = 5000;
    if (xml.size() > kMaxBytes)
        return makeError(tr("The codebook file is larger than 16 MB."), ErrorKind::InvalidInput);
    QXmlStreamReader r(xml);
    codebook::Codebook book;
    QList<int> stack;       // indices into book.codes of open Code elements
    QList<int> parentIndex; // per code, its parent's index or -1
    QStringList guidList;
    QSet<QString> keys;
    int depth = 0;
    bool sawCodeBook = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (++depth > kMaxDepth)
                return makeError(tr("The codebook is nested deeper than %1 levels.").arg(kMaxDepth), ErrorKind::InvalidInput);
            if (r.name() == QLatin1String("CodeBook") || r.name() == QLatin1String("Project"))
                sawCodeBook = true;
            if (r.name() == QLatin1String("Code")) {
                if (book.codes.size() >= kMaxCodes)
                    return makeError(tr("The codebook has more than %1 codes.").arg(kMaxCodes), ErrorKind::InvalidInput);
                codebook::Code c;
                c.nameZh = r.attributes().value(QStringLiteral("name")).toString();
                c.nameEn = c.nameZh;
                c.codable = r.attributes().value(QStringLiteral("isCodable")).toString() != QLatin1String("false");
                const QString color = r.attributes().value(QStringLiteral("color")).toString();
                if (!color.isEmpty())
                    c.color = color;
                guidList.append(r.attributes().value(QStringLiteral("guid")).toString());
                parentIndex.append(stack.isEmpty() ? -1 : stack.last());
                stack.append(int(book.codes.size()));
                book.codes.append(c);
            } else if (r.name() == QLatin1String("Description") && !stack.isEmpty()) {
                const QString text = r.readElementText(QXmlStreamReader::IncludeChildElements);
                --depth;
                codebook::Code &c = book.codes[stack.last()];
                QStringList plain;
                for (const QString &line : text.split(QLatin1Char('\n'))) {
                    const auto key = QRegularExpression(QStringLiteral("^\\[caselens-key: (.+)\\]$")).match(line.trimmed());
                    const auto en = QRegularExpression(QStringLiteral("^\\[caselens-name-en: (.*)\\]$")).match(line.trimmed());
                    if (key.hasMatch())
                        c.key = QStringLiteral("key:") + key.captured(1);
                    else if (en.hasMatch())
                        c.nameEn = en.captured(1);
                    else
                        plain.append(line);
                }
                c.descriptionZh = plain.value(0);
                c.descriptionEn = plain.mid(1).join(QLatin1Char('\n'));
            }
        } else if (r.isEndElement()) {
            --depth;
            if (r.name() == QLatin1String("Code") && !stack.isEmpty())
                stack.removeLast();
        }
    }
    if (r.hasError())
        return makeError(tr("The codebook is not well-formed XML (line %1: %2).").arg(r.lineNumber()).arg(r.errorString()), ErrorKind::InvalidInput);
    if (!sawCodeBook)
        return makeError(tr("This is not a REFI-QDA codebook (no CodeBook element)."), ErrorKind::InvalidInput);
    // Keys: the CaseLens key where the file carries one, else one made from the name.
    for (int i = 0; i < book.codes.size(); ++i) {
        auto &c = book.codes[i];
        QString key = c.key.startsWith(QLatin1String("key:")) ? c.key.mid(4) : slug(c.nameEn, i + 1);
        while (keys.contains(key))
            key += QStringLiteral("_%1").arg(i + 1);
        keys.insert(key);
        c.key = key;
    }
    for (int i = 0; i < book.codes.size(); ++i)
        if (parentIndex.at(i) >= 0)
            book.codes[i].parentKey = book.codes.at(parentIndex.at(i)).key;
    if (keyOfGuid)
        for (int i = 0; i < book.codes.size(); ++i)
            keyOfGuid->insert(guidList.at(i), book.codes.at(i).key);
    if (book.codes.isEmpty())
        return makeError(tr("The codebook holds no codes."), ErrorKind::InvalidInput);
    // A GUID names one code; two codes with one GUID would merge their codings silently.
    QSet<QString> seen;
    for (int i = 0; i < guidList.size(); ++i) {
        const QString &g = guidList.at(i);
        if (g.isEmpty())
            continue;
        if (seen.contains(g))
            return makeError(tr("Two codes carry the same GUID %1 (the second is \"%2\"), so their codings cannot be told apart; "
                                "the file is refused.")
                                 .arg(g, book.codes.at(i).nameZh),
                             ErrorKind::InvalidInput);
        seen.insert(g);
    }
    return book;
}

} // namespace caselens::exporting
