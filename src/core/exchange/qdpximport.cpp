#include "exchange/qdpximport.h"

#include "exchange/extension.h"
#include "exchange/qdccodebook.h"
#include "exchange/qdeproject.h"
#include "import/docximporter.h"
#include "metadata/casemeta.h"
#include "metadata/gazetteer.h"
#include "store/codestore.h"
#include "store/codingstore.h"
#include "store/documentstore.h"
#include "store/memostore.h"
#include "store/regionsetting.h"
#include "store/samplestore.h"
#include "support/ziparchive.h"
#include "text/segmenter.h"
#include "text/unicode.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSet>

namespace caselens::exchange {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::exchange::QdpxImport)
};

const QStringList kBuiltinVariables = {QStringLiteral("year"), QStringLiteral("province"), QStringLiteral("region"), QStringLiteral("type"),
                                       QStringLiteral("unit")};

// Refuses names that leave the archive's folder and archives that expand too far.
Status checkEntries(const ZipReader &zip, const QdpxLimits &limits)
{
    if (zip.entries().size() > limits.maxEntries)
        return makeError(Tr::tr("The archive has %1 entries, more than the limit of %2.").arg(zip.entries().size()).arg(limits.maxEntries),
                         ErrorKind::InvalidInput);
    qint64 total = 0;
    for (const auto &e : zip.entries()) {
        if (e.name.startsWith(QLatin1Char('/')) || e.name.contains(QLatin1Char('\\')) || e.name.contains(QLatin1String(".."))
            || e.name.contains(QLatin1Char(':')))
            return makeError(Tr::tr("The archive holds an entry whose name leaves its folder (%1); it is refused.").arg(e.name), ErrorKind::InvalidInput);
        if (e.size > limits.maxEntryBytes)
            return makeError(Tr::tr("The entry %1 would expand to %2 MB, over the limit.").arg(e.name).arg(e.size / (1024 * 1024)), ErrorKind::InvalidInput);
        total += e.size;
        if (total > limits.maxTotalBytes)
            return makeError(Tr::tr("The archive would expand to more than %1 MB.").arg(limits.maxTotalBytes / (1024 * 1024)), ErrorKind::InvalidInput);
    }
    return {};
}

// project.qde, or the one .qde at the top of the archive (ATLAS.ti 26 names it after the project).
std::optional<QString> qdeEntry(const ZipReader &zip)
{
    if (zip.contains(QStringLiteral("project.qde")))
        return QStringLiteral("project.qde");
    std::optional<QString> found;
    for (const auto &e : zip.entries())
        if (!e.name.contains(QLatin1Char('/')) && e.name.endsWith(QLatin1String(".qde"), Qt::CaseInsensitive)) {
            if (found)
                return std::nullopt; // two: which one is the project is not ours to guess
            found = e.name;
        }
    return found;
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

// Where a memo goes.
struct MemoPlace {
    store::MemoTarget target = store::MemoTarget::Project;
    qint64 id = 0;
};

class Importer {
public:
    Importer(const ZipReader &zip, QdeProject qde, QdcRead codebook, std::optional<Extension> extension, const QdpxLimits &limits)
        : m_zip(zip), m_qde(std::move(qde)), m_book(std::move(codebook)), m_ext(std::move(extension)), m_limits(limits)
    {
        for (const auto &[guid, name] : m_qde.users)
            m_userName.insert(normalGuid(guid), name);
    }

    // Reads every source's text before anything is created: a text the file names but
    // the archive lacks stops the import; a source with no plain text is skipped.
    Status readTexts();
    void applyExtensionToCodebook();
    Status write(store::Project &project, QdpxImportReport &report);
    QStringList notes() const;

private:
    Result<std::optional<QString>> entryText(const QString &path, const QString &what);
    Status writeUsers(store::CodeStore &codes);
    Status writeSource(store::Project &project, const QdeSource &s, QdpxImportReport &report);
    Status writeNotes(store::Project &project, QdpxImportReport &report);
    Status writeSets(store::Project &project, QdpxImportReport &report);
    void applyVariables(const QdeSource &s, metadata::CaseMeta &meta) const;

    const ZipReader &m_zip;
    QdeProject m_qde;
    QdcRead m_book;
    std::optional<Extension> m_ext;
    QdpxLimits m_limits;
    QHash<QString, QString> m_userName; // normal GUID → name
    QHash<QString, QString> m_text;     // normal source GUID → its text, for sources that have one
    QHash<QString, QString> m_skipped;  // normal source GUID → why it was not imported
    QHash<QString, qint64> m_documentOf; // normal source GUID → document id
    QHash<QString, MemoPlace> m_noteTarget; // normal note GUID → where it goes
    QList<std::pair<MemoPlace, std::pair<QString, QString>>> m_descriptions; // memos made of descriptions: place, (author, text)
    QHash<QString, qint64> m_codeIds;
    int m_utf16Selections = 0, m_outside = 0, m_uncoded = 0, m_keptSuggestions = 0, m_sharedNotes = 0;
    QMap<QString, int> m_dropped; // element → count, for the report
};

Result<std::optional<QString>> Importer::entryText(const QString &path, const QString &what)
{
    // internal://NAME is in sources/; qc writes NAME alone, meaning the same place.
    QString name = path;
    if (name.startsWith(QLatin1String("internal://")))
        name = name.mid(11);
    else if (name.contains(QLatin1String("://")) || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char(':')))
        return std::optional<QString>(); // outside the archive: reported by the caller
    for (const QString &candidate : {QStringLiteral("sources/") + name, QStringLiteral("Sources/") + name, name})
        if (m_zip.contains(candidate)) {
            auto bytes = m_zip.read(candidate, m_limits.maxEntryBytes);
            if (!bytes)
                return makeError(Tr::tr("The %1 cannot be read: %2").arg(what, bytes.error().message), ErrorKind::InvalidInput);
            return std::optional<QString>(QString::fromUtf8(bytes->startsWith("\xEF\xBB\xBF") ? bytes->mid(3) : *bytes));
        }
    return makeError(Tr::tr("The %1 is missing from the archive (%2).").arg(what, QStringLiteral("sources/") + name), ErrorKind::InvalidInput);
}

Status Importer::readTexts()
{
    QSet<QString> seen;
    for (const QdeSource &s : m_qde.sources) {
        const QString g = normalGuid(s.guid);
        if (seen.contains(g))
            return makeError(Tr::tr("Two sources carry the same GUID %1 (the second is \"%2\"); the file is refused.").arg(s.guid, s.name),
                             ErrorKind::InvalidInput);
        seen.insert(g);
        std::optional<QString> text = s.content;
        if (!text && !s.plainTextPath.isEmpty()) {
            auto read = entryText(s.plainTextPath, Tr::tr("source \"%1\"").arg(s.name));
            if (!read)
                return read.error();
            if (!*read) {
                m_skipped.insert(g, Tr::tr("its text is outside the archive (%1)").arg(s.plainTextPath));
                continue;
            }
            text = **read;
        }
        if (!text && s.richTextPath.endsWith(QLatin1String(".docx"), Qt::CaseInsensitive)) {
            // No plain text: the Word file is read instead, when there is nothing to place on it.
            auto bytes = m_zip.read(QStringLiteral("sources/") + s.richTextPath.section(QStringLiteral("://"), -1), m_limits.maxEntryBytes);
            auto doc = bytes ? import::DocxImporter().extract(*bytes, s.name) : Result<import::ExtractedDocument>(bytes.error());
            if (doc && s.selections.isEmpty()) {
                QStringList lines;
                for (const auto &p : doc->paragraphs)
                    lines.append(p.text);
                text = lines.join(QLatin1Char('\n'));
            }
        }
        if (!text) {
            m_skipped.insert(g, s.richTextPath.isEmpty() ? Tr::tr("it has no text") : Tr::tr("it has only a rich-text file (%1), which CaseLens does not read")
                                                                                       .arg(QFileInfo(s.richTextPath).suffix().toUpper()));
            continue;
        }
        if (text->trimmed().isEmpty()) {
            m_skipped.insert(g, Tr::tr("its text is empty"));
            continue;
        }
        // Control characters (NUL, ESC…) would reach terminals raw; one replacement
        // character each keeps every selection's position.
        m_text.insert(g, text::replaceControls(*text));
    }
    return {};
}

void Importer::applyExtensionToCodebook()
{
    if (!m_ext || !m_ext->codebook)
        return;
    // CaseLens's own fields for the codes it wrote; a code another tool added keeps the
    // file's name-made key. Names, colours and nesting are the file's: another tool may
    // have changed them.
    QHash<QString, const codebook::Code *> extOfGuid;
    for (auto it = m_ext->codeGuids.cbegin(); it != m_ext->codeGuids.cend(); ++it)
        if (const auto *c = m_ext->codebook->find(it.key()))
            extOfGuid.insert(normalGuid(it.value()), c);
    QHash<QString, QString> renamed;
    for (auto it = m_book.keyOfGuid.begin(); it != m_book.keyOfGuid.end(); ++it)
        if (const auto *ext = extOfGuid.value(it.key()); ext && ext->key != it.value()) {
            renamed.insert(it.value(), ext->key);
            it.value() = ext->key;
        }
    for (auto &c : m_book.book.codes) {
        c.key = renamed.value(c.key, c.key);
        c.parentKey = renamed.value(c.parentKey, c.parentKey);
        const codebook::Code *ext = m_ext->codebook->find(c.key);
        if (!ext)
            continue;
        if (c.nameZh == (ext->nameZh.isEmpty() ? ext->nameEn : ext->nameZh))
            c.nameEn = ext->nameEn;
        if (c.descriptionZh == qdcDescription(*ext)) {
            c.descriptionZh = ext->descriptionZh;
            c.descriptionEn = ext->descriptionEn;
        }
        c.shortcut = ext->shortcut;
        c.cues = ext->cues;
    }
    // In CaseLens's order (the file lists children under their parents).
    QHash<QString, int> order;
    for (int i = 0; i < m_ext->codebook->codes.size(); ++i)
        order.insert(m_ext->codebook->codes.at(i).key, i);
    std::stable_sort(m_book.book.codes.begin(), m_book.book.codes.end(), [&](const codebook::Code &a, const codebook::Code &b) {
        return order.value(a.key, int(order.size())) < order.value(b.key, int(order.size()));
    });
    m_book.book.id = m_ext->codebook->id;
    m_book.book.nameZh = m_ext->codebook->nameZh;
    m_book.book.nameEn = m_ext->codebook->nameEn;
    m_book.book.lexiconRules = m_ext->codebook->lexiconRules;
}

Status Importer::writeUsers(store::CodeStore &codes)
{
    // Every user of the file, in its order, with its identity, those without codings too.
    QSet<QString> engines;
    if (m_ext) {
        for (const auto &c : m_ext->codings)
            engines.insert(c.coder);
        for (const QString &e : m_ext->engines)
            engines.insert(e);
    }
    for (const auto &[guid, name] : m_qde.users)
        if (!name.isEmpty())
            if (auto id = codes.ensureCoder(name, engines.contains(name) ? QStringLiteral("engine") : QStringLiteral("human"), normalGuid(guid)); !id)
                return id.error();
    return {};
}

void Importer::applyVariables(const QdeSource &s, metadata::CaseMeta &meta) const
{
    QHash<QString, QString> values;
    for (const QdeCase &c : m_qde.cases)
        if (c.sourceGuids.contains(normalGuid(s.guid)))
            values.insert(c.values);
    values.insert(s.values);
    QHash<QString, QString> nameOf;
    for (const QdeVariable &v : m_qde.variables)
        nameOf.insert(normalGuid(v.guid), v.name);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString var = nameOf.value(it.key(), it.key());
        const QString &value = it.value();
        if (var == QLatin1String("year"))
            meta.year = value.toInt();
        else if (var == QLatin1String("province")) {
            const auto *p = metadata::Gazetteer::builtin().province(value);
            meta.province = p ? p->id : value;
        } else if (var == QLatin1String("type"))
            meta.caseType = metadata::caseTypeId(value).isEmpty() ? value : metadata::caseTypeId(value);
        else if (var == QLatin1String("unit"))
            meta.unit = value;
        else if (var != QLatin1String("region"))
            meta.attributes.insert(var, value);
    }
}

Status Importer::writeSource(store::Project &project, const QdeSource &s, QdpxImportReport &report)
{
    const QString g = normalGuid(s.guid);
    const QString original = m_text.value(g);
    QList<qint64> newPos;
    const QString text = compact(original, newPos);
    QList<text::SourceParagraph> paragraphs;
    for (const QString &line : text.split(QLatin1Char('\n')))
        paragraphs.append({line, false});
    store::NewDocument doc;
    doc.segmentation = text::Segmenter().segment(paragraphs);
    if (doc.segmentation.text != text)
        return makeError(Tr::tr("Internal error: the text of \"%1\" changed while being cut into passages.").arg(s.name));
    doc.originalText = original;
    doc.sourceName = text::replaceControls(s.name);
    doc.sourceFormat = QStringLiteral("qdpx");
    doc.encoding = QStringLiteral("UTF-8");
    doc.meta.title = doc.sourceName;
    doc.guid = store::isGuid(g) ? g : QString();
    applyVariables(s, doc.meta);
    if (auto scheme = store::activeRegionScheme(project); !doc.meta.province.isEmpty() && scheme)
        doc.meta.region = scheme->regionOf(doc.meta.province);
    // The same text twice (two sources with one content) still becomes two documents.
    doc.contentHash = store::contentHash(text + QLatin1Char('\x1f') + g);
    auto id = store::DocumentStore(project).insert(doc);
    if (!id)
        return id.error();
    m_documentOf.insert(g, *id);
    ++report.sources;
    for (const QString &n : s.noteGuids)
        m_noteTarget.insert(normalGuid(n), {store::MemoTarget::Document, *id});
    if (!s.description.isEmpty())
        m_descriptions.append({{store::MemoTarget::Document, *id}, {QString(), s.description}});

    const qint64 length = text::codePointLength(original);
    // A tool that counts UTF-16 units shows itself by a selection running past the code
    // points; it counts so throughout the source.
    bool utf16 = false;
    for (const QdeSelection &sel : s.selections)
        utf16 = utf16 || (sel.end > length && sel.end <= original.size());
    const text::CodePointMap map(original);
    store::CodeStore codes(project);
    store::CodingStore codings(project);
    struct Placed {
        const QdeSelection *selection;
        std::pair<qint64, qint64> span;
        qint64 coding; // its first coding; 0 when coded with nothing
        QString author;
        bool ours; // CaseLens wrote its description
    };
    QList<Placed> placed;
    QMap<std::pair<qint64, qint64>, qint64> codingAt; // span → first coding there
    for (const QdeSelection &sel : s.selections) {
        qint64 a = sel.start, b = sel.end;
        if (utf16) {
            a = map.toCodePoint(a);
            b = map.toCodePoint(b);
            ++m_utf16Selections;
        }
        const qint64 na = (a >= 0 && a <= length) ? newPos.value(a) : -1, nb = (b >= 0 && b <= length) ? newPos.value(b) : -1;
        if (na < 0 || nb <= na) {
            ++m_outside;
            continue;
        }
        const QString selGuid = normalGuid(sel.guid);
        const std::optional<CodingExtra> extra = m_ext && m_ext->codings.contains(selGuid) ? std::optional(m_ext->codings.value(selGuid)) : std::nullopt;
        const QString author = m_userName.value(normalGuid(sel.user));
        qint64 firstCoding = 0;
        for (const QdeCoding &qc : sel.codings) {
            const QString key = m_book.keyOfGuid.value(normalGuid(qc.codeGuid));
            if (key.isEmpty() || !m_codeIds.contains(key)) {
                ++m_outside;
                continue;
            }
            // An engine's coding comes back as the engine's, with its status, score and reason.
            const bool byEngine = extra && extra->origin == QLatin1String("ai") && !extra->coder.isEmpty();
            const QString user = qc.user.isEmpty() ? sel.user : qc.user;
            const QString coder = byEngine ? extra->coder : m_userName.value(normalGuid(user), user.isEmpty() ? QStringLiteral("imported") : user);
            auto coderId = codes.ensureCoder(coder, byEngine ? QStringLiteral("engine") : QStringLiteral("human"), normalGuid(user));
            if (!coderId)
                return coderId.error();
            store::NewCoding c;
            c.documentId = *id;
            c.start = na;
            c.end = nb;
            c.codeId = m_codeIds.value(key);
            c.coderId = *coderId;
            c.createdAt = sel.created;
            // The selection's GUID goes to its first coding (CaseLens writes one coding per
            // selection); further codings keep their own.
            c.guid = firstCoding ? normalGuid(qc.guid) : selGuid;
            if (byEngine) {
                static const QStringList statuses = {QStringLiteral("suggested"), QStringLiteral("accepted"), QStringLiteral("rejected"),
                                                     QStringLiteral("changed")};
                c.origin = QStringLiteral("ai");
                c.status = statuses.contains(extra->status) ? extra->status : QStringLiteral("suggested");
                c.confidence = extra->confidence;
                c.rationale = extra->rationale;
                c.reviewer = extra->reviewer;
                m_keptSuggestions += c.status == QLatin1String("suggested") ? 1 : 0;
            }
            auto inserted = codings.insert(c);
            if (!inserted)
                return inserted.error();
            ++report.codings;
            if (!firstCoding)
                firstCoding = *inserted;
            for (const QString &n : qc.noteGuids)
                m_noteTarget.insert(normalGuid(n), {store::MemoTarget::Coding, *inserted});
        }
        if (firstCoding)
            codingAt.insert({na, nb}, firstCoding);
        placed.append({&sel, {na, nb}, firstCoding, author, extra.has_value()});
    }
    // What is said about a selection goes with its coding; a selection coded with nothing
    // goes with the coding of the same span (f4 keeps a memo's selection beside the coded
    // one), else with the case, quoting the passage. CaseLens's own marking of a
    // suggestion is not a memo.
    for (const Placed &p : placed) {
        qint64 coding = p.coding ? p.coding : codingAt.value(p.span, 0);
        const MemoPlace place = coding ? MemoPlace{store::MemoTarget::Coding, coding} : MemoPlace{store::MemoTarget::Document, *id};
        if (!p.coding)
            ++m_uncoded;
        for (const QString &n : p.selection->noteGuids)
            m_noteTarget.insert(normalGuid(n), place);
        if (!p.selection->description.isEmpty() && !p.ours) {
            const QString said = coding ? p.selection->description
                                        : QStringLiteral("「%1」\n%2").arg(text::midCodePoints(text, p.span.first, p.span.second).left(200),
                                                                           p.selection->description);
            m_descriptions.append({place, {p.author, said}});
        }
    }
    return {};
}

Status Importer::writeNotes(store::Project &project, QdpxImportReport &report)
{
    store::MemoStore memos(project);
    QHash<QString, QString> noteText; // for descriptions that repeat a note
    for (const QdeNote &n : m_qde.notes) {
        std::optional<QString> text = n.content;
        if (!text && !n.plainTextPath.isEmpty()) {
            auto read = entryText(n.plainTextPath, Tr::tr("note \"%1\"").arg(n.name));
            if (!read)
                return read.error();
            text = read->value_or(QString());
        }
        QString body = text.value_or(QString()).trimmed();
        // A note's name is often its text's first line (CaseLens writes it so): said once.
        if (!n.name.isEmpty() && !body.startsWith(n.name))
            body = body.isEmpty() ? n.name : n.name + QStringLiteral("\n") + body;
        if (body.isEmpty())
            continue;
        const MemoPlace place = m_noteTarget.value(normalGuid(n.guid));
        const QString author = m_userName.value(normalGuid(n.user));
        auto added = memos.add(place.target, place.id, author, body, normalGuid(n.guid), n.created);
        if (!added)
            return added.error();
        noteText.insert(body, n.guid);
        ++report.memos;
    }
    for (const auto &[place, authorText] : m_descriptions) {
        if (noteText.contains(authorText.second))
            continue; // the same words as a note already imported
        if (auto added = memos.add(place.target, place.id, authorText.first, authorText.second); !added)
            return added.error();
        ++report.memos;
    }
    return {};
}

Status Importer::writeSets(store::Project &project, QdpxImportReport &report)
{
    store::SampleStore samples(project);
    for (const QdeSet &set : m_qde.sets) {
        if (!set.codeGuids.isEmpty() || !set.noteGuids.isEmpty() || set.sourceGuids.isEmpty()) {
            m_dropped[!set.codeGuids.isEmpty() ? Tr::tr("Set of codes") : !set.noteGuids.isEmpty() ? Tr::tr("Set of notes") : Tr::tr("empty Set")] += 1;
            continue;
        }
        QList<qint64> items;
        for (const QString &s : set.sourceGuids)
            if (const qint64 d = m_documentOf.value(normalGuid(s)))
                items.append(d);
        std::sort(items.begin(), items.end());
        const SampleExtra how = m_ext ? m_ext->samples.value(set.name, SampleExtra{}) : SampleExtra{};
        if (auto saved = samples.save(set.name, QStringLiteral("document"), how.seed, how.stratify, items); !saved)
            return saved.error();
        ++report.samples;
    }
    return {};
}

Status Importer::write(store::Project &project, QdpxImportReport &report)
{
    if (m_ext && store::isGuid(m_ext->projectGuid))
        if (Status s = project.setInfo(QStringLiteral("guid"), m_ext->projectGuid); !s)
            return s;
    // Variables keep their declared types for the next export.
    QJsonObject types;
    for (const QdeVariable &v : m_qde.variables)
        if (!kBuiltinVariables.contains(v.name) && !v.type.isEmpty() && v.type != QLatin1String("Text"))
            types.insert(v.name, v.type);
    if (!types.isEmpty())
        if (Status s = project.setInfo(QStringLiteral("qdpx_variable_types"), QString::fromUtf8(QJsonDocument(types).toJson(QJsonDocument::Compact))); !s)
            return s;
    store::CodeStore codes(project);
    if (!m_book.book.codes.isEmpty()) {
        QHash<QString, QString> guidOfKey;
        for (auto it = m_book.keyOfGuid.cbegin(); it != m_book.keyOfGuid.cend(); ++it)
            guidOfKey.insert(it.value(), it.key());
        if (Status s = codes.importCodebook(m_book.book, guidOfKey); !s)
            return s;
        report.codes = int(m_book.book.codableCodes().size());
    }
    m_codeIds = codes.idsByKey();
    for (auto it = m_qde.codeNoteGuids.cbegin(); it != m_qde.codeNoteGuids.cend(); ++it)
        if (const qint64 code = m_codeIds.value(m_book.keyOfGuid.value(it.key())))
            for (const QString &n : it.value())
                m_noteTarget.insert(normalGuid(n), {store::MemoTarget::Code, code});
    if (Status s = writeUsers(codes); !s)
        return s;
    for (const QdeSource &s : m_qde.sources)
        if (m_text.contains(normalGuid(s.guid)))
            if (Status st = writeSource(project, s, report); !st)
                return st;
    if (Status s = writeNotes(project, report); !s)
        return s;
    return writeSets(project, report);
}

QStringList Importer::notes() const
{
    QStringList out;
    if (m_keptSuggestions)
        out.append(Tr::tr("%1 engine suggestions came back as suggestions waiting for review (from CaseLens's own entry in the archive).")
                       .arg(m_keptSuggestions));
    if (m_utf16Selections)
        out.append(Tr::tr("%1 selections were counted in UTF-16 units by the other tool and were converted to characters.").arg(m_utf16Selections));
    if (m_uncoded)
        out.append(Tr::tr("%1 selections carry no code; what was said about each went with the coding of the same passage, or became a memo on "
                      "its case.").arg(m_uncoded));
    if (m_outside)
        out.append(Tr::tr("%1 selections lay outside their text or named unknown codes and were skipped.").arg(m_outside));
    for (const QdeSource &s : m_qde.sources)
        if (const QString why = m_skipped.value(normalGuid(s.guid)); !why.isEmpty())
            out.append(Tr::tr("Source \"%1\" was not imported: %2.").arg(s.name, why));
    QMap<QString, int> dropped = m_qde.skipped;
    for (auto it = m_book.skipped.cbegin(); it != m_book.skipped.cend(); ++it)
        dropped[it.key()] += it.value();
    for (auto it = m_dropped.cbegin(); it != m_dropped.cend(); ++it)
        dropped[it.key()] += it.value();
    int caseDescriptions = 0;
    for (const QdeCase &c : m_qde.cases)
        caseDescriptions += c.description.isEmpty() ? 0 : 1;
    if (caseDescriptions)
        dropped[Tr::tr("Description of a case")] += caseDescriptions;
    for (auto it = dropped.cbegin(); it != dropped.cend(); ++it)
        out.append(Tr::tr("Not imported (CaseLens has no place for it): %1 × %2.").arg(it.value()).arg(it.key()));
    return out;
}

} // namespace

Result<QdpxImportReport> importQdpx(const QString &qdpxPath, const QString &projectPath, const QdpxLimits &limits)
{
    QFile file(qdpxPath);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Tr::tr("Cannot read %1: %2.").arg(qdpxPath, file.errorString()), ErrorKind::Io);
    if (file.size() > limits.maxTotalBytes)
        return makeError(Tr::tr("%1 is larger than the limit of %2 MB.").arg(qdpxPath).arg(limits.maxTotalBytes / (1024 * 1024)), ErrorKind::InvalidInput);
    auto zip = ZipReader::open(file.readAll());
    if (!zip)
        return makeError(Tr::tr("This is not a readable .qdpx archive."), ErrorKind::InvalidInput);
    if (Status s = checkEntries(*zip, limits); !s)
        return s.error();
    const auto entry = qdeEntry(*zip);
    if (!entry)
        return makeError(Tr::tr("The archive has no project.qde (nor one other .qde file at its top), so it is not a REFI-QDA project."),
                         ErrorKind::InvalidInput);
    auto xml = zip->read(*entry, limits.maxEntryBytes);
    if (!xml)
        return makeError(Tr::tr("The archive's project.qde cannot be read: %1").arg(xml.error().message), ErrorKind::InvalidInput);
    auto qde = parseQde(*xml, limits.maxXmlDepth);
    if (!qde)
        return qde.error();
    auto book = readQdc(*xml);
    if (!book)
        return makeError(Tr::tr("The project's codebook cannot be read: %1").arg(book.error().message), ErrorKind::InvalidInput);

    QdpxImportReport report;
    std::optional<Extension> extension;
    if (zip->contains(kExtensionEntry)) {
        auto bytes = zip->read(kExtensionEntry, limits.maxEntryBytes);
        auto parsed = bytes ? extensionFromJson(*bytes) : Result<Extension>(bytes.error());
        if (parsed)
            extension = parsed.take();
        else
            report.notes.append(Tr::tr("%1 in the archive could not be read; engines' suggestions come in as codings of the coder named.").arg(kExtensionEntry));
    }
    const QString name = qde->name.isEmpty() ? QFileInfo(qdpxPath).completeBaseName() : qde->name;
    Importer importer(*zip, qde.take(), book.take(), std::move(extension), limits);
    if (Status s = importer.readTexts(); !s)
        return s.error();
    importer.applyExtensionToCodebook();

    auto created = store::Project::create(projectPath, name);
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
    auto tx = project->transaction();
    if (Status s = importer.write(*project, report); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    report.notes.append(importer.notes());
    finished = true;
    return report;
}

} // namespace caselens::exchange
