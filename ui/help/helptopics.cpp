// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "helptopics.h"

#include <QHash>
#include <QWidget>

namespace lp::HelpTopics {
namespace {

// Workspaces by class, wizard pages by object name (TrainersPage serves two pages).
const QHash<QString, QString>& topics()
{
    static const QHash<QString, QString> map{
        {QStringLiteral("lp::OverviewWorkspace"), QStringLiteral("overview")},
        {QStringLiteral("lp::PartnersWorkspace"), QStringLiteral("support#partners")},
        {QStringLiteral("lp::EnrollmentWorkspace"), QStringLiteral("enrollment")},
        {QStringLiteral("lp::DashboardWorkspace"), QStringLiteral("dashboard")},
        {QStringLiteral("lp::LedgerWorkspace"), QStringLiteral("ledger")},
        {QStringLiteral("lp::CasesWorkspace"), QStringLiteral("cases")},
        {QStringLiteral("lp::CaseQueueWorkspace"), QStringLiteral("support#case-queue")},
        {QStringLiteral("lp::CaseHistoryWorkspace"), QStringLiteral("support#case-history")},
        {QStringLiteral("lp::PeopleWorkspace"), QStringLiteral("people")},
        {QStringLiteral("lp::DirectoryWorkspace"), QStringLiteral("directory")},
        {QStringLiteral("lp::ListingBatchesWorkspace"), QStringLiteral("support#listing-batches")},
        {QStringLiteral("lp::AuditWorkspace"), QStringLiteral("support#audit-trail")},
        {QStringLiteral("lp::UsersWorkspace"), QStringLiteral("roles#users")},
        {QStringLiteral("lp::RulesWorkspace"), QStringLiteral("rule-sets")},
        {QStringLiteral("enrollmentWizard"), QStringLiteral("requirements")},
        {QStringLiteral("startPage"), QStringLiteral("requirements#start")},
        {QStringLiteral("actionPackTrainersPage"), QStringLiteral("requirements#action-pack-trainers")},
        {QStringLiteral("actionPackSubscriptionPage"),
         QStringLiteral("requirements#action-pack-subscription")},
        {QStringLiteral("actionPackProfilePage"), QStringLiteral("requirements#action-pack-profile")},
        {QStringLiteral("competencyPage"), QStringLiteral("requirements#competency")},
        {QStringLiteral("commitmentPage"), QStringLiteral("requirements#commitment")},
        {QStringLiteral("trainersPage"), QStringLiteral("requirements#trainers")},
        {QStringLiteral("examsPage"), QStringLiteral("requirements#exams")},
        {QStringLiteral("kpiPage"), QStringLiteral("requirements#kpi")},
        {QStringLiteral("offerPage"), QStringLiteral("requirements#offer")},
        {QStringLiteral("summaryPage"), QStringLiteral("requirements#summary")},
    };
    return map;
}

} // namespace

QString home()
{
    return QStringLiteral("index");
}

QString forWidget(const QWidget* widget)
{
    if (!widget)
        return home();
    const auto& map = topics();
    if (auto it = map.find(QLatin1String(widget->metaObject()->className())); it != map.end())
        return *it;
    if (auto it = map.find(widget->objectName()); it != map.end())
        return *it;
    return home();
}

QStringList all()
{
    QStringList list = topics().values();
    list.sort();
    list.removeDuplicates();
    return list;
}

QUrl url(const QString& topic, const QString& language)
{
    const qsizetype hash = topic.indexOf(QLatin1Char('#'));
    const QString page = hash < 0 ? topic : topic.left(hash);
    QUrl url(QStringLiteral("qthelp://io.github.learnpartnerdesk.guide.%1/doc/%2.html").arg(language, page));
    if (hash >= 0)
        url.setFragment(topic.mid(hash + 1));
    return url;
}

QString topicOf(const QUrl& url)
{
    QString page = url.path().section(QLatin1Char('/'), -1);
    if (page.endsWith(QLatin1String(".html")))
        page.chop(5);
    return url.hasFragment() ? page + QLatin1Char('#') + url.fragment() : page;
}

} // namespace lp::HelpTopics
