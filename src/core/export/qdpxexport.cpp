#include "export/qdpxexport.h"

#include "export/qdccodebook.h"
#include "metadata/casemeta.h"
#include "store/codestore.h"
#include "store/codingstore.h"
#include "store/documentstore.h"
#include "store/memostore.h"
#include "store/samplestore.h"
#include "support/outputfile.h"
#include "text/personaldata.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <QXmlStreamWriter>
#include <zip.h>

namespace caselens::exporting {

namespace {

QString tr(const char *s) { return QCoreApplication::translate("caselens::exporting::Qdpx", s); }

QString isoTime(const QString &stored)
{
    const QDateTime t = QDateTime::fromString(stored, Qt::ISODateWithMs);
    return (t.isValid() ? t : QDateTime::currentDateTimeUtc()).toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

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
    QdpxReport report;
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
    auto users = store::CodeStore(project).coders();
    if (!users)
        return users.error();
    if (!users->isEmpty())
        w.writeStartElement(QStringLiteral("Users"));
    for (const auto &u : *users) {
        userGuid.insert(u.name, u.guid);
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
        writeCodesElement(w, book, codeGuids);
        w.writeEndElement();
    }
    report.codes = int(book.codes.size());

    // Variables: the case fields and every attribute.
    const QStringList builtin = {QStringLiteral("year"), QStringLiteral("province"), QStringLiteral("region"), QStringLiteral("type"), QStringLiteral("unit")};
    const QStringList attributes = docs.attributeNames();
    w.writeStartElement(QStringLiteral("Variables"));
    for (const QString &v : builtin + attributes) {
        w.writeStartElement(QStringLiteral("Variable"));
        w.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("variable:") + v));
        w.writeAttribute(QStringLiteral("name"), v);
        w.writeAttribute(QStringLiteral("typeOfVariable"), v == QLatin1String("year") ? QStringLiteral("Integer") : QStringLiteral("Text"));
        w.writeEndElement();
    }
    w.writeEndElement();

    const auto rows = docs.list();
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
    if (!rows.isEmpty())
        w.writeStartElement(QStringLiteral("Cases"));
    for (const auto &r : rows) {
        w.writeStartElement(QStringLiteral("Case"));
        w.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("case:%1").arg(r.id)));
        w.writeAttribute(QStringLiteral("name"), r.meta.title);
        for (const QString &v : builtin + attributes) {
            const QString val = value(r, v);
            if (val.isEmpty())
                continue;
            w.writeStartElement(QStringLiteral("VariableValue"));
            w.writeEmptyElement(QStringLiteral("VariableRef"));
            w.writeAttribute(QStringLiteral("targetGUID"), guid(QStringLiteral("variable:") + v));
            w.writeTextElement(v == QLatin1String("year") ? QStringLiteral("IntegerValue") : QStringLiteral("TextValue"), val);
            w.writeEndElement();
        }
        w.writeEmptyElement(QStringLiteral("SourceRef"));
        w.writeAttribute(QStringLiteral("targetGUID"), guid(QStringLiteral("document:%1").arg(r.id)));
        w.writeEndElement();
    }
    if (!rows.isEmpty())
        w.writeEndElement();

    // Sources and their coded selections.
    QList<std::pair<QString, QByteArray>> files;
    store::CodingStore codingStore(project);
    QJsonObject engineCodings; // selection guid → what an engine said, for the extension entry
    if (!rows.isEmpty())
        w.writeStartElement(QStringLiteral("Sources"));
    for (const auto &r : rows) {
        const QString sourceGuid = guid(QStringLiteral("document:%1").arg(r.id));
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
        files.append({QStringLiteral("sources/%1.txt").arg(sourceGuid), exported.toUtf8()});
        w.writeStartElement(QStringLiteral("TextSource"));
        w.writeAttribute(QStringLiteral("guid"), sourceGuid);
        w.writeAttribute(QStringLiteral("name"), r.meta.title);
        w.writeAttribute(QStringLiteral("plainTextPath"), QStringLiteral("internal://%1.txt").arg(sourceGuid));
        w.writeAttribute(QStringLiteral("creationDateTime"), isoTime(r.importedAt));
        auto codings = codingStore.ofDocument(r.id);
        if (!codings)
            return codings.error();
        for (const store::CodingRecord &c : *codings) {
            const bool suggested = c.status == QLatin1String("suggested");
            if (c.status != QLatin1String("accepted") && !(suggested && options.includeSuggestions))
                continue;
            const QString user = userGuid.value(c.coder);
            w.writeStartElement(QStringLiteral("PlainTextSelection"));
            w.writeAttribute(QStringLiteral("guid"), c.guid);
            w.writeAttribute(QStringLiteral("startPosition"), QString::number(c.start));
            w.writeAttribute(QStringLiteral("endPosition"), QString::number(c.end));
            w.writeAttribute(QStringLiteral("creatingUser"), user);
            w.writeAttribute(QStringLiteral("creationDateTime"), isoTime(c.createdAt));
            if (c.origin == QLatin1String("ai"))
                engineCodings.insert(c.guid, QJsonObject{{QStringLiteral("status"), c.status},
                                                         {QStringLiteral("origin"), c.origin},
                                                         {QStringLiteral("coder"), c.coder},
                                                         {QStringLiteral("confidence"), c.confidence},
                                                         {QStringLiteral("rationale"), c.rationale},
                                                         {QStringLiteral("reviewer"), c.reviewer}});
            if (suggested) {
                w.writeTextElement(QStringLiteral("Description"),
                                   tr("CaseLens AI suggestion, not reviewed (%1, score %2): %3").arg(c.coder).arg(c.confidence, 0, 'f', 2).arg(c.rationale));
                ++report.suggestions;
            }
            w.writeStartElement(QStringLiteral("Coding"));
            w.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("coding:") + c.guid));
            w.writeAttribute(QStringLiteral("creatingUser"), user);
            w.writeAttribute(QStringLiteral("creationDateTime"), isoTime(c.createdAt));
            w.writeEmptyElement(QStringLiteral("CodeRef"));
            w.writeAttribute(QStringLiteral("targetGUID"), codeGuids.value(c.code));
            w.writeEndElement(); // Coding
            w.writeEndElement(); // PlainTextSelection
            ++report.codings;
        }
        w.writeEndElement(); // TextSource
        ++report.sources;
    }
    if (!rows.isEmpty())
        w.writeEndElement(); // Sources

    // Memos become notes; a document's memo points at its source.
    auto memos = store::MemoStore(project).all(true);
    if (!memos)
        return memos.error();
    bool notesOpen = false;
    for (const store::Memo &m : *memos) {
        if (!notesOpen) {
            w.writeStartElement(QStringLiteral("Notes"));
            notesOpen = true;
        }
        w.writeStartElement(QStringLiteral("Note"));
        w.writeAttribute(QStringLiteral("guid"), m.guid);
        w.writeAttribute(QStringLiteral("name"), m.text.section(QLatin1Char('\n'), 0, 0).left(60));
        if (userGuid.contains(m.author))
            w.writeAttribute(QStringLiteral("creatingUser"), userGuid.value(m.author));
        w.writeAttribute(QStringLiteral("creationDateTime"), isoTime(m.createdAt));
        w.writeTextElement(QStringLiteral("PlainTextContent"), m.text);
        if (m.target == store::MemoTarget::Document) {
            w.writeEmptyElement(QStringLiteral("NoteRef")); // the source this memo is about
            w.writeAttribute(QStringLiteral("targetGUID"), guid(QStringLiteral("document:%1").arg(m.targetId)));
        }
        w.writeEndElement();
    }
    if (notesOpen)
        w.writeEndElement();

    // Samples of documents become sets of sources.
    auto samples = store::SampleStore(project).all(QStringLiteral("document"));
    if (!samples)
        return samples.error();
    bool setsOpen = false;
    for (const store::SampleRecord &sample : *samples) {
        if (!setsOpen) {
            w.writeStartElement(QStringLiteral("Sets"));
            setsOpen = true;
        }
        w.writeStartElement(QStringLiteral("Set"));
        w.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("sample:") + sample.name));
        w.writeAttribute(QStringLiteral("name"), sample.name);
        for (qint64 member : sample.items) {
            w.writeEmptyElement(QStringLiteral("MemberSource"));
            w.writeAttribute(QStringLiteral("targetGUID"), guid(QStringLiteral("document:%1").arg(member)));
        }
        w.writeEndElement();
    }
    if (setsOpen)
        w.writeEndElement();
    w.writeEndElement(); // Project
    w.writeEndDocument();
    files.prepend({QStringLiteral("project.qde"), xml});
    if (!engineCodings.isEmpty())
        files.append({kCaseLensExtensionEntry,
                      QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("caselens-qdpx-extension")},
                                                {QStringLiteral("version"), 1},
                                                {QStringLiteral("codings"), engineCodings}})
                          .toJson(QJsonDocument::Compact)});

    // Written next to the target and renamed at the end: a failed export leaves no half file.
    const QString part = partPathFor(path);
    QFile::remove(part);
    int zerr = 0;
    zip_t *za = zip_open(part.toUtf8().constData(), ZIP_CREATE | ZIP_TRUNCATE, &zerr);
    if (!za)
        return makeError(tr("Cannot write %1.").arg(path), ErrorKind::Io);
    for (const auto &[name, bytes] : files) {
        void *copy = malloc(size_t(bytes.size()));
        memcpy(copy, bytes.constData(), size_t(bytes.size()));
        zip_source_t *src = zip_source_buffer(za, copy, zip_uint64_t(bytes.size()), 1);
        if (!src || zip_file_add(za, name.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0) {
            zip_discard(za);
            QFile::remove(part);
            return makeError(tr("Cannot write %1.").arg(path), ErrorKind::Io);
        }
    }
    if (zip_close(za) != 0) {
        zip_discard(za);
        QFile::remove(part);
        return makeError(tr("Cannot write %1 (the disk may be full).").arg(path), ErrorKind::Io);
    }
    if (Status s = commitPart(part, path); !s)
        return s.error();
    return report;
}

} // namespace caselens::exporting
