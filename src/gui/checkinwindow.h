#pragma once

#include "checkintypes.h"
#include "types.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
QT_END_NAMESPACE

namespace boxoffice {

class CoreBackend;
class ManagerApproval;

/// Door → Check-in…: one show's door, live: how many are inside now, how many of the tickets sold
/// came, and every pass with its time (venue time zone), seat, direction and the scanner or the
/// manager who let it in. A manager checks a ticket in by hand (lost ticket, flat phone) with a
/// reason; the answer is said in the door staff's words. Everything runs through the backend.
class CheckinWindow final : public QWidget
{
    Q_OBJECT

public:
    enum Column { TimeColumn, SeatColumn, DirectionColumn, ByColumn, BookingColumn, ReasonColumn, ColumnCount };

    CheckinWindow(CoreBackend &backend, ManagerApproval &approval, qint64 show, QWidget *parent = nullptr);

    qint64 showId() const { return m_show; }
    /// Reads the door's numbers and passes again; loaded() follows.
    void refresh();
    /// Lets the ticket of the seat typed in in by hand, with the reason typed in, once a manager
    /// approves; manualAnswered() follows unless refused() came first.
    void checkInByHand();

    /// What a check-in's answer means for the door staff.
    static QString describeAnswer(const CheckinAnswer &answer);

    QLabel *countsLabel() const { return m_counts; }
    QTableWidget *table() const { return m_table; }
    QLineEdit *seatEdit() const { return m_seat; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *checkInButton() const { return m_checkIn; }
    QLabel *answerLabel() const { return m_answer; }
    const ShowCheckins &checkins() const { return m_checkins; }

signals:
    void loaded();
    /// A manual check-in was refused before anything ran (no manager, no seat or no reason).
    void refused(const QString &message);
    /// The core's answer to a manual check-in; `ok` false also when it failed (`message` says why).
    void manualAnswered(bool ok, const QString &message);

private:
    void showCheckins(const Show &show, const ShowCheckins &checkins);
    void showAnswer(bool ok, bool warning, const QString &message);

    CoreBackend &m_backend;
    ManagerApproval &m_approval;
    qint64 m_show;
    ShowCheckins m_checkins;
    QLabel *m_title;
    QLabel *m_counts;
    QTableWidget *m_table;
    QLineEdit *m_seat;
    QLineEdit *m_reason;
    QPushButton *m_checkIn;
    QLabel *m_answer;
    bool m_loading = false;
    bool m_readAgain = false;
};

} // namespace boxoffice
