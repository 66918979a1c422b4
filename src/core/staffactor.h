#pragma once

#include <QMetaType>
#include <QString>

namespace boxoffice {

/// Who does something at a counter, as the audit log and the money trail record it: the signed-in
/// staff member and, when a manager authorised this one action with their own PIN (an override),
/// that manager.
struct StaffActor
{
    /// 0 when no staff account acts (the web, the system's own clean-ups).
    qint64 staffId = 0;
    QString name;
    qint64 authorisedById = 0;
    QString authorisedByName;

    bool isOverride() const { return authorisedById != 0; }
};

} // namespace boxoffice

Q_DECLARE_METATYPE(boxoffice::StaffActor)
