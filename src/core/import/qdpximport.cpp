#include "import/qdpximport.h"

#include "export/qdccodebook.h"
#include "export/qdpxexport.h"
#include "import/docximporter.h"
#include "metadata/casemeta.h"
#include "metadata/gazetteer.h"
#include "store/codestore.h"
#include "store/codingstore.h"
#include "store/documentstore.h"
#include "store/memostore.h"
#include "store/regionsetting.h"
#include "support/boundedjson.h"
#include "text/segmenter.h"
#include "text/unicode.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSet>
#include <QXmlStreamReader>
#include <zip.h>

namespace caselens::import {

namespace {

QString tr(const char *s) { return QCoreApplication::translate("caselens::import::Qdpx", s); }

struct Selection {
    QString guid;
    qint64 start = 0, end = 0;
    QString user;
    QStringList codeGuids;
    bool described = false;
};

struct Source {
    QString guid, name, path, content;
    QList<Selection> selections;
    QHash<QString, QString> variables; // variable guid → value
};

// Lists and checks every entry before anything is read.
Result<QStringList> checkArchive(const QByteArray &zipBytes, const QdpxLimits &limits)
{
    zip_error_t zerr;
    zip_error_init(&zerr);
    zip_source_t *src = zip_source_buffer_create(zipBytes.constData(), zip_uint64_t(zipBytes.size()), 0, &zerr);
    zip_t *za = src ? zip_open_from_source(src, ZIP_RDONLY, &zerr) : nullptr;
    if (!za) {
        if (src)
            zip_source_free(src);
        return makeError(tr("This is not a readable .qdpx archive."), ErrorKind::InvalidInput);
    }
    const zip_int64_t n = zip_get_num_entries(za, 0);
    QStringList names;
    qint64 total = 0;
    QString problem;
    if (n > limits.maxEntries)
        problem = tr("The archive has %1 entries, more than the limit of %2.").arg(n).arg(limits.maxEntries);
    for (zip_int64_t i = 0; problem.isEmpty() && i < n; ++i) {
        zip_stat_t st;
        if (zip_stat_index(za, zip_uint64_t(i), 0, &st) != 0)
            continue;
        const QString name = QString::fromUtf8(st.name);
        if (name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) || name.contains(QLatin1String("..")) || name.contains(QLatin1Char(':')))
            problem = tr("The archive holds an entry whose name leaves its folder (%1); it is refused.").arg(name);
        else if (qint64(st.size) > limits.maxEntryBytes)
            problem = tr("The entry %1 would expand to %2 MB, over the limit.").arg(name).arg(qint64(st.size) / (1024 * 1024));
        total += qint64(st.size);
        if (problem.isEmpty() && total > limits.maxTotalBytes)
            problem = tr("The archive would expand to more than %1 MB.").arg(limits.maxTotalBytes / (1024 * 1024));
        names.append(name);
    }
    zip_discard(za);
    if (!problem.isEmpty())
        return makeError(problem, ErrorKind::InvalidInput);
    return names;
}

// Drops carriage returns and blank lines (the segmenter's paragraphs are lines) and
// maps every original code-point position to its place in the kept text.
QString compact(const QString &text, QList<qint64> &newPos)
{
    const QList<uint> cps = text.toUcs4();
    newPos.resize(cps.size() + 1);
    QString out;
    qint64 kept = 0;
    char32_t last = '\n';
    for (qsizetype i = 0; i < cps.size(); ++i) {
        newPos[i] = kept;
        const char32_t c = cps.at(i);
        if (c == '\r' || (c == '\n' && last == '\n'))
            continue;
        out.append(QString::fromUcs4(&c, 1));
        ++kept;
        last = c;
    }
    newPos[cps.size()] = kept;
    while (out.endsWith(QLatin1Char('\n'))) {
        out.chop(1);
        --kept;
    }
    for (auto &p : newPos)
        p = std::min(p, kept);
    return out;
}

} // namespace

Result<QdpxImportReport> importQdpx(const QString &qdpxPath, const QString &projectPath, const QdpxLimits &limits)
{
    QFile file(qdpxPath);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("Cannot read %1: %2.").arg(qdpxPath, file.errorString()), ErrorKind::Io);
    if (file.size() > limits.maxTotalBytes)
        return makeError(tr("%1 is larger than the limit of %2 MB.").arg(qdpxPath).arg(limits.maxTotalBytes / (1024 * 1024)), ErrorKind::InvalidInput);
    const QByteArray zipBytes = file.readAll();
    auto names = checkArchive(zipBytes, limits);
    if (!names)
        return names.error();
    auto qde = readZipEntry(zipBytes, QStringLiteral("project.qde"), limits.maxEntryBytes);
    if (!qde)
        return makeError(tr("The archive has no project.qde: %1").arg(qde.error().message), ErrorKind::InvalidInput);

    QdpxImportReport report;
    // What CaseLens wrote beside project.qde: which codings are an engine's suggestions.
    QJsonObject engineCodings;
    if (names->contains(exporting::kCaseLensExtensionEntry)) {
        auto bytes = readZipEntry(zipBytes, exporting::kCaseLensExtensionEntry, limits.maxEntryBytes);
        const BoundedJson parsed = bytes ? parseJsonBounded(std::string_view(bytes->constData(), size_t(bytes->size()))) : BoundedJson{};
        if (bytes && parsed.ok() && parsed.value.is_object() && parsed.value.value("format", std::string()) == "caselens-qdpx-extension")
            engineCodings = QJsonDocument::fromJson(*bytes).object().value(QStringLiteral("codings")).toObject();
        else
            report.notes.append(tr("%1 in the archive could not be read; engines' suggestions come in as codings of the coder named.")
                                    .arg(exporting::kCaseLensExtensionEntry));
    }
    int keptSuggestions = 0;
    QSet<QString> usedGuids; // selection GUIDs given to codings, so a repeated one gets a new GUID
    QHash<QString, QString> codeKeyOfGuid;
    auto book = exporting::codebookFromQdc(*qde, &codeKeyOfGuid);
    if (!book && !book.error().message.contains(QStringLiteral("no codes")))
        return makeError(tr("The project's codebook cannot be read: %1").arg(book.error().message), ErrorKind::InvalidInput);

    // One pass over project.qde, depth-bounded.
    QXmlStreamReader r(*qde);
    QHash<QString, QString> userName, variableName;
    QList<Source> sources;
    QHash<QString, QHash<QString, QString>> caseVariablesOfSource; // source guid → variable guid → value
    struct Note {
        QString name, text, user;
    };
    QList<Note> notes;
    QStringList unsupported;
    int depth = 0;
    QString currentCaseVariable, currentVariableValue;
    QStringList currentCaseSources;
    QHash<QString, QString> currentCaseValues;
    bool inCase = false, inSources = false, inNotes = false;
    Source *currentSource = nullptr;
    Selection *currentSelection = nullptr;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (++depth > limits.maxXmlDepth)
                return makeError(tr("project.qde is nested deeper than %1 levels; it is refused.").arg(limits.maxXmlDepth), ErrorKind::InvalidInput);
            const auto name = r.name();
            const auto attr = [&](const char *a) { return r.attributes().value(QString::fromLatin1(a)).toString(); };
            if (name == QLatin1String("User")) {
                userName.insert(attr("guid"), attr("name"));
            } else if (name == QLatin1String("Variable")) {
                variableName.insert(attr("guid"), attr("name"));
            } else if (name == QLatin1String("Case")) {
                inCase = true;
                currentCaseSources.clear();
                currentCaseValues.clear();
            } else if (name == QLatin1String("VariableRef")) {
                currentCaseVariable = attr("targetGUID");
            } else if (inCase && name == QLatin1String("SourceRef")) {
                currentCaseSources.append(attr("targetGUID"));
            } else if (name.endsWith(QLatin1String("Value")) && name != QLatin1String("VariableValue") && !currentCaseVariable.isEmpty()) {
                currentVariableValue = r.readElementText();
                --depth;
                if (inCase)
                    currentCaseValues.insert(currentCaseVariable, currentVariableValue);
                else if (currentSource)
                    currentSource->variables.insert(currentCaseVariable, currentVariableValue);
            } else if (name == QLatin1String("Sources")) {
                inSources = true;
            } else if (name == QLatin1String("Notes")) {
                inNotes = true;
            } else if (inSources && name == QLatin1String("TextSource")) {
                sources.append({attr("guid"), attr("name"), attr("plainTextPath"), {}, {}, {}});
                currentSource = &sources.last();
            } else if (inSources && name.endsWith(QLatin1String("Source")) && name != QLatin1String("TextSource")) {
                unsupported.append(tr("%1 \"%2\" (only text sources are imported)").arg(name.toString(), attr("name")));
            } else if (currentSource && name == QLatin1String("PlainTextContent")) {
                currentSource->content = r.readElementText();
                --depth;
            } else if (currentSource && name == QLatin1String("PlainTextSelection")) {
                currentSource->selections.append({attr("guid"), attr("startPosition").toLongLong(), attr("endPosition").toLongLong(), attr("creatingUser"), {}, false});
                currentSelection = &currentSource->selections.last();
            } else if (currentSelection && name == QLatin1String("Description")) {
                currentSelection->described = true;
            } else if (currentSelection && name == QLatin1String("Coding")) {
                if (!attr("creatingUser").isEmpty())
                    currentSelection->user = attr("creatingUser");
            } else if (currentSelection && name == QLatin1String("CodeRef")) {
                currentSelection->codeGuids.append(attr("targetGUID"));
            } else if (inNotes && name == QLatin1String("Note")) {
                const QString noteName = attr("name"), noteUser = attr("creatingUser");
                QString text;
                while (!(r.isEndElement() && r.name() == QLatin1String("Note")) && !r.atEnd()) {
                    r.readNext();
                    if (r.isStartElement() && r.name() == QLatin1String("PlainTextContent"))
                        text = r.readElementText();
                }
                --depth;
                notes.append({noteName, text, noteUser});
            } else if (name == QLatin1String("Sets") || name == QLatin1String("Graphs") || name == QLatin1String("Links")) {
                unsupported.append(tr("%1 (not represented in CaseLens)").arg(name.toString()));
            }
        } else if (r.isEndElement()) {
            --depth;
            const auto name = r.name();
            if (name == QLatin1String("Case")) {
                for (const QString &s : currentCaseSources)
                    caseVariablesOfSource[s].insert(currentCaseValues);
                inCase = false;
            } else if (name == QLatin1String("VariableValue")) {
                currentCaseVariable.clear();
            } else if (name == QLatin1String("TextSource")) {
                currentSource = nullptr;
            } else if (name == QLatin1String("PlainTextSelection")) {
                currentSelection = nullptr;
            } else if (name == QLatin1String("Sources")) {
                inSources = false;
            } else if (name == QLatin1String("Notes")) {
                inNotes = false;
            }
        }
    }
    if (r.hasError())
        return makeError(tr("project.qde is not well-formed XML (line %1: %2).").arg(r.lineNumber()).arg(r.errorString()), ErrorKind::InvalidInput);

    // A GUID names one source; two sources with one GUID would mix their codings.
    {
        QSet<QString> seen;
        for (const Source &s : sources) {
            if (seen.contains(s.guid))
                return makeError(tr("Two sources carry the same GUID %1 (the second is \"%2\"); the file is refused.").arg(s.guid, s.name),
                                 ErrorKind::InvalidInput);
            seen.insert(s.guid);
        }
    }
    // Read every source's text before creating anything: a missing file stops the import.
    for (Source &s : sources) {
        if (!s.content.isEmpty())
            continue;
        if (!s.path.startsWith(QLatin1String("internal://")))
            return makeError(tr("The source \"%1\" points outside the archive (%2); only internal sources are imported.").arg(s.name, s.path),
                             ErrorKind::InvalidInput);
        const QString entry = QStringLiteral("sources/") + s.path.mid(11);
        if (!names->contains(entry) && !names->contains(QStringLiteral("Sources/") + s.path.mid(11)))
            return makeError(tr("The source \"%1\" is missing from the archive (%2).").arg(s.name, entry), ErrorKind::InvalidInput);
        auto bytes = readZipEntry(zipBytes, names->contains(entry) ? entry : QStringLiteral("Sources/") + s.path.mid(11), limits.maxEntryBytes);
        if (!bytes)
            return makeError(tr("The source \"%1\" cannot be read: %2").arg(s.name, bytes.error().message), ErrorKind::InvalidInput);
        s.content = QString::fromUtf8(bytes->startsWith("\xEF\xBB\xBF") ? bytes->mid(3) : *bytes);
    }
    // Control characters (NUL, ESC…) would reach terminals raw; one replacement character
    // each keeps every selection's position.
    for (Source &s : sources) {
        s.content = text::replaceControls(s.content);
        s.name = text::replaceControls(s.name);
    }

    auto created = store::Project::create(projectPath, QFileInfo(qdpxPath).completeBaseName());
    if (!created)
        return created.error();
    auto project = created.take();
    // A failure from here on leaves no half project behind.
    bool finished = false;
    const auto removeUnfinished = qScopeGuard([&] {
        if (finished)
            return;
        project.reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(projectPath + QLatin1String(suffix));
    });
    store::CodeStore codes(*project);
    auto tx = project->transaction();
    if (book) {
        if (Status s = codes.importCodebook(*book); !s)
            return s.error();
        report.codes = int(book->codableCodes().size());
    }
    const auto codeIds = codes.idsByKey();
    auto scheme = store::activeRegionScheme(*project);
    text::Segmenter segmenter;
    store::DocumentStore docs(*project);
    store::CodingStore codingStore(*project);
    int adjustedSelections = 0, uncodedSelections = 0, outside = 0;
    for (const Source &s : sources) {
        QList<qint64> newPos;
        const QString text = compact(s.content, newPos);
        QList<text::SourceParagraph> paragraphs;
        for (const QString &line : text.split(QLatin1Char('\n')))
            paragraphs.append({line, false});
        store::NewDocument doc;
        doc.segmentation = segmenter.segment(paragraphs);
        if (doc.segmentation.text != text)
            return makeError(tr("Internal error: the text of \"%1\" changed while being cut into passages.").arg(s.name));
        doc.originalText = s.content;
        doc.sourceName = s.name;
        doc.sourceFormat = QStringLiteral("qdpx");
        doc.encoding = QStringLiteral("UTF-8");
        doc.meta.title = s.name;
        QHash<QString, QString> vars = caseVariablesOfSource.value(s.guid);
        vars.insert(s.variables);
        for (auto it = vars.cbegin(); it != vars.cend(); ++it) {
            const QString var = variableName.value(it.key(), it.key());
            if (var == QLatin1String("year"))
                doc.meta.year = it.value().toInt();
            else if (var == QLatin1String("province"))
                doc.meta.province = metadata::Gazetteer::builtin().province(it.value()) ? metadata::Gazetteer::builtin().province(it.value())->id : it.value();
            else if (var == QLatin1String("type"))
                doc.meta.caseType = metadata::caseTypeId(it.value()).isEmpty() ? it.value() : metadata::caseTypeId(it.value());
            else if (var == QLatin1String("unit"))
                doc.meta.unit = it.value();
            else if (var != QLatin1String("region"))
                doc.meta.attributes.insert(var, it.value());
        }
        if (!doc.meta.province.isEmpty() && scheme)
            doc.meta.region = scheme->regionOf(doc.meta.province);
        // The same text twice (two sources with one content) still becomes two documents.
        doc.contentHash = store::contentHash(text + QLatin1Char('\x1f') + s.guid);
        auto id = docs.insert(doc);
        if (!id)
            return id.error();
        ++report.sources;
        const qint64 length = text::codePointLength(s.content);
        const qint64 utf16Length = s.content.size();
        // A tool that counts UTF-16 units shows itself by a selection running past the
        // code points; it counts so throughout the source.
        bool utf16 = false;
        for (const Selection &sel : s.selections)
            utf16 = utf16 || (sel.end > length && sel.end <= utf16Length);
        const text::CodePointMap map(s.content);
        for (const Selection &sel : s.selections) {
            qint64 a = sel.start, b = sel.end;
            if (utf16) {
                a = map.toCodePoint(a);
                b = map.toCodePoint(b);
                ++adjustedSelections;
            }
            if (a < 0 || b > length || b <= a) {
                ++outside;
                continue;
            }
            if (sel.codeGuids.isEmpty()) {
                ++uncodedSelections;
                continue;
            }
            const qint64 na = newPos.value(a), nb = newPos.value(b);
            if (nb <= na) {
                ++outside;
                continue;
            }
            // An engine's coding comes back as the engine's, with its status, score and reason.
            const QJsonObject engine = engineCodings.value(sel.guid).toObject();
            const bool byEngine = engine.value(QStringLiteral("origin")).toString() == QLatin1String("ai")
                && !engine.value(QStringLiteral("coder")).toString().isEmpty();
            const QString coder = byEngine ? engine.value(QStringLiteral("coder")).toString()
                                           : userName.value(sel.user, sel.user.isEmpty() ? QStringLiteral("imported") : sel.user);
            auto coderId = codes.ensureCoder(coder, byEngine ? QStringLiteral("engine") : QStringLiteral("human"), sel.user);
            if (!coderId)
                return coderId.error();
            bool first = true; // the selection's GUID goes to its first coding (CaseLens writes one coding per selection)
            for (const QString &g : sel.codeGuids) {
                const QString key = codeKeyOfGuid.value(g);
                if (key.isEmpty() || !codeIds.contains(key)) {
                    ++outside;
                    continue;
                }
                store::NewCoding c;
                c.documentId = *id;
                c.start = na;
                c.end = nb;
                c.codeId = codeIds.value(key);
                c.coderId = *coderId;
                if (first && !usedGuids.contains(sel.guid.toLower()))
                    c.guid = sel.guid;
                usedGuids.insert(sel.guid.toLower());
                first = false;
                if (byEngine) {
                    const QString status = engine.value(QStringLiteral("status")).toString();
                    c.origin = QStringLiteral("ai");
                    c.status = QStringList{QStringLiteral("suggested"), QStringLiteral("accepted"), QStringLiteral("rejected"),
                                           QStringLiteral("changed")}
                                       .contains(status)
                        ? status
                        : QStringLiteral("suggested");
                    c.confidence = engine.value(QStringLiteral("confidence")).toDouble();
                    c.rationale = engine.value(QStringLiteral("rationale")).toString().left(2000);
                    keptSuggestions += c.status == QLatin1String("suggested") ? 1 : 0;
                }
                if (auto ins = codingStore.insert(c); !ins)
                    return ins.error();
                ++report.codings;
            }
        }
    }
    // Every user of the file comes across with its identity, those without codings too.
    QSet<QString> engineNames;
    for (const QJsonValue &v : engineCodings)
        engineNames.insert(v.toObject().value(QStringLiteral("coder")).toString());
    for (auto it = userName.cbegin(); it != userName.cend(); ++it)
        if (!it.value().isEmpty())
            if (auto id = codes.ensureCoder(it.value(), engineNames.contains(it.value()) ? QStringLiteral("engine") : QStringLiteral("human"), it.key()); !id)
                return id.error();
    store::MemoStore memos(*project);
    for (const Note &n : notes) {
        // A note's name is often its text's first line (CaseLens writes it so): said once.
        const bool nameInText = n.name.isEmpty() || n.text.startsWith(n.name);
        const QString text = nameInText ? n.text : n.name + QStringLiteral("\n") + n.text;
        if (auto added = memos.add(store::MemoTarget::Project, 0, userName.value(n.user), text); !added)
            return added.error();
        ++report.memos;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    if (keptSuggestions)
        report.notes.append(tr("%1 engine suggestions came back as suggestions waiting for review (from CaseLens's own entry in the archive).")
                                .arg(keptSuggestions));
    if (adjustedSelections)
        report.notes.append(tr("%1 selections were counted in UTF-16 units by the other tool and were converted to characters.").arg(adjustedSelections));
    if (uncodedSelections)
        report.notes.append(tr("%1 selections carry no code (only a description) and were not imported.").arg(uncodedSelections));
    if (outside)
        report.notes.append(tr("%1 selections lay outside their text or named unknown codes and were skipped.").arg(outside));
    for (const QString &u : unsupported)
        report.notes.append(tr("Not imported: %1.").arg(u));
    finished = true;
    return report;
}

} // namespace caselens::import
