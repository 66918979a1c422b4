#include "shiftswindow.h"

#include "corebackend.h"
#include "displaynames.h"
#include "shiftservice.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

QString optionalMoney(const std::optional<DrawerSums> &sums, qint64 DrawerSums::*method)
{
    return sums ? formatMoney((*sums).*method) : QString();
}

} // namespace

ShiftsWindow::ShiftsWindow(CoreBackend &backend, const StaffActor &manager, QWidget *parent)
    : QWidget(parent), m_backend(backend), m_manager(manager), m_day(new QDateEdit(this)),
      m_table(new QTableWidget(0, 10, this)), m_reopenButton(new QPushButton(tr("Reopen…"), this)),
      m_status(new QLabel(this))
{
    setWindowTitle(tr("Shifts"));
    m_day->setObjectName(u"day"_s);
    m_day->setCalendarPopup(true);
    m_day->setDate(venueDate(backend.clock().now()));
    m_table->setObjectName(u"shiftTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Staff"), tr("Counter"), tr("Opened"), tr("Closed"), tr("Float"),
                                        tr("Cash expected"), tr("Cash counted"), tr("Card expected"),
                                        tr("Card counted"), tr("Note")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_reopenButton->setObjectName(u"reopenButton"_s);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Day:"), this));
    controls->addWidget(m_day);
    controls->addStretch();
    controls->addWidget(m_reopenButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_table);
    layout->addWidget(m_status);

    connect(m_day, &QDateEdit::dateChanged, this, &ShiftsWindow::refresh);
    connect(m_reopenButton, &QPushButton::clicked, this, &ShiftsWindow::reopenSelected);
    refresh();
}

QDate ShiftsWindow::day() const
{
    return m_day->date();
}

QString ShiftsWindow::statusText() const
{
    return m_status->text();
}

void ShiftsWindow::setReasonProvider(ReasonProvider provider)
{
    m_reasonProvider = std::move(provider);
}

void ShiftsWindow::showDay(const QDate &day)
{
    if (day == m_day->date())
        refresh();
    else
        m_day->setDate(day);
}

void ShiftsWindow::refresh()
{
    m_backend.run<QList<Shift>>(
            this,
            [day = day(), zone = venueZone(), &clock = m_backend.clock()](CoreServices &services) {
                ShiftService shifts(services.database, clock);
                return shifts.shiftsOn(day, zone);
            },
            [this, day = day()](const Result<QList<Shift>> &shifts) {
                if (day != this->day())
                    return;
                if (!shifts.ok()) {
                    showStatus(shifts.error().message, true);
                    return;
                }
                m_shifts = shifts.value();
                fillTable();
                showStatus(tr("%n shift(s).", nullptr, int(m_shifts.size())), false);
                emit shiftsLoaded();
            });
}

void ShiftsWindow::fillTable()
{
    m_table->setRowCount(int(m_shifts.size()));
    for (int row = 0; row < m_shifts.size(); ++row) {
        const Shift &shift = m_shifts.at(row);
        const QStringList cells = {shift.staffName,
                                   shift.counter,
                                   formatDateTime(shift.openedAt),
                                   shift.isOpen() ? tr("open") : formatDateTime(shift.closedAt),
                                   formatMoney(shift.floatCents),
                                   optionalMoney(shift.expected, &DrawerSums::cashCents),
                                   optionalMoney(shift.counted, &DrawerSums::cashCents),
                                   optionalMoney(shift.expected, &DrawerSums::cardCents),
                                   optionalMoney(shift.counted, &DrawerSums::cardCents),
                                   shift.closeNote};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
}

void ShiftsWindow::reopenSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_shifts.size()) {
        showStatus(tr("Choose the shift to reopen."), true);
        return;
    }
    const Shift shift = m_shifts.at(row);
    const QString reason = m_reasonProvider
                                   ? m_reasonProvider(shift)
                                   : QInputDialog::getText(this, tr("Reopen shift"),
                                                           tr("Why is %1's shift reopened?").arg(shift.staffName));
    if (reason.trimmed().isEmpty()) {
        showStatus(tr("A shift is reopened only with a reason."), true);
        return;
    }
    m_backend.run<Shift>(
            this,
            [id = shift.id, reason, manager = m_manager, &clock = m_backend.clock()](CoreServices &services) {
                ShiftService shifts(services.database, clock);
                return shifts.reopenShift(id, reason, manager);
            },
            [this](const Result<Shift> &reopened) {
                if (!reopened.ok()) {
                    showStatus(reopened.error().message, true);
                    return;
                }
                emit shiftReopened(reopened.value());
                refresh();
            });
}

void ShiftsWindow::showStatus(const QString &message, bool error)
{
    m_status->setText(message);
    if (error)
        emit failed(message);
}

} // namespace boxoffice
