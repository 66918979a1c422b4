// The payment part of every counter window: cash with the change worked out, or card.
#include "currency.h"
#include "displaynames.h"
#include "paymentpanel.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace boxoffice;
using namespace Qt::StringLiterals;

class tst_PaymentPanel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        setVenueCurrency(Currency());
        m_panel = std::make_unique<PaymentPanel>();
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void cleanup()
    {
        m_panel.reset();
        setVenueCurrency(Currency());
    }

    void theChangeFollowsWhatIsTyped()
    {
        m_panel->setAmountDue(2350);
        QSignalSpy changed(m_panel.get(), &PaymentPanel::paymentChanged);
        auto *tendered = child<QLineEdit>(u"tenderedEdit"_s);
        tendered->setFocus();
        QTest::keyClicks(tendered, u"50"_s);
        QCOMPARE(m_panel->tendered(), std::optional<qint64>(5000));
        QCOMPARE(m_panel->change(), std::optional<qint64>(2650));
        QVERIFY(m_panel->problem().isEmpty());
        QCOMPARE(child<QLabel>(u"changeLabel"_s)->text(), u"Change: %1"_s.arg(Currency().format(2650)));
        QVERIFY(changed.count() >= 2);

        // Typed the way a cashier in Germany would, with a comma.
        tendered->setText(u"23,60"_s);
        QCOMPARE(m_panel->change(), std::optional<qint64>(10));
        tendered->setText(u"23.50"_s);
        QCOMPARE(m_panel->change(), std::optional<qint64>(0));
    }

    void tooLittleCashIsRefusedSayingWhatIsMissing()
    {
        m_panel->setAmountDue(2350);
        child<QLineEdit>(u"tenderedEdit"_s)->setText(u"20"_s);
        QCOMPARE(m_panel->change(), std::nullopt);
        const QString problem = m_panel->problem();
        QVERIFY2(problem.contains(u"less than the amount due"_s), qPrintable(problem));
        QVERIFY2(problem.contains(Currency().format(350)), qPrintable(problem));
        QCOMPARE(child<QLabel>(u"changeLabel"_s)->text(), problem);

        child<QLineEdit>(u"tenderedEdit"_s)->setText(u"twenty"_s);
        QVERIFY2(m_panel->problem().contains(u"not an amount"_s), qPrintable(m_panel->problem()));
        QCOMPARE(m_panel->tendered(), std::nullopt);
    }

    void theAmountDueCanChangeUnderATypedAmount()
    {
        m_panel->setAmountDue(1000);
        child<QLineEdit>(u"tenderedEdit"_s)->setText(u"20"_s);
        QCOMPARE(m_panel->change(), std::optional<qint64>(1000));
        m_panel->setAmountDue(2500);
        QVERIFY(!m_panel->problem().isEmpty());
    }

    void quickButtonsTenderTheExactAmountOrTheNextNotes()
    {
        m_panel->setAmountDue(2350);
        QTest::mouseClick(child<QPushButton>(u"exactButton"_s), Qt::LeftButton);
        QCOMPARE(m_panel->change(), std::optional<qint64>(0));
        auto *firstNote = child<QPushButton>(u"noteButton0"_s);
        QVERIFY(firstNote->isVisible());
        QCOMPARE(firstNote->text(), Currency().format(2500));
        QTest::mouseClick(firstNote, Qt::LeftButton);
        QCOMPARE(m_panel->change(), std::optional<qint64>(150));
        QCOMPARE(child<QPushButton>(u"noteButton1"_s)->text(), Currency().format(3000));
        QCOMPARE(child<QPushButton>(u"noteButton2"_s)->text(), Currency().format(4000));
    }

    // The collect dialog keeps its panel hidden until a reservation is found. Shown then, the
    // quick buttons are as wide as their amounts need at once: a picture taken (grab) or painted
    // before the next layout pass must not cut them.
    void quickButtonsAreWideEnoughForTheirAmounts()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *panel = new PaymentPanel(&window);
        layout->addWidget(panel);
        panel->setVisible(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const qint64 due : {2400, 99999}) {
            panel->setAmountDue(due);
            panel->setVisible(true);
            QApplication::processEvents();
            for (auto *note : panel->findChildren<QPushButton *>(QRegularExpression(u"^noteButton"_s))) {
                if (!note->isVisible())
                    continue;
                const int textWidth = note->fontMetrics().horizontalAdvance(note->text());
                QVERIFY(note->sizeHint().width() >= textWidth);
                QVERIFY2(note->width() >= note->sizeHint().width(),
                         qPrintable(u"%1: %2 px for %3 px of text"_s.arg(note->text()).arg(note->width()).arg(textWidth)));
            }
            panel->setVisible(false);
        }
    }

    void theVenuesCurrencyDecidesTheDecimals()
    {
        setVenueCurrency(Currency::fromCode(u"JPY"_s).value());
        m_panel->setAmountDue(1200);
        child<QLineEdit>(u"tenderedEdit"_s)->setText(u"2000"_s);
        QCOMPARE(m_panel->change(), std::optional<qint64>(800));
        child<QLineEdit>(u"tenderedEdit"_s)->setText(u"2000.5"_s);
        QVERIFY2(m_panel->problem().contains(u"JPY has no decimals"_s), qPrintable(m_panel->problem()));
    }

    void aCardPaymentNeedsNoCash()
    {
        m_panel->setAmountDue(2350);
        child<QLineEdit>(u"tenderedEdit"_s)->setText(u"5"_s);
        QVERIFY(!m_panel->problem().isEmpty());
        child<QRadioButton>(u"cardRadio"_s)->setChecked(true);
        QCOMPARE(m_panel->method(), u"card"_s);
        QVERIFY(m_panel->problem().isEmpty());
        QVERIFY(!child<QLineEdit>(u"tenderedEdit"_s)->isVisible());
        QCOMPARE(m_panel->tendered(), std::nullopt);

        m_panel->reset();
        QCOMPARE(m_panel->method(), u"cash"_s);
        QVERIFY(child<QLineEdit>(u"tenderedEdit"_s)->text().isEmpty());
        QVERIFY(m_panel->problem().isEmpty()); // nothing typed: the exact amount, as at a quick sale
    }

private:
    template<typename T>
    T *child(const QString &name) const
    {
        T *found = m_panel->findChild<T *>(name);
        if (!found)
            qFatal("no child %s", qPrintable(name));
        return found;
    }

    std::unique_ptr<PaymentPanel> m_panel;
};

QTEST_MAIN(tst_PaymentPanel)
#include "tst_paymentpanel.moc"
