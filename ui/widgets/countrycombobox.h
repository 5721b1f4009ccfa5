#pragma once

#include <QComboBox>

namespace lp {

// Every ISO 3166-1 territory Qt knows, by name, with its two-letter code as the item data.
class CountryComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit CountryComboBox(QWidget* parent = nullptr);
    QString code() const { return currentData().toString(); }
    void setCode(const QString& code);
};

} // namespace lp
