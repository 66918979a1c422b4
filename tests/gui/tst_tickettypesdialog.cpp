#include "countersale.h"
#include "displaynames.h"
#include "mainwindowtestfixture.h"
#include "seatmapwidget.h"
#include "showlistmodel.h"
#include "tickettypesdialog.h"
#include "translators.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>

#include <memory>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

class tst_TicketTypesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void theActionIsForManagersOnly();
    void theDialogClosesWhenTheManagerSignsOut();
    void typesAreAddedMovedFlaggedAndRetiredByKeyboard();
    void retiringAsksFirst();
    void aRefusedSaveSaysWhyAndStaysOpen();
    void theVenuesNamesAreShownAndTheShippedOnesTranslated();
    void theBasketFollowsARenameAtOnce();

private:
    QAction *ticketTypesAction() const { return m_window->findChild<QAction *>(u"actionTicketTypes"_s); }
    /// Signs the manager in, triggers Ticket types… and waits for the list.
    TicketTypesDialog *openDialog();
    QStringList tableNames(TicketTypesDialog *dialog) const;
    /// Presses Delete on the table and waits for the question.
    QMessageBox *askToRetire(QTableWidget *table);

    std::unique_ptr<MainWindowTestFixture> m_fixture;
    ManagerTestFixture *m_manager = nullptr;
    VenueService *m_venues = nullptr;
    MainWindow *m_window = nullptr;
};

void tst_TicketTypesDialog::initTestCase()
{
    QApplication::setQuitOnLastWindowClosed(false);
}

void tst_TicketTypesDialog::init()
{
    m_fixture = std::make_unique<MainWindowTestFixture>();
    QVERIFY(m_fixture->valid);
    m_manager = &m_fixture->manager;
    m_venues = m_fixture->venues.get();
    m_window = m_fixture->window.get();
}

void tst_TicketTypesDialog::cleanup()
{
    m_fixture.reset();
    setVenueTicketTypes({});
}

TicketTypesDialog *tst_TicketTypesDialog::openDialog()
{
    if (!m_manager->signInManager())
        return nullptr;
    ticketTypesAction()->trigger();
    auto *dialog = m_window->findChild<TicketTypesDialog *>();
    if (!dialog)
        return nullptr;
    auto *table = dialog->findChild<QTableWidget *>(u"ticketTypesTable"_s);
    if (!QTest::qWaitFor([&] { return table->rowCount() > 0; }, 5000) || !QTest::qWaitForWindowActive(dialog))
        return nullptr;
    return dialog;
}

QStringList tst_TicketTypesDialog::tableNames(TicketTypesDialog *dialog) const
{
    auto *table = dialog->findChild<QTableWidget *>(u"ticketTypesTable"_s);
    QStringList names;
    for (int row = 0; row < table->rowCount(); ++row)
        names.append(table->item(row, TicketTypesDialog::NameColumn)->text());
    return names;
}

QMessageBox *tst_TicketTypesDialog::askToRetire(QTableWidget *table)
{
    QTest::keyClick(table, Qt::Key_Delete);
    QMessageBox *question = nullptr;
    const bool asked = QTest::qWaitFor([&] {
        question = table->window()->findChild<QMessageBox *>(u"retireConfirmation"_s);
        return question && question->isVisible();
    }, 5000);
    return asked ? question : nullptr;
}

void tst_TicketTypesDialog::theActionIsForManagersOnly()
{
    QVERIFY(ticketTypesAction());
    QVERIFY(m_manager->signInCashier());
    int prompts = 0;
    m_manager->approval->setOverrideProvider([&prompts](const QString &, QWidget *) {
        ++prompts;
        return std::optional<StaffMember>{};
    });
    ticketTypesAction()->trigger();
    QCOMPARE(prompts, 1);
    QVERIFY(!m_window->findChild<TicketTypesDialog *>());
    QVERIFY(m_manager->signInManager());
    ticketTypesAction()->trigger();
    QCOMPARE(prompts, 1);
    QTRY_VERIFY(m_window->findChild<TicketTypesDialog *>());
}

void tst_TicketTypesDialog::theDialogClosesWhenTheManagerSignsOut()
{
    QPointer<TicketTypesDialog> dialog = openDialog();
    QVERIFY(dialog);
    m_manager->staffSession->lock();
    QTRY_VERIFY(!dialog || !dialog->isVisible());
}

void tst_TicketTypesDialog::typesAreAddedMovedFlaggedAndRetiredByKeyboard()
{
    TicketTypesDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *table = dialog->findChild<QTableWidget *>(u"ticketTypesTable"_s);
    QCOMPARE(tableNames(dialog), (QStringList{u"Adult"_s, u"Child"_s, u"Concession"_s}));
    QTRY_VERIFY(table->hasFocus());

    // Insert adds a row and edits its name.
    QTest::keyClick(table, Qt::Key_Insert);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, u"Companion"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(table->hasFocus());
    QCOMPARE(tableNames(dialog), (QStringList{u"Adult"_s, u"Child"_s, u"Concession"_s, u"Companion"_s}));

    // Ctrl+Up moves it above Concession; Space in the next column lets the web sell it.
    QTest::keyClick(table, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(tableNames(dialog), (QStringList{u"Adult"_s, u"Child"_s, u"Companion"_s, u"Concession"_s}));
    QCOMPARE(table->currentRow(), 2);
    QTest::keyClick(table, Qt::Key_Right);
    QCOMPARE(table->currentColumn(), int(TicketTypesDialog::SoldOnlineColumn));
    QCOMPARE(table->item(2, TicketTypesDialog::SoldOnlineColumn)->checkState(), Qt::Unchecked);
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(table->item(2, TicketTypesDialog::SoldOnlineColumn)->checkState(), Qt::Checked);

    // Child is retired once confirmed.
    QTest::keyClick(table, Qt::Key_Up);
    QCOMPARE(table->currentRow(), 1);
    QMessageBox *question = askToRetire(table);
    QVERIFY(question);
    QVERIFY2(question->text().contains(u"Child"_s), qPrintable(question->text()));
    QTest::mouseClick(question->findChild<QPushButton *>(u"confirmRetire"_s), Qt::LeftButton);
    QTRY_COMPARE(tableNames(dialog), (QStringList{u"Adult"_s, u"Companion"_s, u"Concession"_s}));

    QSignalSpy announced(&m_manager->feed, &ChangeFeed::ticketTypesChanged);
    QSignalSpy accepted(dialog, &QDialog::accepted);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_COMPARE(accepted.size(), 1);
    QTRY_COMPARE(announced.size(), 1);

    const QList<TicketType> stored = m_venues->ticketTypes(true).value();
    const QList<TicketType> expected = {{u"adult"_s, u"Adult"_s, true, 0, false},
                                        {u"companion"_s, u"Companion"_s, true, 1, false},
                                        {u"concession"_s, u"Concession"_s, false, 2, false},
                                        {u"child"_s, u"Child"_s, true, 3, true}};
    QCOMPARE(stored, expected);
    QCOMPARE(m_manager->catalog->auditLog(10).value().constFirst().actor, ManagerTestFixture::managerName);
}

void tst_TicketTypesDialog::retiringAsksFirst()
{
    TicketTypesDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *table = dialog->findChild<QTableWidget *>(u"ticketTypesTable"_s);
    QTRY_VERIFY(table->hasFocus());
    QMessageBox *question = askToRetire(table);
    QVERIFY(question);
    QVERIFY(question->defaultButton() == question->button(QMessageBox::Cancel));
    QTest::keyClick(question, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->findChild<QMessageBox *>(u"retireConfirmation"_s));
    QCOMPARE(tableNames(dialog), (QStringList{u"Adult"_s, u"Child"_s, u"Concession"_s}));
    const QList<TicketType> kept = dialog->fromTable();
    QVERIFY(std::none_of(kept.cbegin(), kept.cend(), [](const TicketType &type) { return type.retired; }));
}

void tst_TicketTypesDialog::aRefusedSaveSaysWhyAndStaysOpen()
{
    TicketTypesDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *table = dialog->findChild<QTableWidget *>(u"ticketTypesTable"_s);
    table->item(1, TicketTypesDialog::NameColumn)->setText(u"adult"_s);
    QSignalSpy accepted(dialog, &QDialog::accepted);
    dialog->save();
    auto *error = dialog->findChild<QLabel *>(u"ticketTypesError"_s);
    QTRY_VERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(u"named \"adult\""_s), qPrintable(error->text()));
    QCOMPARE(accepted.size(), 0);
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_venues->ticketTypes()->at(1).name, u"Child"_s);
}

void tst_TicketTypesDialog::theVenuesNamesAreShownAndTheShippedOnesTranslated()
{
    QCOMPARE(ticketTypeName(u"student"_s), u"Student"_s);
    setVenueTicketTypes({{u"adult"_s, u"Adult"_s, true, 0, false},
                         {u"child"_s, u"Kids"_s, true, 1, false},
                         {u"student"_s, u"Students (with ID)"_s, false, 2, true}});
    QCOMPARE(ticketTypeName(u"child"_s), u"Kids"_s);
    QCOMPARE(ticketTypeName(u"student"_s), u"Students (with ID)"_s);
    QCOMPARE(ticketTypeName(u"concession"_s), u"Concession"_s);
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    QVERIFY(installTranslators(*app, u"de"_s));
    QCOMPARE(ticketTypeName(u"adult"_s), u"Erwachsene"_s);
    QCOMPARE(ticketTypeName(u"child"_s), u"Kids"_s);
    QVERIFY(installTranslators(*app, u"en"_s));
}

void tst_TicketTypesDialog::theBasketFollowsARenameAtOnce()
{
    QTRY_VERIFY(m_window->showsModel()->rowCount() > 0);
    const qint64 show = m_window->showsModel()->shows().constFirst().id;
    QVERIFY(m_window->selectShow(show));
    QTRY_VERIFY(m_window->sale()->snapshot().has_value() && m_window->sale()->snapshot()->show.id == show);
    SeatMapWidget *map = m_window->seatMap();
    map->setFocus();
    QTRY_VERIFY(map->hasFocus());
    QTest::keyClick(map, Qt::Key_Space);
    QTRY_COMPARE(m_window->sale()->heldSeats().size(), 1);
    const QString seat = m_window->sale()->heldSeats().constFirst();
    QComboBox *types = nullptr;
    QTRY_VERIFY((types = m_window->findChild<QComboBox *>(u"ticketType_"_s + seat)));
    QVERIFY(types->findText(u"Child"_s) >= 0);

    QList<TicketType> renamed = m_venues->ticketTypes().value();
    renamed[1].name = u"Kids under 12"_s;
    QVERIFY(m_venues->saveTicketTypes(renamed, StaffActor{0, u"Maria"_s, 0, {}}).ok());
    QTRY_VERIFY((types = m_window->findChild<QComboBox *>(u"ticketType_"_s + seat)) && types->findText(u"Kids under 12"_s) >= 0);
    QCOMPARE(types->findText(u"Child"_s), -1);

    // The venue's order at the till; a retired type is offered no more.
    renamed.move(2, 0);
    renamed[2].retired = true;
    QVERIFY(m_venues->saveTicketTypes(renamed, StaffActor{0, u"Maria"_s, 0, {}}).ok());
    const auto offered = [this, &seat] {
        QStringList texts;
        if (auto *combo = m_window->findChild<QComboBox *>(u"ticketType_"_s + seat)) {
            for (int i = 0; i < combo->count(); ++i)
                texts.append(combo->itemText(i));
        }
        return texts;
    };
    QTRY_COMPARE(offered(), (QStringList{u"Concession"_s, u"Adult"_s}));
    QCOMPARE(m_window->sale()->ticketType(seat), u"concession"_s);
}

QTEST_MAIN(tst_TicketTypesDialog)
#include "tst_tickettypesdialog.moc"
