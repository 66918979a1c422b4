<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>boxoffice::AuditLogWindow</name>
    <message numerus="yes">
        <source>%n entry(s) saved to %1.</source>
        <translation>
            <numerusform>%n entry saved to %1.</numerusform>
            <numerusform>%n entries saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boxoffice::BestSeatsBar</name>
    <message numerus="yes">
        <source>Hold the best %n seat(s) together, with the ticket mix below (%1)</source>
        <translation>
            <numerusform>Hold the best seat, with the ticket mix below (%1)</numerusform>
            <numerusform>Hold the best %n seats together, with the ticket mix below (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boxoffice::BookingsWindow</name>
    <message numerus="yes">
        <source>%1: %n booking(s).</source>
        <translation>
            <numerusform>%1: %n booking.</numerusform>
            <numerusform>%1: %n bookings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boxoffice::CancelShowDialog</name>
    <message numerus="yes">
        <source>%n booking(s) will be cancelled, and the show leaves the web&apos;s list of shows. This cannot be undone.</source>
        <translation>
            <numerusform>%n booking will be cancelled, and the show leaves the web&apos;s list of shows. This cannot be undone.</numerusform>
            <numerusform>%n bookings will be cancelled, and the show leaves the web&apos;s list of shows. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boxoffice::CancelledShowRefunds</name>
    <message numerus="yes">
        <source>“%1” is cancelled. %n booking(s) wait for a refund.</source>
        <translation>
            <numerusform>“%1” is cancelled. %n booking waits for a refund.</numerusform>
            <numerusform>“%1” is cancelled. %n bookings wait for a refund.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boxoffice::CheckinWindow</name>
    <message numerus="yes">
        <source>Scanner paused after too many unknown codes; try again in %n second(s).</source>
        <translation>
            <numerusform>Scanner paused after too many unknown codes; try again in %n second.</numerusform>
            <numerusform>Scanner paused after too many unknown codes; try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boxoffice::CounterSale</name>
    <message numerus="yes">
        <source>Best seats held together: %1. Every free block of %n seat(s) leaves a single seat empty here.</source>
        <translation>
            <numerusform>Best seats held together: %1. Every free block of %n seat leaves a single seat empty here.</numerusform>
            <numerusform>Best seats held together: %1. Every free block of %n seats leaves a single seat empty here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best seats held, not side by side (no %n free seat(s) in a row): %1.</source>
        <translation>
            <numerusform>Best seats held, not side by side (no %n free seat in a row): %1.</numerusform>
            <numerusform>Best seats held, not side by side (no %n free seats in a row): %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boxoffice::DayCloseWindow</name>
    <message numerus="yes">
        <source>The day is open: %n shift(s).</source>
        <translation>
            <numerusform>The day is open: %n shift.</numerusform>
            <numerusform>The day is open: %n shifts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boxoffice::FirstRunAssistant</name>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation>
            <numerusform>%1 (%n seat)</numerusform>
            <numerusform>%1 (%n seats)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) in all</source>
        <translation>
            <numerusform>%n seat in all</numerusform>
            <numerusform>%n seats in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Venue: %1 (%2, %3)
Hall: %4 with %n seat(s)
Show: %5 on %6
Adult tickets: %7</source>
        <translation>
            <numerusform>Venue: %1 (%2, %3)
Hall: %4 with %n seat
Show: %5 on %6
Adult tickets: %7</numerusform>
            <numerusform>Venue: %1 (%2, %3)
Hall: %4 with %n seats
Show: %5 on %6
Adult tickets: %7</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boxoffice::HallDesignerWindow</name>
    <message numerus="yes">
        <source>%n seat(s) in the hall, none selected.</source>
        <translation>
            <numerusform>%n seat in the hall, none selected.</numerusform>
            <numerusform>%n seats in the hall, none selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) selected.</source>
        <translation>
            <numerusform>%n seat selected.</numerusform>
            <numerusform>%n seats selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generated %n seat(s).</source>
        <translation>
            <numerusform>Generated %n seat.</numerusform>
            <numerusform>Generated %n seats.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: the plan has %n problem(s), listed below.</source>
        <translation>
            <numerusform>Not saved: the plan has %n problem, listed below.</numerusform>
            <numerusform>Not saved: the plan has %n problems, listed below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boxoffice::HallPlanEditor</name>
    <message numerus="yes">
        <source>Set category of %n seat(s)</source>
        <translation>
            <numerusform>Set category of %n seat</numerusform>
            <numerusform>Set category of %n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n seat(s)</source>
        <translation>
            <numerusform>Delete %n seat</numerusform>
            <numerusform>Delete %n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n seat(s)</source>
        <translation>
            <numerusform>Move %n seat</numerusform>
            <numerusform>Move %n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renumber %n row(s)</source>
        <translation>
            <numerusform>Renumber %n row</numerusform>
            <numerusform>Renumber %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) still use the category %1; give them another one first.</source>
        <translation>
            <numerusform>%n seat still uses the category %1; give it another one first.</numerusform>
            <numerusform>%n seats still use the category %1; give them another one first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boxoffice::ManagerActions</name>
    <message numerus="yes">
        <source>Unbook %n seat(s) (%1)? They become available for sale again.</source>
        <translation>
            <numerusform>Unbook %n seat (%1)? It becomes available for sale again.</numerusform>
            <numerusform>Unbook %n seats (%1)? They become available for sale again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Block %n seat(s) (%1)? Nobody can buy them until they are unblocked.</source>
        <translation>
            <numerusform>Block %n seat (%1)? Nobody can buy it until it is unblocked.</numerusform>
            <numerusform>Block %n seats (%1)? Nobody can buy them until they are unblocked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unblock %n seat(s) (%1)? They become available for sale again.</source>
        <translation>
            <numerusform>Unblock %n seat (%1)? It becomes available for sale again.</numerusform>
            <numerusform>Unblock %n seats (%1)? They become available for sale again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep %n seat(s) (%1) back as house seats? Only the counter can sell them.</source>
        <translation>
            <numerusform>Keep %n seat (%1) back as a house seat? Only the counter can sell it.</numerusform>
            <numerusform>Keep %n seats (%1) back as house seats? Only the counter can sell them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %n house seat(s) (%1) back to online sale?</source>
        <translation>
            <numerusform>Give %n house seat (%1) back to online sale?</numerusform>
            <numerusform>Give %n house seats (%1) back to online sale?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unbooked %n seat(s): %1. They are available again.</source>
        <translation>
            <numerusform>Unbooked %n seat: %1. It is available again.</numerusform>
            <numerusform>Unbooked %n seats: %1. They are available again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Booking %1 is cancelled; %n seat(s) are available again.</source>
        <translation>
            <numerusform>Booking %1 is cancelled; %n seat is available again.</numerusform>
            <numerusform>Booking %1 is cancelled; %n seats are available again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked %n seat(s): %1.</source>
        <translation>
            <numerusform>Blocked %n seat: %1.</numerusform>
            <numerusform>Blocked %n seats: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unblocked %n seat(s): %1.</source>
        <translation>
            <numerusform>Unblocked %n seat: %1.</numerusform>
            <numerusform>Unblocked %n seats: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) kept back as house seats: %1.</source>
        <translation>
            <numerusform>%n seat kept back as a house seat: %1.</numerusform>
            <numerusform>%n seats kept back as house seats: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n house seat(s) given back to online sale: %1.</source>
        <translation>
            <numerusform>%n house seat given back to online sale: %1.</numerusform>
            <numerusform>%n house seats given back to online sale: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The customer is deleted; %n seat(s) were released.</source>
        <translation>
            <numerusform>The customer is deleted; %n seat was released.</numerusform>
            <numerusform>The customer is deleted; %n seats were released.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boxoffice::ManagerPanel</name>
    <message numerus="yes">
        <source>%n seat(s): %1</source>
        <translation>
            <numerusform>%n seat: %1</numerusform>
            <numerusform>%n seats: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found.</source>
        <translation>
            <numerusform>%n customer found.</numerusform>
            <numerusform>%n customers found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boxoffice::ReportTable</name>
    <message numerus="yes">
        <source>Total (%n show(s))</source>
        <translation>
            <numerusform>Total (%n show)</numerusform>
            <numerusform>Total (%n shows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) in %1</source>
        <translation>
            <numerusform>%n seat in %1</numerusform>
            <numerusform>%n seats in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reservation(s), not revenue</source>
        <translation>
            <numerusform>%n reservation, not revenue</numerusform>
            <numerusform>%n reservations, not revenue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boxoffice::ReportsWindow</name>
    <message numerus="yes">
        <source>%1: %n show(s), %2 of %3 seats sold (%4), revenue %5.</source>
        <translation>
            <numerusform>%1: %n show, %2 of %3 seats sold (%4), revenue %5.</numerusform>
            <numerusform>%1: %n shows, %2 of %3 seats sold (%4), revenue %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boxoffice::ScannerPairingDialog</name>
    <message numerus="yes">
        <source>Works once, until %1 (%n minute(s)). Pair again if it runs out.</source>
        <translation>
            <numerusform>Works once, until %1 (%n minute). Pair again if it runs out.</numerusform>
            <numerusform>Works once, until %1 (%n minutes). Pair again if it runs out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boxoffice::ShiftsWindow</name>
    <message numerus="yes">
        <source>%n shift(s).</source>
        <translation>
            <numerusform>%n shift.</numerusform>
            <numerusform>%n shifts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boxoffice::ShowDialog</name>
    <message numerus="yes">
        <source>%n performance(s): %1</source>
        <translation>
            <numerusform>%n performance: %1</numerusform>
            <numerusform>%n performances: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boxoffice::ShowDoorFields</name>
    <message numerus="yes">
        <source>As the venue (%n min before)</source>
        <translation>
            <numerusform>As the venue (%n min before)</numerusform>
            <numerusform>As the venue (%n min before)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boxoffice::ShowsWindow</name>
    <message numerus="yes">
        <source>On, closes %n min before</source>
        <translation>
            <numerusform>On, closes %n min before</numerusform>
            <numerusform>On, closes %n min before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boxoffice::StaffDialog</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boxoffice::StaffSignInDialog</name>
    <message numerus="yes">
        <source>Wrong PIN or password, or too many wrong tries. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Wrong PIN or password, or too many wrong tries. Wait %n second, then try again.</numerusform>
            <numerusform>Wrong PIN or password, or too many wrong tries. Wait %n seconds, then try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boxoffice::StrandedSeatQuestion</name>
    <message numerus="yes">
        <source>Holding %1 would leave %n seat(s) on its own: %2. A single empty seat rarely sells.</source>
        <translation>
            <numerusform>Holding %1 would leave %n seat on its own: %2. A single empty seat rarely sells.</numerusform>
            <numerusform>Holding %1 would leave %n seats on their own: %2. A single empty seat rarely sells.</numerusform>
        </translation>
    </message>
</context>
</TS>
