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
