// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "icalendar.h"

namespace lp {
namespace {

// [RFC 5545 3.1] lines longer than 75 octets are folded: CRLF then one space. UTF-8
// sequences are not split.
void appendLine(QByteArray& out, const QString& line)
{
    const QByteArray bytes = line.toUtf8();
    qsizetype start = 0;
    qsizetype limit = 75;
    while (bytes.size() - start > limit) {
        qsizetype cut = start + limit;
        while (cut > start && (uchar(bytes.at(cut)) & 0xC0) == 0x80)
            --cut; // do not cut inside a UTF-8 sequence
        out += bytes.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        limit = 74; // the leading space counts
    }
    out += bytes.mid(start);
    out += "\r\n";
}

QString date(const QDate& d)
{
    return d.toString(QStringLiteral("yyyyMMdd"));
}

} // namespace

QString ICalendar::escape(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(','))
            out += QLatin1Char('\\') + QString(c);
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else if (c != QLatin1Char('\r'))
            out += c;
    }
    return out;
}

QByteArray ICalendar::write(const QList<CalendarEvent>& events, const QDateTime& stamp,
                            const QString& calendarName)
{
    QByteArray out;
    const QString dtstamp = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    appendLine(out, QStringLiteral("BEGIN:VCALENDAR"));
    appendLine(out, QStringLiteral("VERSION:2.0"));
    appendLine(out, QStringLiteral("PRODID:-//Learning Partner Desk//learnpartner//EN"));
    appendLine(out, QStringLiteral("CALSCALE:GREGORIAN"));
    appendLine(out, QStringLiteral("X-WR-CALNAME:") + escape(calendarName));
    for (const CalendarEvent& e : events) {
        appendLine(out, QStringLiteral("BEGIN:VEVENT"));
        appendLine(out, QStringLiteral("UID:") + e.uid);
        appendLine(out, QStringLiteral("DTSTAMP:") + dtstamp);
        appendLine(out, QStringLiteral("DTSTART;VALUE=DATE:") + date(e.start));
        appendLine(out, QStringLiteral("DTEND;VALUE=DATE:") +
                            date((e.end.isValid() ? e.end : e.start).addDays(1)));
        if (e.yearly)
            appendLine(out, QStringLiteral("RRULE:FREQ=YEARLY"));
        appendLine(out, QStringLiteral("SUMMARY:") + escape(e.summary));
        if (!e.description.isEmpty())
            appendLine(out, QStringLiteral("DESCRIPTION:") + escape(e.description));
        appendLine(out, QStringLiteral("TRANSP:TRANSPARENT"));
        appendLine(out, QStringLiteral("END:VEVENT"));
    }
    appendLine(out, QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace lp
