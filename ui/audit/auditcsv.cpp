// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "auditcsv.h"

#include "audittexts.h"

#include <QStringList>

namespace lp {

QString AuditCsv::cell(const QString& text)
{
    QString out = text;
    if (!out.isEmpty()) {
        const QChar first = out.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
            first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            out.prepend(QLatin1Char('\''));
    }
    if (out.contains(QLatin1Char('"')) || out.contains(QLatin1Char(',')) || out.contains(QLatin1Char('\n')) ||
        out.contains(QLatin1Char('\r'))) {
        out.replace(QLatin1Char('"'), QLatin1String("\"\""));
        out = QLatin1Char('"') + out + QLatin1Char('"');
    }
    return out;
}

QByteArray AuditCsv::write(const QList<AuditEntry>& entries, const QHash<qint64, QString>& partners)
{
    const auto row = [](const QStringList& cells) {
        QStringList quoted;
        for (const QString& c : cells)
            quoted << cell(c);
        return quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
    };
    QString out =
        row({tr("When"), tr("Who"), tr("Role"), tr("What"), tr("Partner"), tr("Changes"), tr("Entry")});
    for (const AuditEntry& e : entries) {
        QStringList changes;
        for (const AuditTexts::FieldChange& f : AuditTexts::fields(e)) {
            if (f.changed)
                changes << tr("%1: %2 -> %3").arg(f.label, f.before, f.after);
            else if (e.before.isEmpty())
                changes << tr("%1: %2").arg(f.label, f.after);
        }
        out += row({AuditTexts::when(e), e.userName, AuditTexts::role(e.role), AuditTexts::sentence(e),
                    e.partnerId ? partners.value(e.partnerId, QString::number(e.partnerId)) : QString(),
                    changes.join(QLatin1String("; ")), QString::number(e.id)});
    }
    return out.toUtf8();
}

} // namespace lp
