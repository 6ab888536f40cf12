#pragma once
// The loopback HTTP servers of the LLM tests and the token bench: the body of one request
// once it has arrived whole (headers, then Content-Length bytes), taken out of `buffer`.

#include <QByteArray>
#include <optional>

namespace testsupport {

inline std::optional<QByteArray> takeRequestBody(QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    qsizetype length = 0;
    for (const QByteArray &line : buffer.left(end).split('\n'))
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    if (buffer.size() < end + 4 + length)
        return std::nullopt;
    QByteArray body = buffer.mid(end + 4, length);
    buffer.clear();
    return body;
}

} // namespace testsupport
