#include "text/personaldata.h"

#include <QRegularExpression>

namespace caselens::text {

QString personalKindName(PersonalKind kind)
{
    switch (kind) {
    case PersonalKind::Name: return QStringLiteral("name");
    case PersonalKind::Phone: return QStringLiteral("phone");
    case PersonalKind::IdNumber: return QStringLiteral("id_number");
    case PersonalKind::Email: return QStringLiteral("email");
    }
    return {};
}

QList<PersonalMatch> findPersonalData(const QString &text, const QStringList &names)
{
    static const QRegularExpression email(QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"));
    static const QRegularExpression idCard(QStringLiteral("(?<!\\d)\\d{17}[\\dXx](?!\\d)"));
    static const QRegularExpression mobile(QStringLiteral("(?<!\\d)1[3-9]\\d{9}(?!\\d)"));
    static const QRegularExpression landline(QStringLiteral("(?<!\\d)0\\d{2,3}-?\\d{7,8}(?!\\d)"));
    QList<PersonalMatch> all;
    for (const auto &[re, kind] : {std::pair{&email, PersonalKind::Email}, std::pair{&idCard, PersonalKind::IdNumber},
                                   std::pair{&mobile, PersonalKind::Phone}, std::pair{&landline, PersonalKind::Phone}}) {
        for (auto it = re->globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            all.append({m.capturedStart(), m.capturedLength(), kind});
        }
    }
    for (const QString &name : names) {
        if (name.trimmed().isEmpty())
            continue;
        for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.size()))
            all.append({at, name.size(), PersonalKind::Name});
    }
    std::sort(all.begin(), all.end(), [](const PersonalMatch &a, const PersonalMatch &b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    QList<PersonalMatch> out;
    qsizetype end = -1;
    for (const auto &m : all) {
        if (m.start < end)
            continue; // overlaps an earlier, longer match (an ID number holds a phone-like run)
        out.append(m);
        end = m.start + m.length;
    }
    return out;
}

} // namespace caselens::text
