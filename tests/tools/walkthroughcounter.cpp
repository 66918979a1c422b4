// The counter of scripts/walkthrough.sh: the real MainWindow on the real CoreBackend, on the
// database the walkthrough's running box office serves the web from, used as a cashier and a
// manager would, with key clicks and mouse clicks on the real widgets. Each step checks what it
// did and keeps a picture of the window it used (QWidget::grab) in the output folder.
//
//   walkthroughcounter --db PATH --out FOLDER --scan TEXT --cashier NAME PIN --manager NAME PIN
//
// Exit 0 when every step did what it should, 1 at the first one that did not (named on stderr),
// 2 for bad arguments.

#include "appsettings.h"
#include "auditlogwindow.h"
#include "bookingswindow.h"
#include "closeshiftdialog.h"
#include "collectreservationdialog.h"
#include "corebackend.h"
#include "currency.h"
#include "dayclosewindow.h"
#include "displaynames.h"
#include "mainwindow.h"
#include "managerapproval.h"
#include "openshiftdialog.h"
#include "refunddialog.h"
#include "staffsession.h"
#include "staffsignindialog.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace boxoffice;
using namespace Qt::StringLiterals;

namespace {

constexpr int stepTimeoutMs = 15000;
constexpr qint64 floatCents = 15000;
constexpr qint64 missingCents = 500;

struct Person
{
    QString name;
    QString pin;
};

[[noreturn]] void fail(const QString &step, const QString &what)
{
    std::fprintf(stderr, "walkthroughcounter: step \"%s\" failed: %s\n", qPrintable(step), qPrintable(what));
    std::fflush(stderr);
    std::_Exit(1);
}

template<typename T>
T *child(QObject *parent, const QString &name, const QString &step)
{
    T *found = parent ? parent->findChild<T *>(name) : nullptr;
    if (!found)
        fail(step, u"no %1 in the window"_s.arg(name));
    return found;
}

/// Closes a window that may have closed (and deleted) itself after its work.
void closeIfOpen(const QPointer<QWidget> &window)
{
    if (window)
        window->close();
}

template<typename T>
T *openWindowOf(const MainWindow &window, const QString &step)
{
    T *found = nullptr;
    if (!QTest::qWaitFor([&] { return (found = window.findChild<T *>()) && found->isVisible(); }, stepTimeoutMs))
        fail(step, u"the window did not open"_s);
    if (!QTest::qWaitForWindowExposed(found))
        fail(step, u"the window was not shown"_s);
    return found;
}

void waitUntil(const std::function<bool()> &condition, const QString &step, const QString &what)
{
    if (!QTest::qWaitFor(condition, stepTimeoutMs))
        fail(step, what);
}

/// Answers the next modal dialog of type T once it is up, as the person at the counter would.
template<typename T>
void whenModalOpens(const std::function<void(T *)> &answer)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(50);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, answer] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget()); dialog && dialog->isVisible()) {
            poll->deleteLater();
            poll->stop();
            answer(dialog);
        }
    });
    poll->start();
}

class Walkthrough
{
public:
    Walkthrough(QDir out, QString scan, Person cashier, Person manager, MainWindow &window)
        : m_out(std::move(out)), m_scan(std::move(scan)), m_cashier(std::move(cashier)),
          m_manager(std::move(manager)), m_window(window)
    {
    }

    void run()
    {
        signIn(u"03-sign-in"_s, m_cashier);
        openShift();
        collect();
        savePdf();
        refundOneSeat();
        closeShift();
        signIn(u"12-manager-sign-in"_s, m_manager);
        closeDay();
        auditLog();
    }

private:
    void save(const QString &step, const QImage &picture)
    {
        const QString path = m_out.filePath(step + u".png"_s);
        if (!picture.save(path))
            fail(step, u"could not write %1"_s.arg(path));
        std::printf("%s\n", qPrintable(path));
        std::fflush(stdout);
    }

    void save(const QString &step, QWidget *window) { save(step, window->grab().toImage()); }

    /// The main window with a dialog over it, as the cashier sees the two.
    void saveOver(const QString &step, QWidget *dialog)
    {
        QImage picture = m_window.grab().toImage();
        const QImage front = dialog->grab().toImage();
        QPainter painter(&picture);
        const QPoint at = dialog->mapToGlobal(QPoint()) - m_window.mapToGlobal(QPoint());
        const QRect inside(QPoint(std::max(0, at.x()), std::max(0, at.y())), front.size());
        painter.fillRect(inside.translated(4, 4), QColor(0, 0, 0, 60));
        painter.drawImage(inside.topLeft(), front);
        painter.setPen(Qt::darkGray);
        painter.drawRect(inside.adjusted(0, 0, -1, -1));
        painter.end();
        save(step, picture);
    }

    void signIn(const QString &step, const Person &person)
    {
        if (m_window.staffSession()->member())
            m_window.switchUser();
        waitUntil([&] { return m_window.signInDialog() && m_window.signInDialog()->isVisible(); }, step,
                  u"nobody was asked to sign in"_s);
        StaffSignInDialog *dialog = m_window.signInDialog();
        auto *name = child<QComboBox>(dialog, u"staffName"_s, step);
        waitUntil([&] { return name->findText(person.name) >= 0; }, step, u"%1 is not among the staff"_s.arg(person.name));
        name->setCurrentText(person.name);
        auto *secret = child<QLineEdit>(dialog, u"staffSecret"_s, step);
        secret->setFocus();
        QTest::keyClicks(secret, person.pin);
        saveOver(step, dialog);
        QTest::keyClick(secret, Qt::Key_Return);
        waitUntil([&] { return m_window.staffSession()->member() && m_window.staffSession()->member()->name == person.name; },
                  step, u"%1 is not signed in"_s.arg(person.name));
    }

    void openShift()
    {
        const QString step = u"04-open-shift"_s;
        child<QAction>(&m_window, u"actionOpenShift"_s, step)->trigger();
        auto *dialog = openWindowOf<OpenShiftDialog>(m_window, step);
        QTest::keyClicks(child<QLineEdit>(dialog, u"floatAmount"_s, step), Currency().plainNumber(floatCents));
        saveOver(step, dialog);
        QSignalSpy opened(dialog, &OpenShiftDialog::shiftOpened);
        QTest::mouseClick(child<QPushButton>(dialog, u"openButton"_s, step), Qt::LeftButton);
        waitUntil([&] { return !opened.isEmpty(); }, step, u"the shift did not open"_s);
    }

    void collect()
    {
        QString step = u"05-collect-scanned"_s;
        // The shortcut the cashier presses: Sales → Collect reservation… (Ctrl+Shift+R).
        m_window.activateWindow();
        if (!QTest::qWaitForWindowActive(&m_window))
            fail(step, u"the main window did not become active for its shortcut"_s);
        QTest::keyClick(&m_window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        auto *dialog = openWindowOf<CollectReservationDialog>(m_window, step);
        // The keyboard-wedge scanner types the QR code's text and Enter.
        auto *search = child<QLineEdit>(dialog, u"reservationSearch"_s, step);
        search->setFocus();
        QTest::keyClicks(search, m_scan);
        QTest::keyClick(search, Qt::Key_Return);
        waitUntil([&] { return dialog->currentReservation().has_value(); }, step, u"the scan found no reservation"_s);
        const Booking reservation = *dialog->currentReservation();
        m_reference = reservation.reference;
        m_seats = reservation.seats.size();
        auto *tendered = child<QLineEdit>(dialog, u"tenderedEdit"_s, step);
        waitUntil([&] { return tendered->hasFocus(); }, step, u"the cash field was not ready"_s);
        // The customer hands over the next round amount above the price.
        const qint64 given = (reservation.totalCents / 1000 + 1) * 1000;
        QTest::keyClicks(tendered, Currency().plainNumber(given));
        save(step, dialog);

        step = u"06-collect-paid"_s;
        QSignalSpy collected(dialog, &CollectReservationDialog::collected);
        QTest::mouseClick(child<QPushButton>(dialog, u"collectButton"_s, step), Qt::LeftButton);
        waitUntil([&] { return !collected.isEmpty(); }, step, dialog->messageText());
        if (!dialog->messageText().contains(formatMoney(given - reservation.totalCents)))
            fail(step, u"no change of %1 in \"%2\""_s.arg(formatMoney(given - reservation.totalCents), dialog->messageText()));
        m_cashInDrawerCents += reservation.totalCents;
        save(step, dialog);
    }

    void savePdf()
    {
        const QString step = u"07-save-tickets"_s;
        auto *dialog = m_window.findChild<CollectReservationDialog *>();
        const QString pdf = m_out.filePath(u"ticket-%1.pdf"_s.arg(m_reference));
        whenModalOpens<QFileDialog>([this, pdf, step](QFileDialog *files) {
            save(step, files);
            // The cashier keeps the suggested name and picks the folder.
            files->selectFile(pdf);
            waitUntil([&] { return files->selectedFiles() == QStringList{pdf}; }, step,
                      u"the save dialog chose %1"_s.arg(files->selectedFiles().join(u", "_s)));
            // QDialog's public accept() is QFileDialog's, which checks the name as the Save button does.
            static_cast<QDialog *>(files)->accept();
            if (files->isVisible())
                fail(step, u"the save dialog refused %1"_s.arg(pdf));
        });
        QTest::mouseClick(child<QPushButton>(dialog, u"savePdfButton"_s, step), Qt::LeftButton);
        QFile written(pdf);
        waitUntil([&] { return written.exists() && written.size() > 0; }, step, u"no PDF at %1"_s.arg(pdf));
        if (!written.open(QIODevice::ReadOnly) || written.read(5) != "%PDF-")
            fail(step, u"%1 is not a PDF"_s.arg(pdf));
        closeIfOpen(dialog);
    }

    void refundOneSeat()
    {
        QString step = u"08-refund-one-seat"_s;
        child<QAction>(&m_window, u"actionBookings"_s, step)->trigger();
        auto *bookings = openWindowOf<BookingsWindow>(m_window, step);
        auto *search = child<QLineEdit>(bookings, u"searchEdit"_s, step);
        search->setFocus();
        QTest::keyClicks(search, m_reference);
        QTest::keyClick(search, Qt::Key_Return);
        auto *results = child<QAbstractItemView>(bookings, u"resultsTable"_s, step);
        waitUntil([&] { return results->model() && results->model()->rowCount() == 1; }, step,
                  u"the booking is not listed"_s);
        results->setFocus();
        results->setCurrentIndex(results->model()->index(0, 0));
        waitUntil([&] { return bookings->currentBooking() && bookings->currentBooking()->reference == m_reference; },
                  step, u"the booking is not on display"_s);
        auto *seats = child<QAbstractItemView>(bookings, u"seatsTable"_s, step);
        waitUntil([&] { return seats->model() && seats->model()->rowCount() == m_seats; }, step, u"its seats are not listed"_s);
        seats->selectionModel()->select(seats->model()->index(0, 0),
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        auto *refundButton = child<QPushButton>(bookings, u"refundButton"_s, step);
        waitUntil([&] { return refundButton->isEnabled(); }, step, u"Refund… stayed off"_s);
        authoriseAsManager(u"08-manager-override"_s);
        QTest::mouseClick(refundButton, Qt::LeftButton);
        auto *refund = openWindowOf<RefundDialog>(m_window, step);
        waitUntil([&] { return refund->money().has_value(); }, step, u"the money of the booking was not read"_s);
        if (refund->selectedSeats().size() != 1)
            fail(step, u"%1 seats ticked for the refund, not 1"_s.arg(refund->selectedSeats().size()));
        QTest::keyClicks(child<QLineEdit>(refund, u"refundReason"_s, step), u"Friend cannot come, asked at the counter"_s);
        save(step, refund);

        step = u"09-refunded"_s;
        QSignalSpy refunded(refund, &RefundDialog::refunded);
        QTest::mouseClick(child<QPushButton>(refund, u"refundButton"_s, step), Qt::LeftButton);
        waitUntil([&] { return !refunded.isEmpty(); }, step, refund->messageText());
        const qint64 refundedCents = refunded.constFirst().constFirst().value<RefundResult>().refundedCents;
        const qint64 left = refund->money()->balanceCents - refundedCents;
        // The cashier made the refund, so its cash left the cashier's drawer.
        m_cashInDrawerCents -= refundedCents;
        auto *refundable = child<QLabel>(refund, u"refundableLabel"_s, step);
        waitUntil([&] { return refundable->text() == formatMoney(left); }, step,
                  u"the dialog still says %1 is refundable"_s.arg(refundable->text()));
        save(step, refund);
        closeIfOpen(refund);
        closeIfOpen(bookings);
    }

    /// The cashier is signed in: the manager authorises the next manager action with their own
    /// PIN at the override prompt, for that one action.
    void authoriseAsManager(const QString &step)
    {
        whenModalOpens<StaffSignInDialog>([this, step](StaffSignInDialog *prompt) {
            auto *name = child<QComboBox>(prompt, u"staffName"_s, step);
            waitUntil([&] { return name->findText(m_manager.name) >= 0; }, step,
                      u"%1 is not offered as a manager"_s.arg(m_manager.name));
            name->setCurrentText(m_manager.name);
            auto *secret = child<QLineEdit>(prompt, u"staffSecret"_s, step);
            secret->setFocus();
            QTest::keyClicks(secret, m_manager.pin);
            saveOver(step, prompt);
            QTest::keyClick(secret, Qt::Key_Return);
        });
    }

    void closeShift()
    {
        QString step = u"10-close-shift-count"_s;
        child<QAction>(&m_window, u"actionCloseShift"_s, step)->trigger();
        auto *dialog = openWindowOf<CloseShiftDialog>(m_window, step);
        const QPointer<QWidget> guard(dialog);
        auto *comparison = child<QTableWidget>(dialog, u"comparison"_s, step);
        auto *cash = child<QLineEdit>(dialog, u"countedCash"_s, step);
        waitUntil([&] { return cash->isEnabled(); }, step, u"the shift was not loaded"_s);
        if (!comparison->isHidden())
            fail(step, u"the expected sums are on show before the count"_s);
        // The drawer holds one five less than the float and the cash taken less the cash refunded.
        QTest::keyClicks(cash, Currency().plainNumber(floatCents + m_cashInDrawerCents - missingCents));
        QTest::keyClicks(child<QLineEdit>(dialog, u"countedCard"_s, step), Currency().plainNumber(0));
        save(step, dialog);

        step = u"11-close-shift-difference"_s;
        QSignalSpy counted(dialog, &CloseShiftDialog::countRecorded);
        QTest::mouseClick(child<QPushButton>(dialog, u"countButton"_s, step), Qt::LeftButton);
        waitUntil([&] { return !counted.isEmpty(); }, step, dialog->statusText());
        const qint64 difference = comparison->item(0, 3)->data(Qt::UserRole).toLongLong();
        if (difference != -missingCents)
            fail(step, u"a cash difference of %1, not %2"_s.arg(difference).arg(-missingCents));
        QTest::keyClicks(child<QPlainTextEdit>(dialog, u"note"_s, step), u"A five short; counted twice."_s);
        save(step, dialog);
        QSignalSpy closed(dialog, &CloseShiftDialog::shiftClosed);
        QTest::mouseClick(child<QPushButton>(dialog, u"closeShiftButton"_s, step), Qt::LeftButton);
        waitUntil([&] { return !closed.isEmpty(); }, step, guard ? dialog->statusText() : QString());
        closeIfOpen(guard);
    }

    void closeDay()
    {
        const QString step = u"13-day-close"_s;
        child<QAction>(&m_window, u"actionDayClose"_s, step)->trigger();
        auto *window = openWindowOf<DayCloseWindow>(m_window, step);
        window->resize(1100, 700);
        QSignalSpy loaded(window, &DayCloseWindow::reportLoaded);
        waitUntil([&] { return !loaded.isEmpty() || window->report().total.netCents() != 0; }, step,
                  u"the day's report was not read"_s);
        QSignalSpy closed(window, &DayCloseWindow::dayClosed);
        QTest::mouseClick(child<QPushButton>(window, u"closeDayButton"_s, step), Qt::LeftButton);
        waitUntil([&] { return !closed.isEmpty(); }, step, window->statusText());
        save(step, window);
    }

    void auditLog()
    {
        const QString step = u"14-audit-log"_s;
        child<QAction>(&m_window, u"actionAuditLog"_s, step)->trigger();
        auto *log = openWindowOf<AuditLogWindow>(m_window, step);
        log->resize(1200, 600);
        auto *managerOnly = child<QCheckBox>(log, u"managerOnlyCheck"_s, step);
        waitUntil([&] { return managerOnly->isEnabled(); }, step, u"the filters stayed off"_s);
        if (!managerOnly->isChecked())
            QTest::mouseClick(managerOnly, Qt::LeftButton);
        auto *table = child<QAbstractItemView>(log, u"auditTable"_s, step);
        // The refund the manager authorised is among the manager actions of the day.
        const auto listsTheManager = [&] {
            const QAbstractItemModel *rows = table->model();
            for (int row = 0; rows && row < rows->rowCount(); ++row) {
                for (int column = 0; column < rows->columnCount(); ++column) {
                    if (rows->index(row, column).data().toString().contains(m_manager.name))
                        return true;
                }
            }
            return false;
        };
        waitUntil(listsTheManager, step, u"no manager action by %1 in the audit log"_s.arg(m_manager.name));
        save(step, log);
    }

    QDir m_out;
    QString m_scan;
    Person m_cashier;
    Person m_manager;
    MainWindow &m_window;
    QString m_reference;
    qsizetype m_seats = 0;
    /// Cash taken less cash given back in this cashier's shift.
    qint64 m_cashInDrawerCents = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setQuitOnLastWindowClosed(false);
    const QStringList args = app.arguments().mid(1);
    const auto value = [&args](const QString &option, int index = 0) {
        const qsizetype at = args.indexOf(option);
        return at < 0 || at + 1 + index >= args.size() ? QString() : args.at(at + 1 + index);
    };
    const QString db = value(u"--db"_s);
    const QString out = value(u"--out"_s);
    const QString scan = value(u"--scan"_s);
    const Person cashier{value(u"--cashier"_s), value(u"--cashier"_s, 1)};
    const Person manager{value(u"--manager"_s), value(u"--manager"_s, 1)};
    if (db.isEmpty() || out.isEmpty() || scan.isEmpty() || cashier.pin.isEmpty() || manager.pin.isEmpty()) {
        std::fprintf(stderr, "usage: walkthroughcounter --db PATH --out FOLDER --scan TEXT"
                             " --cashier NAME PIN --manager NAME PIN\n");
        return 2;
    }
    auto config = DatabaseConfig::fromArgument(db);
    if (!config.ok()) {
        std::fprintf(stderr, "walkthroughcounter: %s\n", qPrintable(config.error().message));
        return 2;
    }
    QDir outDir(out);
    if (!outDir.mkpath(u"."_s))
        fail(u"start"_s, u"cannot create %1"_s.arg(out));

    ChangeFeed feed;
    SystemClock clock;
    // This counter's own settings beside its pictures.
    AppSettings settings(outDir.filePath(u"counter-settings.ini"_s));
    CoreBackend backend(config.value(), feed, clock);
    StaffSession staff(clock);
    ManagerApproval approval(backend, staff);
    MainWindow window(backend, settings, approval);
    QSignalSpy ready(&backend, &CoreBackend::ready);
    backend.start();
    if (!ready.wait(stepTimeoutMs))
        fail(u"start"_s, u"the database did not open"_s);
    window.resize(1400, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        fail(u"start"_s, u"the main window was not shown"_s);
    window.setStaffSession(&staff);

    Walkthrough(outDir, scan, cashier, manager, window).run();
    window.close();
    return 0;
}
