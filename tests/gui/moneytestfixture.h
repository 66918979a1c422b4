#pragma once

#include "managertestfixture.h"

#include <QObject>

namespace boxoffice::testing {

/// The money dialogs' set-up: the manager fixture's demo data and backend, and the first show of
/// the demo data that lies in the future, where the tests sell, collect, refund and exchange.
class MoneyTestFixture : public ManagerTestFixture
{
public:
    MoneyTestFixture()
    {
        if (!valid)
            return;
        show = futureShow();
        valid = show.id != 0;
    }

    Show show;
};

/// The child of `parent` named `name`; stops the test when there is none, as every later step
/// would only crash on it.
template<typename T>
T *child(const QObject &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

} // namespace boxoffice::testing
