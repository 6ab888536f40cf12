#pragma once
// Personal data in case reports: names from a user's list, phone numbers, Chinese ID
// card numbers and e-mail addresses. Found once here; the LLM coder replaces them with
// labels before sending, the anonymised export with same-length masks.

#include <QList>
#include <QString>
#include <QStringList>

namespace caselens::text {

enum class PersonalKind { Name, Phone, IdNumber, Email };

struct PersonalMatch {
    qsizetype start = 0; // UTF-16 indices into the text
    qsizetype length = 0;
    PersonalKind kind;
};

// Non-overlapping matches, in text order.
QList<PersonalMatch> findPersonalData(const QString &text, const QStringList &names = {});
QString personalKindName(PersonalKind kind);

} // namespace caselens::text
