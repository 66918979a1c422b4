#pragma once

#include "staffmember.h"
#include "types.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace boxoffice {

/// The fields of a staff account as a manager types them: the name, the role and the PIN or
/// password twice. Each dialog shows the fields it asks for (a new account, a reset PIN, the
/// first manager) and checks them with problem() before the worker is asked.
class StaffAccountFields final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffAccountFields)

public:
    enum Field { Name = 0x1, Role = 0x2, Secret = 0x4 };
    Q_DECLARE_FLAGS(Fields, Field)

    explicit StaffAccountFields(Fields fields, QWidget *parent = nullptr);
    ~StaffAccountFields() override;

    QString name() const;
    void setName(const QString &name);
    StaffRole role() const;
    void setRole(StaffRole role);
    QString secret() const;
    void clearSecrets();

    /// What stops the fields shown from being saved, in a cashier's words, with the field in
    /// question focused; empty when nothing does.
    QString problem();

    /// What a refusal of StaffService means for the manager at the counter.
    static QString describeRefusal(const Error &error);

private:
    Fields m_fields;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_secretAgain = nullptr;
};

} // namespace boxoffice

Q_DECLARE_OPERATORS_FOR_FLAGS(boxoffice::StaffAccountFields::Fields)
