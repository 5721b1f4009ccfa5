// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "directoryworkspace.h"

#include "domain/displayformat.h"
#include "domain/messages.h"
#include "security/authorizer.h"
#include "services/duplicatecheck.h"
#include "services/listingservice.h"
#include "services/partnerservice.h"
#include "services/withdrawalservice.h"
#include "widgets/announcer.h"
#include "widgets/countrycombobox.h"
#include "widgets/formhelpers.h"
#include "widgets/statecolors.h"
#include "widgets/withdrawdialog.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lp {
namespace {

const QStringList kFields{QStringLiteral("listing.displayName"),   QStringLiteral("listing.country"),
                          QStringLiteral("listing.landingUrl"),    QStringLiteral("listing.aboutPartnerOnly"),
                          QStringLiteral("listing.noCompetitors"), QStringLiteral("listing.ownedByPartner")};

using form::longDate;

} // namespace

DirectoryWorkspace::DirectoryWorkspace(AppContext& context, QWidget* parent)
    : Workspace(context, parent), m_partnerId(context.session.partnerId())
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setOpenExternalLinks(true);

    m_formBox = new QGroupBox(this);
    m_form = new QFormLayout(m_formBox);
    m_name = new QLineEdit(m_formBox);
    m_name->setObjectName(QStringLiteral("displayName"));
    m_country = new CountryComboBox(m_formBox);
    m_country->setObjectName(QStringLiteral("country"));
    m_url = new QLineEdit(m_formBox);
    m_url->setObjectName(QStringLiteral("landingUrl"));
    m_aboutPartner = new QCheckBox(m_formBox);
    m_aboutPartner->setObjectName(QStringLiteral("aboutPartnerOnly"));
    m_noCompetitors = new QCheckBox(m_formBox);
    m_noCompetitors->setObjectName(QStringLiteral("noCompetitors"));
    m_owned = new QCheckBox(m_formBox);
    m_owned->setObjectName(QStringLiteral("ownedByPartner"));
    const QList<QWidget*> fields{m_name, m_country, m_url, m_aboutPartner, m_noCompetitors, m_owned};
    for (int i = 0; i < fields.size(); ++i) {
        auto* column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(fields[i]);
        auto* problem = new QLabel(m_formBox);
        problem->setObjectName(QStringLiteral("problem_") + fields[i]->objectName());
        ui::setStateText(problem, ui::State::Short);
        problem->setWordWrap(true);
        problem->hide();
        column->addWidget(problem);
        m_problems.append(problem);
        auto* label = new QLabel(m_formBox);
        label->setBuddy(fields[i]);
        m_form->addRow(label, column);
    }
    m_schedule = new QLabel(m_formBox);
    m_schedule->setObjectName(QStringLiteral("schedule"));
    m_schedule->setWordWrap(true);
    m_submit = new QPushButton(m_formBox);
    m_submit->setObjectName(QStringLiteral("submitListing"));
    m_saveDraft = new QPushButton(m_formBox);
    m_saveDraft->setObjectName(QStringLiteral("saveListingDraft"));
    m_saved = new QLabel(m_formBox);
    m_saved->setObjectName(QStringLiteral("draftSaved"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_submit);
    buttons->addWidget(m_saveDraft);
    buttons->addWidget(m_saved, 1);
    m_duplicate = new QLabel(m_formBox);
    m_duplicate->setObjectName(QStringLiteral("listingDuplicate"));
    m_duplicate->setWordWrap(true);
    ui::setStateText(m_duplicate, ui::State::Pending);
    m_duplicate->hide();
    m_form->addRow(QString(), m_schedule);
    m_form->addRow(QString(), m_duplicate);
    m_form->addRow(QString(), buttons);

    m_requestsBox = new QGroupBox(this);
    m_table = new QTableWidget(0, 5, m_requestsBox);
    m_table->setObjectName(QStringLiteral("listingRequests"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_withdraw = new QPushButton(m_requestsBox);
    m_withdraw->setObjectName(QStringLiteral("withdrawListing"));
    auto* requestsLayout = new QVBoxLayout(m_requestsBox);
    requestsLayout->addWidget(m_table);
    auto* requestButtons = new QHBoxLayout;
    requestButtons->addWidget(m_withdraw);
    requestButtons->addStretch(1);
    requestsLayout->addLayout(requestButtons);
    m_confirmation = form::confirmationLabel(this, "listingConfirmation");

    auto* layout = new QVBoxLayout(this);
    m_heading = form::workspaceHeading(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_confirmation);
    layout->addWidget(m_formBox);
    layout->addWidget(m_requestsBox, 1);

    const bool canRequest = Authorizer::allows(context.session.role(), Permission::RequestListing);
    m_canRequest = canRequest;
    m_formBox->setVisible(canRequest);
    m_withdraw->setVisible(canRequest); // the core refuses other roles; the UI does not offer it
    m_touched = QList<bool>(fields.size(), false);
    auto touch = [this](int field) {
        m_touched[field] = true;
        check();
    };
    connect(m_name, &QLineEdit::textEdited, this, [touch] { touch(0); });
    connect(m_country, &QComboBox::activated, this, [touch] { touch(1); });
    connect(m_url, &QLineEdit::textEdited, this, [touch] { touch(2); });
    connect(m_aboutPartner, &QCheckBox::toggled, this, [touch] { touch(3); });
    connect(m_noCompetitors, &QCheckBox::toggled, this, [touch] { touch(4); });
    connect(m_owned, &QCheckBox::toggled, this, [touch] { touch(5); });
    connect(m_submit, &QPushButton::clicked, this, &DirectoryWorkspace::submit);
    connect(m_saveDraft, &QPushButton::clicked, this, &DirectoryWorkspace::saveDraft);
    connect(m_withdraw, &QPushButton::clicked, this, &DirectoryWorkspace::withdrawSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DirectoryWorkspace::updateWithdraw);
    setMainControl(m_name);
    retranslateUi();
}

void DirectoryWorkspace::refresh()
{
    auto partner = PartnerService(m_context.db).get(m_context.session, m_partnerId);
    if (partner) {
        const bool first = m_partner.id == 0;
        m_partner = partner.value();
        if (first) {
            m_name->setText(m_partner.name);
            m_country->setCode(m_partner.country);
            // A saved draft comes back as it was left.
            if (auto draft = ListingService(m_context.db).draft(m_context.session, m_partnerId);
                draft && draft->has_value()) {
                const ListingRequest& d = **draft;
                m_name->setText(d.displayName);
                m_country->setCode(d.country);
                m_url->setText(d.landingUrl);
                m_aboutPartner->setChecked(d.aboutPartnerOnly);
                m_noCompetitors->setChecked(d.noCompetitors);
                m_owned->setChecked(d.ownedByPartner);
            }
        }
    }
    auto requests = ListingService(m_context.db).requests(m_context.session, m_partnerId);
    m_requests = requests ? requests.value() : QList<ListingRequest>{};
    retranslateUi();
}

void DirectoryWorkspace::retranslateUi()
{
    m_heading->setText(title());
    m_intro->setText(tr("To appear in the <a "
                        "href=\"https://docs.microsoft.com/learn/certifications/partners\">Learning Partner "
                        "directory</a>, your request is sent to Microsoft in a manual batch once a month, "
                        "during the third week; "
                        "the listing is visible by the end of the first week of the following month."));
    m_formBox->setTitle(tr("Request a listing"));
    const QString partner = m_partner.name.isEmpty() ? tr("your organization") : m_partner.name;
    const QStringList labels{
        tr("&Name to show:"), tr("&Country:"), tr("Landing &page:"), QString(), QString(), QString()};
    for (int i = 0; i < labels.size(); ++i)
        qobject_cast<QLabel*>(m_form->itemAt(i, QFormLayout::LabelRole)->widget())->setText(labels[i]);
    m_url->setPlaceholderText(tr("https://www.example.com/microsoft"));
    m_aboutPartner->setText(tr("The page is about %1 only").arg(partner));
    m_noCompetitors->setText(tr("The page shows no competitors"));
    m_owned->setText(tr("The page is owned by %1").arg(partner));
    m_name->setAccessibleName(tr("Name to show in the directory"));
    m_country->setAccessibleName(tr("Country"));
    m_url->setAccessibleName(tr("URL of the Microsoft-themed landing page"));
    m_submit->setText(tr("&Send the request"));
    m_saveDraft->setText(tr("Save as &draft"));
    m_requestsBox->setTitle(tr("Requests"));
    m_table->setHorizontalHeaderLabels(
        {tr("Received"), tr("Name"), tr("Landing page"), tr("Batch week"), tr("Status")});
    m_table->setAccessibleName(tr("Listing requests"));
    m_withdraw->setText(tr("&Withdraw request..."));
    check();
    fillRequests();
}

void DirectoryWorkspace::check()
{
    const QDate today = QDate::currentDate();
    const ListingResult r = ListingCheck::check(input(), today);
    m_saved->clear();
    for (QLabel* l : m_problems)
        l->hide();
    for (const Error& e : r.errors) {
        // A field nobody has been to yet is no mistake: its problem is said once it is touched.
        const auto field = kFields.indexOf(e.path);
        if (field >= 0 && m_touched.value(field)) {
            m_problems[field]->setText(Messages::text(e));
            m_problems[field]->show();
        }
    }
    // Nothing twice (docs/rules.md#nothing-twice): the core refuses the same request again; say so here.
    std::optional<ListingRequest> same;
    if (r.valid && m_canRequest) {
        if (auto found = ListingService(m_context.db).sameRequest(m_context.session, m_partnerId, input()))
            same = found.value();
    }
    m_duplicate->setText(same ? Messages::text(DuplicateCheck::listingRefusal(*same)) : QString());
    m_duplicate->setVisible(same.has_value());
    m_submit->setEnabled(r.valid && !same);
    m_submit->setToolTip(same ? m_duplicate->text() : QString());
    const DateRange week = ListingCheck::batchWeek(today);
    m_schedule->setText(
        tr("Sent today, it joins the batch of the week from %1 to %2 and should be visible by %3.")
            .arg(longDate(week.from), longDate(week.to), longDate(ListingCheck::expectedVisibleBy(week))));
}

ListingInput DirectoryWorkspace::input() const
{
    return {m_name->text(),
            m_country->code(),
            m_url->text(),
            m_aboutPartner->isChecked(),
            m_noCompetitors->isChecked(),
            m_owned->isChecked()};
}

void DirectoryWorkspace::saveDraft()
{
    auto saved = ListingService(m_context.db).saveDraft(m_context.session, m_partnerId, input());
    if (!saved) {
        QMessageBox::warning(this, tr("Directory listing"), Messages::text(saved.error()));
        return;
    }
    m_saved->setText(tr("Draft saved."));
    auto requests = ListingService(m_context.db).requests(m_context.session, m_partnerId);
    m_requests = requests ? requests.value() : QList<ListingRequest>{};
    fillRequests();
}

void DirectoryWorkspace::submit()
{
    auto outcome =
        ListingService(m_context.db).submit(m_context.session, m_partnerId, input(), QDate::currentDate());
    if (!outcome) {
        QMessageBox::warning(this, tr("Directory listing"), Messages::text(outcome.error()));
        return;
    }
    if (!outcome->request) {
        m_touched.fill(true); // say every problem
        check();
        return;
    }
    const ListingRequest& sent = *outcome->request;
    const DateRange week = ListingCheck::batchWeek(sent.receivedOn);
    m_confirmation->setText(
        tr("Listing request %1 sent on %2: it joins the batch of the week from %3 to %4 and "
           "should be visible by %5.")
            .arg(sent.id)
            .arg(longDate(sent.receivedOn), longDate(week.from), longDate(week.to),
                 longDate(sent.visibleOn)));
    a11y::announce(m_confirmation, m_confirmation->text());
    emit confirmed(m_confirmation->text());
    m_touched.fill(false);
    refresh();
}

void DirectoryWorkspace::updateWithdraw()
{
    const int row = m_table->currentRow();
    const bool queued = m_table->selectionModel()->hasSelection() && row >= 0 && row < m_requests.size() &&
                        m_requests[row].status == ListingStatus::Queued;
    m_withdraw->setEnabled(queued);
    m_withdraw->setToolTip(queued ? QString()
                                  : tr("Select a request still waiting for its batch: one already sent to "
                                       "the directory cannot be withdrawn."));
}

void DirectoryWorkspace::withdrawSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_requests.size())
        return;
    const ListingRequest request = m_requests[row];
    std::optional<ListingRequest> done;
    WithdrawDialog dialog(
        [request] { return tr("listing request %1 (%2)").arg(request.id).arg(request.displayName); },
        [&](const QString& reason) -> std::optional<Error> {
            auto r = WithdrawalService(m_context.db).withdrawListing(m_context.session, request.id, reason);
            if (!r)
                return r.error();
            done = r.value();
            return std::nullopt;
        },
        this);
    if (dialog.exec() != QDialog::Accepted || !done)
        return;
    m_confirmation->setText(tr("Listing request %1 withdrawn on %2; Partner Frontline Support sees it as "
                               "withdrawn.")
                                .arg(done->id)
                                .arg(longDate(done->withdrawnAt.toLocalTime().date())));
    a11y::announce(m_confirmation, m_confirmation->text());
    emit confirmed(m_confirmation->text());
    refresh();
}

void DirectoryWorkspace::fillRequests()
{
    const QDate today = QDate::currentDate();
    m_table->setRowCount(int(m_requests.size()));
    for (int row = 0; row < m_requests.size(); ++row) {
        const ListingRequest& r = m_requests[row];
        const bool draft = r.status == ListingStatus::Draft;
        const DateRange week = draft ? DateRange{} : ListingCheck::batchWeek(r.receivedOn);
        QString status;
        switch (ListingService::effectiveStatus(r, today)) {
        case ListingStatus::Draft:
            status = tr("Draft");
            break;
        case ListingStatus::Queued:
            status = tr("Waiting for the batch; visible by %1").arg(longDate(r.visibleOn));
            break;
        case ListingStatus::SentInBatch:
            status = tr("Sent on %1; visible by %2").arg(longDate(r.sentOn), longDate(r.visibleOn));
            break;
        case ListingStatus::Visible:
            status = tr("Visible since %1").arg(longDate(r.visibleOn));
            break;
        case ListingStatus::Withdrawn:
            status = tr("Withdrawn on %1: %2")
                         .arg(longDate(r.withdrawnAt.toLocalTime().date()), r.withdrawalReason);
            break;
        }
        const QStringList cells{
            display::shortDate(r.receivedOn), r.displayName, r.landingUrl,
            draft ? QString() : tr("%1 - %2").arg(display::shortDate(week.from), display::shortDate(week.to)),
            status};
        form::setRow(m_table, row, cells);
    }
    form::fitColumns(m_table);
    updateWithdraw();
}

} // namespace lp
