// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/partner.h"
#include "shell/workspace.h"

#include <QList>

class QLabel;
class QTableWidget;

namespace lp {

// Frontline support: every partner in the database; opening one shows its overview.
class PartnersWorkspace : public Workspace
{
    Q_OBJECT

public:
    explicit PartnersWorkspace(AppContext& context, QWidget* parent = nullptr);
    QString title() const override { return tr("Partners"); }
    void refresh() override;

signals:
    void partnerOpened(qint64 partnerId);

protected:
    void retranslateUi() override;

private:
    void fill();

    QList<Partner> m_partners;
    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace lp
