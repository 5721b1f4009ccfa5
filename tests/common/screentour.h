// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

// Every screen a person can reach, opened on a demo database: the main window with each
// workspace of the partner admin and of Partner Frontline Support (the Overview with the getting-started
// checklist, first), the reminders' list of the bell, each page of the enrollment
// wizard on the Action Pack and on the silver path, and every dialog. Tests that must hold on
// every screen (no clipped text, no mnemonic used twice, ...) walk them with visit().

#include "backup/backupcontentsdialog.h"
#include "cases/casedialog.h"
#include "enroll/enrollmentwizard.h"
#include "help/aboutdialog.h"
#include "help/helpwindow.h"
#include "help/shortcutsdialog.h"
#include "kpi/invoiceimportdialog.h"
#include "overview/membershipdialog.h"
#include "overview/profiledialog.h"
#include "people/exampassdialog.h"
#include "people/trainerdialog.h"
#include "services/accountservice.h"
#include "services/demoseeder.h"
#include "services/partnerservice.h"
#include "settings/preferencesdialog.h"
#include "shell/changepassworddialog.h"
#include "shell/firstrundialog.h"
#include "shell/mainwindow.h"
#include "shell/notificationbell.h"
#include "shell/signindialog.h"
#include "storage/database.h"
#include "users/adduserdialog.h"
#include "users/onetimepassworddialog.h"
#include "widgets/importerrorsdialog.h"
#include "widgets/withdrawdialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QWizard>

#include <functional>
#include <memory>

namespace lp::test {

class ScreenTour
{
public:
    // visit(name, window): `window` is shown, laid out and at the size it opens with.
    using Visit = std::function<void(const QString& name, QWidget* window)>;

    ScreenTour()
    {
        m_db = std::move(Database::open(m_dir.filePath(QStringLiteral("tour.sqlite")))).value();
        const auto seeded = DemoSeeder::seed(*m_db, QDate::currentDate());
        if (!seeded.ok())
            qFatal("the demo database could not be seeded: %s", qPrintable(seeded.error().code));
        for (const DemoSeeder::Account& a : seeded.value()) {
            auto s = AccountService(*m_db).signIn(a.name, a.password);
            if (!s.ok())
                continue;
            if (a.role == Role::PartnerAdmin)
                m_admin = s.value();
            if (a.role == Role::FrontlineSupport)
                m_support = s.value();
        }
    }

    Database& db() { return *m_db; }
    const Session& admin() const { return m_admin; }

    void visit(const Visit& visit)
    {
        mainWindow(QStringLiteral("partner admin"), m_admin, visit);
        mainWindow(QStringLiteral("support"), m_support, visit);
        wizard(visit);
        dialogs(visit);
    }

private:
    static void settle(QWidget* w)
    {
        w->show();
        QApplication::processEvents();
        QVERIFY(QTest::qWaitForWindowExposed(w));
    }

    void mainWindow(const QString& who, const Session& session, const Visit& visit)
    {
        MainWindow window(*m_db, session);
        window.resize(1100, 720);
        settle(&window);
        for (int i = 0; i < window.workspaces().size(); ++i) {
            window.showWorkspace(i);
            QApplication::processEvents();
            visit(QStringLiteral("%1: %2").arg(who, window.workspaces().at(i)->title()), &window);
        }
        // The bell's list of reminders (the demo's MCT ending within 60 days, the open cases for support).
        NotificationBell* bell = window.notificationBell();
        bell->openList();
        QApplication::processEvents();
        visit(QStringLiteral("%1: reminders").arg(who), bell->list());
        bell->list()->hide();
        window.close();
    }

    // Every page the demo partner reaches: the Action Pack path, then the silver path (the
    // commitment ticked so that the later pages open).
    void wizard(const Visit& visit)
    {
        for (const char* path : {"actionPack", "silver"}) {
            AppContext context{*m_db, m_admin};
            EnrollmentWizard w(context, m_admin.partnerId(), QDate::currentDate());
            settle(&w);
            if (auto* radio =
                    w.currentPage()->findChild<QRadioButton*>(QLatin1String("path_") + QLatin1String(path)))
                radio->setChecked(true);
            QList<int> seen;
            while (!seen.contains(w.currentId())) {
                seen << w.currentId();
                for (QCheckBox* box : w.currentPage()->findChildren<QCheckBox*>())
                    if (box->isVisible() && box->isEnabled() && !box->isChecked())
                        box->setChecked(true);
                QApplication::processEvents();
                visit(QStringLiteral("wizard (%1): %2").arg(QLatin1String(path), w.currentPage()->title()),
                      &w);
                w.next();
                QApplication::processEvents();
            }
            w.reject();
        }
    }

    template <typename D> void dialog(const QString& name, D& d, const Visit& visit)
    {
        settle(&d);
        visit(name, &d);
        d.reject();
    }

    void dialogs(const Visit& visit)
    {
        AppContext context{*m_db, m_admin};
        AccountService accounts(*m_db);
        const Status ok;
        {
            TrainerDialog d(Trainer{}, [&](const Trainer&) { return ok; });
            dialog(QStringLiteral("Add trainer"), d, visit);
        }
        {
            ExamPassDialog d(ExamPass{}, {QStringLiteral("Cloud Platform")},
                             [&](const ExamPass&) { return ok; });
            dialog(QStringLiteral("Add exam pass"), d, visit);
        }
        {
            const auto partner = PartnerService(*m_db).get(m_admin, m_admin.partnerId());
            ProfileDialog d(partner.ok() ? partner.value() : Partner{}, [&](const Partner&) { return ok; });
            dialog(QStringLiteral("Partner profile"), d, visit);
        }
        {
            MembershipDialog d({QStringLiteral("Cloud Platform")}, [&](const Membership&) { return ok; });
            dialog(QStringLiteral("Add membership"), d, visit);
        }
        {
            CaseDialog d(context, m_admin.partnerId(), QDate::currentDate());
            dialog(QStringLiteral("File a KPI discrepancy case"), d, visit);
        }
        {
            InvoiceImportDialog d(*m_db, m_admin, m_admin.partnerId());
            dialog(QStringLiteral("Import invoices"), d, visit);
        }
        {
            ImportSummary refused;
            refused.errors = {RowError{2, QStringLiteral("invoiceDate"), QStringLiteral("INVALID_DATE"),
                                       QStringLiteral("2027-13-45")},
                              RowError{2, QStringLiteral("units"), QStringLiteral("OUT_OF_RANGE"),
                                       QStringLiteral("2000000001")}};
            refused.badRows = 1;
            ImportErrorsDialog d(refused);
            dialog(QStringLiteral("Nothing was imported"), d, visit);
        }
        {
            Session session = m_admin;
            ChangePasswordDialog d(accounts, session, false);
            dialog(QStringLiteral("Change my password"), d, visit);
        }
        {
            PreferencesDialog d;
            dialog(QStringLiteral("Preferences"), d, visit);
        }
        {
            AddUserDialog d(accounts, m_admin);
            dialog(QStringLiteral("Add account"), d, visit);
        }
        {
            OneTimePasswordDialog d(QStringLiteral("giulia.rossi"), QStringLiteral("correct horse battery"));
            dialog(QStringLiteral("One-time password"), d, visit);
        }
        {
            WithdrawDialog d([] { return QStringLiteral("case 12 about invoice INV-2026-0034"); },
                             [](const QString&) { return std::optional<Error>{}; });
            dialog(QStringLiteral("Withdraw"), d, visit);
        }
        {
            BackupManifest manifest;
            manifest.createdAt = QDateTime::currentDateTimeUtc();
            manifest.schemaVersion = 7;
            manifest.applicationVersion = QStringLiteral("1.0.0");
            manifest.source = QStringLiteral("learnpartner.sqlite");
            manifest.rows = {{QStringLiteral("partners"), 2},
                             {QStringLiteral("purchases"), 3000},
                             {QStringLiteral("audit_log"), 120}};
            manifest.auditId = 120;
            manifest.auditHash = QStringLiteral("3f2a9c0d7e1b4a5c");
            manifest.auditEntries = 120;
            BackupContentsDialog d(QStringLiteral("/home/giulia/backups/learnpartner-2026-12-02.sqlite"),
                                   manifest, QStringLiteral("learnpartner.sqlite"),
                                   BackupContentsDialog::Purpose::Restore);
            dialog(QStringLiteral("Restore from backup"), d, visit);
        }
        {
            AboutDialog d(*m_db);
            dialog(QStringLiteral("About"), d, visit);
        }
        {
            MainWindow window(*m_db, m_admin);
            ShortcutsDialog d(&window);
            dialog(QStringLiteral("Keyboard shortcuts"), d, visit);
        }
        {
            // The user guide at the wizard's pages: contents, index and a page with pictures.
            HelpWindow* help = HelpWindow::showTopic(QStringLiteral("requirements#start"), nullptr);
            settle(help);
            // The contents are read on a thread of the help engine: shown once they are there.
            auto* contents = help->findChild<QTreeView*>(QStringLiteral("helpContents_") + help->language());
            QVERIFY(contents);
            QVERIFY(QTest::qWaitFor([&] { return contents->model()->rowCount() > 0; }, 10000));
            contents->expandToDepth(0);
            visit(QStringLiteral("Help"), help);
            help->close(); // deletes itself
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        }
        {
            FirstRunDialog d(accounts);
            dialog(QStringLiteral("First run"), d, visit);
        }
        {
            SignInDialog d(accounts, QStringLiteral("learnpartner.sqlite"));
            dialog(QStringLiteral("Sign in"), d, visit);
        }
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Session m_admin;
    Session m_support;
};

} // namespace lp::test
