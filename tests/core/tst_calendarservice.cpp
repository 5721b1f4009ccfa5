// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// The partner's calendar as RFC 5545 iCalendar, parsed back: folding at 75 octets with CRLF,
// TEXT escaping, all-day DATE values with an exclusive end, and the dates of
// docs/rules.md#renewals-fees-and-reminders, docs/rules.md#monthly-kpi-report and
// docs/rules.md#listing-batch-and-visibility where they belong.
#include "io/icalendar.h"
#include "services/accountservice.h"
#include "services/calendarservice.h"
#include "services/listingservice.h"
#include "services/partnerservice.h"
#include "services/peopleservice.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QTest>

using namespace lp;

namespace {

struct ParsedEvent
{
    QMap<QString, QString> fields; // name (with parameters) -> raw value
};

// Unfolds and splits an iCalendar file into its events; fails the test on a malformed line.
QList<ParsedEvent> parse(const QByteArray& ics, QString* problem)
{
    QList<ParsedEvent> events;
    if (!ics.endsWith("\r\n"))
        *problem = QStringLiteral("no final CRLF");
    const QList<QByteArray> physical = ics.split('\n');
    QStringList logical;
    for (QByteArray line : physical) {
        if (line.isEmpty())
            continue;
        if (!line.endsWith('\r'))
            *problem = QStringLiteral("a line without CRLF");
        line.chop(1);
        if (line.size() > 75)
            *problem = QStringLiteral("a line longer than 75 octets");
        if (line.startsWith(' ') && !logical.isEmpty())
            logical.last() += QString::fromUtf8(line.mid(1));
        else
            logical << QString::fromUtf8(line);
    }
    if (logical.value(0) != QLatin1String("BEGIN:VCALENDAR") ||
        logical.last() != QLatin1String("END:VCALENDAR"))
        *problem = QStringLiteral("not a VCALENDAR");
    ParsedEvent* current = nullptr;
    for (const QString& l : logical) {
        if (l == QLatin1String("BEGIN:VEVENT")) {
            events.append(ParsedEvent{});
            current = &events.last();
        } else if (l == QLatin1String("END:VEVENT")) {
            current = nullptr;
        } else if (current) {
            const qsizetype colon = l.indexOf(QLatin1Char(':'));
            current->fields.insert(l.left(colon), l.mid(colon + 1));
        }
    }
    return events;
}

QString unescape(QString s)
{
    s.replace(QLatin1String("\\n"), QLatin1String("\n"));
    s.replace(QLatin1String("\\,"), QLatin1String(","));
    s.replace(QLatin1String("\\;"), QLatin1String(";"));
    s.replace(QLatin1String("\\\\"), QLatin1String("\\"));
    return s;
}

const ParsedEvent* find(const QList<ParsedEvent>& events, const QString& uidPrefix)
{
    for (const ParsedEvent& e : events) {
        if (e.fields.value(QStringLiteral("UID")).startsWith(uidPrefix))
            return &e;
    }
    return nullptr;
}

} // namespace

class TestCalendarService : public QObject
{
    Q_OBJECT

    TestDatabase m_fixture;
    std::unique_ptr<Database> m_db;
    Session m_admin;
    const QDate m_today{2021, 3, 9};

private slots:
    void init()
    {
        LP_FRESH_DATABASE(m_fixture, location);
        m_db = std::move(Database::open(location)).value();
        m_admin = AccountService(*m_db, PasswordHasher::Strength::Minimal)
                      .createFirstAdmin({0, QStringLiteral("4412345"), QStringLiteral("Contoso Learning"),
                                         QStringLiteral("IT"), QDate(2019, 5, 1)},
                                        QStringLiteral("giulia"), QStringLiteral("a long passphrase"))
                      .value();
        const qint64 pid = m_admin.partnerId();
        QVERIFY(PartnerService(*m_db)
                    .addMembership(
                        m_admin, pid,
                        {0, MembershipType::ActionPack, {}, true, QDate(2020, 5, 1), QDate(2021, 4, 30)})
                    .ok());
        QVERIFY(PeopleService(*m_db)
                    .addTrainer(
                        m_admin, pid,
                        {0, QStringLiteral("Giulia Rossi"), QStringLiteral("MCT-1"), {}, QDate(2021, 12, 31)})
                    .ok());
        QVERIFY(ListingService(*m_db)
                    .submit(m_admin, pid,
                            {QStringLiteral("Contoso, Learning; S.r.l."), QStringLiteral("IT"),
                             QStringLiteral("https://contoso.example/microsoft"), true, true, true},
                            m_today)
                    ->request);
    }
    void cleanup() { m_db.reset(); }

    void icsParsesBackWithTheRightDates()
    {
        auto ics = CalendarService(*m_db).exportIcs(m_admin, m_admin.partnerId(), m_today,
                                                    QDateTime(m_today, QTime(9, 0), Qt::UTC));
        QVERIFY(ics.ok());
        QString problem;
        const QList<ParsedEvent> events = parse(ics.value(), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // anniversary + 2 reminders + 12 reports + batch + visible + AP expiry + AP window + MCT
        QCOMPARE(events.size(), 3 + 12 + 2 + 2 + 1);

        const ParsedEvent* anniversary = find(events, QStringLiteral("anniversary-"));
        QVERIFY(anniversary);
        QCOMPARE(anniversary->fields.value(QStringLiteral("DTSTART;VALUE=DATE")), QStringLiteral("20210501"));
        QCOMPARE(anniversary->fields.value(QStringLiteral("DTEND;VALUE=DATE")), QStringLiteral("20210502"));
        QCOMPARE(anniversary->fields.value(QStringLiteral("RRULE")), QStringLiteral("FREQ=YEARLY"));
        QCOMPARE(find(events, QStringLiteral("renewal-before-"))
                     ->fields.value(QStringLiteral("DTSTART;VALUE=DATE")),
                 QStringLiteral("20210416"));
        QCOMPARE(find(events, QStringLiteral("renewal-after-"))
                     ->fields.value(QStringLiteral("DTSTART;VALUE=DATE")),
                 QStringLiteral("20210524"));
        QCOMPARE(find(events, QStringLiteral("report-"))->fields.value(QStringLiteral("DTSTART;VALUE=DATE")),
                 QStringLiteral("20210315"));
        const ParsedEvent* batch = find(events, QStringLiteral("listing-batch-"));
        QCOMPARE(batch->fields.value(QStringLiteral("DTSTART;VALUE=DATE")), QStringLiteral("20210315"));
        QCOMPARE(batch->fields.value(QStringLiteral("DTEND;VALUE=DATE")), QStringLiteral("20210322"));
        QVERIFY(unescape(batch->fields.value(QStringLiteral("DESCRIPTION")))
                    .contains(QLatin1String("Contoso, Learning; S.r.l.")));
        QVERIFY(batch->fields.value(QStringLiteral("DESCRIPTION"))
                    .contains(QLatin1String("Contoso\\, Learning\\; S.r.l.")));
        QCOMPARE(find(events, QStringLiteral("listing-visible-"))
                     ->fields.value(QStringLiteral("DTSTART;VALUE=DATE")),
                 QStringLiteral("20210407"));
        QCOMPARE(find(events, QStringLiteral("actionpack-expiry-"))
                     ->fields.value(QStringLiteral("DTSTART;VALUE=DATE")),
                 QStringLiteral("20210430"));
        const ParsedEvent* window = find(events, QStringLiteral("actionpack-renewal-"));
        QCOMPARE(window->fields.value(QStringLiteral("DTSTART;VALUE=DATE")), QStringLiteral("20210501"));
        QCOMPARE(window->fields.value(QStringLiteral("DTEND;VALUE=DATE")), QStringLiteral("20210531"));
        QCOMPARE(find(events, QStringLiteral("mct-"))->fields.value(QStringLiteral("DTSTART;VALUE=DATE")),
                 QStringLiteral("20211231"));
        for (const ParsedEvent& e : events) {
            QVERIFY(e.fields.contains(QStringLiteral("DTSTAMP")));
            QVERIFY(!e.fields.value(QStringLiteral("SUMMARY")).isEmpty());
        }
    }

    void longLinesFoldWithoutSplittingCharacters()
    {
        const QString summary = QString(120, QChar(0x00E8)); // "è", two octets each
        const QByteArray ics = ICalendar::write({{QStringLiteral("x@y"), QDate(2021, 1, 1), {}, summary, {}}},
                                                QDateTime(), QStringLiteral("T"));
        QString problem;
        const QList<ParsedEvent> events = parse(ics, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(events.first().fields.value(QStringLiteral("SUMMARY")), summary);
        QCOMPARE(ICalendar::escape(QStringLiteral("a,b;c\\d\ne")), QStringLiteral("a\\,b\\;c\\\\d\\ne"));
    }

    void otherPartnersAreRefused()
    {
        QCOMPARE(CalendarService(*m_db)
                     .exportIcs(m_admin, m_admin.partnerId() + 1, m_today, QDateTime::currentDateTimeUtc())
                     .error()
                     .code,
                 QStringLiteral("PERMISSION_DENIED"));
    }
};

QTEST_GUILESS_MAIN(TestCalendarService)
#include "tst_calendarservice.moc"
