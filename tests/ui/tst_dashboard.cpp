// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// The KPI dashboard, driven as a user drives it on a fixed day: the report dates, the
// anniversary and its reminders, the chart month by month, the progress toward silver and
// gold and the what-if all show DashboardService's figures (the engine's); Italian at run
// time; frontline support reading the partner opened in Partners.
#include "domain/displayformat.h"
#include "guitest.h"
#include "i18n/translations.h"
#include "kpi/dashboardworkspace.h"
#include "services/dashboardservice.h"
#include "services/peopleservice.h"
#include "storage/database.h"
#include "storage/purchaserepository.h"
#include "testaccounts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace lp;

namespace {

const QDate kToday(2026, 11, 20); // FY2027; latest report 15 November 2026: window Nov 2025 - Oct 2026
const QString DA = QStringLiteral("Data Analytics");
const QString CP = QStringLiteral("Cloud Platform");

template <typename T> T* child(QWidget& w, const char* name)
{
    T* c = w.findChild<T*>(QLatin1String(name));
    if (!c)
        qWarning("no child %s", name);
    return c;
}

QString text(QWidget& w, const char* name)
{
    return child<QLabel>(w, name)->text();
}

// The workspace's own way of saying a number and a date, in the current locale.
QString number(double v)
{
    return QLocale().toString(v, 'g', 12);
}
QString longDate(const QDate& d)
{
    return QLocale().toString(d, QStringLiteral("d MMMM yyyy"));
}

// "actual / required ✔" of one requirement, as the progress table shows it.
QString figure(const Decision& d, RequirementCode code)
{
    const RequirementResult* r = d.requirement(code);
    if (!r)
        return QStringLiteral("\u2014");
    if (!r->actual || !r->required)
        return {};
    return QStringLiteral("%1 / %2").arg(number(*r->actual), number(*r->required)) +
           (r->met ? QStringLiteral(" \u2714") : QStringLiteral(" \u2718"));
}

QStringList row(QTableWidget* t, int r)
{
    QStringList cells;
    for (int c = 0; c < t->columnCount(); ++c)
        cells << (t->item(r, c) ? t->item(r, c)->text() : QString());
    return cells;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    TestAccounts m_accounts;
    qint64 m_pid = 0;

    void purchase(const QString& invoice, int line, DocumentType type, const QDate& date, double kpi,
                  const QString& competency)
    {
        Purchase p;
        p.invoice = invoice;
        p.line = line;
        p.documentType = type;
        p.invoiceDate = date;
        p.omlpType = QStringLiteral("MOC On-Demand");
        p.units = 1;
        p.kpiValue = kpi;
        p.revenueCents = 10000;
        p.competency = competency;
        QVERIFY(PurchaseRepository(*m_db).insert(m_pid, p));
    }

    Dashboard expected(const Session& session) const
    {
        auto d = DashboardService(*m_db).dashboard(session, m_pid, kToday);
        if (!d)
            qWarning("dashboard: %s", qPrintable(d.error().code));
        return d ? d.value() : Dashboard{};
    }

    // The facts, the chart and the progress table show `d`, in the current language.
    void checkFigures(DashboardWorkspace& w, const Dashboard& d)
    {
        QVERIFY(!child<QLabel>(w, "latestReport")->text().isEmpty());
        // The set with its short hash and provenance (docs/rules-admin.md).
        QCOMPARE(text(w, "ruleSet"), d.ruleSet + QStringLiteral(" · ") + d.ruleSetSha256.left(12) +
                                         QStringLiteral(" · ") +
                                         QCoreApplication::translate("lp::RuleSetBanner", "illustrative"));
        QCOMPARE(text(w, "latestReport"),
                 DashboardWorkspace::tr("%1, covering %2 to %3")
                     .arg(longDate(d.latestReport), longDate(d.window.from), longDate(d.window.to)));
        QCOMPARE(text(w, "nextReport"), longDate(d.nextReport));
        QCOMPARE(text(w, "anniversary"),
                 DashboardWorkspace::tr("%1, in %n day(s)", nullptr, d.daysToAnniversary)
                     .arg(longDate(d.nextAnniversary)));
        QCOMPARE(text(w, "reminders"), DashboardWorkspace::tr("%1 (15 days before) and %2 (23 days after)")
                                           .arg(longDate(d.reminderBefore), longDate(d.reminderAfter)));
        QCOMPARE(text(w, "totals"), DashboardWorkspace::tr("%1 counted, %2 pending, %3 not counted")
                                        .arg(number(d.counted), number(d.pending), number(d.excluded)));

        // One stacked series, three sets, one bar per month with the service's sums.
        QChart* chart = w.chart();
        QCOMPARE(chart->series().size(), 1);
        auto* series = qobject_cast<QStackedBarSeries*>(chart->series().first());
        QVERIFY(series);
        const QList<QBarSet*> sets = series->barSets();
        QCOMPARE(sets.size(), 3);
        QCOMPARE(sets[0]->label(), DashboardWorkspace::tr("Counted"));
        QCOMPARE(sets[1]->label(), DashboardWorkspace::tr("Pending"));
        QCOMPARE(sets[2]->label(), DashboardWorkspace::tr("Not counted"));
        for (QBarSet* s : sets)
            QCOMPARE(s->count(), int(d.months.size()));
        for (int i = 0; i < d.months.size(); ++i) {
            QCOMPARE(sets[0]->at(i), d.months[i].counted);
            QCOMPARE(sets[1]->at(i), d.months[i].pending);
            QCOMPARE(sets[2]->at(i), d.months[i].excluded);
        }
        QCOMPARE(chart->axes(Qt::Horizontal).size(), 1);
        QCOMPARE(chart->axes(Qt::Vertical).size(), 1);
        auto* months = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Horizontal).first());
        QVERIFY(months);
        QCOMPARE(months->count(), int(d.months.size()));
        QCOMPARE(months->categories().first(),
                 QLocale().toString(d.months.first().month, QStringLiteral("MMM yy")));
        // The KPI axis reaches the tallest bar, with a whole number of KPIs between its ticks.
        auto* kpis = qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).first());
        QVERIFY(kpis);
        double tallest = 0;
        for (const MonthKpis& m : d.months)
            tallest = std::max(tallest, m.counted + m.pending + m.excluded);
        QVERIFY(kpis->max() >= tallest);
        const double between = kpis->max() / (kpis->tickCount() - 1);
        QVERIFY2(between >= 1 && between == std::floor(between), qPrintable(QString::number(between)));

        // One row per decision, with the engine's actual and required.
        auto* progress = child<QTableWidget>(w, "progress");
        QCOMPARE(progress->rowCount(), int(d.progress.size()));
        for (int i = 0; i < d.progress.size(); ++i) {
            const Decision& p = d.progress[i];
            const QStringList cells = row(progress, i);
            QCOMPARE(cells[0], p.competency);
            QCOMPARE(cells[1], p.path == Path::Gold ? DashboardWorkspace::tr("Gold")
                                                    : DashboardWorkspace::tr("Silver"));
            QCOMPARE(cells[2], figure(p, RequirementCode::MinActiveMct));
            QVERIFY2(cells[3].startsWith(figure(p, RequirementCode::MinExams)), qPrintable(cells[3]));
            QCOMPARE(cells[4], figure(p, RequirementCode::MinKpi));
            if (p.eligible)
                QCOMPARE(cells[5], DashboardWorkspace::tr("Met"));
            else
                QVERIFY2(cells[5].startsWith(DashboardWorkspace::tr("Missing: %1").arg(QString())),
                         qPrintable(cells[5]));
        }
    }

    // The what-if tables show what DashboardService::whatIf says of `purchases`.
    void checkWhatIf(DashboardWorkspace& w, const Session& session,
                     const QList<HypotheticalPurchase>& purchases)
    {
        auto* table = child<QTableWidget>(w, "whatIfPurchases");
        auto* outcomes = child<QTableWidget>(w, "whatIfOutcomes");
        QCOMPARE(w.hypotheticals().size(), purchases.size());
        QCOMPARE(table->rowCount(), int(purchases.size()));
        if (purchases.isEmpty()) {
            QCOMPARE(outcomes->rowCount(), 0);
            return;
        }
        auto result = DashboardService(*m_db).whatIf(session, m_pid, purchases, kToday);
        QVERIFY(result);
        const WhatIf& wi = result.value();
        for (int i = 0; i < purchases.size(); ++i) {
            const QStringList cells = row(table, i);
            QCOMPARE(w.hypotheticals()[i].date, purchases[i].date);
            QCOMPARE(w.hypotheticals()[i].kpiValue, purchases[i].kpiValue);
            QCOMPARE(w.hypotheticals()[i].competency, purchases[i].competency);
            QCOMPARE(cells[0], display::shortDate(purchases[i].date));
            QCOMPARE(cells[1], number(purchases[i].kpiValue));
            QCOMPARE(cells[2], purchases[i].competency);
            const QDate visible = wi.visibleOn[i];
            QCOMPARE(cells[3], visible <= wi.decisionDate
                                   ? DashboardWorkspace::tr("in the report of %1").arg(longDate(visible))
                                   : DashboardWorkspace::tr("in the report of %1, after the anniversary")
                                         .arg(longDate(visible)));
        }
        QCOMPARE(outcomes->rowCount(), int(wi.outcomes.size()));
        auto yesNo = [](bool met) {
            return met ? DashboardWorkspace::tr("met") : DashboardWorkspace::tr("not met");
        };
        for (int i = 0; i < wi.outcomes.size(); ++i) {
            const WhatIfOutcome& o = wi.outcomes[i];
            const QStringList cells = row(outcomes, i);
            const QString tier =
                o.path == Path::Gold ? DashboardWorkspace::tr("Gold") : DashboardWorkspace::tr("Silver");
            QCOMPARE(cells[0], o.competency + QStringLiteral(" \u2014 ") + tier);
            QCOMPARE(cells[1], yesNo(o.eligibleToday));
            QCOMPARE(cells[2], yesNo(o.eligibleWithout));
            QCOMPARE(cells[3], yesNo(o.eligibleWith));
            const QString change = !o.changes()     ? DashboardWorkspace::tr("no change")
                                   : o.eligibleWith ? DashboardWorkspace::tr("now met")
                                                    : DashboardWorkspace::tr("no longer met");
            QCOMPARE(cells[4],
                     DashboardWorkspace::tr("KPIs %1 \u2192 %2 of %3: %4")
                         .arg(number(o.kpiWithout), number(o.kpiWith), number(o.kpiRequired), change));
        }
        QCOMPARE(outcomes->horizontalHeaderItem(2)->text(),
                 DashboardWorkspace::tr("On %1 without").arg(longDate(wi.decisionDate)));
    }

    void addWhatIf(DashboardWorkspace& w, const QDate& date, double kpi, const QString& competency)
    {
        child<QDateEdit>(w, "whatIfDate")->setDate(date);
        child<QDoubleSpinBox>(w, "whatIfKpi")->setValue(kpi);
        auto* combo = child<QComboBox>(w, "whatIfCompetency");
        combo->setCurrentIndex(combo->findText(competency));
        QCOMPARE(combo->currentText(), competency);
        QTest::mouseClick(child<QPushButton>(w, "whatIfAdd"), Qt::LeftButton);
    }

    void removeWhatIf(DashboardWorkspace& w, int index)
    {
        auto* table = child<QTableWidget>(w, "whatIfPurchases");
        auto* remove = child<QPushButton>(w, "whatIfRemove");
        table->scrollToItem(table->item(index, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualItemRect(table->item(index, 0)).center());
        QCOMPARE(table->currentRow(), index);
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
    }

private slots:
    void cleanup()
    {
        if (Translations::current() != QLatin1String("en"))
            Translations::install(QStringLiteral("en")); // a failed check does not leave Italian to the next
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(QStringLiteral("en"));
        m_db = std::move(Database::open(m_dir.filePath(QStringLiteral("dashboard.sqlite")))).value();
        m_accounts = TestAccounts::create(*m_db, QDate(2021, 3, 1)); // next anniversary 1 March 2027
        m_pid = m_accounts.admin.partnerId();
        PeopleService people(*m_db);
        const QString anna = QStringLiteral("Anna Bianchi");
        QVERIFY(people.addTrainer(m_accounts.admin, m_pid,
                                  {0, anna, QStringLiteral("MCT-1"), {}, QDate(2027, 12, 31)}));
        for (const char* exam : {"DP-500", "PL-300"})
            QVERIFY(people.addExamPass(m_accounts.admin, m_pid,
                                       {0, anna, QLatin1String(exam), QDate(2026, 1, 10), DA}, kToday));
        purchase(QStringLiteral("OLD-1"), 1, DocumentType::Invoice, QDate(2025, 6, 15), 4,
                 DA); // before the window
        purchase(QStringLiteral("INV-1"), 1, DocumentType::Invoice, QDate(2025, 11, 3), 1,
                 DA); // counted, first month
        purchase(QStringLiteral("INV-2"), 1, DocumentType::Invoice, QDate(2026, 1, 10), 2, DA);   // counted
        purchase(QStringLiteral("INV-2"), 2, DocumentType::Invoice, QDate(2026, 1, 10), 2, DA);   // counted
        purchase(QStringLiteral("INV-3"), 1, DocumentType::Invoice, QDate(2026, 3, 20), 1.5, CP); // counted
        purchase(QStringLiteral("OC-1"), 1, DocumentType::OrderConfirmation, QDate(2026, 6, 1), 1,
                 DA); // not an invoice
        purchase(QStringLiteral("INV-4"), 1, DocumentType::Invoice, QDate(2026, 10, 25), 0.5,
                 QString()); // counted, last month
        purchase(QStringLiteral("INV-5"), 1, DocumentType::Invoice, QDate(2026, 11, 5), 3,
                 DA); // pending: 15 December
        purchase(QStringLiteral("PR-1"), 1, DocumentType::PartnerReport, QDate(2026, 11, 10), 2,
                 DA); // not an invoice
        purchase(QStringLiteral("INV-6"), 1, DocumentType::Invoice, QDate(2026, 12, 1), 9, CP); // after today
    }

    void showsTheServicesFigures()
    {
        AppContext context{*m_db, m_accounts.admin};
        DashboardWorkspace w(context);
        w.setToday(kToday);
        w.resize(1200, 900);
        w.show();
        w.refresh();
        QVERIFY(!child<QLabel>(w, "latestReport")->text().isEmpty());
        const Dashboard d = expected(m_accounts.admin);
        QCOMPARE(d.months.size(), 13);
        checkFigures(w, d);

        // A few figures in words, whatever the service says.
        QVERIFY(text(w, "ruleSet").startsWith(QStringLiteral("FY2027 · ")));
        QCOMPARE(text(w, "latestReport"),
                 QStringLiteral("15 November 2026, covering 1 November 2025 to 31 October 2026"));
        QCOMPARE(text(w, "nextReport"), QStringLiteral("15 December 2026"));
        QCOMPARE(text(w, "anniversary"), QStringLiteral("1 March 2027, in 101 days"));
        QCOMPARE(text(w, "reminders"),
                 QStringLiteral("14 February 2027 (15 days before) and 24 March 2027 (23 days after)"));
        // Counted 1 + 2 + 2 + 1.5 + 0.5; pending the November invoice; not counted the invoice
        // before the window, the order confirmation and the partner report; December is not yet.
        QCOMPARE(text(w, "totals"), QStringLiteral("7 counted, 3 pending, 7 not counted"));
        QChart* chart = w.chart();
        auto* series = qobject_cast<QStackedBarSeries*>(chart->series().first());
        QCOMPARE(series->barSets()[0]->at(2), 4.0);  // January 2026
        QCOMPARE(series->barSets()[2]->at(7), 1.0);  // June 2026: the order confirmation
        QCOMPARE(series->barSets()[1]->at(12), 3.0); // November 2026: pending
        QCOMPARE(series->barSets()[2]->at(12), 2.0); // and the partner report

        // Five competencies with a Learning option, silver and gold; Data Analytics silver with
        // its one trainer and two exams.
        auto* progress = child<QTableWidget>(w, "progress");
        QCOMPARE(progress->rowCount(), 10);
        int daSilver = -1;
        for (int r = 0; r < progress->rowCount(); ++r) {
            if (progress->item(r, 0)->text() == DA && progress->item(r, 1)->text() == QLatin1String("Silver"))
                daSilver = r;
        }
        QVERIFY(daSilver >= 0);
        QCOMPARE(progress->item(daSilver, 2)->text(), QStringLiteral("1 / 1 \u2714"));
        QVERIFY(progress->item(daSilver, 3)->text().startsWith(QStringLiteral("2 / 2 \u2714")));
        QVERIFY(progress->item(daSilver, 4)->text().startsWith(QLatin1String("5 / ")));

        // A second refresh replaces the chart's series and axes, it does not add to them.
        w.refresh();
        checkFigures(w, d);
    }

    void whatIfAddsAndRemoves()
    {
        const Session& session = m_accounts.admin;
        AppContext context{*m_db, session};
        DashboardWorkspace w(context);
        w.setToday(kToday);
        w.resize(1200, 900);
        w.show();
        w.refresh();
        const Dashboard d = expected(session);

        // The competencies offered are those with a Learning option, as in the progress table.
        auto* combo = child<QComboBox>(w, "whatIfCompetency");
        QStringList competencies;
        for (const Decision& p : d.progress) {
            if (!competencies.contains(p.competency))
                competencies << p.competency;
        }
        QCOMPARE(combo->count(), int(competencies.size()));
        for (int i = 0; i < combo->count(); ++i)
            QCOMPARE(combo->itemText(i), competencies[i]);

        // A purchase cannot be dated before the window of the latest report.
        auto* date = child<QDateEdit>(w, "whatIfDate");
        QCOMPARE(date->minimumDate(), d.window.from);
        QCOMPARE(date->minimumDate(), QDate(2025, 11, 1));
        date->setDate(QDate(2024, 1, 1));
        QCOMPARE(date->date(), QDate(2025, 11, 1));
        auto* remove = child<QPushButton>(w, "whatIfRemove");
        QVERIFY(!remove->isEnabled());
        QCOMPARE(child<QTableWidget>(w, "whatIfOutcomes")->rowCount(), 0);

        // December: in the report of 15 January, before the anniversary; silver in Data
        // Analytics becomes met on the day before it.
        QList<HypotheticalPurchase> purchases{{QDate(2026, 12, 5), 50, DA}};
        addWhatIf(w, purchases[0].date, purchases[0].kpiValue, purchases[0].competency);
        checkWhatIf(w, session, purchases);
        auto* table = child<QTableWidget>(w, "whatIfPurchases");
        auto* outcomes = child<QTableWidget>(w, "whatIfOutcomes");
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("in the report of 15 January 2027"));
        QCOMPARE(outcomes->rowCount(), 2);
        QCOMPARE(outcomes->item(0, 0)->text(), QStringLiteral("Data Analytics \u2014 Silver"));
        QVERIFY2(outcomes->item(0, 4)->text().endsWith(QLatin1String(": now met")),
                 qPrintable(outcomes->item(0, 4)->text()));
        QCOMPARE(outcomes->item(0, 3)->text(), QStringLiteral("met"));
        QCOMPARE(outcomes->horizontalHeaderItem(3)->text(), QStringLiteral("On 28 February 2027 with"));

        // February: in the report of 15 March, after the anniversary: too late to count.
        purchases.append({QDate(2027, 2, 10), 20, DA});
        addWhatIf(w, purchases[1].date, purchases[1].kpiValue, purchases[1].competency);
        checkWhatIf(w, session, purchases);
        QCOMPARE(table->item(1, 3)->text(),
                 QStringLiteral("in the report of 15 March 2027, after the anniversary"));

        // Another competency adds its two tiers.
        purchases.append({QDate(2027, 1, 20), 2.5, CP});
        addWhatIf(w, purchases[2].date, purchases[2].kpiValue, purchases[2].competency);
        checkWhatIf(w, session, purchases);
        QCOMPARE(outcomes->rowCount(), 4);

        // Remove the December purchase: silver in Data Analytics no longer changes.
        removeWhatIf(w, 0);
        purchases.removeAt(0);
        checkWhatIf(w, session, purchases);
        QVERIFY2(outcomes->item(0, 4)->text().endsWith(QLatin1String(": no change")),
                 qPrintable(outcomes->item(0, 4)->text()));
        removeWhatIf(w, 1);
        purchases.removeAt(1);
        checkWhatIf(w, session, purchases);
        removeWhatIf(w, 0);
        purchases.clear();
        checkWhatIf(w, session, purchases);
        QVERIFY(!remove->isEnabled());
        // The facts are untouched by the what-if.
        checkFigures(w, d);
    }

    void retranslatesToItalianAndBack()
    {
        AppContext context{*m_db, m_accounts.admin};
        DashboardWorkspace w(context);
        w.setToday(kToday);
        w.show();
        w.refresh();
        addWhatIf(w, QDate(2026, 12, 5), 50, DA);
        auto* facts = child<QLabel>(w, "latestReport")->parentWidget();
        auto* box = qobject_cast<QGroupBox*>(facts);
        QVERIFY(box);
        QCOMPARE(box->title(), QStringLiteral("Reports and anniversary"));

        Translations::install(QStringLiteral("it"));
        QTRY_COMPARE(box->title(), QStringLiteral("Report e data di anniversario"));
        QCOMPARE(text(w, "latestReport"),
                 QStringLiteral("15 novembre 2026, copre dal 1 novembre 2025 al 31 ottobre 2026"));
        QCOMPARE(text(w, "anniversary"), QStringLiteral("1 marzo 2027, tra 101 giorni"));
        QCOMPARE(text(w, "totals"), QStringLiteral("7 conteggiati, 3 in attesa, 7 non conteggiati"));
        checkFigures(w, expected(m_accounts.admin));
        checkWhatIf(w, m_accounts.admin, {{QDate(2026, 12, 5), 50, DA}});
        QCOMPARE(child<QTableWidget>(w, "whatIfPurchases")->item(0, 3)->text(),
                 QStringLiteral("nel report del 15 gennaio 2027"));
        QCOMPARE(child<QPushButton>(w, "whatIfAdd")->text(), QStringLiteral("&Aggiungi"));
        // The engine's explanations (the progress tooltips) speak the new language too.
        auto* progress = child<QTableWidget>(w, "progress");
        const QString italianTip = progress->item(0, 0)->toolTip();
        QVERIFY(!italianTip.isEmpty());
        QVERIFY2(!italianTip.contains(QLatin1String("Rule set")), qPrintable(italianTip));

        Translations::install(QStringLiteral("en"));
        QTRY_COMPARE(box->title(), QStringLiteral("Reports and anniversary"));
        QCOMPARE(text(w, "anniversary"), QStringLiteral("1 March 2027, in 101 days"));
        checkFigures(w, expected(m_accounts.admin));
        checkWhatIf(w, m_accounts.admin, {{QDate(2026, 12, 5), 50, DA}});
        const QString englishTip = progress->item(0, 0)->toolTip();
        QVERIFY2(englishTip.startsWith(QLatin1String("Rule set FY2027:")), qPrintable(englishTip));
    }

    void supportReadsTheOpenedPartner()
    {
        AppContext context{*m_db, m_accounts.support};
        DashboardWorkspace w(context);
        w.setToday(kToday);
        w.show();
        w.refresh();
        // No partner yet: says where to open one, and shows nothing.
        QLabel* problem = nullptr;
        for (QLabel* l : w.findChildren<QLabel*>()) {
            if (l->isVisible() && l->text() == QLatin1String("Open a partner in Partners to see its KPIs."))
                problem = l;
        }
        QVERIFY(problem);
        QVERIFY(text(w, "latestReport").isEmpty());
        auto* box = qobject_cast<QGroupBox*>(child<QLabel>(w, "latestReport")->parentWidget());
        Translations::install(QStringLiteral("it"));
        QTRY_COMPARE(box->title(), QStringLiteral("Report e data di anniversario"));
        QCOMPARE(problem->text(),
                 QStringLiteral("Aprire un partner in Partner per vederne gli indicatori KPI."));
        Translations::install(QStringLiteral("en"));
        QTRY_COMPARE(box->title(), QStringLiteral("Reports and anniversary"));
        QCOMPARE(problem->text(), QStringLiteral("Open a partner in Partners to see its KPIs."));
        QVERIFY(problem->isVisible());
        QCOMPARE(child<QTableWidget>(w, "progress")->rowCount(), 0);

        // The partner opened in Partners: the same figures as its own admin sees.
        w.setPartner(m_pid);
        QVERIFY(!problem->isVisible());
        const Dashboard d = expected(m_accounts.support);
        checkFigures(w, d);
        checkFigures(w, expected(m_accounts.admin));
        QCOMPARE(text(w, "latestReport"),
                 QStringLiteral("15 November 2026, covering 1 November 2025 to 31 October 2026"));
        QCOMPARE(text(w, "totals"), QStringLiteral("7 counted, 3 pending, 7 not counted"));
        addWhatIf(w, QDate(2026, 12, 5), 50, DA);
        checkWhatIf(w, m_accounts.support, {{QDate(2026, 12, 5), 50, DA}});

        // Opening it again while hidden forgets the what-if and reads on the next refresh.
        w.hide();
        w.setPartner(m_pid);
        QVERIFY(w.hypotheticals().isEmpty());
        w.show();
        w.refresh();
        checkFigures(w, d);
        checkWhatIf(w, m_accounts.support, {});
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
