#include "auditlogwindow.h"
#include "displaynames.h"
#include "managertestfixture.h"
#include "screenshot.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTest>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 zoe = 901;
constexpr qint64 maria = 902;

/// The statements of C++ source text, split at semicolons outside string literals.
QStringList statementsOf(const QString &source)
{
    QStringList statements;
    QString current;
    bool inString = false;
    bool escaped = false;
    for (const QChar c : source) {
        current.append(c);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == u'\\')
                escaped = true;
            else if (c == u'"')
                inString = false;
        } else if (c == u'"') {
            inString = true;
        } else if (c == u';') {
            statements.append(current);
            current.clear();
        }
    }
    return statements;
}

/// The action codes the core writes to the audit log, read from its sources: the code-like
/// literals ("refund", "open shift", 'collect' in SQL) of every statement that writes an audit row
/// or chooses an action for one.
QSet<QString> auditActionsWrittenByTheCore()
{
    static const QRegularExpression writesAudit(
            uR"(\baudit\s*\(|\bAuditTrail::record\s*\(|INSERT INTO audit_log|\baction\s*=(?!=)|\bchangeClaims\s*\()"_s);
    static const QRegularExpression code(uR"re(u"([a-z][A-Za-z_ ]*)"_s|'([a-z_]+)')re"_s);
    QSet<QString> codes;
    const QDir core(QStringLiteral(BOXOFFICE_SOURCE_DIR "/src/core"));
    for (const QString &name : core.entryList({u"*.cpp"_s}, QDir::Files)) {
        QFile file(core.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file.fileName()));
        for (const QString &statement : statementsOf(QString::fromUtf8(file.readAll()))) {
            if (!writesAudit.match(statement).hasMatch())
                continue;
            for (auto found = code.globalMatch(statement); found.hasNext();) {
                const QRegularExpressionMatch match = found.next();
                codes.insert(match.hasCaptured(1) ? match.captured(1) : match.captured(2));
            }
        }
    }
    return codes;
}

} // namespace

class tst_AuditLogWindow : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<ManagerTestFixture>();
        QVERIFY(m_fixture->valid);
        setVenueZone(QTimeZone::utc());
        QVERIFY(m_fixture->signInManager());
        exec(u"INSERT INTO staff (id, name, role, secret_hash, created_at) VALUES (?, 'Zoe Cashier', 'cashier', 'x', 0),"
             " (?, 'Maria Manager', 'manager', 'x', 0)"_s,
             {zoe, maria});
        m_window = std::make_unique<AuditLogWindow>(*m_fixture->backend, *m_fixture->approval);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_table = m_window->findChild<QTableView *>(u"auditTable"_s);
        m_status = m_window->findChild<QLabel *>(u"statusLabel"_s);
        m_older = m_window->findChild<QPushButton *>(u"olderButton"_s);
        m_newer = m_window->findChild<QPushButton *>(u"newerButton"_s);
        QVERIFY(m_table && m_status && m_older && m_newer);
    }

    void cleanup()
    {
        m_window.reset();
        m_fixture.reset();
    }

    void filtersNarrowTheLog()
    {
        const QDateTime day = QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::utc());
        const qint64 show = m_fixture->futureShow().id;
        QVERIFY(show > 0);
        addEntries(1, zoe, 0, u"book"_s, 0, day, u""_s);
        addEntries(1, zoe, maria, u"unbook"_s, show, day.addDays(1), u"Customer ill"_s);
        addEntries(1, maria, 0, u"block"_s, show, day.addDays(2), u"Camera platform"_s);
        addEntries(1, maria, 0, u"block"_s, 0, day.addDays(3), u"Wheelchair space"_s);
        m_window->findChild<QCheckBox *>(u"managerOnlyCheck"_s)->setChecked(false);
        m_window->refresh();
        auto *staff = m_window->findChild<QComboBox *>(u"staffCombo"_s);
        auto *action = m_window->findChild<QComboBox *>(u"actionCombo"_s);
        auto *showCombo = m_window->findChild<QComboBox *>(u"showCombo"_s);
        auto *from = m_window->findChild<QDateEdit *>(u"fromDate"_s);
        auto *to = m_window->findChild<QDateEdit *>(u"toDate"_s);
        QVERIFY(staff && action && showCombo && from && to);
        QTRY_VERIFY(staff->findData(zoe) >= 0);
        QTRY_VERIFY(action->findData(u"unbook"_s) >= 0);

        staff->setCurrentIndex(staff->findData(zoe));
        QTRY_COMPARE(rows(), (QStringList{u"Zoe Cashier|Maria Manager|Unbooked|Customer ill"_s,
                                          u"Zoe Cashier||Booked|"_s}));
        action->setCurrentIndex(action->findData(u"book"_s));
        QTRY_COMPARE(rows(), QStringList{u"Zoe Cashier||Booked|"_s});

        staff->setCurrentIndex(staff->findData(maria));
        action->setCurrentIndex(action->findData(u"block"_s));
        QTRY_COMPARE(rows().size(), 2);
        showCombo->setCurrentIndex(showCombo->findData(show));
        QTRY_COMPARE(rows(), QStringList{u"Maria Manager||Blocked|Camera platform"_s});
        showCombo->setCurrentIndex(0);
        QTRY_COMPARE(rows().size(), 2);
        // Days are whole days of the venue: the entry at noon of the last day is in.
        from->setDate(day.addDays(3).date());
        QTRY_COMPARE(rows(), QStringList{u"Maria Manager||Blocked|Wheelchair space"_s});
        from->setDate(from->minimumDate());
        to->setDate(day.addDays(2).date());
        QTRY_COMPARE(rows(), QStringList{u"Maria Manager||Blocked|Camera platform"_s});
        to->setDate(to->minimumDate());

        staff->setCurrentIndex(0);
        action->setCurrentIndex(0);
        auto *text = m_window->findChild<QLineEdit *>(u"filterEdit"_s);
        QTest::keyClicks(text, u"WHEELCHAIR"_s);
        QTRY_COMPARE(rows(), QStringList{u"Maria Manager||Blocked|Wheelchair space"_s});
    }

    void pagesThroughEveryEntry()
    {
        const QDateTime start = m_fixture->clock.now().addDays(-10);
        constexpr int entries = 2 * AuditLogWindow::pageSize + 50;
        addEntries(entries, zoe, 0, u"block"_s, 0, start, u"Reason"_s);
        auto *staff = m_window->findChild<QComboBox *>(u"staffCombo"_s);
        QTRY_VERIFY(staff->findData(zoe) >= 0);
        staff->setCurrentIndex(staff->findData(zoe));
        QTRY_COMPARE(m_status->text(), u"Entries 1–200, newest first."_s);
        QCOMPARE(m_table->model()->rowCount(), AuditLogWindow::pageSize);
        QCOMPARE(cell(0, 5), QString::number(entries - 1));
        QVERIFY(!m_newer->isEnabled());
        QVERIFY(m_older->isEnabled());

        // The keyboard pages as the buttons do.
        m_table->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_O, Qt::AltModifier);
        QTRY_COMPARE(m_status->text(), u"Entries 201–400, newest first."_s);
        QCOMPARE(cell(0, 5), QString::number(entries - 1 - AuditLogWindow::pageSize));
        QVERIFY(m_newer->isEnabled());
        QTest::mouseClick(m_older, Qt::LeftButton);
        QTRY_COMPARE(m_status->text(), u"Entries 401–450, newest first."_s);
        QCOMPARE(m_table->model()->rowCount(), 50);
        QCOMPARE(cell(49, 5), u"0"_s);
        QVERIFY(!m_older->isEnabled());

        QTest::mouseClick(m_newer, Qt::LeftButton);
        QTRY_COMPARE(m_status->text(), u"Entries 201–400, newest first."_s);
        QCOMPARE(cell(AuditLogWindow::pageSize - 1, 5), u"50"_s);
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(m_status->text(), u"Entries 1–200, newest first."_s);
        QVERIFY(!m_newer->isEnabled());
    }

    void exportWritesEveryMatchingEntry()
    {
        constexpr int entries = 1500;
        addEntries(entries, zoe, maria, u"unbook"_s, 0, m_fixture->clock.now().addDays(-1), u"=1+1"_s);
        auto *staff = m_window->findChild<QComboBox *>(u"staffCombo"_s);
        QTRY_VERIFY(staff->findData(zoe) >= 0);
        staff->setCurrentIndex(staff->findData(zoe));
        QTRY_COMPARE(m_status->text(), u"Entries 1–200, newest first."_s);

        const QString path = m_fixture->m_dir.filePath(u"audit.csv"_s);
        QString suggested;
        m_window->setSavePathProvider([&suggested, path](const QString &name) {
            suggested = name;
            return path;
        });
        QSignalSpy finished(m_window.get(), &AuditLogWindow::exportFinished);
        auto *exportButton = m_window->findChild<QPushButton *>(u"exportButton"_s);
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QCOMPARE(suggested, u"audit-log-2026-11-27.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        // The header, every entry beyond the page on display, and the empty end after the last line break.
        QCOMPARE(lines.size(), 1 + entries + 1);
        QVERIFY(lines.at(0).contains("staff,authorised_by,action"));
        QVERIFY2(lines.at(1).contains(",Zoe Cashier,Maria Manager,unbook,,,") && lines.at(1).contains(",'=1+1\r"),
                 lines.at(1).constData());
        QVERIFY(m_status->text().contains(path));
    }

    void lockingHidesTheLog()
    {
        addEntries(1, maria, 0, u"block"_s, 0, m_fixture->clock.now(), u"Secret reason"_s);
        QTRY_COMPARE(rows().size(), 1);
        m_fixture->staffSession->lock();
        QTRY_COMPARE(m_table->model()->rowCount(), 0);
        QCOMPARE(m_window->findChild<QComboBox *>(u"staffCombo"_s)->count(), 1);
    }

    void screenshot()
    {
        // Maria's blocks of one show, manager actions only, among a busy day's entries.
        const QDateTime day = m_fixture->clock.now().addSecs(-6 * 3600);
        const qint64 show = m_fixture->futureShow().id;
        addEntries(40, zoe, 0, u"book"_s, show, day, u""_s);
        addEntries(3, zoe, maria, u"unbook"_s, show, day.addSecs(600), u"Customer ill"_s);
        addEntries(4, maria, 0, u"block"_s, show, day.addSecs(1200), u"Camera platform"_s);
        m_window->resize(1200, 560);
        auto *staff = m_window->findChild<QComboBox *>(u"staffCombo"_s);
        auto *action = m_window->findChild<QComboBox *>(u"actionCombo"_s);
        QTRY_VERIFY(staff->findData(maria) >= 0);
        staff->setCurrentIndex(staff->findData(maria));
        QTRY_VERIFY(action->findData(u"block"_s) >= 0);
        action->setCurrentIndex(action->findData(u"block"_s));
        QTRY_COMPARE(rows(), QStringList(4, u"Maria Manager||Blocked|Camera platform"_s));
        QVERIFY(m_window->findChild<QCheckBox *>(u"managerOnlyCheck"_s)->isChecked());
        // The chosen name is not cut: it fits the combo box's text field.
        const auto textField = [staff] {
            QStyleOptionComboBox option;
            option.initFrom(staff);
            option.subControls = QStyle::SC_All;
            return staff->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, staff).width();
        };
        QTRY_VERIFY2(textField() >= staff->fontMetrics().horizontalAdvance(staff->currentText()),
                     qPrintable(u"%1 px for %2 px"_s.arg(textField()).arg(staff->fontMetrics().horizontalAdvance(staff->currentText()))));
        QVERIFY(keepScreenshot(m_window->grab().toImage()));
    }

    void amountsInTheDetailsAreShownAsMoney()
    {
        setVenueCurrency(Currency::fromCode(u"EUR"_s).value());
        const auto money = [](qint64 cents) { return formatMoney(cents); };
        QVERIFY2(!money(2000).contains(u"2000"_s), qPrintable(money(2000)));
        QCOMPARE(AuditLogWindow::detailsText(u"open shift"_s, u"float 2000 cents at Counter 1"_s),
                 u"float %1 at Counter 1"_s.arg(money(2000)));
        QCOMPARE(AuditLogWindow::detailsText(u"count shift"_s, u"shift 3 of Anna 2: cash 10050, card 0 counted"_s),
                 u"shift 3 of Anna 2: cash %1, card %2 counted"_s.arg(money(10050), money(0)));
        QCOMPARE(AuditLogWindow::detailsText(
                         u"close shift"_s, u"shift 3 of Anna: cash 10050 counted, 10000 expected; card 0 counted, 2500 expected"_s),
                 u"shift 3 of Anna: cash %1 counted, %2 expected; card %3 counted, %4 expected"_s.arg(
                         money(10050), money(10000), money(0), money(2500)));
        QCOMPARE(AuditLogWindow::detailsText(u"refund"_s, u"K7Q2: A1, A2; refund cash -1500, refund card -300"_s),
                 u"K7Q2: A1, A2; refund cash %1, refund card %2"_s.arg(money(-1500), money(-300)));
        QCOMPARE(AuditLogWindow::detailsText(u"set prices"_s, u"standard/adult=1500, premium/adult=2200"_s),
                 u"standard/adult=%1, premium/adult=%2"_s.arg(money(1500), money(2200)));
        QCOMPARE(AuditLogWindow::detailsText(u"update show"_s, u"\"Hamlet 2\" in hall 2"_s), u"\"Hamlet 2\" in hall 2"_s);
        // Names that look like amounts stay as they are: core says where the amounts stand.
        QCOMPARE(AuditLogWindow::detailsText(u"count shift"_s, u"shift 3 of Bo, 12, x: cash 10050, card 0 counted"_s),
                 u"shift 3 of Bo, 12, x: cash %1, card %2 counted"_s.arg(money(10050), money(0)));
        QCOMPARE(AuditLogWindow::detailsText(u"refund"_s, u"K7Q2: box a 3, box a 4; refund cash -1500"_s),
                 u"K7Q2: box a 3, box a 4; refund cash %1"_s.arg(money(-1500)));
        QCOMPARE(AuditLogWindow::detailsText(u"set prices"_s, u"row=5/adult=1500"_s), u"row=5/adult=%1"_s.arg(money(1500)));

        // The table shows them so.
        exec(u"INSERT INTO audit_log (at, actor, action, details, staff_id) VALUES (?, 'Zoe', 'open shift', ?, ?)"_s,
             {m_fixture->clock.now().toMSecsSinceEpoch(), u"float 2000 cents at Counter 1"_s, zoe});
        m_window->findChild<QCheckBox *>(u"managerOnlyCheck"_s)->setChecked(false);
        m_window->refresh();
        QTRY_COMPARE(cell(0, 5), u"float %1 at Counter 1"_s.arg(money(2000)));
    }

    void everyActionTheCoreWritesHasAName()
    {
        const QSet<QString> codes = auditActionsWrittenByTheCore();
        // The scan must find the codes it is there for, old and new, or it proves nothing.
        for (const QString &known : {u"book"_s, u"refund"_s, u"exchange"_s, u"collect"_s, u"open shift"_s,
                                     u"venue_settings"_s, u"keep_house"_s, u"add staff"_s})
            QVERIFY2(codes.contains(known), qPrintable(known));
        QStringList unnamed;
        for (const QString &action : codes) {
            if (AuditLogWindow::actionName(action) == action)
                unnamed.append(action);
        }
        unnamed.sort();
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"shown raw: "_s + unnamed.join(u", "_s)));
    }

private:
    void exec(const QString &sql, const QVariantList &values)
    {
        auto result = m_fixture->database->run(sql, values);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    }

    /// Adds `count` entries a minute apart from `at`, their details numbered from 0, as another counter would.
    void addEntries(int count, qint64 staff, qint64 authorisedBy, const QString &action, qint64 show,
                    const QDateTime &at, const QString &reason)
    {
        auto written = m_fixture->database->write<bool>([&]() -> Result<bool> {
            for (int i = 0; i < count; ++i) {
                auto row = m_fixture->database->run(
                        u"INSERT INTO audit_log (at, actor, action, show_id, details, reason, staff_id, authorised_by)"
                        " VALUES (?, 'typed name', ?, ?, ?, ?, ?, ?)"_s,
                        {at.addSecs(60 * i).toMSecsSinceEpoch(), action,
                         show > 0 ? QVariant(show) : QVariant(QMetaType::fromType<qint64>()), QString::number(i),
                         reason, staff, authorisedBy > 0 ? QVariant(authorisedBy) : QVariant(QMetaType::fromType<qint64>())});
                if (!row.ok())
                    return row.error();
            }
            return true;
        });
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        m_window->refresh();
    }

    QString cell(int row, int column) const { return m_table->model()->index(row, column).data().toString(); }

    /// Staff, authorised by, action and reason of each row on display.
    QStringList rows() const
    {
        QStringList rows;
        for (int row = 0; row < m_table->model()->rowCount(); ++row)
            rows.append(QStringList{cell(row, 1), cell(row, 2), cell(row, 3), cell(row, 6)}.join(u'|'));
        return rows;
    }

    std::unique_ptr<ManagerTestFixture> m_fixture;
    std::unique_ptr<AuditLogWindow> m_window;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_older = nullptr;
    QPushButton *m_newer = nullptr;
};

QTEST_MAIN(tst_AuditLogWindow)
#include "tst_auditlogwindow.moc"
