// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "passwordpolicy.h"

#include <QFile>
#include <QSet>

namespace lp {
namespace {

const QSet<QString>& commonPasswords()
{
    static const QSet<QString> set = [] {
        QSet<QString> out;
        QFile f(QStringLiteral(":/security/common-passwords.txt"));
        if (!f.open(QIODevice::ReadOnly))
            return out;
        while (!f.atEnd()) {
            const QString line = QString::fromUtf8(f.readLine()).trimmed();
            if (!line.isEmpty() && !line.startsWith(QLatin1String("#!comment")))
                out.insert(line.toLower());
        }
        return out;
    }();
    return set;
}

// The shortest piece that, repeated, makes `s` (s itself when there is none).
QString repeatedPiece(const QString& s)
{
    const qsizetype n = s.size();
    for (qsizetype len = 1; len <= n / 2; ++len) {
        if (n % len != 0)
            continue;
        const QString piece = s.left(len);
        if (piece.repeated(n / len) == s)
            return piece;
    }
    return s;
}

} // namespace

int PasswordPolicy::length(const QString& password)
{
    return int(password.toUcs4().size());
}

bool PasswordPolicy::isCommon(const QString& password)
{
    const QSet<QString>& list = commonPasswords();
    const QString lower = password.toLower();
    if (list.contains(lower))
        return true;
    qsizetype end = lower.size();
    while (end > 0 && lower.at(end - 1).isDigit())
        --end;
    if (end > 0 && end < lower.size() && list.contains(lower.left(end)))
        return true;
    const QString piece = repeatedPiece(lower);
    return piece.size() < lower.size() && (piece.size() <= 3 || list.contains(piece));
}

Status PasswordPolicy::check(const QString& password, const QString& accountName)
{
    const QString field = QStringLiteral("password");
    const int n = length(password);
    if (n < kMinimumLength)
        return Error{QStringLiteral("PASSWORD_TOO_SHORT"), field, {QString::number(kMinimumLength)}};
    if (n > kMaximumLength)
        return Error{QStringLiteral("PASSWORD_TOO_LONG"), field, {QString::number(kMaximumLength)}};
    if (isCommon(password))
        return Error{QStringLiteral("PASSWORD_COMMON"), field, {}};
    const QString name = accountName.trimmed();
    if (!name.isEmpty() && password.contains(name, Qt::CaseInsensitive))
        return Error{QStringLiteral("PASSWORD_CONTAINS_NAME"), field, {}};
    return {};
}

} // namespace lp
