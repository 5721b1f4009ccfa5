// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "cli.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("learnpartner-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("LearningPartnerDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LP_VERSION));
    return lp::cli::run(QCoreApplication::arguments().mid(1));
}
