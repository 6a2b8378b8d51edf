#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace warden {

// What went wrong, in words an operator understands, plus the field it concerns (if any).
struct Error {
    QString message;
    QString field;
};

// Result of an operation that can fail on outside input: a value or an Error, never an exception.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    static Result failure(const QString &message, const QString &field = {}) { return Result(Error{message, field}); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }

    const Error &error() const { return m_error; }
    QString errorMessage() const { return m_error.message; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// Outcome of an operation with no value.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error) : m_failed(true), m_error(std::move(error)) {}
    static Status success() { return {}; }
    static Status failure(const QString &message, const QString &field = {}) { return Status(Error{message, field}); }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }
    QString errorMessage() const { return m_error.message; }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace warden
