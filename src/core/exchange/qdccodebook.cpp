#include "exchange/qdccodebook.h"

#include "exchange/qdeproject.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace caselens::exchange {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::exchange::Qdc)
};

void writeCode(QXmlStreamWriter &w, const codebook::Codebook &book, const codebook::Code &c, const QHash<QString, QString> &guids,
               const QHash<QString, QStringList> &notesOfKey)
{
    w.writeStartElement(QStringLiteral("Code"));
    w.writeAttribute(QStringLiteral("guid"), guids.value(c.key, QUuid::createUuid().toString(QUuid::WithoutBraces)));
    w.writeAttribute(QStringLiteral("name"), c.nameZh.isEmpty() ? c.nameEn : c.nameZh);
    w.writeAttribute(QStringLiteral("isCodable"), c.codable ? QStringLiteral("true") : QStringLiteral("false"));
    static const QRegularExpression rgb(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (rgb.match(c.color).hasMatch())
        w.writeAttribute(QStringLiteral("color"), c.color.toUpper());
    if (const QString d = qdcDescription(c); !d.isEmpty())
        w.writeTextElement(QStringLiteral("Description"), d);
    for (const QString &note : notesOfKey.value(c.key)) {
        w.writeEmptyElement(QStringLiteral("NoteRef"));
        w.writeAttribute(QStringLiteral("targetGUID"), note);
    }
    for (const auto &child : book.codes)
        if (child.parentKey == c.key)
            writeCode(w, book, child, guids, notesOfKey);
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

QString qdcDescription(const codebook::Code &c)
{
    if (c.descriptionEn.isEmpty() || c.descriptionEn == c.descriptionZh)
        return c.descriptionZh;
    if (c.descriptionZh.isEmpty())
        return c.descriptionEn;
    return c.descriptionZh + QStringLiteral("\n\n") + c.descriptionEn;
}

void writeCodesElement(QXmlStreamWriter &w, const codebook::Codebook &book, const QHash<QString, QString> &guids,
                       const QHash<QString, QStringList> &notesOfKey)
{
    w.writeStartElement(QStringLiteral("Codes"));
    for (const auto &c : book.codes)
        if (c.parentKey.isEmpty())
            writeCode(w, book, c, guids, notesOfKey);
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

Result<QdcRead> readQdc(const QByteArray &xml)
{
    constexpr qsizetype kMaxBytes = 16 * 1024 * 1024;
    constexpr int kMaxDepth = 64;
    constexpr int kMaxCodes = 5000;
    if (xml.size() > kMaxBytes)
        return makeError(Tr::tr("The codebook file is larger than 16 MB."), ErrorKind::InvalidInput);
    QXmlStreamReader r(xml);
    QdcRead out;
    codebook::Codebook &book = out.book;
    QList<int> stack;       // indices into book.codes of open Code elements
    QList<int> parentIndex; // per code, its parent's index or -1
    QStringList guidList;
    QSet<QString> keys;
    int depth = 0;
    bool sawCodeBook = false, inCodeBook = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (++depth > kMaxDepth)
                return makeError(Tr::tr("The codebook is nested deeper than %1 levels.").arg(kMaxDepth), ErrorKind::InvalidInput);
            const auto name = r.name();
            if (name == QLatin1String("CodeBook") || name == QLatin1String("Project"))
                sawCodeBook = true;
            if (name == QLatin1String("CodeBook"))
                inCodeBook = true;
            if (name == QLatin1String("Code") && inCodeBook) {
                if (book.codes.size() >= kMaxCodes)
                    return makeError(Tr::tr("The codebook has more than %1 codes.").arg(kMaxCodes), ErrorKind::InvalidInput);
                codebook::Code c;
                c.nameZh = r.attributes().value(QStringLiteral("name")).toString();
                c.nameEn = c.nameZh;
                c.codable = r.attributes().value(QStringLiteral("isCodable")).toString() != QLatin1String("false");
                const QString color = r.attributes().value(QStringLiteral("color")).toString();
                if (!color.isEmpty())
                    c.color = color;
                guidList.append(normalGuid(r.attributes().value(QStringLiteral("guid")).toString()));
                parentIndex.append(stack.isEmpty() ? -1 : stack.last());
                stack.append(int(book.codes.size()));
                book.codes.append(c);
            } else if (name == QLatin1String("Description") && !stack.isEmpty() && inCodeBook) {
                const QString text = r.readElementText(QXmlStreamReader::IncludeChildElements);
                --depth;
                codebook::Code &c = book.codes[stack.last()];
                // Files from CaseLens before version 0.2 carried the key and English name in
                // tagged lines; they are read and left out of the description.
                static const QRegularExpression keyTag(QStringLiteral("^\\[caselens-key: (.+)\\]$"));
                static const QRegularExpression enTag(QStringLiteral("^\\[caselens-name-en: (.*)\\]$"));
                QStringList plain;
                for (const QString &line : text.split(QLatin1Char('\n'))) {
                    if (const auto key = keyTag.match(line.trimmed()); key.hasMatch())
                        c.key = QStringLiteral("key:") + key.captured(1);
                    else if (const auto en = enTag.match(line.trimmed()); en.hasMatch())
                        c.nameEn = en.captured(1);
                    else
                        plain.append(line);
                }
                // One description, as written (a leading newline is the author's).
                c.descriptionZh = plain.join(QLatin1Char('\n'));
                c.descriptionEn = c.descriptionZh;
            } else if (name == QLatin1String("Set") && inCodeBook) {
                out.skipped[Tr::tr("Set of codes")] += 1;
            }
        } else if (r.isEndElement()) {
            --depth;
            if (r.name() == QLatin1String("Code") && !stack.isEmpty() && inCodeBook)
                stack.removeLast();
            else if (r.name() == QLatin1String("CodeBook"))
                inCodeBook = false;
        }
    }
    if (r.hasError())
        return makeError(Tr::tr("The codebook is not well-formed XML (line %1: %2).").arg(r.lineNumber()).arg(r.errorString()), ErrorKind::InvalidInput);
    if (!sawCodeBook)
        return makeError(Tr::tr("This is not a REFI-QDA codebook (no CodeBook element)."), ErrorKind::InvalidInput);
    // A GUID names one code; two codes with one GUID would merge their codings silently.
    QSet<QString> seen;
    for (int i = 0; i < guidList.size(); ++i) {
        const QString &g = guidList.at(i);
        if (g.isEmpty())
            continue;
        if (seen.contains(g))
            return makeError(Tr::tr("Two codes carry the same GUID %1 (the second is \"%2\"), so their codings cannot be told apart; "
                                "the file is refused.")
                                 .arg(g, book.codes.at(i).nameZh),
                             ErrorKind::InvalidInput);
        seen.insert(g);
    }
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
    for (int i = 0; i < book.codes.size(); ++i)
        if (!guidList.at(i).isEmpty())
            out.keyOfGuid.insert(guidList.at(i), book.codes.at(i).key);
    return out;
}

Result<codebook::Codebook> codebookFromQdc(const QByteArray &xml)
{
    auto read = readQdc(xml);
    if (!read)
        return read.error();
    if (read->book.codes.isEmpty())
        return makeError(Tr::tr("The codebook holds no codes."), ErrorKind::InvalidInput);
    return read->book;
}

void keepKnownKeys(QdcRead &read, const QHash<QString, QString> &projectGuidOfKey)
{
    QHash<QString, QString> projectKeyOfGuid;
    for (auto it = projectGuidOfKey.cbegin(); it != projectGuidOfKey.cend(); ++it)
        projectKeyOfGuid.insert(normalGuid(it.value()), it.key());
    QHash<QString, QString> renamed; // key given by the file → the project's
    for (auto it = read.keyOfGuid.begin(); it != read.keyOfGuid.end(); ++it)
        if (const QString known = projectKeyOfGuid.value(it.key()); !known.isEmpty() && known != it.value()) {
            renamed.insert(it.value(), known);
            it.value() = known;
        }
    for (auto &c : read.book.codes) {
        c.key = renamed.value(c.key, c.key);
        c.parentKey = renamed.value(c.parentKey, c.parentKey);
    }
}

} // namespace caselens::exchange
