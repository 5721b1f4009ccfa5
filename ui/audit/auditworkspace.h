#pragma once

#include "domain/auditentry.h"
#include "shell/workspace.h"

#include <QList>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace lp {

// Partner Frontline Support: the audit trail, newest first, with a filter, the before and
// after of the selected entry, and a check of the whole chain.
class AuditWorkspace : public Workspace
{
    Q_OBJECT

public:
    explicit AuditWorkspace(AppContext& context, QWidget* parent = nullptr);
    QString title() const override { return tr("Audit trail"); }
    void refresh() override;

protected:
    void retranslateUi() override;

private:
    void fill();
    void showSelected();
    void verify();

    QList<AuditEntry> m_entries;
    QLabel* m_intro = nullptr;
    QLineEdit* m_filter = nullptr;
    QPushButton* m_verify = nullptr;
    QLabel* m_result = nullptr;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QPlainTextEdit* m_detail = nullptr;
};

} // namespace lp
