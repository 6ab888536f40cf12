#include "exchange/qdeproject.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace caselens::exchange {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::exchange::Qde)
};

// Elements whose content CaseLens does not keep, counted for the import report.
const QStringList kNotRepresented = {QStringLiteral("PictureSource"), QStringLiteral("PDFSource"),   QStringLiteral("AudioSource"),
                                     QStringLiteral("VideoSource"),   QStringLiteral("Link"),        QStringLiteral("Graph"),
                                     QStringLiteral("PictureSelection"), QStringLiteral("PDFSelection"), QStringLiteral("AudioSelection"),
                                     QStringLiteral("VideoSelection"), QStringLiteral("Transcript")};

// The text of the element just opened, its children's included, with the depth bounded
// (nullopt when too deep).
std::optional<QString> readText(QXmlStreamReader &r, qsizetype depth, int maxDepth)
{
    QString out;
    int level = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isCharacters())
            out += r.text();
        else if (r.isStartElement() && depth + ++level > maxDepth)
            return std::nullopt;
        else if (r.isEndElement() && level-- == 0)
            break;
    }
    return out;
}

} // namespace

QString normalGuid(const QString &guid)
{
    QString g = guid.trimmed().toLower();
    if (g.startsWith(QLatin1Char('{')) && g.endsWith(QLatin1Char('}')))
        g = g.mid(1, g.size() - 2);
    return g;
}

Result<QdeProject> parseQde(const QByteArray &xml, int maxDepth)
{
    QdeProject p;
    QXmlStreamReader r(xml);
    QStringList stack; // names of the open elements
    QStringList codeStack; // normal GUIDs of the open Code elements
    QdeSource *source = nullptr;
    QdeSelection *selection = nullptr;
    QdeCoding *coding = nullptr;
    QdeCase *kase = nullptr;
    QdeSet *set = nullptr;
    QdeNote *note = nullptr;
    QString variableRef; // inside a VariableValue
    while (!r.atEnd()) {
        r.readNext();
        if (r.isEndElement()) {
            const QString name = stack.takeLast();
            if (name == QLatin1String("Code") && !codeStack.isEmpty())
                codeStack.removeLast();
            else if (name == QLatin1String("Coding"))
                coding = nullptr;
            else if (name == QLatin1String("PlainTextSelection"))
                selection = nullptr;
            else if (name == QLatin1String("TextSource"))
                source = nullptr;
            else if (name == QLatin1String("Note"))
                note = nullptr;
            else if (name == QLatin1String("Case"))
                kase = nullptr;
            else if (name == QLatin1String("Set"))
                set = nullptr;
            else if (name == QLatin1String("VariableValue"))
                variableRef.clear();
            continue;
        }
        if (!r.isStartElement())
            continue;
        if (stack.size() >= maxDepth)
            return makeError(Tr::tr("project.qde is nested deeper than %1 levels; it is refused.").arg(maxDepth), ErrorKind::InvalidInput);
        const QString name = r.name().toString();
        const QString parent = stack.isEmpty() ? QString() : stack.last();
        stack.append(name);
        const auto attr = [&](const char *a) { return r.attributes().value(QLatin1String(a)).toString(); };
        // Elements read whole close themselves: their end is not seen by the loop.
        bool tooDeep = false;
        const auto text = [&] {
            auto t = readText(r, stack.size(), maxDepth);
            stack.removeLast();
            tooDeep = !t;
            return t.value_or(QString());
        };
        if (name == QLatin1String("Project")) {
            p.name = attr("name");
            p.origin = attr("origin");
            p.created = attr("creationDateTime");
        } else if (name == QLatin1String("User")) {
            p.users.append({attr("guid"), attr("name")});
        } else if (name == QLatin1String("Code")) {
            codeStack.append(normalGuid(attr("guid")));
        } else if (name == QLatin1String("Variable")) {
            p.variables.append({attr("guid"), attr("name"), attr("typeOfVariable")});
        } else if (name == QLatin1String("Case")) {
            p.cases.append({attr("guid"), attr("name"), {}, {}, {}});
            kase = &p.cases.last();
        } else if (name == QLatin1String("VariableRef")) {
            variableRef = normalGuid(attr("targetGUID"));
        } else if (parent == QLatin1String("VariableValue") && name.endsWith(QLatin1String("Value"))) {
            const QString value = text();
            if (kase)
                kase->values.insert(variableRef, value);
            else if (source)
                source->values.insert(variableRef, value);
        } else if (name == QLatin1String("SourceRef") && kase) {
            kase->sourceGuids.append(normalGuid(attr("targetGUID")));
        } else if (name == QLatin1String("SelectionRef") || (name == QLatin1String("CodeRef") && kase)) {
            p.skipped[QStringLiteral("%1 in a case").arg(name)] += 1;
        } else if (name == QLatin1String("TextSource")) {
            QdeSource s;
            s.kind = name;
            s.guid = attr("guid");
            s.name = attr("name");
            s.plainTextPath = attr("plainTextPath");
            s.richTextPath = attr("richTextPath");
            s.created = attr("creationDateTime");
            p.sources.append(s);
            source = &p.sources.last();
        } else if (name == QLatin1String("PlainTextContent")) {
            const QString content = text();
            if (note)
                note->content = content;
            else if (source)
                source->content = content;
        } else if (name == QLatin1String("PlainTextSelection") && source) {
            QdeSelection s;
            s.guid = attr("guid");
            s.start = attr("startPosition").toLongLong();
            s.end = attr("endPosition").toLongLong();
            s.user = attr("creatingUser");
            s.created = attr("creationDateTime");
            source->selections.append(s);
            selection = &source->selections.last();
        } else if (name == QLatin1String("Coding") && selection) {
            selection->codings.append({attr("guid"), {}, attr("creatingUser"), attr("creationDateTime"), {}});
            coding = &selection->codings.last();
        } else if (name == QLatin1String("Coding")) {
            p.skipped[Tr::tr("Coding of a whole source")] += 1; // a coding directly on a source
        } else if (name == QLatin1String("CodeRef") && coding) {
            coding->codeGuid = attr("targetGUID");
        } else if (name == QLatin1String("Description")) {
            const QString description = text();
            if (parent == QLatin1String("PlainTextSelection") && selection)
                selection->description = description;
            else if (parent == QLatin1String("TextSource") && source)
                source->description = description;
            else if (parent == QLatin1String("Case") && kase)
                kase->description = description;
            else if (parent == QLatin1String("Set") && set)
                set->description = description;
            else if (parent == QLatin1String("Project"))
                p.description = description;
            // Code descriptions are the codebook's (codebookFromQdc); others are ignored.
        } else if (name == QLatin1String("NoteRef")) {
            const QString target = attr("targetGUID");
            if (parent == QLatin1String("Coding") && coding)
                coding->noteGuids.append(target);
            else if (parent == QLatin1String("PlainTextSelection") && selection)
                selection->noteGuids.append(target);
            else if (parent == QLatin1String("TextSource") && source)
                source->noteGuids.append(target);
            else if (parent == QLatin1String("Code") && !codeStack.isEmpty())
                p.codeNoteGuids[codeStack.last()].append(target);
            else if (parent == QLatin1String("Project"))
                p.projectNoteGuids.append(target);
            else
                p.skipped[Tr::tr("NoteRef on a %1").arg(parent)] += 1;
        } else if (name == QLatin1String("Note")) {
            p.notes.append({attr("guid"), attr("name"), attr("creatingUser"), attr("creationDateTime"), attr("plainTextPath"), std::nullopt});
            note = &p.notes.last();
        } else if (name == QLatin1String("Set")) {
            p.sets.append({attr("guid"), attr("name"), {}, {}, {}, {}});
            set = &p.sets.last();
        } else if (set && name == QLatin1String("MemberCode")) {
            set->codeGuids.append(attr("targetGUID"));
        } else if (set && name == QLatin1String("MemberSource")) {
            set->sourceGuids.append(attr("targetGUID"));
        } else if (set && name == QLatin1String("MemberNote")) {
            set->noteGuids.append(attr("targetGUID"));
        } else if (kNotRepresented.contains(name)) {
            p.skipped[name] += 1;
            tooDeep = !readText(r, stack.size(), maxDepth); // its selections and codings go with it
            stack.removeLast();
        }
        if (tooDeep)
            return makeError(Tr::tr("project.qde is nested deeper than %1 levels; it is refused.").arg(maxDepth), ErrorKind::InvalidInput);
    }
    if (r.hasError())
        return makeError(Tr::tr("project.qde is not well-formed XML (line %1: %2).").arg(r.lineNumber()).arg(r.errorString()), ErrorKind::InvalidInput);
    return p;
}

} // namespace caselens::exchange
