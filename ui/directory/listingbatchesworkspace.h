// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/listingrequest.h"
#include "shell/workspace.h"

#include <QHash>
#include <QList>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace lp {

// Partner Frontline Support: the directory listing requests waiting for their monthly batch
// (docs/rules.md#listing-batch-and-visibility), and the action that marks a month's batch as sent.
class ListingBatchesWorkspace : public Workspace
{
    Q_OBJECT

public:
    explicit ListingBatchesWorkspace(AppContext& context, QWidget* parent = nullptr);
    QString title() const override { return tr("Listing batches"); }
    void refresh() override;

protected:
    void retranslateUi() override;

private:
    void fill();
    void markSent();

    QList<ListingRequest> m_queued;
    QHash<qint64, QString> m_partnerNames;
    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QComboBox* m_month = nullptr;
    QPushButton* m_markSent = nullptr;
    QLabel* m_result = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace lp
