<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BasketWidget</name>
    <message>
        <source>Basket</source>
        <translation>Warenkorb</translation>
    </message>
    <message>
        <source>No show selected</source>
        <translation>Keine Vorstellung gewählt</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Name (optional)</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>Zahlung:</translation>
    </message>
    <message>
        <source>Give the held seats back (Esc)</source>
        <translation>Die gehaltenen Plätze wieder freigeben (Esc)</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Book the held seats (Ctrl+Enter)</source>
        <translation>Die gehaltenen Plätze buchen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Buchen</translation>
    </message>
    <message>
        <source>Booking confirmed</source>
        <translation>Buchung bestätigt</translation>
    </message>
    <message>
        <source>&amp;Print ticket…</source>
        <translation>Ticket &amp;drucken…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Next customer</source>
        <translation>&amp;Nächster Kunde</translation>
    </message>
</context>
<context>
    <name>BookingsWindow</name>
    <message>
        <source>Bookings</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Booking reference, customer name or e-mail, or show title</source>
        <translation>Buchungsnummer, Name oder E-Mail des Kunden oder Titel der Vorstellung</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Buchungsnummer:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Vorstellung:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Sold:</source>
        <translation>Verkauft:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Summe:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>&amp;Print tickets…</source>
        <translation>Tickets &amp;drucken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF speichern…</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Unbook the seats selected in the list above</source>
        <translation>Die oben in der Liste gewählten Plätze stornieren</translation>
    </message>
    <message>
        <source>Unbook &amp;selected seats…</source>
        <translation>&amp;Gewählte Plätze stornieren…</translation>
    </message>
    <message>
        <source>Unbook every seat of this booking</source>
        <translation>Alle Plätze dieser Buchung stornieren</translation>
    </message>
    <message>
        <source>Unbook &amp;whole booking…</source>
        <translation>&amp;Ganze Buchung stornieren…</translation>
    </message>
</context>
<context>
    <name>HallGeneratorDialog</name>
    <message>
        <source>Generate hall</source>
        <translation>Saal erzeugen</translation>
    </message>
    <message>
        <source>Lay out rows of seats facing the stage. Generating replaces the current plan (Undo brings it back).</source>
        <translation>Legt Platzreihen mit Blick zur Bühne an. Das Erzeugen ersetzt den aktuellen Plan (Rückgängig stellt ihn wieder her).</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Reihen:</translation>
    </message>
    <message>
        <source>&amp;Seats per row:</source>
        <translation>&amp;Plätze pro Reihe:</translation>
    </message>
    <message>
        <source>Row &amp;labels:</source>
        <translation>Reihen&amp;bezeichnungen:</translation>
    </message>
    <message>
        <source>S&amp;kip letters:</source>
        <translation>Buchstaben &amp;auslassen:</translation>
    </message>
    <message>
        <source>I, O</source>
        <translation>I, O</translation>
    </message>
    <message>
        <source>&amp;Numbering:</source>
        <translation>&amp;Nummerierung:</translation>
    </message>
    <message>
        <source>&amp;Aisles after seats:</source>
        <translation>&amp;Gänge nach Platz:</translation>
    </message>
    <message>
        <source>e.g. 5, 15</source>
        <translation>z. B. 5, 15</translation>
    </message>
    <message>
        <source>S&amp;taggered rows (every other row shifted by half a seat)</source>
        <translation>&amp;Versetzte Reihen (jede zweite Reihe um einen halben Platz verschoben)</translation>
    </message>
    <message>
        <source>&amp;Curve (rows the row ends come forward):</source>
        <translation>&amp;Krümmung (um wie viele Reihen die Reihenenden nach vorn rücken):</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Box Office</source>
        <translation>Box Office</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>Vorheriger Tag (Alt+Links)</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Nächster Tag (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Back to today (Alt+Home)</source>
        <translation>Zurück zu heute (Alt+Pos1)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>No shows on this day.</source>
        <translation>An diesem Tag gibt es keine Vorstellungen.</translation>
    </message>
    <message>
        <source>Choose a show</source>
        <translation>Vorstellung wählen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Sales</source>
        <translation>&amp;Verkauf</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;Manager</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Bookings…</source>
        <translation>&amp;Buchungen…</translation>
    </message>
    <message>
        <source>Find, view and reprint bookings</source>
        <translation>Buchungen suchen, ansehen und erneut drucken</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Berichte…</translation>
    </message>
    <message>
        <source>Sales, revenue and occupancy per show and per day</source>
        <translation>Verkäufe, Umsatz und Auslastung pro Vorstellung und pro Tag</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Protokoll…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;About Box Office</source>
        <translation>&amp;Über Box Office</translation>
    </message>
    <message>
        <source>&amp;Manager actions…</source>
        <translation>&amp;Manageraktionen…</translation>
    </message>
    <message>
        <source>Seat blocks, unbooking and customers (a manager signed in, or a manager&apos;s PIN for each action)</source>
        <translation>Plätze sperren, Stornierungen und Kunden (ein angemeldeter Manager oder die PIN eines Managers für jede Aktion)</translation>
    </message>
    <message>
        <source>Who changed what and why (for managers)</source>
        <translation>Wer hat was warum geändert (für Manager)</translation>
    </message>
</context>
<context>
    <name>ManagerPanel</name>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Protokoll…</translation>
    </message>
    <message>
        <source>&amp;Seats</source>
        <translation>&amp;Plätze</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Vorstellung:</translation>
    </message>
    <message>
        <source>S&amp;eats:</source>
        <translation>Pl&amp;ätze:</translation>
    </message>
    <message>
        <source>For example: A1, A2, C7-C10</source>
        <translation>Zum Beispiel: A1, A2, C7-C10</translation>
    </message>
    <message>
        <source>Take the seats out of sale (broken seat, camera platform…)</source>
        <translation>Die Plätze aus dem Verkauf nehmen (defekter Sitz, Kamerapodest…)</translation>
    </message>
    <message>
        <source>&amp;Block…</source>
        <translation>&amp;Sperren…</translation>
    </message>
    <message>
        <source>U&amp;nblock…</source>
        <translation>&amp;Entsperren…</translation>
    </message>
    <message>
        <source>Cancel the bookings of these seats; they become available again</source>
        <translation>Die Buchungen dieser Plätze stornieren; sie werden wieder frei</translation>
    </message>
    <message>
        <source>Un&amp;book…</source>
        <translation>Sto&amp;rnieren…</translation>
    </message>
    <message>
        <source>Keep the seats back for the counter: the web shows them as unavailable</source>
        <translation>Die Plätze für die Kasse zurückhalten: online erscheinen sie als nicht verfügbar</translation>
    </message>
    <message>
        <source>&amp;Keep as house seats…</source>
        <translation>Als &amp;Hausplätze zurückhalten…</translation>
    </message>
    <message>
        <source>Give house seats back to online sale</source>
        <translation>Hausplätze wieder für den Onlineverkauf freigeben</translation>
    </message>
    <message>
        <source>&amp;Release house seats…</source>
        <translation>Hausplätze &amp;freigeben…</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <source>Customer name or e-mail</source>
        <translation>Name oder E-Mail des Kunden</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Release the customer&apos;s holds and future bookings and erase their name and e-mail</source>
        <translation>Gehaltene Plätze und künftige Buchungen des Kunden freigeben und Name und E-Mail löschen</translation>
    </message>
    <message>
        <source>&amp;Delete customer…</source>
        <translation>Kunden &amp;löschen…</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <source>Per show</source>
        <translation>Pro Vorstellung</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Diagramm:</translation>
    </message>
    <message>
        <source>Seats sold</source>
        <translation>Verkaufte Plätze</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Auslastung</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Online booking (web endpoint)</source>
        <translation>Onlinebuchung (Webzugang)</translation>
    </message>
    <message>
        <source>Serve the online booking page</source>
        <translation>Die Onlinebuchungsseite anbieten</translation>
    </message>
    <message>
        <source>Only this computer (127.0.0.1)</source>
        <translation>Nur dieser Computer (127.0.0.1)</translation>
    </message>
    <message>
        <source>Publish on the network at address:</source>
        <translation>Im Netzwerk veröffentlichen unter Adresse:</translation>
    </message>
    <message>
        <source>0.0.0.0 = every network</source>
        <translation>0.0.0.0 = alle Netzwerke</translation>
    </message>
    <message>
        <source>Customers and anyone else on the network will be able to reach the booking page. Publish only on a network you trust, behind a firewall or a reverse proxy.</source>
        <translation>Kunden und alle anderen im Netzwerk können die Buchungsseite erreichen. Veröffentlichen Sie nur in einem vertrauenswürdigen Netzwerk, hinter einer Firewall oder einem Reverse-Proxy.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Beliebiger freier Port</translation>
    </message>
    <message>
        <source>Seats held per &amp;address:</source>
        <translation>Gehaltene Plätze je &amp;Adresse:</translation>
    </message>
    <message>
        <source>How many seats of one show the booking page lets one network address hold at once, so that one visitor cannot hold the whole hall.</source>
        <translation>Wie viele Plätze einer Vorstellung die Buchungsseite einer Netzwerkadresse gleichzeitig halten lässt, damit niemand den ganzen Saal blockiert.</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> Plätze</translation>
    </message>
    <message>
        <source>Page &amp;refresh interval:</source>
        <translation>&amp;Aktualisierungsintervall der Seite:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Sicherungs&amp;ordner:</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>Die neuesten &amp;behalten:</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> Sicherungen</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>&amp;Sign out after no input for:</source>
        <translation>Ohne Eingabe ab&amp;melden nach:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>ShowErrors</name>
    <message>
        <source>Nothing was changed: the show or hall no longer exists (perhaps removed at another counter). %1</source>
        <translation>Es wurde nichts geändert: die Vorstellung oder der Saal existiert nicht mehr (vielleicht an einer anderen Kasse entfernt). %1</translation>
    </message>
</context>
<context>
    <name>StaffAccountsStart</name>
    <message>
        <source>The manager PIN kept on this computer could not be taken over: %1</source>
        <translation>Die auf diesem Computer gespeicherte Manager-PIN konnte nicht übernommen werden: %1</translation>
    </message>
    <message>
        <source>Staff now sign in at the counter. The manager PIN of this computer is the PIN of the manager account &quot;%1&quot;: sign in with it, then add the cashiers in Manager → Staff….</source>
        <translation>Mitarbeiter melden sich jetzt an der Kasse an. Die Manager-PIN dieses Computers ist die PIN des Managerkontos „%1“: Melden Sie sich damit an und legen Sie dann unter Manager → Mitarbeiter… die Kassierer an.</translation>
    </message>
</context>
<context>
    <name>boxoffice::AppSettings</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>boxoffice::AuditLogWindow</name>
    <message>
        <source>Audit log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>&amp;Manager actions only</source>
        <translation>Nur &amp;Manageraktionen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vorstellung</translation>
    </message>
    <message>
        <source>Seats / details</source>
        <translation>Plätze / Details</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Hold expired</source>
        <translation>Haltezeit abgelaufen</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Unbooked</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Unblocked</source>
        <translation>Entsperrt</translation>
    </message>
    <message>
        <source>Kept as house seats</source>
        <translation>Als Hausplätze zurückgehalten</translation>
    </message>
    <message>
        <source>House seats released</source>
        <translation>Hausplätze freigegeben</translation>
    </message>
    <message>
        <source>Customer deleted</source>
        <translation>Kunde gelöscht</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Das Protokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Vorstellung %1</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>The first day shown, in the venue&apos;s time zone.</source>
        <translation>Der erste angezeigte Tag, in der Zeitzone der Spielstätte.</translation>
    </message>
    <message>
        <source>The last day shown, in the venue&apos;s time zone.</source>
        <translation>Der letzte angezeigte Tag, in der Zeitzone der Spielstätte.</translation>
    </message>
    <message>
        <source>Seats, customer or reason</source>
        <translation>Plätze, Kunde oder Grund</translation>
    </message>
    <message>
        <source>Only the entries that give a reason: blocks, unbookings and the other manager actions.</source>
        <translation>Nur die Einträge mit einem Grund: Sperrungen, Stornierungen und die anderen Manageraktionen.</translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation>Mi&amp;tarbeiter:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>A&amp;ktion:</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Vorstellung:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>V&amp;on:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <source>◀ &amp;Newer</source>
        <translation>◀ &amp;Neuere</translation>
    </message>
    <message>
        <source>&amp;Older ▶</source>
        <translation>Ä&amp;ltere ▶</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Saves every entry that matches the filter, not only this page.</source>
        <translation>Speichert jeden Eintrag, der zum Filter passt, nicht nur diese Seite.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>All shows</source>
        <translation>Alle Vorstellungen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>Keine passenden Einträge.</translation>
    </message>
    <message>
        <source>Entries %1–%2, newest first.</source>
        <translation>Einträge %1–%2, neueste zuerst.</translation>
    </message>
    <message>
        <source>audit-log-%1.csv</source>
        <translation>protokoll-%1.csv</translation>
    </message>
    <message>
        <source>Export audit log as CSV</source>
        <translation>Protokoll als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>The audit log could not be saved to %1: %2</source>
        <translation>Das Protokoll konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) saved to %1.</source>
        <translation>
            <numerusform>%n Eintrag unter %1 gespeichert.</numerusform>
            <numerusform>%n Einträge unter %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is for managers: a manager signed in, or a manager&apos;s PIN for this opening.</source>
        <translation>Das Protokoll ist für Manager: ein angemeldeter Manager oder die PIN eines Managers für dieses eine Öffnen.</translation>
    </message>
    <message>
        <source>&amp;Manager&apos;s PIN…</source>
        <translation>&amp;PIN eines Managers…</translation>
    </message>
    <message>
        <source>Reservation collected</source>
        <translation>Reservierung kassiert</translation>
    </message>
    <message>
        <source>Reservation expired</source>
        <translation>Reservierung abgelaufen</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Exchanged</source>
        <translation>Umgetauscht</translation>
    </message>
    <message>
        <source>Show cancelled</source>
        <translation>Vorstellung abgesagt</translation>
    </message>
    <message>
        <source>Show created</source>
        <translation>Vorstellung angelegt</translation>
    </message>
    <message>
        <source>Run of shows created</source>
        <translation>Vorstellungsreihe angelegt</translation>
    </message>
    <message>
        <source>Show changed</source>
        <translation>Vorstellung geändert</translation>
    </message>
    <message>
        <source>Prices set</source>
        <translation>Preise festgelegt</translation>
    </message>
    <message>
        <source>Hall created</source>
        <translation>Saal angelegt</translation>
    </message>
    <message>
        <source>Hall plan saved</source>
        <translation>Saalplan gespeichert</translation>
    </message>
    <message>
        <source>Ticket types saved</source>
        <translation>Ticketarten gespeichert</translation>
    </message>
    <message>
        <source>Venue settings changed</source>
        <translation>Einstellungen der Spielstätte geändert</translation>
    </message>
    <message>
        <source>Shift opened</source>
        <translation>Schicht geöffnet</translation>
    </message>
    <message>
        <source>Shift counted</source>
        <translation>Schicht gezählt</translation>
    </message>
    <message>
        <source>Shift closed</source>
        <translation>Schicht geschlossen</translation>
    </message>
    <message>
        <source>Shift reopened</source>
        <translation>Schicht wieder geöffnet</translation>
    </message>
    <message>
        <source>Day closed</source>
        <translation>Tag abgeschlossen</translation>
    </message>
    <message>
        <source>Staff member added</source>
        <translation>Mitarbeiter hinzugefügt</translation>
    </message>
    <message>
        <source>Manager PIN taken over</source>
        <translation>Manager-PIN übernommen</translation>
    </message>
    <message>
        <source>Staff member renamed</source>
        <translation>Mitarbeiter umbenannt</translation>
    </message>
    <message>
        <source>Staff role changed</source>
        <translation>Rolle des Mitarbeiters geändert</translation>
    </message>
    <message>
        <source>Staff member disabled</source>
        <translation>Mitarbeiter deaktiviert</translation>
    </message>
    <message>
        <source>Staff member enabled</source>
        <translation>Mitarbeiter aktiviert</translation>
    </message>
    <message>
        <source>PIN or password reset</source>
        <translation>PIN oder Passwort zurückgesetzt</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>Falsche PIN</translation>
    </message>
    <message>
        <source>Checked in by hand</source>
        <translation>Von Hand eingelassen</translation>
    </message>
    <message>
        <source>Unknown ticket code at the door</source>
        <translation>Unbekannter Ticketcode am Einlass</translation>
    </message>
    <message>
        <source>Scanner paused after unknown codes</source>
        <translation>Scanner nach unbekannten Codes pausiert</translation>
    </message>
    <message>
        <source>Door settings changed</source>
        <translation>Einlasseinstellungen geändert</translation>
    </message>
    <message>
        <source>Scanner pairing offered</source>
        <translation>Scanner-Kopplung angeboten</translation>
    </message>
    <message>
        <source>Scanner paired</source>
        <translation>Scanner gekoppelt</translation>
    </message>
    <message>
        <source>Scanner revoked</source>
        <translation>Scanner-Zugang entzogen</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>Das Lesen des Protokolls</translation>
    </message>
    <message>
        <source>Held leaving a single seat empty</source>
        <translation>Gehalten, obwohl ein einzelner Platz frei bleibt</translation>
    </message>
</context>
<context>
    <name>boxoffice::BackupIndicator</name>
    <message>
        <source>⚠ Backup failed</source>
        <translation>⚠ Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The automatic backup at %1 failed: %2
Backups go to %3. Please tell the manager.</source>
        <translation>Die automatische Sicherung um %1 ist fehlgeschlagen: %2
Sicherungen werden in %3 abgelegt. Bitte sagen Sie dem Manager Bescheid.</translation>
    </message>
    <message>
        <source>⚠ No backup yet</source>
        <translation>⚠ Noch keine Sicherung</translation>
    </message>
    <message>
        <source>No backup of this database has been taken yet into %1.</source>
        <translation>In %1 wurde noch keine Sicherung dieser Datenbank angelegt.</translation>
    </message>
    <message>
        <source>⚠ Last backup %1</source>
        <translation>⚠ Letzte Sicherung %1</translation>
    </message>
    <message>
        <source>The newest backup in %1 is more than a day old. Please tell the manager.</source>
        <translation>Die neueste Sicherung in %1 ist älter als einen Tag. Bitte sagen Sie dem Manager Bescheid.</translation>
    </message>
    <message>
        <source>Backup %1</source>
        <translation>Sicherung %1</translation>
    </message>
    <message>
        <source>The newest backup was taken at %1 into %2.</source>
        <translation>Die neueste Sicherung wurde %1 in %2 angelegt.</translation>
    </message>
</context>
<context>
    <name>boxoffice::BarChartWidget</name>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>boxoffice::BasketWidget</name>
    <message>
        <source>Ticket type for seat %1</source>
        <translation>Ticketart für Platz %1</translation>
    </message>
    <message>
        <source>No show selected</source>
        <translation>Keine Vorstellung gewählt</translation>
    </message>
    <message>
        <source>Loading seats…</source>
        <translation>Plätze werden geladen…</translation>
    </message>
    <message>
        <source>Select seats on the map to start a sale.</source>
        <translation>Wählen Sie Plätze im Saalplan, um einen Verkauf zu beginnen.</translation>
    </message>
    <message>
        <source>Holding seats…</source>
        <translation>Plätze werden gehalten…</translation>
    </message>
    <message>
        <source>Hold expired: the seats are being released</source>
        <translation>Haltezeit abgelaufen: die Plätze werden freigegeben</translation>
    </message>
    <message>
        <source>Seats held for %1</source>
        <translation>Plätze gehalten für %1</translation>
    </message>
    <message>
        <source>%1 · seats %2 · %3 paid by %4</source>
        <translation>%1 · Plätze %2 · %3 bezahlt mit %4</translation>
    </message>
    <message>
        <source>Change to give: %1</source>
        <translation>Rückgeld: %1</translation>
    </message>
</context>
<context>
    <name>boxoffice::BestSeatsBar</name>
    <message>
        <source>Any category</source>
        <translation>Jede Kategorie</translation>
    </message>
    <message>
        <source>How many of the best seats get %1 tickets; the others get %2 tickets.</source>
        <translation>Wie viele der besten Plätze die Ticketart %1 erhalten; die übrigen erhalten %2.</translation>
    </message>
    <message>
        <source>Best seats:</source>
        <translation>Beste Plätze:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Kate&amp;gorie:</translation>
    </message>
    <message numerus="yes">
        <source>Hold the best %n seat(s) together, with the ticket mix below (%1)</source>
        <translation>
            <numerusform>Den besten Platz halten, mit der Ticketaufteilung unten (%1)</numerusform>
            <numerusform>Die besten %n Plätze zusammen halten, mit der Ticketaufteilung unten (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Wheelchair spaces:</source>
        <translation>&amp;Rollstuhlplätze:</translation>
    </message>
    <message>
        <source>How many of the best seats are wheelchair spaces</source>
        <translation>Wie viele der besten Plätze Rollstuhlplätze sind</translation>
    </message>
    <message>
        <source>with &amp;companion seats</source>
        <translation>mit &amp;Begleitplätzen</translation>
    </message>
    <message>
        <source>Each wheelchair space comes with its companion seat, counted in the seats asked for</source>
        <translation>Jeder Rollstuhlplatz kommt mit seinem Begleitplatz, der bei den gewünschten Plätzen mitzählt</translation>
    </message>
    <message>
        <source>House s&amp;eats</source>
        <translation>Haus&amp;plätze</translation>
    </message>
    <message>
        <source>The seats kept back for the house may be among the best seats</source>
        <translation>Die für das Haus zurückgehaltenen Plätze dürfen unter den besten Plätzen sein</translation>
    </message>
</context>
<context>
    <name>boxoffice::BookingsWindow</name>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Buchungsnummer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vorstellung</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Type a booking reference, a customer&apos;s name or e-mail, or a show title.</source>
        <translation>Geben Sie eine Buchungsnummer, den Namen oder die E-Mail eines Kunden oder einen Vorstellungstitel ein.</translation>
    </message>
    <message>
        <source>Bookings matching “%1”</source>
        <translation>Buchungen zu „%1“</translation>
    </message>
    <message>
        <source>Bookings of the chosen show</source>
        <translation>Buchungen der gewählten Vorstellung</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>The bookings could not be read: %1</source>
        <translation>Die Buchungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n booking(s).</source>
        <translation>
            <numerusform>%1: %n Buchung.</numerusform>
            <numerusform>%1: %n Buchungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Booking %1 could not be read: %2</source>
        <translation>Buchung %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Booking %1</source>
        <translation>Buchung %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(kein Name angegeben)</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>at the counter</source>
        <translation>an der Kasse</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, paid by %2</source>
        <translation>%1, bezahlt mit %2</translation>
    </message>
    <message>
        <source>Unbooked</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Partly unbooked</source>
        <translation>Teilweise storniert</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Tickets %1</source>
        <translation>Tickets %1</translation>
    </message>
    <message>
        <source>Print tickets</source>
        <translation>Tickets drucken</translation>
    </message>
    <message>
        <source>Tickets of %1 sent to the printer.</source>
        <translation>Tickets von %1 an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>tickets-%1.pdf</source>
        <translation>tickets-%1.pdf</translation>
    </message>
    <message>
        <source>Save tickets as PDF</source>
        <translation>Tickets als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Tickets of %1 saved to %2.</source>
        <translation>Tickets von %1 gespeichert unter %2.</translation>
    </message>
    <message>
        <source>The tickets could not be saved: %1</source>
        <translation>Die Tickets konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Erstatten…</translation>
    </message>
    <message>
        <source>Give back the money of this booking or of the selected seats</source>
        <translation>Das Geld dieser Buchung oder der gewählten Plätze zurückgeben</translation>
    </message>
    <message>
        <source>E&amp;xchange…</source>
        <translation>&amp;Umtauschen…</translation>
    </message>
    <message>
        <source>Move seats of this booking to other seats or another show</source>
        <translation>Plätze dieser Buchung auf andere Plätze oder eine andere Vorstellung umbuchen</translation>
    </message>
    <message>
        <source>Signed in as a manager.</source>
        <translation>Als Manager angemeldet.</translation>
    </message>
    <message>
        <source>Unbooking, refunds and exchanges need a manager&apos;s PIN.</source>
        <translation>Stornierungen, Erstattungen und Umtausch brauchen die PIN eines Managers.</translation>
    </message>
    <message>
        <source>A refund</source>
        <translation>Eine Erstattung</translation>
    </message>
    <message>
        <source>An exchange</source>
        <translation>Ein Umtausch</translation>
    </message>
</context>
<context>
    <name>boxoffice::CancelShowDialog</name>
    <message>
        <source>Cancel show</source>
        <translation>Vorstellung absagen</translation>
    </message>
    <message>
        <source>Cancel “%1” on %2 in %3?</source>
        <translation>„%1“ am %2 in %3 absagen?</translation>
    </message>
    <message>
        <source>It has no bookings. It leaves the web&apos;s list of shows.</source>
        <translation>Sie hat keine Buchungen. Sie verschwindet aus der Vorstellungsliste im Web.</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) will be cancelled, and the show leaves the web&apos;s list of shows. This cannot be undone.</source>
        <translation>
            <numerusform>%n Buchung wird storniert, und die Vorstellung verschwindet aus der Vorstellungsliste im Web. Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Buchungen werden storniert, und die Vorstellung verschwindet aus der Vorstellungsliste im Web. Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Required, e.g. “The lead actor is ill”</source>
        <translation>Pflichtfeld, z. B. „Der Hauptdarsteller ist krank“</translation>
    </message>
    <message>
        <source>Ca&amp;ncel show</source>
        <translation>Vorstellung &amp;absagen</translation>
    </message>
    <message>
        <source>&amp;Keep show</source>
        <translation>Vorstellung &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
</context>
<context>
    <name>boxoffice::CancelledShowRefunds</name>
    <message>
        <source>Reference</source>
        <translation>Buchungsnummer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>To refund</source>
        <translation>Zu erstatten</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Bezahlt mit</translation>
    </message>
    <message>
        <source>Reading the bookings to refund…</source>
        <translation>Die zu erstattenden Buchungen werden gelesen…</translation>
    </message>
    <message>
        <source>The bookings to refund could not be read. %1</source>
        <translation>Die zu erstattenden Buchungen konnten nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>“%1” is cancelled. No booking holds money any more: every refund is made.</source>
        <translation>„%1“ ist abgesagt. Keine Buchung wartet mehr auf Geld: alle Erstattungen sind erledigt.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is cancelled. %n booking(s) wait for a refund.</source>
        <translation>
            <numerusform>„%1“ ist abgesagt. %n Buchung wartet auf eine Erstattung.</numerusform>
            <numerusform>„%1“ ist abgesagt. %n Buchungen warten auf eine Erstattung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Erstatten…</translation>
    </message>
</context>
<context>
    <name>boxoffice::CheckinWindow</name>
    <message>
        <source>Check-in</source>
        <translation>Einlass</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Scanner or manager</source>
        <translation>Scanner oder Manager</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>e.g. C7</source>
        <translation>z. B. C7</translation>
    </message>
    <message>
        <source>e.g. phone battery empty, booking shown by name</source>
        <translation>z. B. Handyakku leer, Buchung per Name gezeigt</translation>
    </message>
    <message>
        <source>Check &amp;in by hand…</source>
        <translation>Von &amp;Hand einlassen…</translation>
    </message>
    <message>
        <source>&amp;Seat:</source>
        <translation>&amp;Platz:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>A ticket that cannot be scanned (a manager lets it in):</source>
        <translation>Ein Ticket, das sich nicht scannen lässt (ein Manager lässt es ein):</translation>
    </message>
    <message>
        <source>The door could not be read: %1</source>
        <translation>Der Einlass konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Check-in: %1</source>
        <translation>Einlass: %1</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>%1 of %2 checked in, %3 inside</source>
        <translation>%1 von %2 eingelassen, %3 im Saal</translation>
    </message>
    <message>
        <source>%1 (by hand)</source>
        <translation>%1 (von Hand)</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Rein</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Raus</translation>
    </message>
    <message>
        <source>Type the seat and why it is let in by hand: the audit log keeps the reason.</source>
        <translation>Geben Sie den Platz ein und warum er von Hand eingelassen wird: das Protokoll bewahrt den Grund auf.</translation>
    </message>
    <message>
        <source>Check in by hand</source>
        <translation>Von Hand einlassen</translation>
    </message>
    <message>
        <source>Nobody was let in: checking in by hand needs a manager signed in or a manager&apos;s PIN.</source>
        <translation>Niemand wurde eingelassen: Einlass von Hand braucht einen angemeldeten Manager oder die PIN eines Managers.</translation>
    </message>
    <message>
        <source>Nobody was let in: %1</source>
        <translation>Niemand wurde eingelassen: %1</translation>
    </message>
    <message>
        <source>Let in: seat %1 (booking %2), at %3.</source>
        <translation>Eingelassen: Platz %1 (Buchung %2), um %3.</translation>
    </message>
    <message>
        <source>Already in: seat %1 was let in by hand by %2 at %3.</source>
        <translation>Schon drin: Platz %1 wurde um %3 von %2 von Hand eingelassen.</translation>
    </message>
    <message>
        <source>Already in: seat %1 came in at %2, scanned by “%3”.</source>
        <translation>Schon drin: Platz %1 kam um %2 herein, gescannt von „%3“.</translation>
    </message>
    <message>
        <source>Not paid yet: booking %1 is a reservation. Send the customer to the counter to pay first.</source>
        <translation>Noch nicht bezahlt: Buchung %1 ist eine Reservierung. Schicken Sie den Kunden zuerst zum Bezahlen an die Kasse.</translation>
    </message>
    <message>
        <source>Wrong show: this ticket is for “%1” at %2.</source>
        <translation>Falsche Vorstellung: dieses Ticket gilt für „%1“ um %2.</translation>
    </message>
    <message>
        <source>The door is not open yet: it opens at %1.</source>
        <translation>Der Einlass ist noch nicht geöffnet: er beginnt um %1.</translation>
    </message>
    <message>
        <source>Not valid: the ticket for seat %1 was refunded, exchanged or cancelled. Send the customer to the counter.</source>
        <translation>Nicht gültig: das Ticket für Platz %1 wurde erstattet, umgetauscht oder storniert. Schicken Sie den Kunden an die Kasse.</translation>
    </message>
    <message>
        <source>No ticket: nothing valid is sold for this seat or code.</source>
        <translation>Kein Ticket: für diesen Platz oder Code ist nichts Gültiges verkauft.</translation>
    </message>
    <message>
        <source>No re-entry at this show: whoever leaves cannot come back in.</source>
        <translation>Kein Wiedereinlass bei dieser Vorstellung: wer hinausgeht, kann nicht wieder herein.</translation>
    </message>
    <message>
        <source>Seat %1 is not inside, so it cannot go out.</source>
        <translation>Platz %1 ist nicht im Saal und kann daher nicht hinaus.</translation>
    </message>
    <message numerus="yes">
        <source>Scanner paused after too many unknown codes; try again in %n second(s).</source>
        <translation>
            <numerusform>Scanner nach zu vielen unbekannten Codes pausiert; versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Scanner nach zu vielen unbekannten Codes pausiert; versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boxoffice::CloseShiftDialog</name>
    <message>
        <source>Record count</source>
        <translation>Zählung erfassen</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>Schicht schließen</translation>
    </message>
    <message>
        <source>Close shift – %1</source>
        <translation>Schicht schließen – %1</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>What explains the difference?</source>
        <translation>Wie erklärt sich die Differenz?</translation>
    </message>
    <message>
        <source>Cash counted in the drawer (%1):</source>
        <translation>Bargeld in der Kassenlade gezählt (%1):</translation>
    </message>
    <message>
        <source>Card total of the terminal (%1):</source>
        <translation>Kartensumme des Terminals (%1):</translation>
    </message>
    <message>
        <source>Reading your shift…</source>
        <translation>Ihre Schicht wird gelesen…</translation>
    </message>
    <message>
        <source>%1 has no open shift.</source>
        <translation>%1 hat keine offene Schicht.</translation>
    </message>
    <message>
        <source>Shift opened %1 at %2 with a float of %3. Count the drawer.</source>
        <translation>Schicht geöffnet: %1 an %2, mit einem Wechselgeldbestand von %3. Zählen Sie die Kassenlade.</translation>
    </message>
    <message>
        <source>The count matches what was expected.</source>
        <translation>Die Zählung stimmt mit dem erwarteten Betrag überein.</translation>
    </message>
    <message>
        <source>The count differs from what was expected: add a note explaining the difference.</source>
        <translation>Die Zählung weicht vom erwarteten Betrag ab: Fügen Sie eine Notiz hinzu, die die Differenz erklärt.</translation>
    </message>
    <message>
        <source>The shift is closed.</source>
        <translation>Die Schicht ist geschlossen.</translation>
    </message>
    <message>
        <source>The counted cash is not an amount in %1: %2</source>
        <translation>Das gezählte Bargeld ist kein Betrag in %1: %2</translation>
    </message>
    <message>
        <source>The card total is not an amount in %1: %2</source>
        <translation>Die Kartensumme ist kein Betrag in %1: %2</translation>
    </message>
</context>
<context>
    <name>boxoffice::CollectReservationDialog</name>
    <message>
        <source>&amp;Collect payment</source>
        <translation>Zahlung &amp;kassieren</translation>
    </message>
    <message>
        <source>&amp;Print tickets</source>
        <translation>&amp;Tickets drucken</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF speichern…</translation>
    </message>
    <message>
        <source>Collect reservation</source>
        <translation>Reservierung abholen</translation>
    </message>
    <message>
        <source>Reference, name or e-mail – or scan the QR code</source>
        <translation>Buchungsnummer, Name oder E-Mail – oder QR-Code scannen</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Buchungsnummer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vorstellung</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Pay by</source>
        <translation>Zahlen bis</translation>
    </message>
    <message>
        <source>Type a reference, a name or an e-mail address, or scan the reservation&apos;s QR code.</source>
        <translation>Geben Sie eine Buchungsnummer, einen Namen oder eine E-Mail-Adresse ein, oder scannen Sie den QR-Code der Reservierung.</translation>
    </message>
    <message>
        <source>No reservation matches “%1”.</source>
        <translation>Keine Reservierung passt zu „%1“.</translation>
    </message>
    <message>
        <source>Find a reservation to collect its payment.</source>
        <translation>Suchen Sie eine Reservierung, um ihre Zahlung zu kassieren.</translation>
    </message>
    <message>
        <source>Reserved, to be paid by %1</source>
        <translation>Reserviert, zu bezahlen bis %1</translation>
    </message>
    <message>
        <source>%1 is not waiting for payment.</source>
        <translation>%1 wartet nicht auf eine Zahlung.</translation>
    </message>
    <message>
        <source>%1 is paid. Change to give: %2</source>
        <translation>%1 ist bezahlt. Rückgeld: %2</translation>
    </message>
    <message>
        <source>%1 is paid.</source>
        <translation>%1 ist bezahlt.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Already paid</source>
        <translation>Bereits bezahlt</translation>
    </message>
    <message>
        <source>Expired unpaid</source>
        <translation>Unbezahlt abgelaufen</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Already collected – do not take the money again. %1</source>
        <translation>Bereits kassiert – nehmen Sie das Geld nicht noch einmal. %1</translation>
    </message>
    <message>
        <source>This reservation no longer exists.</source>
        <translation>Diese Reservierung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>This reservation cannot be paid any more: %1</source>
        <translation>Diese Reservierung kann nicht mehr bezahlt werden: %1</translation>
    </message>
    <message>
        <source>Please check the payment: %1</source>
        <translation>Bitte prüfen Sie die Zahlung: %1</translation>
    </message>
    <message>
        <source>The database is busy: another counter or the web shop is writing to it. Nothing was taken; please try again in a moment.</source>
        <translation>Die Datenbank ist belegt: eine andere Kasse oder der Webshop schreibt gerade. Es wurde nichts kassiert; bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The disk is full, so the payment could not be recorded. Please tell the manager.</source>
        <translation>Der Datenträger ist voll, daher konnte die Zahlung nicht erfasst werden. Bitte sagen Sie dem Manager Bescheid.</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>Die Datenbank meldete einen Fehler: %1</translation>
    </message>
</context>
<context>
    <name>boxoffice::CoreBackend</name>
    <message>
        <source>The database is not open yet.</source>
        <translation>Die Datenbank ist noch nicht geöffnet.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the operation.</source>
        <translation>Ein unerwarteter Fehler hat den Vorgang abgebrochen.</translation>
    </message>
</context>
<context>
    <name>boxoffice::CounterSale</name>
    <message>
        <source>The seats held for the previous show could not be released: %1 They will be released when the hold expires.</source>
        <translation>Die für die vorige Vorstellung gehaltenen Plätze konnten nicht freigegeben werden: %1 Sie werden frei, wenn die Haltezeit abläuft.</translation>
    </message>
    <message>
        <source>Select seats on the seat map first.</source>
        <translation>Wählen Sie zuerst Plätze im Saalplan.</translation>
    </message>
    <message>
        <source>The hold has expired. Please select the seats again.</source>
        <translation>Die Haltezeit ist abgelaufen. Bitte wählen Sie die Plätze erneut.</translation>
    </message>
    <message>
        <source>The hold on %1 ended (it expired or was released elsewhere). Select the seats again if they are still free.</source>
        <translation>Das Halten von %1 ist beendet (abgelaufen oder anderswo freigegeben). Wählen Sie die Plätze erneut, falls sie noch frei sind.</translation>
    </message>
    <message>
        <source>Some of these seats were just taken by another customer or counter. Please choose other seats.</source>
        <translation>Einige dieser Plätze wurden gerade von einem anderen Kunden oder einer anderen Kasse belegt. Bitte wählen Sie andere Plätze.</translation>
    </message>
    <message>
        <source>Taken meanwhile by another customer or counter: %1. Please choose other seats.</source>
        <translation>Inzwischen von einem anderen Kunden oder einer anderen Kasse belegt: %1. Bitte wählen Sie andere Plätze.</translation>
    </message>
    <message>
        <source>These seats are no longer held for this counter. Please select them again.</source>
        <translation>Diese Plätze sind nicht mehr für diese Kasse gehalten. Bitte wählen Sie sie erneut.</translation>
    </message>
    <message>
        <source>The hold expired before the booking was made, so the seats were released. Please select them again.</source>
        <translation>Die Haltezeit ist vor der Buchung abgelaufen, die Plätze wurden freigegeben. Bitte wählen Sie sie erneut.</translation>
    </message>
    <message>
        <source>Too many seats for one sale: a counter can hold at most %1 seats of a show.</source>
        <translation>Zu viele Plätze für einen Verkauf: eine Kasse kann höchstens %1 Plätze einer Vorstellung halten.</translation>
    </message>
    <message>
        <source>Please check the entry: %1</source>
        <translation>Bitte prüfen Sie die Eingabe: %1</translation>
    </message>
    <message>
        <source>This show or seat no longer exists. Please pick the show again.</source>
        <translation>Diese Vorstellung oder dieser Platz existiert nicht mehr. Bitte wählen Sie die Vorstellung erneut.</translation>
    </message>
    <message>
        <source>This is not allowed: %1</source>
        <translation>Das ist nicht erlaubt: %1</translation>
    </message>
    <message>
        <source>The database is busy: another counter or the web shop is writing to it. Nothing was changed; please try again in a moment.</source>
        <translation>Die Datenbank ist belegt: eine andere Kasse oder der Webshop schreibt gerade. Es wurde nichts geändert; bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>Die Datenbank meldete einen Fehler: %1</translation>
    </message>
    <message>
        <source>The disk is full, so nothing can be saved: this sale was not made. Sales are paused until space is freed; please tell the manager.</source>
        <translation>Der Datenträger ist voll, daher kann nichts gespeichert werden: dieser Verkauf wurde nicht ausgeführt. Der Verkauf ist angehalten, bis wieder Speicherplatz frei ist; bitte sagen Sie dem Manager Bescheid.</translation>
    </message>
    <message>
        <source>The ticket mix names %1 tickets but only %2 seats are asked for.</source>
        <translation>Die Ticketaufteilung nennt %1 Tickets, gewünscht sind aber nur %2 Plätze.</translation>
    </message>
    <message>
        <source>No seat found sells %1 tickets; please set those ticket types in the basket.</source>
        <translation>Kein gefundener Platz wird mit der Ticketart %1 verkauft; bitte stellen Sie diese Ticketarten im Warenkorb ein.</translation>
    </message>
    <message>
        <source>row %1, seat %2</source>
        <translation>Reihe %1, Platz %2</translation>
    </message>
    <message>
        <source>row %1, seats %2–%3</source>
        <translation>Reihe %1, Plätze %2–%3</translation>
    </message>
    <message numerus="yes">
        <source>Best seats held together: %1. Every free block of %n seat(s) leaves a single seat empty here.</source>
        <translation>
            <numerusform>Beste Plätze zusammen gehalten: %1. Hier lässt jeder freie Block von %n Platz einen einzelnen Platz frei.</numerusform>
            <numerusform>Beste Plätze zusammen gehalten: %1. Hier lässt jeder freie Block von %n Plätzen einen einzelnen Platz frei.</numerusform>
        </translation>
    </message>
    <message>
        <source>Best seats held together: %1.</source>
        <translation>Beste Plätze zusammen gehalten: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Best seats held, not side by side (no %n free seat(s) in a row): %1.</source>
        <translation>
            <numerusform>Beste Plätze gehalten, nicht nebeneinander (kein freier Platz am Stück): %1.</numerusform>
            <numerusform>Beste Plätze gehalten, nicht nebeneinander (keine %n freien Plätze am Stück): %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This selection would leave %1 as a single empty seat that rarely sells.</source>
        <translation>Diese Auswahl würde %1 als einzelnen freien Platz übrig lassen, der sich selten verkauft.</translation>
    </message>
</context>
<context>
    <name>boxoffice::DayCloseWindow</name>
    <message>
        <source>Close day</source>
        <translation>Tag abschließen</translation>
    </message>
    <message>
        <source>Day close</source>
        <translation>Tagesabschluss</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>Reading the day&apos;s takings…</source>
        <translation>Die Einnahmen des Tages werden gelesen…</translation>
    </message>
    <message>
        <source>Net takings</source>
        <translation>Nettoeinnahmen</translation>
    </message>
    <message>
        <source>Closed %1 by %2.</source>
        <translation>Abgeschlossen %1 von %2.</translation>
    </message>
    <message numerus="yes">
        <source>The day is open: %n shift(s).</source>
        <translation>
            <numerusform>Der Tag ist offen: %n Schicht.</numerusform>
            <numerusform>Der Tag ist offen: %n Schichten.</numerusform>
        </translation>
    </message>
    <message>
        <source>day-close-%1.csv</source>
        <translation>tagesabschluss-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Bericht gespeichert unter %1.</translation>
    </message>
    <message>
        <source>day-close-%1.pdf</source>
        <translation>tagesabschluss-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Day close %1</source>
        <translation>Tagesabschluss %1</translation>
    </message>
    <message>
        <source>Export day close</source>
        <translation>Tagesabschluss exportieren</translation>
    </message>
</context>
<context>
    <name>boxoffice::DisplayNames</name>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Erwachsene</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Concession</source>
        <translation>Ermäßigt</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Loge</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>bar</translation>
    </message>
    <message>
        <source>card</source>
        <translation>Karte</translation>
    </message>
</context>
<context>
    <name>boxoffice::ExchangeDialog</name>
    <message>
        <source>E&amp;xchange</source>
        <translation>&amp;Umtauschen</translation>
    </message>
    <message>
        <source>Exchange %1</source>
        <translation>%1 umtauschen</translation>
    </message>
    <message>
        <source>Why the seats change (required)</source>
        <translation>Warum die Plätze wechseln (erforderlich)</translation>
    </message>
    <message>
        <source>Seats to give up:</source>
        <translation>Abzugebende Plätze:</translation>
    </message>
    <message>
        <source>Difference:</source>
        <translation>Differenz:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Tick the seats to give up and pick the new seats on the map.</source>
        <translation>Haken Sie die abzugebenden Plätze an und wählen Sie die neuen Plätze im Saalplan.</translation>
    </message>
    <message>
        <source>To collect: %1</source>
        <translation>Zu kassieren: %1</translation>
    </message>
    <message>
        <source>To refund: %1</source>
        <translation>Zu erstatten: %1</translation>
    </message>
    <message>
        <source>No difference in price</source>
        <translation>Kein Preisunterschied</translation>
    </message>
    <message>
        <source>Please give a reason for the exchange.</source>
        <translation>Bitte geben Sie einen Grund für den Umtausch an.</translation>
    </message>
    <message>
        <source>Collected %1; change to give: %2.</source>
        <translation>%1 kassiert; Rückgeld: %2.</translation>
    </message>
    <message>
        <source>Collected %1.</source>
        <translation>%1 kassiert.</translation>
    </message>
    <message>
        <source>Refund %1 to the customer.</source>
        <translation>Erstatten Sie dem Kunden %1.</translation>
    </message>
    <message>
        <source>Exchanged: %1 now holds %2. %3</source>
        <translation>Umgetauscht: %1 umfasst jetzt %2. %3</translation>
    </message>
    <message>
        <source>Taken meanwhile by another customer or counter: %1. Nothing was changed; please pick other seats.</source>
        <translation>Inzwischen von einem anderen Kunden oder einer anderen Kasse belegt: %1. Es wurde nichts geändert; bitte wählen Sie andere Plätze.</translation>
    </message>
    <message>
        <source>This booking, show or seat no longer exists: %1</source>
        <translation>Diese Buchung, Vorstellung oder dieser Platz existiert nicht mehr: %1</translation>
    </message>
    <message>
        <source>This exchange is not allowed: %1</source>
        <translation>Dieser Umtausch ist nicht erlaubt: %1</translation>
    </message>
    <message>
        <source>Please check the entry: %1</source>
        <translation>Bitte prüfen Sie die Eingabe: %1</translation>
    </message>
    <message>
        <source>The database is busy. Nothing was changed; please try again in a moment.</source>
        <translation>Die Datenbank ist belegt. Es wurde nichts geändert; bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>Die Datenbank meldete einen Fehler: %1</translation>
    </message>
    <message>
        <source>New seat</source>
        <translation>Neuer Platz</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>Ticketart</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
</context>
<context>
    <name>boxoffice::FirstManagerDialog</name>
    <message>
        <source>First manager account</source>
        <translation>Erstes Managerkonto</translation>
    </message>
    <message>
        <source>Nobody has a staff account yet. The first one is a manager&apos;s: the manager then adds the cashiers in Manager → Staff….</source>
        <translation>Noch niemand hat ein Mitarbeiterkonto. Das erste gehört einem Manager: Der Manager legt dann unter Manager → Mitarbeiter… die Kassierer an.</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Konto anlegen</translation>
    </message>
    <message>
        <source>Staff accounts exist already (perhaps made at another counter). Sign in with yours.</source>
        <translation>Es gibt schon Mitarbeiterkonten (vielleicht an einer anderen Kasse angelegt). Melden Sie sich mit Ihrem an.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>boxoffice::FirstRunAssistant</name>
    <message>
        <source>Set up Box Office</source>
        <translation>Box Office einrichten</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation>
            <numerusform>%1 (%n Platz)</numerusform>
            <numerusform>%1 (%n Plätze)</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome to Box Office</source>
        <translation>Willkommen bei Box Office</translation>
    </message>
    <message>
        <source>The first hall</source>
        <translation>Der erste Saal</translation>
    </message>
    <message>
        <source>Lay out rows of seats, or bring a seat plan from a file. The hall designer (Manager → Halls…) refines it later: categories, wheelchair spaces, aisles, single seats.</source>
        <translation>Legen Sie Sitzreihen an oder bringen Sie einen Saalplan aus einer Datei mit. Der Saal-Designer (Manager → Säle…) verfeinert ihn später: Kategorien, Rollstuhlplätze, Gänge, einzelne Plätze.</translation>
    </message>
    <message>
        <source>Hall 1</source>
        <translation>Saal 1</translation>
    </message>
    <message>
        <source>&amp;Lay out rows of seats</source>
        <translation>Sitzreihen an&amp;legen</translation>
    </message>
    <message>
        <source>&amp;Rows and seats…</source>
        <translation>&amp;Reihen und Plätze…</translation>
    </message>
    <message>
        <source>&amp;Import a seat-plan file (Box Office or pretix)</source>
        <translation>Saalplan-Datei &amp;importieren (Box Office oder pretix)</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Use a hall already set up</source>
        <translation>Einen schon eingerichteten Saal &amp;verwenden</translation>
    </message>
    <message>
        <source>Hall &amp;name:</source>
        <translation>Saal&amp;name:</translation>
    </message>
    <message>
        <source>The first show</source>
        <translation>Die erste Vorstellung</translation>
    </message>
    <message>
        <source>Its title, when it starts and what an adult ticket costs in each seat category. More ticket types, web sales and runs of shows are set in manager mode.</source>
        <translation>Ihr Titel, ihr Beginn und der Preis eines Erwachsenentickets in jeder Platzkategorie. Weitere Ticketarten, Webverkauf und Vorstellungsreihen werden im Manager-Modus eingestellt.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Adult ticket per seat category</source>
        <translation>Erwachsenenticket je Platzkategorie</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>Ready to sell</source>
        <translation>Bereit zum Verkauf</translation>
    </message>
    <message>
        <source>Finish opens the show&apos;s day at the counter.</source>
        <translation>Fertigstellen öffnet den Tag der Vorstellung an der Kasse.</translation>
    </message>
    <message>
        <source>Next saves this page. Cancel keeps what was saved; until a show exists, this assistant opens again at the next start.</source>
        <translation>Weiter speichert diese Seite. Abbrechen behält, was gespeichert ist; solange es keine Vorstellung gibt, öffnet sich dieser Assistent beim nächsten Start wieder.</translation>
    </message>
    <message>
        <source>&amp;Starts (%1):</source>
        <translation>&amp;Beginn (%1):</translation>
    </message>
    <message>
        <source>Give the hall a name.</source>
        <translation>Geben Sie dem Saal einen Namen.</translation>
    </message>
    <message>
        <source>Choose the seat-plan file to import.</source>
        <translation>Wählen Sie die Saalplan-Datei, die importiert werden soll.</translation>
    </message>
    <message>
        <source>Choose one of the halls.</source>
        <translation>Wählen Sie einen der Säle.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a seat plan that can be imported:
%2</source>
        <translation>%1 ist kein Saalplan, der importiert werden kann:
%2</translation>
    </message>
    <message>
        <source>The hall was not saved: %1</source>
        <translation>Der Saal wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Not carried over from the file: %1</source>
        <translation>Aus der Datei nicht übernommen: %1</translation>
    </message>
    <message>
        <source>Give the show a title.</source>
        <translation>Geben Sie der Vorstellung einen Titel.</translation>
    </message>
    <message>
        <source>This time does not exist in %1 (the clocks change).</source>
        <translation>Diese Uhrzeit gibt es in %1 nicht (Zeitumstellung).</translation>
    </message>
    <message>
        <source>The show would start in the past. Choose a later start.</source>
        <translation>Die Vorstellung würde in der Vergangenheit beginnen. Wählen Sie einen späteren Beginn.</translation>
    </message>
    <message>
        <source>The show was not saved: %1</source>
        <translation>Die Vorstellung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Import a seat plan</source>
        <translation>Saalplan importieren</translation>
    </message>
    <message>
        <source>Seat plans (*.json);;All files (*)</source>
        <translation>Saalpläne (*.json);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Reihe</numerusform>
            <numerusform>%n Reihen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) in all</source>
        <translation>
            <numerusform>%n Platz insgesamt</numerusform>
            <numerusform>%n Plätze insgesamt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Venue: %1 (%2, %3)
Hall: %4 with %n seat(s)
Show: %5 on %6
Adult tickets: %7</source>
        <translation>
            <numerusform>Spielstätte: %1 (%2, %3)
Saal: %4 mit %n Platz
Vorstellung: %5 am %6
Erwachsenentickets: %7</numerusform>
            <numerusform>Spielstätte: %1 (%2, %3)
Saal: %4 mit %n Plätzen
Vorstellung: %5 am %6
Erwachsenentickets: %7</numerusform>
        </translation>
    </message>
    <message>
        <source>A few steps lead to the first show you can sell: the venue, the manager&apos;s account, a hall and a show. Everything can be changed later in manager mode.</source>
        <translation>Wenige Schritte führen zur ersten Vorstellung, die Sie verkaufen können: die Spielstätte, das Konto des Managers, ein Saal und eine Vorstellung. Alles lässt sich später im Managermodus ändern.</translation>
    </message>
    <message>
        <source>The manager&apos;s account</source>
        <translation>Das Konto des Managers</translation>
    </message>
    <message>
        <source>Everybody at the counter signs in with a staff account. A manager also sets up halls and shows, refunds bookings, reads the reports and adds the cashiers&apos; accounts.</source>
        <translation>An der Kasse meldet sich jeder mit einem Mitarbeiterkonto an. Ein Manager richtet außerdem Säle und Vorstellungen ein, erstattet Buchungen, liest die Berichte und legt die Konten der Kassierer an.</translation>
    </message>
    <message>
        <source>The account of %1 is ready: sign in with it at the counter.</source>
        <translation>Das Konto von %1 ist bereit: Melden Sie sich damit an der Kasse an.</translation>
    </message>
    <message>
        <source>Staff accounts exist already; a manager adds more in Manager → Staff….</source>
        <translation>Es gibt schon Mitarbeiterkonten; weitere legt ein Manager unter Manager → Mitarbeiter… an.</translation>
    </message>
    <message>
        <source>Your name and a PIN or password of %1 to %2 characters, typed twice. You sign in with them at the counter.</source>
        <translation>Ihr Name und eine PIN oder ein Passwort mit %1 bis %2 Zeichen, zweimal eingegeben. Damit melden Sie sich an der Kasse an.</translation>
    </message>
</context>
<context>
    <name>boxoffice::HallDesignerCanvas</name>
    <message>
        <source>Hall plan</source>
        <translation>Saalplan</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Bühne</translation>
    </message>
</context>
<context>
    <name>boxoffice::HallDesignerWindow</name>
    <message>
        <source>Hall designer</source>
        <translation>Saal-Designer</translation>
    </message>
    <message>
        <source>New hall</source>
        <translation>Neuer Saal</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation>&amp;Erzeugen…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>%1 rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>%1 wiederholen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Add s&amp;eat</source>
        <translation>&amp;Platz hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;row</source>
        <translation>Rei&amp;he hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Wheelchair space</source>
        <translation>R&amp;ollstuhlplatz</translation>
    </message>
    <message>
        <source>&amp;Companion seats</source>
        <translation>&amp;Begleitplätze</translation>
    </message>
    <message>
        <source>No c&amp;ompanion</source>
        <translation>&amp;Keine Begleitung</translation>
    </message>
    <message>
        <source>Place s&amp;tage</source>
        <translation>B&amp;ühne platzieren</translation>
    </message>
    <message>
        <source>The next click on the plan puts the stage there</source>
        <translation>Der nächste Klick in den Plan setzt die Bühne dorthin</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Anpassen</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Category name</source>
        <translation>Name der Kategorie</translation>
    </message>
    <message>
        <source>&amp;Give to selected seats</source>
        <translation>Den gewählten Plätzen &amp;zuweisen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Co&amp;lour…</source>
        <translation>&amp;Farbe…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Type the new category&apos;s name first.</source>
        <translation>Geben Sie zuerst den Namen der neuen Kategorie ein.</translation>
    </message>
    <message>
        <source>Choose a category first.</source>
        <translation>Wählen Sie zuerst eine Kategorie.</translation>
    </message>
    <message>
        <source>Ro&amp;w:</source>
        <translation>&amp;Reihe:</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <source>Relabel &amp;seat</source>
        <translation>Platz &amp;umbenennen</translation>
    </message>
    <message>
        <source>Relabel r&amp;ow</source>
        <translation>Reihe u&amp;mbenennen</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>Von links nach rechts</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>Von rechts nach links</translation>
    </message>
    <message>
        <source>Odd/even from the centre</source>
        <translation>Ungerade/gerade von der Mitte aus</translation>
    </message>
    <message>
        <source>Re&amp;number rows</source>
        <translation>Reihen neu &amp;nummerieren</translation>
    </message>
    <message>
        <source>Numbering:</source>
        <translation>Nummerierung:</translation>
    </message>
    <message>
        <source>Stage x, y:</source>
        <translation>Bühne x, y:</translation>
    </message>
    <message>
        <source>Set s&amp;tage</source>
        <translation>Bühne &amp;setzen</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) in the hall, none selected.</source>
        <translation>
            <numerusform>%n Platz im Saal, keiner gewählt.</numerusform>
            <numerusform>%n Plätze im Saal, keiner gewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Seat %1 selected.</source>
        <translation>Platz %1 gewählt.</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) selected.</source>
        <translation>
            <numerusform>%n Platz gewählt.</numerusform>
            <numerusform>%n Plätze gewählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generated %n seat(s).</source>
        <translation>
            <numerusform>%n Platz erzeugt.</numerusform>
            <numerusform>%n Plätze erzeugt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: the plan has %n problem(s), listed below.</source>
        <translation>
            <numerusform>Nicht gespeichert: der Plan hat %n Problem, unten aufgeführt.</numerusform>
            <numerusform>Nicht gespeichert: der Plan hat %n Probleme, unten aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <source>Imported %1; not carried over: %2</source>
        <translation>%1 importiert; nicht übernommen: %2</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>Import hall</source>
        <translation>Saal importieren</translation>
    </message>
    <message>
        <source>Hall plans (*.json);;All files (*)</source>
        <translation>Saalpläne (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export hall</source>
        <translation>Saal exportieren</translation>
    </message>
    <message>
        <source>Hall plans (*.json)</source>
        <translation>Saalpläne (*.json)</translation>
    </message>
    <message>
        <source>&amp;House seat</source>
        <translation>Ha&amp;usplatz</translation>
    </message>
    <message>
        <source>Kept back for the counter in every new show of the hall</source>
        <translation>In jeder neuen Vorstellung des Saals für die Kasse zurückgehalten</translation>
    </message>
</context>
<context>
    <name>boxoffice::HallGeneratorDialog</name>
    <message>
        <source>Letters: A, B, C, …</source>
        <translation>Buchstaben: A, B, C, …</translation>
    </message>
    <message>
        <source>Numbers: 1, 2, 3, …</source>
        <translation>Zahlen: 1, 2, 3, …</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>Von links nach rechts</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>Von rechts nach links</translation>
    </message>
    <message>
        <source>Odd left, even right, from the centre</source>
        <translation>Ungerade links, gerade rechts, von der Mitte aus</translation>
    </message>
    <message>
        <source>Aisles: give seat numbers between 1 and %1, separated by commas.</source>
        <translation>Gänge: Geben Sie Platznummern zwischen 1 und %1 an, durch Kommas getrennt.</translation>
    </message>
</context>
<context>
    <name>boxoffice::HallPlanEditor</name>
    <message>
        <source>Generate hall</source>
        <translation>Saal erzeugen</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>The hall has no category &quot;%1&quot;.</source>
        <translation>Der Saal hat keine Kategorie „%1“.</translation>
    </message>
    <message>
        <source>Select the seats first.</source>
        <translation>Wählen Sie zuerst die Plätze.</translation>
    </message>
    <message numerus="yes">
        <source>Set category of %n seat(s)</source>
        <translation>
            <numerusform>Kategorie von %n Platz festlegen</numerusform>
            <numerusform>Kategorie von %n Plätzen festlegen</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark wheelchair space</source>
        <translation>Als Rollstuhlplatz markieren</translation>
    </message>
    <message>
        <source>Unmark wheelchair space</source>
        <translation>Markierung als Rollstuhlplatz entfernen</translation>
    </message>
    <message>
        <source>Select one wheelchair space and its companion seats, not several spaces.</source>
        <translation>Wählen Sie einen Rollstuhlplatz und seine Begleitplätze, nicht mehrere Rollstuhlplätze.</translation>
    </message>
    <message>
        <source>Select one wheelchair space and its companion seats.</source>
        <translation>Wählen Sie einen Rollstuhlplatz und seine Begleitplätze.</translation>
    </message>
    <message>
        <source>Mark companion seats</source>
        <translation>Als Begleitplätze markieren</translation>
    </message>
    <message>
        <source>Unmark companion seats</source>
        <translation>Markierung als Begleitplätze entfernen</translation>
    </message>
    <message>
        <source>Add seat %1</source>
        <translation>Platz %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add row %1</source>
        <translation>Reihe %1 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n seat(s)</source>
        <translation>
            <numerusform>%n Platz löschen</numerusform>
            <numerusform>%n Plätze löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n seat(s)</source>
        <translation>
            <numerusform>%n Platz verschieben</numerusform>
            <numerusform>%n Plätze verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one seat first.</source>
        <translation>Wählen Sie zuerst einen Platz.</translation>
    </message>
    <message>
        <source>A seat needs a row label and a number.</source>
        <translation>Ein Platz braucht eine Reihenbezeichnung und eine Nummer.</translation>
    </message>
    <message>
        <source>Relabel seat</source>
        <translation>Platz umbenennen</translation>
    </message>
    <message>
        <source>Select a seat of the row first.</source>
        <translation>Wählen Sie zuerst einen Platz der Reihe.</translation>
    </message>
    <message>
        <source>The selection spans several rows; select seats of one row.</source>
        <translation>Die Auswahl umfasst mehrere Reihen; wählen Sie Plätze einer einzigen Reihe.</translation>
    </message>
    <message>
        <source>A row needs a label.</source>
        <translation>Eine Reihe braucht eine Bezeichnung.</translation>
    </message>
    <message>
        <source>Relabel row %1 as %2</source>
        <translation>Reihe %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Select a seat of each row first.</source>
        <translation>Wählen Sie zuerst einen Platz jeder Reihe.</translation>
    </message>
    <message numerus="yes">
        <source>Renumber %n row(s)</source>
        <translation>
            <numerusform>%n Reihe neu nummerieren</numerusform>
            <numerusform>%n Reihen neu nummerieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Set stage position</source>
        <translation>Bühnenposition festlegen</translation>
    </message>
    <message>
        <source>Add category %1</source>
        <translation>Kategorie %1 hinzufügen</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>Eine Kategorie braucht einen Namen.</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>Kategorie umbenennen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour of the form #rrggbb.</source>
        <translation>„%1“ ist keine Farbe der Form #rrggbb.</translation>
    </message>
    <message>
        <source>Recolour category</source>
        <translation>Kategorie umfärben</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) still use the category %1; give them another one first.</source>
        <translation>
            <numerusform>%n Platz verwendet noch die Kategorie %1; weisen Sie ihm zuerst eine andere zu.</numerusform>
            <numerusform>%n Plätze verwenden noch die Kategorie %1; weisen Sie ihnen zuerst eine andere zu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove category</source>
        <translation>Kategorie entfernen</translation>
    </message>
    <message>
        <source>Mark house seats</source>
        <translation>Als Hausplätze markieren</translation>
    </message>
    <message>
        <source>Unmark house seats</source>
        <translation>Hausplatz-Markierung entfernen</translation>
    </message>
</context>
<context>
    <name>boxoffice::HallsWindow</name>
    <message>
        <source>Halls</source>
        <translation>Säle</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Saal</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>&amp;New hall…</source>
        <translation>&amp;Neuer Saal…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>New hall</source>
        <translation>Neuer Saal</translation>
    </message>
    <message>
        <source>Hall designer – %1</source>
        <translation>Saal-Designer – %1</translation>
    </message>
    <message>
        <source>Whoever opened the halls signed out. Open them again as a manager to save the hall.</source>
        <translation>Wer die Säle geöffnet hat, hat sich abgemeldet. Öffnen Sie sie erneut als Manager, um den Saal zu speichern.</translation>
    </message>
</context>
<context>
    <name>boxoffice::MainWindow</name>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>Die Datenbank konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Database unavailable</source>
        <translation>Datenbank nicht verfügbar</translation>
    </message>
    <message>
        <source>About Box Office</source>
        <translation>Über Box Office</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Box Office %1&lt;/h3&gt;&lt;p&gt;Counter sales and online booking for cinemas and theatres.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Box Office %1&lt;/h3&gt;&lt;p&gt;Kassenverkauf und Onlinebuchung für Kinos und Theater.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>The shows could not be read: %1</source>
        <translation>Die Vorstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation>Morgen, %1</translation>
    </message>
    <message>
        <source>Choose a show</source>
        <translation>Vorstellung wählen</translation>
    </message>
    <message>
        <source>Pick a show from the list to see its seats.</source>
        <translation>Wählen Sie eine Vorstellung aus der Liste, um ihre Plätze zu sehen.</translation>
    </message>
    <message>
        <source>Box Office</source>
        <translation>Box Office</translation>
    </message>
    <message>
        <source>%1 of %2 seats available</source>
        <translation>%1 von %2 Plätzen frei</translation>
    </message>
    <message>
        <source>Box Office — %1</source>
        <translation>Box Office — %1</translation>
    </message>
    <message>
        <source>Online booking stopped: %1</source>
        <translation>Onlinebuchung gestoppt: %1</translation>
    </message>
    <message>
        <source>Online booking running at %1</source>
        <translation>Onlinebuchung läuft unter %1</translation>
    </message>
    <message>
        <source>Customers book at %1</source>
        <translation>Kunden buchen unter %1</translation>
    </message>
    <message>
        <source>Online booking off</source>
        <translation>Onlinebuchung aus</translation>
    </message>
    <message>
        <source>The web endpoint is switched off in the settings.</source>
        <translation>Der Webzugang ist in den Einstellungen ausgeschaltet.</translation>
    </message>
    <message>
        <source>Online booking starting at %1</source>
        <translation>Onlinebuchung startet unter %1</translation>
    </message>
    <message>
        <source>Web watchers: %1</source>
        <translation>Online-Zuschauer: %1</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>Ticket %1 sent to the printer.</source>
        <translation>Ticket %1 an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Save ticket as PDF</source>
        <translation>Ticket als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>The ticket could not be saved: %1</source>
        <translation>Das Ticket konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Ticket %1 saved to %2.</source>
        <translation>Ticket %1 gespeichert unter %2.</translation>
    </message>
    <message>
        <source>Taken meanwhile by another customer or counter: %1. Please choose other seats.</source>
        <translation>Inzwischen von einem anderen Kunden oder einer anderen Kasse belegt: %1. Bitte wählen Sie andere Plätze.</translation>
    </message>
    <message>
        <source>&amp;Venue settings…</source>
        <translation>Einstellungen der Spiels&amp;tätte…</translation>
    </message>
    <message>
        <source>&amp;Ticket types…</source>
        <translation>Tic&amp;ketarten…</translation>
    </message>
    <message>
        <source>&amp;Halls…</source>
        <translation>Sä&amp;le…</translation>
    </message>
    <message>
        <source>&amp;Shows…</source>
        <translation>&amp;Vorstellungen…</translation>
    </message>
    <message>
        <source>&amp;Collect reservation…</source>
        <translation>Reservierung &amp;abholen…</translation>
    </message>
    <message>
        <source>Take the payment of a web reservation: find it or scan its QR code</source>
        <translation>Die Zahlung einer Onlinereservierung kassieren: suchen oder ihren QR-Code scannen</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Benutzer &amp;wechseln…</translation>
    </message>
    <message>
        <source>S&amp;hift</source>
        <translation>&amp;Schicht</translation>
    </message>
    <message>
        <source>&amp;Open shift…</source>
        <translation>Schicht &amp;öffnen…</translation>
    </message>
    <message>
        <source>&amp;Close shift…</source>
        <translation>Schicht &amp;schließen…</translation>
    </message>
    <message>
        <source>&amp;Shifts of a day…</source>
        <translation>Schichten eines &amp;Tages…</translation>
    </message>
    <message>
        <source>&amp;Day close…</source>
        <translation>Tages&amp;abschluss…</translation>
    </message>
    <message>
        <source>Signed in: %1 (manager)</source>
        <translation>Angemeldet: %1 (Manager)</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Angemeldet: %1</translation>
    </message>
    <message>
        <source>S&amp;taff…</source>
        <translation>Mit&amp;arbeiter…</translation>
    </message>
    <message>
        <source>The audit log</source>
        <translation>Das Protokoll</translation>
    </message>
    <message>
        <source>%1 is for managers: nothing was opened.</source>
        <translation>%1: nur für Manager; es wurde nichts geöffnet.</translation>
    </message>
    <message>
        <source>The venue settings</source>
        <translation>Die Einstellungen der Spielstätte</translation>
    </message>
    <message>
        <source>The ticket types</source>
        <translation>Die Ticketarten</translation>
    </message>
    <message>
        <source>The halls</source>
        <translation>Die Säle</translation>
    </message>
    <message>
        <source>The shows</source>
        <translation>Die Vorstellungen</translation>
    </message>
    <message>
        <source>&amp;Door</source>
        <translation>&amp;Einlass</translation>
    </message>
    <message>
        <source>&amp;Check-in…</source>
        <translation>&amp;Einlasskontrolle…</translation>
    </message>
    <message>
        <source>Who came in to the current show, and letting a ticket in by hand</source>
        <translation>Wer zur aktuellen Vorstellung hereingekommen ist, und ein Ticket von Hand einlassen</translation>
    </message>
    <message>
        <source>&amp;Scanner devices…</source>
        <translation>&amp;Scannergeräte…</translation>
    </message>
    <message>
        <source>Pair staff phones as door scanners, or revoke them</source>
        <translation>Handys der Mitarbeiter als Einlassscanner koppeln oder ihnen den Zugang entziehen</translation>
    </message>
    <message>
        <source>The scanner devices</source>
        <translation>Die Scannergeräte</translation>
    </message>
    <message>
        <source>Choose a show first: the check-in is per show.</source>
        <translation>Wählen Sie zuerst eine Vorstellung: der Einlass gilt je Vorstellung.</translation>
    </message>
</context>
<context>
    <name>boxoffice::ManagerActions</name>
    <message>
        <source>Unbook seats</source>
        <translation>Plätze stornieren</translation>
    </message>
    <message>
        <source>Unbook booking</source>
        <translation>Buchung stornieren</translation>
    </message>
    <message>
        <source>Block seats</source>
        <translation>Plätze sperren</translation>
    </message>
    <message>
        <source>Unblock seats</source>
        <translation>Plätze entsperren</translation>
    </message>
    <message>
        <source>Keep house seats</source>
        <translation>Hausplätze zurückhalten</translation>
    </message>
    <message>
        <source>Release house seats</source>
        <translation>Hausplätze freigeben</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Kunden löschen</translation>
    </message>
    <message numerus="yes">
        <source>Unbook %n seat(s) (%1)? They become available for sale again.</source>
        <translation>
            <numerusform>%n Platz (%1) stornieren? Er wird wieder zum Verkauf frei.</numerusform>
            <numerusform>%n Plätze (%1) stornieren? Sie werden wieder zum Verkauf frei.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unbook the whole booking %1? All its seats become available for sale again.</source>
        <translation>Die ganze Buchung %1 stornieren? Alle ihre Plätze werden wieder zum Verkauf frei.</translation>
    </message>
    <message numerus="yes">
        <source>Block %n seat(s) (%1)? Nobody can buy them until they are unblocked.</source>
        <translation>
            <numerusform>%n Platz (%1) sperren? Niemand kann ihn kaufen, bis er entsperrt ist.</numerusform>
            <numerusform>%n Plätze (%1) sperren? Niemand kann sie kaufen, bis sie entsperrt sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unblock %n seat(s) (%1)? They become available for sale again.</source>
        <translation>
            <numerusform>%n Platz (%1) entsperren? Er wird wieder zum Verkauf frei.</numerusform>
            <numerusform>%n Plätze (%1) entsperren? Sie werden wieder zum Verkauf frei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep %n seat(s) (%1) back as house seats? Only the counter can sell them.</source>
        <translation>
            <numerusform>%n Platz (%1) als Hausplatz zurückhalten? Nur die Kasse kann ihn verkaufen.</numerusform>
            <numerusform>%n Plätze (%1) als Hausplätze zurückhalten? Nur die Kasse kann sie verkaufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %n house seat(s) (%1) back to online sale?</source>
        <translation>
            <numerusform>%n Hausplatz (%1) wieder für den Onlineverkauf freigeben?</numerusform>
            <numerusform>%n Hausplätze (%1) wieder für den Onlineverkauf freigeben?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Delete the customer %1? Their holds and future bookings are released and their name and email are erased.</source>
        <translation>Den Kunden %1 löschen? Seine gehaltenen Plätze und künftigen Buchungen werden freigegeben, Name und E-Mail gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Unbooked %n seat(s): %1. They are available again.</source>
        <translation>
            <numerusform>%n Platz storniert: %1. Er ist wieder frei.</numerusform>
            <numerusform>%n Plätze storniert: %1. Sie sind wieder frei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Booking %1 is cancelled; %n seat(s) are available again.</source>
        <translation>
            <numerusform>Buchung %1 ist storniert; %n Platz ist wieder frei.</numerusform>
            <numerusform>Buchung %1 ist storniert; %n Plätze sind wieder frei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked %n seat(s): %1.</source>
        <translation>
            <numerusform>%n Platz gesperrt: %1.</numerusform>
            <numerusform>%n Plätze gesperrt: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unblocked %n seat(s): %1.</source>
        <translation>
            <numerusform>%n Platz entsperrt: %1.</numerusform>
            <numerusform>%n Plätze entsperrt: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) kept back as house seats: %1.</source>
        <translation>
            <numerusform>%n Platz als Hausplatz zurückgehalten: %1.</numerusform>
            <numerusform>%n Plätze als Hausplätze zurückgehalten: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n house seat(s) given back to online sale: %1.</source>
        <translation>
            <numerusform>%n Hausplatz wieder für den Onlineverkauf freigegeben: %1.</numerusform>
            <numerusform>%n Hausplätze wieder für den Onlineverkauf freigegeben: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The customer is deleted; %n seat(s) were released.</source>
        <translation>
            <numerusform>Der Kunde ist gelöscht; %n Platz wurde freigegeben.</numerusform>
            <numerusform>Der Kunde ist gelöscht; %n Plätze wurden freigegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: these seats are not booked: %1.</source>
        <translation>Es wurde nichts geändert: diese Plätze sind nicht gebucht: %1.</translation>
    </message>
    <message>
        <source>Nothing was changed: these seats are held or booked and cannot be blocked: %1.</source>
        <translation>Es wurde nichts geändert: diese Plätze sind gehalten oder gebucht und können nicht gesperrt werden: %1.</translation>
    </message>
    <message>
        <source>Nothing was changed: these seats are not blocked: %1.</source>
        <translation>Es wurde nichts geändert: diese Plätze sind nicht gesperrt: %1.</translation>
    </message>
    <message>
        <source>Nothing was changed: these seats cannot be changed now: %1.</source>
        <translation>Es wurde nichts geändert: diese Plätze können jetzt nicht geändert werden: %1.</translation>
    </message>
    <message>
        <source>Nothing was changed: there are no such seats in this hall: %1.</source>
        <translation>Es wurde nichts geändert: diese Plätze gibt es in diesem Saal nicht: %1.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Es wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>This customer no longer exists (perhaps deleted at another counter).</source>
        <translation>Diesen Kunden gibt es nicht mehr (vielleicht an einer anderen Kasse gelöscht).</translation>
    </message>
    <message>
        <source>This booking does not exist or has no seats left to unbook.</source>
        <translation>Diese Buchung existiert nicht oder hat keine Plätze mehr zum Stornieren.</translation>
    </message>
    <message>
        <source>This show no longer exists.</source>
        <translation>Diese Vorstellung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The database is busy because another counter is saving. Nothing was changed; please try again in a moment.</source>
        <translation>Die Datenbank ist belegt, weil eine andere Kasse gerade speichert. Es wurde nichts geändert; bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>This is not allowed: %1</source>
        <translation>Das ist nicht erlaubt: %1</translation>
    </message>
    <message>
        <source>The database reported a problem and nothing was changed. Details: %1</source>
        <translation>Die Datenbank meldete ein Problem, es wurde nichts geändert. Details: %1</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Manager mode</source>
        <translation>Managermodus</translation>
    </message>
    <message>
        <source>Choose a show and at least one seat first.</source>
        <translation>Wählen Sie zuerst eine Vorstellung und mindestens einen Platz.</translation>
    </message>
    <message>
        <source>Choose a booking first.</source>
        <translation>Wählen Sie zuerst eine Buchung.</translation>
    </message>
    <message>
        <source>Choose a customer first.</source>
        <translation>Wählen Sie zuerst einen Kunden.</translation>
    </message>
    <message>
        <source>Nothing was changed: a manager action needs a reason for the audit log.</source>
        <translation>Es wurde nichts geändert: eine Manageraktion braucht einen Grund für das Protokoll.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was changed. Free some space on the disk that holds the database, then try again.</source>
        <translation>Der Datenträger ist voll, daher wurde nichts geändert. Geben Sie auf dem Datenträger mit der Datenbank Speicherplatz frei und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Nothing was changed: this needs a manager signed in or a manager&apos;s PIN for it.</source>
        <translation>Es wurde nichts geändert: dafür braucht es einen angemeldeten Manager oder die PIN eines Managers.</translation>
    </message>
    <message>
        <source>The counter was locked meanwhile; nothing was changed. Sign in and try again.</source>
        <translation>Die Kasse wurde inzwischen gesperrt; es wurde nichts geändert. Melden Sie sich an und versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>boxoffice::ManagerApproval</name>
    <message>
        <source>%1 needs a manager. A manager authorises this one action for %2 with their own PIN; the audit log records both names.</source>
        <translation>%1: Dafür ist ein Manager nötig. Ein Manager gibt diese eine Aktion für %2 mit seiner eigenen PIN frei; das Protokoll hält beide Namen fest.</translation>
    </message>
    <message>
        <source>%1 needs a manager. Nobody is signed in to this counter: a manager signs in for this one action.</source>
        <translation>%1: Dafür ist ein Manager nötig. An dieser Kasse ist niemand angemeldet: Ein Manager meldet sich für diese eine Aktion an.</translation>
    </message>
    <message>
        <source>This database has no staff accounts yet. Manager actions are done by a manager&apos;s account: create the first one, and the counter is used signed in from now on.</source>
        <translation>Diese Datenbank hat noch keine Mitarbeiterkonten. Manageraktionen erledigt ein Managerkonto: Legen Sie das erste an; von da an wird die Kasse angemeldet benutzt.</translation>
    </message>
</context>
<context>
    <name>boxoffice::ManagerPanel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>The shows could not be read: %1</source>
        <translation>Die Vorstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <source>No shows on this day</source>
        <translation>Keine Vorstellungen an diesem Tag</translation>
    </message>
    <message>
        <source>Type seat labels separated by commas or spaces; a range like C7-C10 means C7, C8, C9 and C10.</source>
        <translation>Platzbezeichnungen durch Kommas oder Leerzeichen getrennt eingeben; ein Bereich wie C7-C10 bedeutet C7, C8, C9 und C10.</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s): %1</source>
        <translation>
            <numerusform>%n Platz: %1</numerusform>
            <numerusform>%n Plätze: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Type part of the customer&apos;s name or e-mail.</source>
        <translation>Geben Sie einen Teil des Namens oder der E-Mail des Kunden ein.</translation>
    </message>
    <message>
        <source>The customers could not be read: %1</source>
        <translation>Die Kunden konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found.</source>
        <translation>
            <numerusform>%n Kunde gefunden.</numerusform>
            <numerusform>%n Kunden gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>You are signed in as a manager: these actions are yours.</source>
        <translation>Sie sind als Manager angemeldet: diese Aktionen gehen auf Ihren Namen.</translation>
    </message>
    <message>
        <source>Each action needs a manager: a manager authorises it with their own PIN.</source>
        <translation>Jede Aktion braucht einen Manager: ein Manager gibt sie mit seiner eigenen PIN frei.</translation>
    </message>
    <message>
        <source>Finding customers</source>
        <translation>Die Kundensuche</translation>
    </message>
    <message>
        <source>Finding customers needs a manager signed in or a manager&apos;s PIN.</source>
        <translation>Die Kundensuche braucht einen angemeldeten Manager oder die PIN eines Managers.</translation>
    </message>
</context>
<context>
    <name>boxoffice::OpenShiftDialog</name>
    <message>
        <source>Open shift</source>
        <translation>Schicht öffnen</translation>
    </message>
    <message>
        <source>Open shift – %1</source>
        <translation>Schicht öffnen – %1</translation>
    </message>
    <message>
        <source>Float in the drawer (%1):</source>
        <translation>Wechselgeld in der Kassenlade (%1):</translation>
    </message>
    <message>
        <source>Counter:</source>
        <translation>Kasse:</translation>
    </message>
    <message>
        <source>The float is not an amount in %1: %2</source>
        <translation>Das Wechselgeld ist kein Betrag in %1: %2</translation>
    </message>
</context>
<context>
    <name>boxoffice::PaymentPanel</name>
    <message>
        <source>The cash received is not an amount: %1</source>
        <translation>Das erhaltene Bargeld ist kein Betrag: %1</translation>
    </message>
    <message>
        <source>The cash received (%1) is less than the amount due (%2): %3 is missing.</source>
        <translation>Das erhaltene Bargeld (%1) ist weniger als der fällige Betrag (%2): %3 fehlen.</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Rückgeld: %1</translation>
    </message>
    <message>
        <source>Enter the cash received to work out the change.</source>
        <translation>Geben Sie das erhaltene Bargeld ein, um das Rückgeld zu berechnen.</translation>
    </message>
    <message>
        <source>C&amp;ash</source>
        <translation>&amp;Bar</translation>
    </message>
    <message>
        <source>Ca&amp;rd</source>
        <translation>Ka&amp;rte</translation>
    </message>
    <message>
        <source>Cash &amp;received:</source>
        <translation>Bar &amp;erhalten:</translation>
    </message>
    <message>
        <source>Amount handed over</source>
        <translation>Übergebener Betrag</translation>
    </message>
    <message>
        <source>E&amp;xact</source>
        <translation>&amp;Passend</translation>
    </message>
</context>
<context>
    <name>boxoffice::PriceListEditor</name>
    <message>
        <source>P&amp;rices in %1. Leave a cell empty where that ticket is not sold.</source>
        <translation>P&amp;reise in %1. Lassen Sie eine Zelle leer, wo dieses Ticket nicht verkauft wird.</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (außer Verkauf)</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (unbekannt)</translation>
    </message>
    <message>
        <source>“%1” is not a price in %2 (%3, %4).</source>
        <translation>„%1“ ist kein Preis in %2 (%3, %4).</translation>
    </message>
</context>
<context>
    <name>boxoffice::RefundDialog</name>
    <message>
        <source>&amp;All seats</source>
        <translation>&amp;Alle Plätze</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>&amp;Erstatten</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>%1 erstatten</translation>
    </message>
    <message>
        <source>Why the money goes back (required)</source>
        <translation>Warum das Geld zurückgeht (erforderlich)</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Bezahlt:</translation>
    </message>
    <message>
        <source>Refundable:</source>
        <translation>Erstattbar:</translation>
    </message>
    <message>
        <source>To refund:</source>
        <translation>Zu erstatten:</translation>
    </message>
    <message>
        <source>Refunded to:</source>
        <translation>Erstattet per:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>nothing was paid</source>
        <translation>es wurde nichts bezahlt</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>Ein Grund ist erforderlich.</translation>
    </message>
    <message>
        <source>Please give a reason for the refund.</source>
        <translation>Bitte geben Sie einen Grund für die Erstattung an.</translation>
    </message>
    <message>
        <source>Tick the seats to refund.</source>
        <translation>Haken Sie die zu erstattenden Plätze an.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 per %2</translation>
    </message>
    <message>
        <source>Refunded: nothing had been paid. The seats are back on sale.</source>
        <translation>Erstattet: es war nichts bezahlt worden. Die Plätze sind wieder im Verkauf.</translation>
    </message>
    <message>
        <source>Refunded %1 – give back %2. The seats are back on sale.</source>
        <translation>%1 erstattet – geben Sie %2 zurück. Die Plätze sind wieder im Verkauf.</translation>
    </message>
    <message>
        <source>This booking or seat no longer exists: %1</source>
        <translation>Diese Buchung oder dieser Platz existiert nicht mehr: %1</translation>
    </message>
    <message>
        <source>This refund is not allowed: %1</source>
        <translation>Diese Erstattung ist nicht erlaubt: %1</translation>
    </message>
    <message>
        <source>Please check the entry: %1</source>
        <translation>Bitte prüfen Sie die Eingabe: %1</translation>
    </message>
    <message>
        <source>The database is busy. Nothing was refunded; please try again in a moment.</source>
        <translation>Die Datenbank ist belegt. Es wurde nichts erstattet; bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>Die Datenbank meldete einen Fehler: %1</translation>
    </message>
</context>
<context>
    <name>boxoffice::ReportTable</name>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vorstellung</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Saal</translation>
    </message>
    <message>
        <source>%1 sold</source>
        <translation>%1 verkauft</translation>
    </message>
    <message>
        <source>Seats sold</source>
        <translation>Verkaufte Plätze</translation>
    </message>
    <message>
        <source>Seats in hall</source>
        <translation>Plätze im Saal</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message numerus="yes">
        <source>Total (%n show(s))</source>
        <translation>
            <numerusform>Summe (%n Vorstellung)</numerusform>
            <numerusform>Summe (%n Vorstellungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reserved, unpaid</source>
        <translation>Reserviert, unbezahlt</translation>
    </message>
    <message>
        <source>Unpaid amount</source>
        <translation>Offener Betrag</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Umbuchungen</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Reservations collected</source>
        <translation>Reservierungen kassiert</translation>
    </message>
    <message>
        <source>Reservations expired</source>
        <translation>Reservierungen abgelaufen</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kassierer</translation>
    </message>
    <message>
        <source>(no staff account)</source>
        <translation>(kein Mitarbeiterkonto)</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Unpaid reservations</source>
        <translation>Unbezahlte Reservierungen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Der Bericht konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The report could not be saved to %1.</source>
        <translation>Der Bericht konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Aufschlüsselung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) in %1</source>
        <translation>
            <numerusform>%n Platz in %1</numerusform>
            <numerusform>%n Plätze in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reservation(s), not revenue</source>
        <translation>
            <numerusform>%n Reservierung, kein Umsatz</numerusform>
            <numerusform>%n Reservierungen, kein Umsatz</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boxoffice::ReportsWindow</name>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <source>No shows on this day.</source>
        <translation>An diesem Tag gibt es keine Vorstellungen.</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Reading the sales…</source>
        <translation>Verkäufe werden gelesen…</translation>
    </message>
    <message>
        <source>The sales could not be read: %1</source>
        <translation>Die Verkäufe konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No shows on this day</source>
        <translation>Keine Vorstellungen an diesem Tag</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n show(s), %2 of %3 seats sold (%4), revenue %5.</source>
        <translation>
            <numerusform>%1: %n Vorstellung, %2 von %3 Plätzen verkauft (%4), Umsatz %5.</numerusform>
            <numerusform>%1: %n Vorstellungen, %2 von %3 Plätzen verkauft (%4), Umsatz %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, %3: %4 of %5 seats sold (%6), revenue %7.</source>
        <translation>%1 — %2, %3: %4 von %5 Plätzen verkauft (%6), Umsatz %7.</translation>
    </message>
    <message>
        <source>%1: no shows.</source>
        <translation>%1: keine Vorstellungen.</translation>
    </message>
    <message>
        <source>As of %1.</source>
        <translation>Stand: %1.</translation>
    </message>
    <message>
        <source>Seats sold</source>
        <translation>Verkaufte Plätze</translation>
    </message>
    <message>
        <source>sales-%1.csv</source>
        <translation>verkauf-%1.csv</translation>
    </message>
    <message>
        <source>sales-show-%1-%2.csv</source>
        <translation>verkauf-vorstellung-%1-%2.csv</translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation>Bericht als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Bericht gespeichert unter %1.</translation>
    </message>
</context>
<context>
    <name>boxoffice::ScannerDevicesDialog</name>
    <message>
        <source>Scanner devices</source>
        <translation>Scannergeräte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>May check in</source>
        <translation>Darf einlassen</translation>
    </message>
    <message>
        <source>Paired</source>
        <translation>Gekoppelt</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Letzter Scan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Pair a device…</source>
        <translation>Gerät &amp;koppeln…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>Zugang &amp;entziehen…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The devices could not be read: %1</source>
        <translation>Die Geräte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Every show on %1</source>
        <translation>Jede Vorstellung am %1</translation>
    </message>
    <message>
        <source>show %1</source>
        <translation>Vorstellung %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Zugang entzogen %1</translation>
    </message>
    <message>
        <source>Waiting for its phone</source>
        <translation>Wartet auf sein Handy</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Whoever opened this window signed out. Open it again as a manager to change scanners.</source>
        <translation>Wer dieses Fenster geöffnet hat, hat sich abgemeldet. Öffnen Sie es erneut als Manager, um Scanner zu ändern.</translation>
    </message>
    <message>
        <source>Revoke scanner</source>
        <translation>Scanner-Zugang entziehen</translation>
    </message>
    <message>
        <source>Revoke “%1”? It cannot check anybody in from its next scan on; to use the phone again, pair it anew.</source>
        <translation>„%1“ den Zugang entziehen? Ab seinem nächsten Scan kann es niemanden mehr einlassen; um das Handy wieder zu nutzen, koppeln Sie es neu.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Zugang entziehen</translation>
    </message>
    <message>
        <source>“%1” is revoked: its next scan is refused.</source>
        <translation>„%1“ ist der Zugang entzogen: sein nächster Scan wird abgelehnt.</translation>
    </message>
    <message>
        <source>Nothing was revoked: %1</source>
        <translation>Es wurde kein Zugang entzogen: %1</translation>
    </message>
</context>
<context>
    <name>boxoffice::ScannerPairingDialog</name>
    <message>
        <source>Pair a scanner</source>
        <translation>Scanner koppeln</translation>
    </message>
    <message>
        <source>e.g. Door A, Anna&apos;s phone</source>
        <translation>z. B. Eingang A, Annas Handy</translation>
    </message>
    <message>
        <source>Every show of one &amp;day:</source>
        <translation>Jede Vorstellung eines &amp;Tages:</translation>
    </message>
    <message>
        <source>C&amp;hosen shows:</source>
        <translation>&amp;Gewählte Vorstellungen:</translation>
    </message>
    <message>
        <source>&amp;Create pairing</source>
        <translation>Kopplung &amp;erstellen</translation>
    </message>
    <message>
        <source>Open the phone&apos;s camera and scan this code, or type the address into its browser:</source>
        <translation>Öffnen Sie die Kamera des Handys und scannen Sie diesen Code, oder geben Sie die Adresse in seinen Browser ein:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The shows could not be read: %1</source>
        <translation>Die Vorstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Online booking is off, so no phone can reach the scanner page. Switch it on under File → Settings with the address 0.0.0.0 (all networks), or start the program with --bind 0.0.0.0, then pair the scanner.</source>
        <translation>Die Onlinebuchung ist ausgeschaltet, daher erreicht kein Handy die Scannerseite. Schalten Sie sie unter Datei → Einstellungen mit der Adresse 0.0.0.0 (alle Netzwerke) ein oder starten Sie das Programm mit --bind 0.0.0.0, und koppeln Sie dann den Scanner.</translation>
    </message>
    <message>
        <source>The web endpoint listens on this computer only (port %1), so no phone can reach the scanner page. Set its address to 0.0.0.0 (all networks) under File → Settings, or start the program with --bind 0.0.0.0, then pair the scanner.</source>
        <translation>Der Webzugang lauscht nur auf diesem Computer (Port %1), daher erreicht kein Handy die Scannerseite. Stellen Sie seine Adresse unter Datei → Einstellungen auf 0.0.0.0 (alle Netzwerke) oder starten Sie das Programm mit --bind 0.0.0.0, und koppeln Sie dann den Scanner.</translation>
    </message>
    <message>
        <source>This computer has no network address a phone could reach. Connect it to the venue&apos;s network (the same one as the phones), then open this dialog again.</source>
        <translation>Dieser Computer hat keine Netzwerkadresse, die ein Handy erreichen könnte. Verbinden Sie ihn mit dem Netzwerk der Spielstätte (demselben wie die Handys) und öffnen Sie diesen Dialog dann erneut.</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>No pairing was made: %1</source>
        <translation>Es wurde keine Kopplung erstellt: %1</translation>
    </message>
    <message>
        <source>The pairing address does not fit a QR code; type it into the phone instead.</source>
        <translation>Die Kopplungsadresse passt nicht in einen QR-Code; geben Sie sie stattdessen auf dem Handy ein.</translation>
    </message>
    <message>
        <source>Scanner “%1” is waiting for its phone.</source>
        <translation>Scanner „%1“ wartet auf sein Handy.</translation>
    </message>
    <message numerus="yes">
        <source>Works once, until %1 (%n minute(s)). Pair again if it runs out.</source>
        <translation>
            <numerusform>Gilt einmal, bis %1 (%n Minute). Koppeln Sie erneut, wenn die Zeit abläuft.</numerusform>
            <numerusform>Gilt einmal, bis %1 (%n Minuten). Koppeln Sie erneut, wenn die Zeit abläuft.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is paired and ready to scan. You can close this window.</source>
        <translation>„%1“ ist gekoppelt und scanbereit. Sie können dieses Fenster schließen.</translation>
    </message>
</context>
<context>
    <name>boxoffice::SeatMapLegend</name>
    <message>
        <source>Seat map legend</source>
        <translation>Legende des Saalplans</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <source>Held by this counter</source>
        <translation>Von dieser Kasse gehalten</translation>
    </message>
    <message>
        <source>Held elsewhere</source>
        <translation>Anderswo gehalten</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>House seat</source>
        <translation>Hausplatz</translation>
    </message>
    <message>
        <source>Wheelchair space</source>
        <translation>Rollstuhlplatz</translation>
    </message>
</context>
<context>
    <name>boxoffice::SeatMapWidget</name>
    <message>
        <source>Seat map</source>
        <translation>Saalplan</translation>
    </message>
    <message>
        <source>Click a seat to select it or to release it, drag across seats to select them all (with Ctrl to release them). Arrow keys move, Space selects, Enter confirms. Ctrl and the mouse wheel, or Ctrl with + and -, zoom.</source>
        <translation>Klicken Sie auf einen Platz, um ihn zu wählen oder freizugeben; ziehen Sie über Plätze, um alle zu wählen (mit Strg, um sie freizugeben). Pfeiltasten bewegen, Leertaste wählt, Eingabe bestätigt. Strg mit Mausrad oder Strg mit + und - zoomt.</translation>
    </message>
    <message>
        <source>Row %1, seat %2</source>
        <translation>Reihe %1, Platz %2</translation>
    </message>
    <message>
        <source>%1 · %2 (adult)</source>
        <translation>%1 · %2 (Erwachsene)</translation>
    </message>
    <message>
        <source>House seat: kept back for the counter</source>
        <translation>Hausplatz: für die Kasse zurückgehalten</translation>
    </message>
    <message>
        <source>Wheelchair accessible</source>
        <translation>Rollstuhlgerecht</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Held by this counter</source>
        <translation>Von dieser Kasse gehalten</translation>
    </message>
    <message>
        <source>Held elsewhere until %1</source>
        <translation>Anderswo gehalten bis %1</translation>
    </message>
    <message>
        <source>Held elsewhere</source>
        <translation>Anderswo gehalten</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Selected (%1)</source>
        <translation>Ausgewählt (%1)</translation>
    </message>
    <message>
        <source>Seats of %1.</source>
        <translation>Plätze von %1.</translation>
    </message>
    <message>
        <source>Seats selected: %1.</source>
        <translation>Gewählte Plätze: %1.</translation>
    </message>
    <message>
        <source>Current: row %1, seat %2, %3, %4.</source>
        <translation>Aktuell: Reihe %1, Platz %2, %3, %4.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Bühne</translation>
    </message>
    <message>
        <source>Choose a show to see its seats.</source>
        <translation>Wählen Sie eine Vorstellung, um ihre Plätze zu sehen.</translation>
    </message>
    <message>
        <source>This show has no seats.</source>
        <translation>Diese Vorstellung hat keine Plätze.</translation>
    </message>
</context>
<context>
    <name>boxoffice::SettingsDialog</name>
    <message>
        <source>Enter an IP address such as 0.0.0.0 or 192.168.1.20.</source>
        <translation>Geben Sie eine IP-Adresse wie 0.0.0.0 oder 192.168.1.20 ein.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
</context>
<context>
    <name>boxoffice::ShiftsWindow</name>
    <message>
        <source>Reopen…</source>
        <translation>Wieder öffnen…</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Wechselgeld</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>Bar erwartet</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>Bar gezählt</translation>
    </message>
    <message>
        <source>Card expected</source>
        <translation>Karte erwartet</translation>
    </message>
    <message>
        <source>Card counted</source>
        <translation>Karte gezählt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Tag:</translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s).</source>
        <translation>
            <numerusform>%n Schicht.</numerusform>
            <numerusform>%n Schichten.</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Choose the shift to reopen.</source>
        <translation>Wählen Sie die Schicht, die wieder geöffnet werden soll.</translation>
    </message>
    <message>
        <source>Reopen shift</source>
        <translation>Schicht wieder öffnen</translation>
    </message>
    <message>
        <source>Why is %1&apos;s shift reopened?</source>
        <translation>Warum wird die Schicht von %1 wieder geöffnet?</translation>
    </message>
    <message>
        <source>A shift is reopened only with a reason.</source>
        <translation>Eine Schicht wird nur mit einem Grund wieder geöffnet.</translation>
    </message>
</context>
<context>
    <name>boxoffice::ShowDialog</name>
    <message>
        <source>New show</source>
        <translation>Neue Vorstellung</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Vorstellung</translation>
    </message>
    <message>
        <source>&amp;Prices</source>
        <translation>&amp;Preise</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sell on the &amp;web</source>
        <translation>Im &amp;Web verkaufen</translation>
    </message>
    <message>
        <source> min before the start</source>
        <translation> min vor Beginn</translation>
    </message>
    <message>
        <source>Never (sells until the start)</source>
        <translation>Nie (Verkauf bis zum Beginn)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Hall:</source>
        <translation>&amp;Saal:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Start ti&amp;me (%1):</source>
        <translation>&amp;Beginn (%1):</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Da&amp;uer:</translation>
    </message>
    <message>
        <source>Web sales c&amp;lose:</source>
        <translation>Webverkauf &amp;endet:</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>On these weekdays</source>
        <translation>An diesen Wochentagen</translation>
    </message>
    <message>
        <source>S&amp;kip this date</source>
        <translation>Diesen Termin &amp;auslassen</translation>
    </message>
    <message>
        <source>Don&apos;t sk&amp;ip</source>
        <translation>&amp;Nicht auslassen</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>Wiederh&amp;olung:</translation>
    </message>
    <message>
        <source>Weekdays:</source>
        <translation>Wochentage:</translation>
    </message>
    <message>
        <source>U&amp;ntil:</source>
        <translation>B&amp;is:</translation>
    </message>
    <message>
        <source>Skipped dates:</source>
        <translation>Ausgelassene Termine:</translation>
    </message>
    <message>
        <source>Performances:</source>
        <translation>Vorstellungstermine:</translation>
    </message>
    <message>
        <source>C&amp;opy prices</source>
        <translation>Preise &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;from show:</source>
        <translation>Aus Vorstellun&amp;g:</translation>
    </message>
    <message>
        <source>Edit show – %1</source>
        <translation>Vorstellung bearbeiten – %1</translation>
    </message>
    <message>
        <source>No date: tick at least one weekday.</source>
        <translation>Kein Termin: Kreuzen Sie mindestens einen Wochentag an.</translation>
    </message>
    <message>
        <source>No date: the last date lies before the first.</source>
        <translation>Kein Termin: das Enddatum liegt vor dem ersten Datum.</translation>
    </message>
    <message numerus="yes">
        <source>%n performance(s): %1</source>
        <translation>
            <numerusform>%n Termin: %1</numerusform>
            <numerusform>%n Termine: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the show a title.</source>
        <translation>Geben Sie der Vorstellung einen Titel.</translation>
    </message>
    <message>
        <source>Choose a hall. Halls are set up under Manager → Halls….</source>
        <translation>Wählen Sie einen Saal. Säle werden unter Manager → Säle… angelegt.</translation>
    </message>
    <message>
        <source>The show was not created. %1</source>
        <translation>Die Vorstellung wurde nicht angelegt. %1</translation>
    </message>
    <message>
        <source>The changes were not saved. %1</source>
        <translation>Die Änderungen wurden nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Copied, except the prices of categories this hall does not have: %1.</source>
        <translation>Kopiert, außer den Preisen der Kategorien, die dieser Saal nicht hat: %1.</translation>
    </message>
    <message>
        <source>The prices were not copied. %1</source>
        <translation>Die Preise wurden nicht kopiert. %1</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>Warn</source>
        <translation>Warnen</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>D&amp;oor opens:</source>
        <translation>Ein&amp;lass ab:</translation>
    </message>
    <message>
        <source>Single empty s&amp;eats:</source>
        <translation>Ein&amp;zelne freie Plätze:</translation>
    </message>
    <message>
        <source>Any selection is held, even one that leaves a single seat empty.</source>
        <translation>Jede Auswahl wird gehalten, auch eine, die einen einzelnen Platz frei lässt.</translation>
    </message>
    <message>
        <source>The counter is warned and may hold anyway; the web holds and shows a better choice.</source>
        <translation>Die Kasse wird gewarnt und darf trotzdem halten; online wird gehalten und eine bessere Wahl gezeigt.</translation>
    </message>
    <message>
        <source>A selection that leaves a single seat empty is refused; a better one is suggested.</source>
        <translation>Eine Auswahl, die einen einzelnen Platz frei lässt, wird abgelehnt; eine bessere wird vorgeschlagen.</translation>
    </message>
</context>
<context>
    <name>boxoffice::ShowDoorFields</name>
    <message>
        <source> min before</source>
        <translation> min vorher</translation>
    </message>
    <message>
        <source>When scanners start letting this show&apos;s tickets in</source>
        <translation>Ab wann Scanner die Tickets dieser Vorstellung einlassen</translation>
    </message>
    <message>
        <source>Re-entry allowed</source>
        <translation>Wiedereinlass erlaubt</translation>
    </message>
    <message>
        <source>No re-entry</source>
        <translation>Kein Wiedereinlass</translation>
    </message>
    <message numerus="yes">
        <source>As the venue (%n min before)</source>
        <translation>
            <numerusform>Wie die Spielstätte (%n min vorher)</numerusform>
            <numerusform>Wie die Spielstätte (%n min vorher)</numerusform>
        </translation>
    </message>
    <message>
        <source>As the venue (re-entry)</source>
        <translation>Wie die Spielstätte (Wiedereinlass)</translation>
    </message>
    <message>
        <source>As the venue (no re-entry)</source>
        <translation>Wie die Spielstätte (kein Wiedereinlass)</translation>
    </message>
</context>
<context>
    <name>boxoffice::ShowListModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1, %2 in %3: %4 of %5 seats available</source>
        <translation>%1, %2 in %3: %4 von %5 Plätzen frei</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vorstellung</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Saal</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Frei</translation>
    </message>
</context>
<context>
    <name>boxoffice::ShowsWindow</name>
    <message>
        <source>Shows</source>
        <translation>Vorstellungen</translation>
    </message>
    <message>
        <source>Show &amp;cancelled</source>
        <translation>&amp;Abgesagte anzeigen</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>B&amp;is:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Saal</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Web sales</source>
        <translation>Webverkauf</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>C&amp;ancel show…</source>
        <translation>Vorstellung ab&amp;sagen…</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message numerus="yes">
        <source>On, closes %n min before</source>
        <translation>
            <numerusform>An, endet %n min vorher</numerusform>
            <numerusform>An, endet %n min vorher</numerusform>
        </translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgesagt: %1</translation>
    </message>
    <message>
        <source>“%1” was not cancelled. %2</source>
        <translation>„%1“ wurde nicht abgesagt. %2</translation>
    </message>
    <message>
        <source>Whoever opened this window signed out. Open it again as a manager to change shows.</source>
        <translation>Wer dieses Fenster geöffnet hat, hat sich abgemeldet. Öffnen Sie es erneut als Manager, um Vorstellungen zu ändern.</translation>
    </message>
    <message>
        <source>Show cancelled</source>
        <translation>Vorstellung abgesagt</translation>
    </message>
</context>
<context>
    <name>boxoffice::StaffAccountFields</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kassierer</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;PIN or password:</source>
        <translation>&amp;PIN oder Passwort:</translation>
    </message>
    <message>
        <source>The same &amp;again:</source>
        <translation>Zur Bestätigung &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Enter the staff member&apos;s name.</source>
        <translation>Geben Sie den Namen des Mitarbeiters ein.</translation>
    </message>
    <message>
        <source>A PIN or password has %1 to %2 characters.</source>
        <translation>Eine PIN oder ein Passwort hat %1 bis %2 Zeichen.</translation>
    </message>
    <message>
        <source>A PIN or password must not start or end with a space.</source>
        <translation>Eine PIN oder ein Passwort darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>The two entries differ. Type the PIN or password again.</source>
        <translation>Die beiden Eingaben unterscheiden sich. Geben Sie die PIN oder das Passwort noch einmal ein.</translation>
    </message>
    <message>
        <source>The database is busy because another counter is saving. Please try again in a moment.</source>
        <translation>Die Datenbank ist belegt, weil eine andere Kasse gerade speichert. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The staff account could not be saved. Details: %1</source>
        <translation>Das Mitarbeiterkonto konnte nicht gespeichert werden. Details: %1</translation>
    </message>
</context>
<context>
    <name>boxoffice::StaffDialog</name>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kassierer</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Wait after wrong PINs</source>
        <translation>Wartezeit nach falschen PINs</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Make &amp;manager</source>
        <translation>Zum &amp;Manager machen</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Reset PIN…</source>
        <translation>PIN &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Disabled since %1</source>
        <translation>Deaktiviert seit %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Make &amp;cashier</source>
        <translation>Zum &amp;Kassierer machen</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Only a signed-in manager changes staff accounts.</source>
        <translation>Nur ein angemeldeter Manager ändert Mitarbeiterkonten.</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>Mitarbeiter hinzufügen</translation>
    </message>
    <message>
        <source>%1 can sign in now.</source>
        <translation>%1 kann sich jetzt anmelden.</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>Renamed to %1.</source>
        <translation>Umbenannt in %1.</translation>
    </message>
    <message>
        <source>New PIN for %1</source>
        <translation>Neue PIN für %1</translation>
    </message>
    <message>
        <source>%1 signs in with the new PIN from now on.</source>
        <translation>%1 meldet sich ab jetzt mit der neuen PIN an.</translation>
    </message>
    <message>
        <source>%1 is a manager now.</source>
        <translation>%1 ist jetzt Manager.</translation>
    </message>
    <message>
        <source>%1 is a cashier now.</source>
        <translation>%1 ist jetzt Kassierer.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 kann sich nicht mehr anmelden.</translation>
    </message>
</context>
<context>
    <name>boxoffice::StaffSignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Manager&apos;s authorisation</source>
        <translation>Freigabe durch den Manager</translation>
    </message>
    <message>
        <source>Sign in to use this counter.</source>
        <translation>Melden Sie sich an, um diese Kasse zu benutzen.</translation>
    </message>
    <message>
        <source>A manager authorises this one action with their own PIN.</source>
        <translation>Ein Manager gibt diese eine Aktion mit seiner eigenen PIN frei.</translation>
    </message>
    <message>
        <source>Authorise</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Manager:</translation>
    </message>
    <message>
        <source>&amp;PIN or password:</source>
        <translation>&amp;PIN oder Passwort:</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Geben Sie Ihren Namen ein.</translation>
    </message>
    <message>
        <source>Enter your PIN or password.</source>
        <translation>Geben Sie Ihre PIN oder Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>%1 is not a manager. A manager must authorise this.</source>
        <translation>%1 ist kein Manager. Ein Manager muss dies freigeben.</translation>
    </message>
    <message>
        <source>There is no staff member called %1. Check the name or pick it from the list.</source>
        <translation>Es gibt keinen Mitarbeiter namens %1. Prüfen Sie den Namen oder wählen Sie ihn aus der Liste.</translation>
    </message>
    <message>
        <source>That is not a valid PIN or password: it has at least 4 characters.</source>
        <translation>Das ist keine gültige PIN und kein gültiges Passwort: sie haben mindestens 4 Zeichen.</translation>
    </message>
    <message>
        <source>The account of %1 is disabled. A manager can enable it again.</source>
        <translation>Das Konto von %1 ist deaktiviert. Ein Manager kann es wieder aktivieren.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN or password, or too many wrong tries. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Falsche PIN oder falsches Passwort, oder zu viele Fehlversuche. Warten Sie %n Sekunde und versuchen Sie es dann erneut.</numerusform>
            <numerusform>Falsche PIN oder falsches Passwort, oder zu viele Fehlversuche. Warten Sie %n Sekunden und versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN or password. Please try again.</source>
        <translation>Falsche PIN oder falsches Passwort. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database is busy because another counter is saving. Please try again in a moment.</source>
        <translation>Die Datenbank ist belegt, weil eine andere Kasse gerade speichert. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The sign-in could not be checked. Details: %1</source>
        <translation>Die Anmeldung konnte nicht geprüft werden. Details: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>boxoffice::StrandedSeatQuestion</name>
    <message>
        <source>Single seat left empty</source>
        <translation>Einzelner Platz bleibt frei</translation>
    </message>
    <message numerus="yes">
        <source>Holding %1 would leave %n seat(s) on its own: %2. A single empty seat rarely sells.</source>
        <translation>
            <numerusform>%1 zu halten würde %n Platz allein lassen: %2. Ein einzelner freier Platz verkauft sich selten.</numerusform>
            <numerusform>%1 zu halten würde %n Plätze allein lassen: %2. Ein einzelner freier Platz verkauft sich selten.</numerusform>
        </translation>
    </message>
    <message>
        <source>No other seats of this number avoid it.</source>
        <translation>Keine anderen Plätze in dieser Anzahl vermeiden das.</translation>
    </message>
    <message>
        <source>Suggested instead: %1.</source>
        <translation>Stattdessen vorgeschlagen: %1.</translation>
    </message>
    <message>
        <source>This show does not allow holding them anyway.</source>
        <translation>Diese Vorstellung erlaubt nicht, sie trotzdem zu halten.</translation>
    </message>
    <message>
        <source>&amp;Take suggested seats</source>
        <translation>Vorgeschlagene Plätze &amp;nehmen</translation>
    </message>
    <message>
        <source>&amp;Hold anyway</source>
        <translation>Trotzdem &amp;halten</translation>
    </message>
    <message>
        <source>Holds the seats as chosen; the audit log records who did.</source>
        <translation>Hält die Plätze wie gewählt; das Protokoll hält fest, wer es getan hat.</translation>
    </message>
</context>
<context>
    <name>boxoffice::TicketRenderer</name>
    <message>
        <source>Ticket %1 of %2</source>
        <translation>Ticket %1 von %2</translation>
    </message>
    <message>
        <source>Box Office</source>
        <translation>Box Office</translation>
    </message>
    <message>
        <source>Admit one</source>
        <translation>Eintritt für eine Person</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Booking %1</source>
        <translation>Buchung %1</translation>
    </message>
    <message>
        <source>Paid by %1</source>
        <translation>Bezahlt mit %1</translation>
    </message>
    <message>
        <source>Row %1 · Seat %2</source>
        <translation>Reihe %1 · Platz %2</translation>
    </message>
    <message>
        <source>Booking %1 has no seats to print.</source>
        <translation>Buchung %1 hat keine Plätze zum Drucken.</translation>
    </message>
    <message>
        <source>Tickets %1</source>
        <translation>Tickets %1</translation>
    </message>
    <message>
        <source>Cannot write to %1. Check that the folder exists and is writable.</source>
        <translation>Kann nicht nach %1 schreiben. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>Writing %1 failed.</source>
        <translation>Das Schreiben von %1 ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>boxoffice::TicketTypesDialog</name>
    <message>
        <source>Ticket types</source>
        <translation>Ticketarten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sold online</source>
        <translation>Online verkauft</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Strg+Hoch</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Strg+Runter</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>Außer &amp;Verkauf nehmen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>Prices name a ticket type, so a type is retired rather than deleted: it is sold no more, and bookings made with it keep it.</source>
        <translation>Preise verweisen auf eine Ticketart, deshalb wird eine Art außer Verkauf genommen statt gelöscht: sie wird nicht mehr verkauft, und Buchungen mit ihr behalten sie.</translation>
    </message>
    <message>
        <source>Whether the web may sell this type; the counter sells every type.</source>
        <translation>Ob das Web diese Art verkaufen darf; die Kasse verkauft jede Art.</translation>
    </message>
    <message>
        <source>New ticket type</source>
        <translation>Neue Ticketart</translation>
    </message>
    <message>
        <source>Retire ticket type</source>
        <translation>Ticketart außer Verkauf nehmen</translation>
    </message>
    <message>
        <source>Retire the ticket type &quot;%1&quot;? It is sold no more, at the counter or on the web, and no price can name it; bookings made with it keep it.</source>
        <translation>Die Ticketart „%1“ außer Verkauf nehmen? Sie wird weder an der Kasse noch im Web mehr verkauft, und kein Preis kann sie mehr nennen; Buchungen mit ihr behalten sie.</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>Außer &amp;Verkauf nehmen</translation>
    </message>
    <message>
        <source>The ticket types were not saved: %1</source>
        <translation>Die Ticketarten wurden nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>boxoffice::VenueSettingsDialog</name>
    <message>
        <source>Venue settings</source>
        <translation>Einstellungen der Spielstätte</translation>
    </message>
</context>
<context>
    <name>boxoffice::VenueSettingsForm</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Default &amp;hold:</source>
        <translation>Standard-&amp;Haltedauer:</translation>
    </message>
    <message>
        <source>Web languages:</source>
        <translation>Sprachen der Webseite:</translation>
    </message>
    <message>
        <source>The settings were not saved: %1</source>
        <translation>Die Einstellungen wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source> min before the show</source>
        <translation> min vor der Vorstellung</translation>
    </message>
    <message>
        <source> h after booking</source>
        <translation> h nach der Buchung</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>When set, a reservation must also be paid within these hours of booking, whichever deadline comes first.</source>
        <translation>Wenn gesetzt, muss eine Reservierung außerdem innerhalb dieser Stunden nach der Buchung bezahlt werden; es gilt die frühere Frist.</translation>
    </message>
    <message>
        <source>Reservations &amp;paid by:</source>
        <translation>Reservierungen &amp;bezahlt bis:</translation>
    </message>
    <message>
        <source>...and &amp;within:</source>
        <translation>...und &amp;innerhalb von:</translation>
    </message>
    <message>
        <source> min before the start</source>
        <translation> min vor Beginn</translation>
    </message>
    <message>
        <source>Scanners let tickets in from this long before a show starts; a show may set its own.</source>
        <translation>So lange vor Beginn einer Vorstellung lassen Scanner Tickets ein; eine Vorstellung kann eine eigene Zeit festlegen.</translation>
    </message>
    <message>
        <source>Allow &amp;re-entry (scan people out and in again)</source>
        <translation>&amp;Wiedereinlass erlauben (Personen hinaus- und wieder hereinscannen)</translation>
    </message>
    <message>
        <source>&amp;Door opens:</source>
        <translation>&amp;Einlass ab:</translation>
    </message>
</context>
</TS>
