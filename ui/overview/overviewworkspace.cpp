// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "overviewworkspace.h"

#include "countrynames.h"
#include "displaynames.h"
#include "domain/displayformat.h"
#include "domain/messages.h"
#include "gettingstartedpanel.h"
#include "membershipdialog.h"
#include "profiledialog.h"
#include "security/authorizer.h"
#include "security/session.h"
#include "services/calendarservice.h"
#include "services/enrollmentservice.h"
#include "services/peopleservice.h"
#include "widgets/formhelpers.h"
#include "widgets/statecolors.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lp {

namespace {

QLabel* valueLabel(QWidget* parent, const char* name)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return l;
}

} // namespace

OverviewWorkspace::OverviewWorkspace(AppContext& context, QWidget* parent)
    : Workspace(context, parent), m_partnerId(context.session.partnerId())
{
    m_heading = form::workspaceHeading(this);
    m_heading->setObjectName(QStringLiteral("overviewHeading"));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    ui::setStateText(m_error, ui::State::Short);
    m_error->hide();
    // The first steps with a new desk, until they are done or dismissed.
    m_gettingStarted = new GettingStartedPanel(context, this);
    connect(m_gettingStarted, &GettingStartedPanel::workspaceRequested, this, &Workspace::workspaceRequested);

    m_profileBox = new QGroupBox(this);
    m_profile = new QFormLayout(m_profileBox);
    for (const char* name : {"mpnId", "partnerName", "country", "anniversary"})
        m_profile->addRow(new QLabel(m_profileBox), valueLabel(m_profileBox, name));
    const bool editable = Authorizer::allows(context.session.role(), Permission::ManageProfile);
    m_editProfile = new QPushButton(m_profileBox);
    m_editProfile->setObjectName(QStringLiteral("editProfile"));
    m_editProfile->setVisible(editable);
    auto* editRow = new QHBoxLayout;
    editRow->addWidget(m_editProfile);
    editRow->addStretch(1);
    m_profile->addRow(QString(), editRow);
    connect(m_editProfile, &QPushButton::clicked, this, &OverviewWorkspace::editProfile);

    m_membershipBox = new QGroupBox(this);
    m_memberships = new QTableWidget(0, 5, m_membershipBox);
    m_memberships->setObjectName(QStringLiteral("memberships"));
    m_memberships->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_memberships->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_memberships->verticalHeader()->hide();
    m_memberships->setTabKeyNavigation(false);
    form::fitColumnsToContents(m_memberships->horizontalHeader());
    m_addMembership = new QPushButton(m_membershipBox);
    m_addMembership->setObjectName(QStringLiteral("addMembership"));
    m_removeMembership = new QPushButton(m_membershipBox);
    m_removeMembership->setObjectName(QStringLiteral("removeMembership"));
    m_addMembership->setVisible(editable);
    m_removeMembership->setVisible(editable);
    auto* membershipButtons = new QHBoxLayout;
    membershipButtons->addWidget(m_addMembership);
    membershipButtons->addWidget(m_removeMembership);
    membershipButtons->addStretch(1);
    auto* membershipLayout = new QVBoxLayout(m_membershipBox);
    membershipLayout->addWidget(m_memberships);
    // Enrollments submitted and not yet memberships: the partner sees at once that Submit was taken.
    m_submitted = valueLabel(m_membershipBox, "submittedEnrollments");
    m_submitted->setWordWrap(true);
    ui::setStateText(m_submitted, ui::State::Pending);
    m_submitted->hide();
    membershipLayout->addWidget(m_submitted);
    membershipLayout->addLayout(membershipButtons);
    connect(m_addMembership, &QPushButton::clicked, this, &OverviewWorkspace::addMembership);
    connect(m_removeMembership, &QPushButton::clicked, this, &OverviewWorkspace::removeMembership);
    m_removeMembership->setEnabled(false);
    connect(m_memberships, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removeMembership->setEnabled(!m_memberships->selectedItems().isEmpty()); });

    m_renewalBox = new QGroupBox(this);
    m_renewals = valueLabel(m_renewalBox, "renewals");
    m_renewals->setWordWrap(true);
    m_exportCalendar = new QPushButton(m_renewalBox);
    m_exportCalendar->setObjectName(QStringLiteral("exportCalendar"));
    auto* renewalLayout = new QHBoxLayout(m_renewalBox);
    renewalLayout->addWidget(m_renewals, 1);
    renewalLayout->addWidget(m_exportCalendar, 0, Qt::AlignTop);
    connect(m_exportCalendar, &QPushButton::clicked, this, &OverviewWorkspace::exportCalendar);

    m_evidenceBox = new QGroupBox(this);
    m_evidence = new QFormLayout(m_evidenceBox);
    for (const char* name : {"trainers", "examPasses", "purchases"})
        m_evidence->addRow(new QLabel(m_evidenceBox), valueLabel(m_evidenceBox, name));
    m_expiring = valueLabel(m_evidenceBox, "expiringTrainers");
    ui::setStateText(m_expiring, ui::State::Pending);
    m_evidence->addRow(QString(), m_expiring);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_error);
    layout->addWidget(m_gettingStarted);
    layout->addWidget(m_profileBox);
    layout->addWidget(m_membershipBox, 1);
    layout->addWidget(m_renewalBox);
    layout->addWidget(m_evidenceBox);
    setMainControl(m_memberships);
    retranslateUi();
}

void OverviewWorkspace::setPartner(qint64 partnerId)
{
    m_partnerId = partnerId;
    refresh();
}

void OverviewWorkspace::refresh()
{
    m_gettingStarted->refresh();
    m_overview.reset();
    if (m_partnerId > 0) {
        auto o = PartnerService(m_context.db).overview(m_context.session, m_partnerId, QDate::currentDate());
        if (o) {
            m_overview = o.value();
            m_error->hide();
        } else {
            m_error->setText(Messages::text(o.error()));
            m_error->show();
        }
    }
    fill();
}

void OverviewWorkspace::retranslateUi()
{
    m_profileBox->setTitle(tr("Partner profile"));
    m_membershipBox->setTitle(tr("Memberships"));
    m_evidenceBox->setTitle(tr("Requirements evidence on record"));
    const QStringList profileLabels{tr("MPN ID:"), tr("Name:"), tr("Country:"), tr("Anniversary date:")};
    for (int i = 0; i < profileLabels.size(); ++i)
        qobject_cast<QLabel*>(m_profile->itemAt(i, QFormLayout::LabelRole)->widget())
            ->setText(profileLabels[i]);
    const QStringList evidenceLabels{tr("Microsoft Certified Trainers:"), tr("Exam passes:"),
                                     tr("Courseware Marketplace purchases:")};
    for (int i = 0; i < evidenceLabels.size(); ++i)
        qobject_cast<QLabel*>(m_evidence->itemAt(i, QFormLayout::LabelRole)->widget())
            ->setText(evidenceLabels[i]);
    m_memberships->setHorizontalHeaderLabels(
        {tr("Membership"), tr("Competency"), tr("Learning"), tr("Valid from"), tr("Valid until")});
    m_memberships->setAccessibleName(tr("Memberships"));
    m_editProfile->setText(tr("&Edit profile..."));
    m_renewalBox->setTitle(tr("Renewals and dates"));
    m_exportCalendar->setText(tr("Export &calendar..."));
    m_addMembership->setText(tr("&Add membership..."));
    m_removeMembership->setText(tr("&Remove membership"));
    fill();
}

void OverviewWorkspace::fill()
{
    auto value = [](QFormLayout* form, int row) {
        return qobject_cast<QLabel*>(form->itemAt(row, QFormLayout::FieldRole)->widget());
    };
    // The calendar is a partner's: nothing to export until one is shown.
    m_exportCalendar->setEnabled(m_overview.has_value());
    m_exportCalendar->setToolTip(
        m_overview
            ? tr("Save the anniversary, renewal reminders, KPI report dates, listing batch and expiries "
                 "as an iCalendar (.ics) file.")
            : tr("Choose a partner under Partners first: the calendar is that partner's."));
    if (!m_overview) {
        m_heading->setText(m_partnerId > 0 ? QString()
                                           : tr("Choose a partner under Partners to see it here."));
        for (int i = 0; i < 4; ++i)
            value(m_profile, i)->clear();
        for (int i = 0; i < 3; ++i)
            value(m_evidence, i)->clear();
        m_memberships->setRowCount(0);
        m_submitted->hide();
        m_expiring->hide();
        m_renewals->clear();
        return;
    }
    const PartnerOverview& o = *m_overview;
    const QLocale locale;
    m_heading->setText(o.partner.name);
    value(m_profile, 0)->setText(o.partner.mpnId);
    value(m_profile, 1)->setText(o.partner.name);
    value(m_profile, 2)->setText(CountryNames::withCode(o.partner.country));
    value(m_profile, 3)->setText(display::longDate(o.partner.anniversary));
    value(m_evidence, 0)
        ->setText(tr("%1 active today (of %2 on record)").arg(o.activeTrainers).arg(o.trainers));
    value(m_evidence, 1)->setText(locale.toString(o.examPasses));
    value(m_evidence, 2)->setText(locale.toString(o.purchases));
    m_expiring->setText(o.expiringTrainers > 0
                            ? tr("%n MCT(s) end within %1 days: see People.", nullptr, o.expiringTrainers)
                                  .arg(PeopleService::kExpiryWarningDays)
                            : QString());
    m_expiring->setVisible(o.expiringTrainers > 0);

    auto day = [](const QDate& d) { return display::longDate(d); };
    QStringList renewals{tr("Next anniversary: %1. Renewal reminders on %2 and %3.")
                             .arg(day(o.nextAnniversary), day(o.reminderBefore), day(o.reminderAfter))};
    if (o.actionPackRenewalFrom.isValid())
        renewals
            << tr("The Action Pack can be renewed from %1 to %2 (only after it has expired, within 30 days).")
                   .arg(day(o.actionPackRenewalFrom), day(o.actionPackRenewalTo));
    if (!o.covidExtended.isEmpty())
        renewals
            << tr("COVID-19 update: the competency extension applies to %1; the competency fee is still due.")
                   .arg(o.covidExtended.join(QLatin1String(", ")));
    m_renewals->setText(renewals.join(QLatin1Char('\n')));

    m_memberships->setRowCount(int(o.memberships.size()));
    for (int row = 0; row < o.memberships.size(); ++row) {
        const Membership& m = o.memberships[row];
        const QStringList cells{DisplayNames::membershipType(m.type), m.competency,
                                m.learning ? tr("Yes") : tr("No"), display::shortDate(m.from),
                                display::shortDate(m.to)};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            item->setData(Qt::UserRole, m.id);
            m_memberships->setItem(row, col, item);
        }
    }
    m_memberships->resizeColumnsToContents();
    fillSubmitted();
}

void OverviewWorkspace::fillSubmitted()
{
    auto enrollments = EnrollmentService(m_context.db).enrollments(m_context.session, m_partnerId);
    QStringList lines;
    for (const Enrollment& e : enrollments ? enrollments.value() : QList<Enrollment>{}) {
        if (e.status != EnrollmentStatus::Submitted)
            continue;
        const QString what = e.competency.isEmpty()
                                 ? DisplayNames::path(e.path)
                                 : DisplayNames::path(e.path) + QStringLiteral(" \u2014 ") + e.competency;
        lines << tr("%1: enrollment %2 submitted on %3, waiting to become a membership.")
                     .arg(what)
                     .arg(e.id)
                     .arg(form::longDate(e.submittedAt.toLocalTime().date()));
    }
    m_submitted->setText(lines.join(QLatin1Char('\n')));
    m_submitted->setVisible(!lines.isEmpty());
}

} // namespace lp

namespace lp {

void OverviewWorkspace::editProfile()
{
    if (!m_overview)
        return;
    ProfileDialog dialog(
        m_overview->partner,
        [this](const Partner& p) -> Status {
            auto saved = PartnerService(m_context.db).updateProfile(m_context.session, p);
            return saved ? Status() : Status(saved.error());
        },
        this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void OverviewWorkspace::addMembership()
{
    QStringList competencies;
    if (m_overview) {
        for (const Membership& m : m_overview->memberships)
            competencies << m.competency;
    }
    competencies.removeAll(QString());
    competencies.removeDuplicates();
    MembershipDialog dialog(
        competencies,
        [this](const Membership& m) -> Status {
            auto saved = PartnerService(m_context.db).addMembership(m_context.session, m_partnerId, m);
            return saved ? Status() : Status(saved.error());
        },
        this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void OverviewWorkspace::removeMembership()
{
    const auto selected = m_memberships->selectedItems();
    if (selected.isEmpty())
        return;
    const qint64 id = selected.first()->data(Qt::UserRole).toLongLong();
    if (QMessageBox::question(this, tr("Remove membership"), tr("Remove the selected membership?")) !=
        QMessageBox::Yes)
        return;
    if (Status s = PartnerService(m_context.db).removeMembership(m_context.session, m_partnerId, id); !s)
        QMessageBox::warning(this, tr("Remove membership"), Messages::text(s.error()));
    refresh();
}

} // namespace lp

namespace lp {

void OverviewWorkspace::exportCalendar()
{
    if (!m_overview)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export calendar"),
                                                      QStringLiteral("learning-partner-dates.ics"),
                                                      tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    auto ics =
        CalendarService(m_context.db)
            .exportIcs(m_context.session, m_partnerId, QDate::currentDate(), QDateTime::currentDateTimeUtc());
    if (!ics) {
        QMessageBox::warning(this, tr("Export calendar"), Messages::text(ics.error()));
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ics.value()) != ics->size() || !file.commit())
        QMessageBox::warning(
            this, tr("Export calendar"),
            Messages::text({QStringLiteral("FILE_UNWRITABLE"), {}, {path, file.errorString()}}));
}

} // namespace lp
