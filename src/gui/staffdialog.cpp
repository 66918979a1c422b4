#include "staffdialog.h"

#include "corebackend.h"
#include "displaynames.h"
#include "inlinemessage.h"
#include "staffsession.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
enum Column { NameColumn, RoleColumn, StateColumn, WaitColumn, ColumnCount };

QString roleText(StaffRole role)
{
    return role == StaffRole::Manager ? StaffDialog::tr("Manager") : StaffDialog::tr("Cashier");
}
} // namespace

StaffDialog::StaffDialog(CoreBackend &backend, StaffSession &session, QWidget *parent)
    : QDialog(parent), m_backend(backend), m_session(session)
{
    setObjectName(u"staffDialog"_s);
    setWindowTitle(tr("Staff"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"staffTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("State"), tr("Wait after wrong PINs")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &StaffDialog::updateButtons);

    const auto makeButton = [this](const QString &text, const QString &name) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setAutoDefault(false);
        return button;
    };
    m_addButton = makeButton(tr("&Add…"), u"addStaff"_s);
    m_renameButton = makeButton(tr("Re&name…"), u"renameStaff"_s);
    m_roleButton = makeButton(tr("Make &manager"), u"changeStaffRole"_s);
    m_disableButton = makeButton(tr("&Disable"), u"disableStaff"_s);
    m_resetButton = makeButton(tr("&Reset PIN…"), u"resetStaffSecret"_s);
    connect(m_addButton, &QPushButton::clicked, this, &StaffDialog::openAdd);
    connect(m_renameButton, &QPushButton::clicked, this, &StaffDialog::openRename);
    connect(m_roleButton, &QPushButton::clicked, this, &StaffDialog::changeRole);
    connect(m_disableButton, &QPushButton::clicked, this, &StaffDialog::toggleDisabled);
    connect(m_resetButton, &QPushButton::clicked, this, &StaffDialog::openResetSecret);

    m_message = new QLabel(this);
    m_message->setObjectName(u"staffMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_addButton, m_renameButton, m_roleButton, m_disableButton, m_resetButton})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *body = new QHBoxLayout;
    body->addWidget(m_table, 1);
    body->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(m_message);
    layout->addWidget(close);
    resize(720, 360);
    updateButtons();
    reload();
}

StaffDialog::~StaffDialog() = default;

QString StaffDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void StaffDialog::reload()
{
    setBusy(true);
    m_backend.run<QList<StaffMember>>(
            this, [](CoreServices &services) { return services.staff.staff(); },
            [this](const Result<QList<StaffMember>> &staff) {
                setBusy(false);
                if (!staff.ok()) {
                    showMessage(true, StaffAccountFields::describeRefusal(staff.error()));
                    emit loaded();
                    return;
                }
                m_members = staff.value();
                fill();
                if (const std::optional<StaffMember> me = m_session.member()) {
                    for (const StaffMember &member : std::as_const(m_members)) {
                        if (member.id == me->id)
                            m_session.updateMember(member);
                    }
                }
                emit loaded();
            });
}

void StaffDialog::fill()
{
    const std::optional<StaffMember> before = selected();
    const QDateTime now = m_backend.clock().now();
    m_table->setRowCount(int(m_members.size()));
    for (int row = 0; row < m_members.size(); ++row) {
        const StaffMember &member = m_members.at(row);
        const qint64 waitSeconds = member.lockedUntil.isValid() ? now.secsTo(member.lockedUntil) : 0;
        const QStringList texts{
                member.name, roleText(member.role),
                member.disabled() ? tr("Disabled since %1").arg(QLocale().toString(inVenueZone(member.disabledAt), QLocale::ShortFormat)) : tr("Active"),
                waitSeconds > 0 ? tr("%n second(s)", nullptr, int(waitSeconds)) : QString()};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setData(Qt::UserRole, member.id);
            m_table->setItem(row, column, item);
        }
    }
    if (before)
        selectMember(before->id);
    updateButtons();
}

bool StaffDialog::selectMember(qint64 id)
{
    for (int row = 0; row < m_members.size(); ++row) {
        if (m_members.at(row).id == id) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

std::optional<StaffMember> StaffDialog::selected() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const qint64 id = items.constFirst()->data(Qt::UserRole).toLongLong();
    for (const StaffMember &member : m_members) {
        if (member.id == id)
            return member;
    }
    return std::nullopt;
}

void StaffDialog::updateButtons()
{
    const std::optional<StaffMember> member = selected();
    m_addButton->setEnabled(!m_busy);
    for (QPushButton *button : {m_renameButton, m_roleButton, m_disableButton, m_resetButton})
        button->setEnabled(!m_busy && member.has_value());
    m_roleButton->setText(member && member->isManager() ? tr("Make &cashier") : tr("Make &manager"));
    m_disableButton->setText(member && member->disabled() ? tr("&Enable") : tr("&Disable"));
}

void StaffDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void StaffDialog::showMessage(bool error, const QString &text)
{
    showInlineMessage(m_message, error, text);
    m_message->setVisible(!text.isEmpty());
}

void StaffDialog::apply(Change change, const QString &done)
{
    const std::optional<StaffMember> manager = m_session.member();
    if (!manager || !manager->isManager()) {
        showMessage(true, tr("Only a signed-in manager changes staff accounts."));
        return;
    }
    setBusy(true);
    m_backend.run<bool>(
            this,
            [change = std::move(change), actor = manager->name](CoreServices &services) {
                return change(services.staff, actor);
            },
            [this, done](const Result<bool> &changed) {
                setBusy(false);
                if (changed.ok())
                    showMessage(false, done);
                else
                    showMessage(true, StaffAccountFields::describeRefusal(changed.error()));
                reload();
            });
}

QDialog *StaffDialog::openForm(const QString &title, StaffAccountFields::Fields fields,
                               const std::function<void(StaffAccountFields &)> &prepare,
                               const std::function<void(StaffAccountFields &)> &save)
{
    auto *form = new QDialog(this);
    form->setObjectName(u"staffAccountForm"_s);
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->setWindowTitle(title);
    auto *accountFields = new StaffAccountFields(fields, form);
    prepare(*accountFields);
    auto *problem = new QLabel(form);
    problem->setObjectName(u"staffAccountProblem"_s);
    problem->setWordWrap(true);
    problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, form);
    connect(buttons, &QDialogButtonBox::rejected, form, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, form, [form, accountFields, problem, save] {
        const QString text = accountFields->problem();
        if (!text.isEmpty()) {
            showInlineMessage(problem, true, text);
            problem->show();
            return;
        }
        save(*accountFields);
        form->accept();
    });
    auto *layout = new QVBoxLayout(form);
    layout->addWidget(accountFields);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    form->open();
    return form;
}

QDialog *StaffDialog::openAdd()
{
    return openForm(
            tr("Add a staff member"), StaffAccountFields::Name | StaffAccountFields::Role | StaffAccountFields::Secret,
            [](StaffAccountFields &fields) { fields.setRole(StaffRole::Cashier); },
            [this](StaffAccountFields &fields) {
                const QString name = fields.name();
                apply([name, role = fields.role(), secret = fields.secret()](StaffService &staff, const QString &actor) {
                    auto added = staff.addStaff(name, role, secret, actor);
                    return added.ok() ? Result<bool>(true) : Result<bool>(added.error());
                }, tr("%1 can sign in now.").arg(name));
            });
}

QDialog *StaffDialog::openRename()
{
    const std::optional<StaffMember> member = selected();
    if (!member)
        return nullptr;
    return openForm(
            tr("Rename %1").arg(member->name), StaffAccountFields::Name,
            [member](StaffAccountFields &fields) { fields.setName(member->name); },
            [this, id = member->id](StaffAccountFields &fields) {
                const QString name = fields.name();
                apply([id, name](StaffService &staff, const QString &actor) { return staff.rename(id, name, actor); },
                      tr("Renamed to %1.").arg(name));
            });
}

QDialog *StaffDialog::openResetSecret()
{
    const std::optional<StaffMember> member = selected();
    if (!member)
        return nullptr;
    return openForm(
            tr("New PIN for %1").arg(member->name), StaffAccountFields::Secret, [](StaffAccountFields &) {},
            [this, id = member->id, name = member->name](StaffAccountFields &fields) {
                apply([id, secret = fields.secret()](StaffService &staff,
                                                     const QString &actor) { return staff.resetSecret(id, secret, actor); },
                      tr("%1 signs in with the new PIN from now on.").arg(name));
            });
}

void StaffDialog::changeRole()
{
    const std::optional<StaffMember> member = selected();
    if (!member)
        return;
    const StaffRole role = member->isManager() ? StaffRole::Cashier : StaffRole::Manager;
    apply([id = member->id, role](StaffService &staff, const QString &actor) { return staff.setRole(id, role, actor); },
          role == StaffRole::Manager ? tr("%1 is a manager now.").arg(member->name)
                                     : tr("%1 is a cashier now.").arg(member->name));
}

void StaffDialog::toggleDisabled()
{
    const std::optional<StaffMember> member = selected();
    if (!member)
        return;
    if (member->disabled())
        apply([id = member->id](StaffService &staff, const QString &actor) { return staff.enable(id, actor); },
              tr("%1 can sign in again.").arg(member->name));
    else
        apply([id = member->id](StaffService &staff, const QString &actor) { return staff.disable(id, actor); },
              tr("%1 can no longer sign in.").arg(member->name));
}

} // namespace boxoffice
