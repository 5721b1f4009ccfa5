#pragma once

#include "domain/error.h"
#include "domain/membership.h"
#include "domain/partner.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace lp {

class CountryComboBox;

// Edits the partner profile; `save` is the service call, its error shown at the field.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    using Save = std::function<Status(const Partner&)>;
    ProfileDialog(const Partner& partner, Save save, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void accept() override;

    Partner m_partner;
    Save m_save;
    std::optional<Error> m_lastError;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_mpnId = nullptr;
    QLineEdit* m_name = nullptr;
    CountryComboBox* m_country = nullptr;
    QDateEdit* m_anniversary = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
    QPushButton* m_cancel = nullptr;
};

// Adds a membership: the Action Pack subscription or a silver/gold competency.
class MembershipDialog : public QDialog
{
    Q_OBJECT

public:
    using Save = std::function<Status(const Membership&)>;
    MembershipDialog(const QStringList& competencies, Save save, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void accept() override;

    Save m_save;
    std::optional<Error> m_lastError;
    QFormLayout* m_form = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_competency = nullptr;
    QCheckBox* m_learning = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace lp
