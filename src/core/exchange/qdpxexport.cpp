#include "exchange/qdpxexport.h"

#include "exchange/extension.h"
#include "exchange/qdccodebook.h"
#include "store/codestore.h"
#include "store/codingstore.h"
#include "store/documentstore.h"
#include "store/memostore.h"
#include "store/samplestore.h"
#include "support/outputfile.h"
#include "support/ziparchive.h"
#include "text/personaldata.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <QXmlStreamWriter>

namespace caselens::exchange {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::exchange::QdpxExport)
};

QString isoTime(const QString &stored)
{
    const QDateTime t = QDateTime::fromString(stored, Qt::ISODateWithMs);
    return (t.isValid() ? t : QDateTime::currentDateTimeUtc()).toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

const QStringList kBuiltinVariables = {QStringLiteral("year"), QStringLiteral("province"), QStringLiteral("region"), QStringLiteral("type"),
                                       QStringLiteral("unit")};

// Whether every value fits the REFI-QDA type (the schema checks the value's element).
bool fits(const QString &type, const QString &value)
{
    bool ok = true;
    if (type == QLatin1String("Integer"))
        value.toLongLong(&ok);
    else if (type == QLatin1String("Float"))
        value.toDouble(&ok);
    else if (type == QLatin1String("Boolean"))
        ok = value == QLatin1String("true") || value == QLatin1String("false") || value == QLatin1String("1") || value == QLatin1String("0");
    else if (type == QLatin1String("Date"))
        ok = QDate::fromString(value, Qt::ISODate).isValid();
    else if (type == QLatin1String("DateTime"))
        ok = QDateTime::fromString(value, Qt::ISODate).isValid();
    return ok;
}

// Whose memos point where: the notes linked from each kind of element.
struct NoteLinks {
    QStringList project;
    QHash<qint64, QStringList> documents, codings;
    QHash<QString, QStringList> codes; // by key
};

} // namespace

Result<QdpxReport> exportQdpx(store::Project &project, const QString &path, const QdpxOptions &options)
{
    // A namespace of the project's own makes every derived GUID stable across exports.
    QString ns = project.info(QStringLiteral("guid"));
    if (ns.isEmpty()) {
        ns = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (Status s = project.setInfo(QStringLiteral("guid"), ns); !s)
            return s.error();
    }
    const QUuid nsUuid(ns);
    auto guid = [&](const QString &what) { return QUuid::createUuidV5(nsUuid, what).toString(QUuid::WithoutBraces); };

    store::CodeStore codes(project);
    store::DocumentStore docs(project);
    store::CodingStore codingStore(project);
    QdpxReport report;
    Extension extension;
    extension.projectGuid = ns;

    const auto rows = docs.list();
    QHash<qint64, QString> sourceGuid;
    for (const auto &r : rows)
        sourceGuid.insert(r.id, r.guid.isEmpty() ? guid(QStringLiteral("document:%1").arg(r.id)) : r.guid);

    // Memos first: the elements they are about link to them.
    auto memos = store::MemoStore(project).all(true);
    if (!memos)
        return memos.error();
    const auto codeIds = codes.idsByKey();
    QHash<qint64, QString> keyOfCodeId;
    for (auto it = codeIds.cbegin(); it != codeIds.cend(); ++it)
        keyOfCodeId.insert(it.value(), it.key());
    NoteLinks links;
    for (const store::Memo &m : *memos) {
        switch (m.target) {
        case store::MemoTarget::Project: links.project.append(m.guid); break;
        case store::MemoTarget::Document: links.documents[m.targetId].append(m.guid); break;
        case store::MemoTarget::Coding: links.codings[m.targetId].append(m.guid); break;
        case store::MemoTarget::Code: links.codes[keyOfCodeId.value(m.targetId)].append(m.guid); break;
        }
    }
    int unlinkedCodingMemos = 0;

    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeDefaultNamespace(QStringLiteral("urn:QDA-XML:project:1.0"));
    w.writeStartElement(QStringLiteral("Project"));
    w.writeAttribute(QStringLiteral("name"), project.info(QStringLiteral("name"), QStringLiteral("CaseLens project")));
    w.writeAttribute(QStringLiteral("origin"), QStringLiteral("CaseLens " CASELENS_VERSION));
    w.writeAttribute(QStringLiteral("creationDateTime"), isoTime(project.info(QStringLiteral("created_at"))));
    w.writeAttribute(QStringLiteral("modifiedDateTime"), isoTime(store::nowIso()));

    // Users: every coder, people and engines. The schema allows no empty section, so a
    // project without coders, codes or documents leaves that section out.
    QHash<QString, QString> userGuid;
    auto users = codes.coders();
    if (!users)
        return users.error();
    if (!users->isEmpty())
        w.writeStartElement(QStringLiteral("Users"));
    for (const auto &u : *users) {
        userGuid.insert(u.name, u.guid);
        if (u.kind == QLatin1String("engine"))
            extension.engines.append(u.name);
        w.writeStartElement(QStringLiteral("User"));
        w.writeAttribute(QStringLiteral("guid"), u.guid);
        w.writeAttribute(QStringLiteral("name"), u.name);
        w.writeEndElement();
    }
    if (!users->isEmpty())
        w.writeEndElement();

    const auto book = codes.codebook();
    const auto codeGuids = codes.guidsByKey();
    if (!book.codes.isEmpty()) {
        w.writeStartElement(QStringLiteral("CodeBook"));
        writeCodesElement(w, book, codeGuids, links.codes);
        w.writeEndElement();
        extension.codebook = book;
        extension.codeGuids = codeGuids;
    }
    report.codes = int(book.codes.size());

    // Variables: the case fields and every attribute, of the type they came with.
    const QStringList attributes = docs.attributeNames();
    const QJsonObject declared = QJsonDocument::fromJson(project.info(QStringLiteral("qdpx_variable_types")).toUtf8()).object();
    auto value = [&](const store::DocumentRow &r, const QString &v) -> QString {
        if (v == QLatin1String("year"))
            return r.meta.year ? QString::number(*r.meta.year) : QString();
        if (v == QLatin1String("province"))
            return r.meta.province;
        if (v == QLatin1String("region"))
            return r.meta.region;
        if (v == QLatin1String("type"))
            return r.meta.caseType;
        if (v == QLatin1String("unit"))
            return r.meta.unit;
        return r.meta.attributes.value(v);
    };
    QHash<QString, QString> typeOf;
    for (const QString &v : kBuiltinVariables + attributes) {
        QString type = v == QLatin1String("year") ? QStringLiteral("Integer") : declared.value(v).toString(QStringLiteral("Text"));
        for (const auto &r : rows)
            if (const QString val = value(r, v); !val.isEmpty() && !fits(type, val))
                type = QStringLiteral("Text"); // one value that does not fit makes it text, so the file validates
        typeOf.insert(v, type);
    }
    w.writeStartElement(QStringLiteral("Variables"));
    for (const QString &v : kBuiltinVariables + attributes) {
        w.writeStartElement(QStringLiteral("Variable"));
        w.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("variable:") + v));
        w.writeAttribute(QStringLiteral("name"), v);
        w.writeAttribute(QStringLiteral("typeOfVariable"), typeOf.value(v));
        w.writeEndElement();
    }
    w.writeEndElement();

    if (!rows.isEmpty())
        w.writeStartElement(QStringLiteral("Cases"));
    for (const auto &r : rows) {
        w.writeStartElement(QStringLiteral("Case"));
        w.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("case:%1").arg(r.id)));
        w.writeAttribute(QStringLiteral("name"), r.meta.title);
        for (const QString &v : kBuiltinVariables + attributes) {
            const QString val = value(r, v);
            if (val.isEmpty())
                continue;
            w.writeStartElement(QStringLiteral("VariableValue"));
            w.writeEmptyElement(QStringLiteral("VariableRef"));
            w.writeAttribute(QStringLiteral("targetGUID"), guid(QStringLiteral("variable:") + v));
            w.writeTextElement(typeOf.value(v) + QStringLiteral("Value"), val);
            w.writeEndElement();
        }
        w.writeEmptyElement(QStringLiteral("SourceRef"));
        w.writeAttribute(QStringLiteral("targetGUID"), sourceGuid.value(r.id));
        w.writeEndElement();
    }
    if (!rows.isEmpty())
        w.writeEndElement();

    // Sources and their coded selections.
    QList<std::pair<QString, QByteArray>> files;
    if (!rows.isEmpty())
        w.writeStartElement(QStringLiteral("Sources"));
    for (const auto &r : rows) {
        const QString source = sourceGuid.value(r.id);
        auto text = docs.text(r.id);
        if (!text)
            return text.error();
        QString exported = *text;
        if (options.anonymise) {
            for (const auto &m : text::findPersonalData(exported, options.names)) {
                QString mask;
                for (qsizetype i = 0; i < m.length; ++i) {
                    if (exported.at(m.start + i).isLowSurrogate())
                        continue; // one mark per character, not per UTF-16 unit
                    mask.append(QChar(u'＊'));
                }
                exported.replace(m.start, m.length, mask + QString(m.length - mask.size(), QChar()));
                report.masked[text::personalKindName(m.kind)] += 1;
            }
            exported.remove(QChar());
        }
        files.append({QStringLiteral("sources/%1.txt").arg(source), exported.toUtf8()});
        w.writeStartElement(QStringLiteral("TextSource"));
        w.writeAttribute(QStringLiteral("guid"), source);
        w.writeAttribute(QStringLiteral("name"), r.meta.title);
        w.writeAttribute(QStringLiteral("plainTextPath"), QStringLiteral("internal://%1.txt").arg(source));
        w.writeAttribute(QStringLiteral("creationDateTime"), isoTime(r.importedAt));
        auto codings = codingStore.ofDocument(r.id);
        if (!codings)
            return codings.error();
        for (const store::CodingRecord &c : *codings) {
            const bool suggested = c.status == QLatin1String("suggested");
            if (c.status != QLatin1String("accepted") && !(suggested && options.includeSuggestions)) {
                unlinkedCodingMemos += int(links.codings.value(c.id).size());
                continue;
            }
            const QString user = userGuid.value(c.coder);
            w.writeStartElement(QStringLiteral("PlainTextSelection"));
            w.writeAttribute(QStringLiteral("guid"), c.guid);
            w.writeAttribute(QStringLiteral("startPosition"), QString::number(c.start));
            w.writeAttribute(QStringLiteral("endPosition"), QString::number(c.end));
            w.writeAttribute(QStringLiteral("creatingUser"), user);
            w.writeAttribute(QStringLiteral("creationDateTime"), isoTime(c.createdAt));
            if (c.origin == QLatin1String("ai"))
                extension.codings.insert(c.guid, {c.status, c.origin, c.coder, c.reviewer, c.rationale, c.confidence});
            if (suggested) {
                w.writeTextElement(QStringLiteral("Description"),
                                   Tr::tr("CaseLens AI suggestion, not reviewed (%1, score %2): %3").arg(c.coder).arg(c.confidence, 0, 'f', 2).arg(c.rationale));
                ++report.suggestions;
            }
            w.writeStartElement(QStringLiteral("Coding"));
            w.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("coding:") + c.guid));
            w.writeAttribute(QStringLiteral("creatingUser"), user);
            w.writeAttribute(QStringLiteral("creationDateTime"), isoTime(c.createdAt));
            w.writeEmptyElement(QStringLiteral("CodeRef"));
            w.writeAttribute(QStringLiteral("targetGUID"), codeGuids.value(c.code));
            for (const QString &note : links.codings.value(c.id)) {
                w.writeEmptyElement(QStringLiteral("NoteRef"));
                w.writeAttribute(QStringLiteral("targetGUID"), note);
            }
            w.writeEndElement(); // Coding
            w.writeEndElement(); // PlainTextSelection
            ++report.codings;
        }
        for (const QString &note : links.documents.value(r.id)) {
            w.writeEmptyElement(QStringLiteral("NoteRef"));
            w.writeAttribute(QStringLiteral("targetGUID"), note);
        }
        w.writeEndElement(); // TextSource
        ++report.sources;
    }
    if (!rows.isEmpty())
        w.writeEndElement(); // Sources

    // Memos become notes, each once.
    if (!memos->isEmpty())
        w.writeStartElement(QStringLiteral("Notes"));
    for (const store::Memo &m : *memos) {
        w.writeStartElement(QStringLiteral("Note"));
        w.writeAttribute(QStringLiteral("guid"), m.guid);
        w.writeAttribute(QStringLiteral("name"), m.text.section(QLatin1Char('\n'), 0, 0).left(60));
        if (userGuid.contains(m.author))
            w.writeAttribute(QStringLiteral("creatingUser"), userGuid.value(m.author));
        w.writeAttribute(QStringLiteral("creationDateTime"), isoTime(m.createdAt));
        w.writeTextElement(QStringLiteral("PlainTextContent"), m.text);
        w.writeEndElement();
        ++report.notes;
    }
    if (!memos->isEmpty())
        w.writeEndElement();

    // Samples of documents become sets of sources; how each was drawn rides in the extension.
    auto samples = store::SampleStore(project).all();
    if (!samples)
        return samples.error();
    bool setsOpen = false;
    int passageSamples = 0;
    for (const store::SampleRecord &sample : *samples) {
        if (sample.unit != QLatin1String("document")) {
            ++passageSamples;
            continue;
        }
        if (!setsOpen) {
            w.writeStartElement(QStringLiteral("Sets"));
            setsOpen = true;
        }
        w.writeStartElement(QStringLiteral("Set"));
        w.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("sample:") + sample.name));
        w.writeAttribute(QStringLiteral("name"), sample.name);
        for (qint64 member : sample.items) {
            w.writeEmptyElement(QStringLiteral("MemberSource"));
            w.writeAttribute(QStringLiteral("targetGUID"), sourceGuid.value(member));
        }
        w.writeEndElement();
        extension.samples.insert(sample.name, {sample.unit, sample.seed, sample.stratify});
    }
    if (setsOpen)
        w.writeEndElement();
    for (const QString &note : links.project) {
        w.writeEmptyElement(QStringLiteral("NoteRef")); // notes on the project as a whole
        w.writeAttribute(QStringLiteral("targetGUID"), note);
    }
    w.writeEndElement(); // Project
    w.writeEndDocument();
    files.prepend({QStringLiteral("project.qde"), xml});
    files.append({kExtensionEntry, extensionToJson(extension)});
    if (unlinkedCodingMemos)
        report.notices.append(Tr::tr("%1 memos on codings that are not exported (suggestions or rejected codings) are in the file without a link.")
                                  .arg(unlinkedCodingMemos));
    if (passageSamples)
        report.notices.append(Tr::tr("%1 samples of passages are not exported: REFI-QDA sets hold whole sources.").arg(passageSamples));
    if (!options.includeSuggestions && codingStore.count(QStringLiteral("suggested")) > 0)
        report.notices.append(Tr::tr("Suggestions waiting for review are not exported (add --include-suggestions to send them, marked as such)."));
    else if (report.suggestions)
        report.notices.append(Tr::tr("Other tools show the %1 suggestions as codings with a description saying they are not reviewed; CaseLens reads "
                                 "them back as suggestions.").arg(report.suggestions));

    // Written next to the target and renamed at the end: a failed export leaves no half file.
    const QString part = partPathFor(path);
    auto zip = ZipWriter::create(part);
    if (!zip)
        return zip.error();
    for (const auto &[name, bytes] : files)
        if (Status s = zip->add(name, bytes); !s)
            return makeError(Tr::tr("Cannot write %1.").arg(path), ErrorKind::Io);
    if (Status s = zip->close(); !s)
        return makeError(Tr::tr("Cannot write %1 (the disk may be full).").arg(path), ErrorKind::Io);
    if (Status s = commitPart(part, path); !s)
        return s.error();
    return report;
}

} // namespace caselens::exchange
