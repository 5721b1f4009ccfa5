// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

class QWidget;

namespace lp {

// Where F1 leads: each workspace and each page of the enrollment wizard has a page of the user
// guide (docs/guide/<language>/), named "page" or "page#anchor" the same in every language.
namespace HelpTopics {

// The guide's first page.
QString home();
// The topic of a workspace or a wizard page (by its class or object name); home() for anything else.
QString forWidget(const QWidget* widget);
// Every topic a workspace or a wizard page maps to (tests check that the guide has each of them).
QStringList all();
// The address of `topic` in the help collection of `language` ("en", "it").
QUrl url(const QString& topic, const QString& language);
// The topic of an address of the help collection ("ledger", "requirements#kpi").
QString topicOf(const QUrl& url);

} // namespace HelpTopics
} // namespace lp
