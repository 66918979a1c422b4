#include "hallswindow.h"

#include "corebackend.h"
#include "halldesignerwindow.h"
#include "managerapproval.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace boxoffice {

HallsWindow::HallsWindow(CoreBackend &backend, ManagerApproval &approval, QWidget *parent)
    : QWidget(parent, Qt::Window), m_backend(backend), m_approval(approval)
{
    setObjectName(u"hallsWindow"_s);
    setWindowTitle(tr("Halls"));
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(u"hallTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Hall"), tr("Seats")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *newButton = new QPushButton(tr("&New hall…"), this);
    newButton->setObjectName(u"newHallButton"_s);
    m_editButton = new QPushButton(tr("&Edit…"), this);
    m_editButton->setObjectName(u"editHallButton"_s);
    m_editButton->setEnabled(false);
    m_error = new QLabel(this);
    m_error->setObjectName(u"hallsError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();

    connect(newButton, &QPushButton::clicked, this, &HallsWindow::newHall);
    connect(m_editButton, &QPushButton::clicked, this, &HallsWindow::editSelectedHall);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_editButton->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &HallsWindow::editSelectedHall);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(m_editButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    resize(420, 320);
    refresh();
}

HallDesignerWindow *HallsWindow::designer() const
{
    return m_designer;
}

void HallsWindow::refresh()
{
    m_backend.run<QList<HallSummary>>(
            this, [](CoreServices &services) { return services.venues.halls(); },
            [this](const Result<QList<HallSummary>> &halls) {
                if (halls.ok())
                    showHalls(halls.value());
                else
                    showError(halls.error().message);
                emit loaded();
            });
}

void HallsWindow::showHalls(const QList<HallSummary> &halls)
{
    m_error->hide();
    const qint64 selected = m_table->selectedItems().isEmpty()
                                    ? m_designedHall
                                    : m_table->item(m_table->currentRow(), 0)->data(Qt::UserRole).toLongLong();
    m_table->setRowCount(int(halls.size()));
    for (int row = 0; row < halls.size(); ++row) {
        const HallSummary &hall = halls.at(row);
        auto *name = new QTableWidgetItem(hall.name);
        name->setData(Qt::UserRole, hall.id);
        auto *seats = new QTableWidgetItem(QLocale().toString(hall.seats));
        seats->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, seats);
        if (hall.id == selected)
            m_table->selectRow(row);
    }
}

void HallsWindow::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void HallsWindow::newHall()
{
    HallPlan plan;
    plan.name = tr("New hall");
    openDesigner(0, plan);
    m_designer->openGenerator();
}

void HallsWindow::editSelectedHall()
{
    if (m_table->selectedItems().isEmpty())
        return;
    const qint64 hall = m_table->item(m_table->currentRow(), 0)->data(Qt::UserRole).toLongLong();
    m_backend.run<HallPlan>(
            this, [hall](CoreServices &services) { return services.venues.hallPlan(hall); },
            [this, hall](const Result<HallPlan> &plan) {
                if (plan.ok())
                    openDesigner(hall, plan.value());
                else
                    showError(plan.error().message);
            });
}

void HallsWindow::openDesigner(qint64 hall, const HallPlan &plan)
{
    if (!m_designer) {
        m_designer = new HallDesignerWindow(this);
        m_designer->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_designer, &HallDesignerWindow::saveRequested, this, &HallsWindow::saveHall);
    }
    m_designedHall = hall;
    m_designer->setPlan(plan);
    m_designer->setWindowTitle(tr("Hall designer – %1").arg(plan.name));
    m_designer->show();
    m_designer->raise();
    m_designer->activateWindow();
    emit designerOpened();
}

void HallsWindow::setActor(const StaffActor &actor)
{
    m_actor = actor;
}

void HallsWindow::saveHall(const HallPlan &plan)
{
    // The designer may outlive who opened it; what it stores is audited under them only while they are here.
    if (!m_actor || !m_approval.stillApproved(*m_actor)) {
        m_designer->showSaveResult(false, tr("Whoever opened the halls signed out. Open them again as a manager to "
                                             "save the hall."));
        emit saveAnswered(false);
        return;
    }
    const qint64 hall = m_designedHall;
    m_backend.run<qint64>(
            this,
            [plan, hall, manager = *m_actor](CoreServices &services) -> Result<qint64> {
                if (hall == 0)
                    return services.venues.createHall(plan, manager);
                auto saved = services.venues.saveHallPlan(hall, plan, manager);
                if (!saved.ok())
                    return saved.error();
                return hall;
            },
            [this, hall](const Result<qint64> &saved) {
                if (saved.ok() && m_designedHall == hall)
                    m_designedHall = saved.value();
                if (m_designer)
                    m_designer->showSaveResult(saved.ok(), saved.ok() ? QString() : saved.error().message);
                if (saved.ok())
                    refresh();
                emit saveAnswered(saved.ok());
            });
}

} // namespace boxoffice
