#pragma once
// Result<T>: a value or an Error the caller must look at. Errors end as one sentence
// a researcher understands; `code` lets programs tell kinds apart.

#include <QString>
#include <cassert>
#include <optional>
#include <utility>
#include <variant>

namespace caselens {

enum class ErrorKind {
    Generic,
    NotFound,
    InvalidInput,
    NotAProject,
    TooNew,
    Damaged,
    Io,
    Busy,
    DiskFull,
    ReadOnly,
    Cancelled,
    Duplicate,
    Forbidden, // the team server's rules refuse it (a role's rights, row-level security)
    Offline,   // the team server cannot be reached
};

struct Error {
    QString message;
    ErrorKind kind = ErrorKind::Generic;
};

inline Error makeError(QString message, ErrorKind kind = ErrorKind::Generic)
{
    return Error{std::move(message), kind};
}

template<typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() { assert(ok()); return std::get<0>(m_data); }
    const T &value() const { assert(ok()); return std::get<0>(m_data); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T take() { return std::move(std::get<0>(m_data)); }

    const Error &error() const { assert(!ok()); return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Result of an operation that yields nothing but may fail.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}
    static Status success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { assert(!ok()); return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace caselens
