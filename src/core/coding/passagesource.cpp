#include "coding/passagesource.h"

#include "store/documentstore.h"
#include "text/unicode.h"

#include <QHash>
#include <QSet>

namespace caselens::coding {

DocumentContext contextOf(store::Project &project, qint64 documentId, const QList<PassageText> &paragraphs)
{
    DocumentContext context;
    store::DocumentStore documents(project);
    auto row = documents.row(documentId);
    auto text = documents.text(documentId);
    if (!row || !text) // no context is still a valid question
        return context;
    context.title = row->meta.title;
    QList<std::pair<qint64, QString>> headings; // start, text
    for (const auto &p : documents.passages(documentId))
        if (p.kind == text::PassageKind::Heading) {
            const QString heading = text::midCodePoints(*text, p.start, p.end).trimmed();
            if (heading != context.title)
                headings.append({p.start, heading});
        }
    for (const PassageText &p : paragraphs) {
        QString under;
        for (const auto &[start, heading] : headings)
            if (start < p.start)
                under = heading;
        context.headings.append(under);
    }
    return context;
}

} // namespace caselens::coding
