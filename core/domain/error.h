// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include <optional>
#include <QString>
#include <QStringList>
#include <utility>
#include <variant>

namespace lp {

// An error as the core reports it: a stable code, the place it concerns (a JSON path,
// a form field, a CSV column) and the arguments its sentence needs. Messages::text()
// is the one place that turns it into words, so every front end says the same thing.
struct Error
{
    QString code;
    QString path;
    QStringList args;

    bool operator==(const Error&) const = default;
};

// A value or the error that prevented it.
template <typename T> class Result
{
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(m_v); }
    T& value() & { return std::get<T>(m_v); }
    T&& value() && { return std::get<T>(std::move(m_v)); }
    const T* operator->() const { return &std::get<T>(m_v); }
    T* operator->() { return &std::get<T>(m_v); }
    const T& operator*() const& { return value(); }
    const Error& error() const { return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

// A result that carries no value.
class Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}
    static Status success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace lp
