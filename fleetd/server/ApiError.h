#pragma once

#include "http/HttpResponse.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace warden {

// An API failure as the client sees it (fleet-api.md §2): HTTP status, stable code, a sentence for the operator,
// the request field at fault and extra members such as locked_until. Messages never carry internals or secrets.
struct ApiError {
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    int status = 500;
    QString code = QStringLiteral("internal");
    QString message;
    QString field;
    QJsonObject extra;

    HttpResponse toResponse() const;

    static ApiError badRequest(const QString &message, const QString &field = {});
    static ApiError unknownField(const QString &field);
    static ApiError notFound(const QString &message);
    static ApiError conflict(const QString &message);
    static ApiError forbidden(const QString &message = {});
    static ApiError unauthenticated();
    static ApiError tokenExpired();
    // A server fault; the detail goes to the log only, never to the client.
    static ApiError internal(const QString &logDetail);
    static ApiError fromStoreError(const Error &error) { return internal(error.message); }
};

// A value or an ApiError.
template <typename T>
class [[nodiscard]] ApiResult {
public:
    ApiResult(T value) : m_value(std::move(value)) {}
    ApiResult(ApiError error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const ApiError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    ApiError m_error;
};

// Success or an ApiError, for operations without a value.
using ApiStatus = ApiResult<std::monostate>;
inline ApiStatus apiSuccess()
{
    return std::monostate{};
}

} // namespace warden
