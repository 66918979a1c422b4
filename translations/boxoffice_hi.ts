<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>BasketWidget</name>
    <message>
        <source>Basket</source>
        <translation>बास्केट</translation>
    </message>
    <message>
        <source>No show selected</source>
        <translation>कोई शो नहीं चुना गया</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>यह संदेश हटाएँ</translation>
    </message>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>सीट</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>टिकट</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>मूल्य</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>ग्राहक(&amp;U):</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>नाम (वैकल्पिक)</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>भुगतान:</translation>
    </message>
    <message>
        <source>Give the held seats back (Esc)</source>
        <translation>रोकी गई सीटें वापस छोड़ें (Esc)</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>छोड़ें(&amp;L)</translation>
    </message>
    <message>
        <source>Book the held seats (Ctrl+Enter)</source>
        <translation>रोकी गई सीटें बुक करें (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>बुक करें(&amp;B)</translation>
    </message>
    <message>
        <source>Booking confirmed</source>
        <translation>बुकिंग की पुष्टि हो गई</translation>
    </message>
    <message>
        <source>&amp;Print ticket…</source>
        <translation>टिकट प्रिंट करें(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDF के रूप में सहेजें(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Next customer</source>
        <translation>अगला ग्राहक(&amp;N)</translation>
    </message>
</context>
<context>
    <name>BookingsWindow</name>
    <message>
        <source>Bookings</source>
        <translation>बुकिंग</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>खोजें(&amp;F):</translation>
    </message>
    <message>
        <source>Booking reference, customer name or e-mail, or show title</source>
        <translation>बुकिंग संदर्भ, ग्राहक का नाम या ई-मेल, या शो का नाम</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>खोजें(&amp;S)</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>बुकिंग</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>संदर्भ:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>शो:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>ग्राहक:</translation>
    </message>
    <message>
        <source>Sold:</source>
        <translation>बिक्री:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>कुल:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>स्थिति:</translation>
    </message>
    <message>
        <source>&amp;Print tickets…</source>
        <translation>टिकट प्रिंट करें(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDF के रूप में सहेजें(&amp;D)…</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>प्रबंधक</translation>
    </message>
    <message>
        <source>Unbook the seats selected in the list above</source>
        <translation>ऊपर की सूची में चुनी गई सीटों की बुकिंग रद्द करें</translation>
    </message>
    <message>
        <source>Unbook &amp;selected seats…</source>
        <translation>चुनी गई सीटों की बुकिंग रद्द करें(&amp;S)…</translation>
    </message>
    <message>
        <source>Unbook every seat of this booking</source>
        <translation>इस बुकिंग की सभी सीटों की बुकिंग रद्द करें</translation>
    </message>
    <message>
        <source>Unbook &amp;whole booking…</source>
        <translation>पूरी बुकिंग रद्द करें(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>HallGeneratorDialog</name>
    <message>
        <source>Generate hall</source>
        <translation>हॉल बनाएँ</translation>
    </message>
    <message>
        <source>Lay out rows of seats facing the stage. Generating replaces the current plan (Undo brings it back).</source>
        <translation>मंच की ओर मुख वाली सीटों की पंक्तियाँ बनाएँ। बनाने से वर्तमान नक्शा बदल जाता है (पूर्ववत करें से वह वापस आ जाता है)।</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>पंक्तियाँ(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Seats per row:</source>
        <translation>प्रति पंक्ति सीटें(&amp;S):</translation>
    </message>
    <message>
        <source>Row &amp;labels:</source>
        <translation>पंक्ति लेबल(&amp;L):</translation>
    </message>
    <message>
        <source>S&amp;kip letters:</source>
        <translation>छोड़े जाने वाले अक्षर(&amp;K):</translation>
    </message>
    <message>
        <source>I, O</source>
        <translation>I, O</translation>
    </message>
    <message>
        <source>&amp;Numbering:</source>
        <translation>क्रमांकन(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Aisles after seats:</source>
        <translation>इन सीटों के बाद गलियारे(&amp;A):</translation>
    </message>
    <message>
        <source>e.g. 5, 15</source>
        <translation>उदा. 5, 15</translation>
    </message>
    <message>
        <source>S&amp;taggered rows (every other row shifted by half a seat)</source>
        <translation>खिसकी हुई पंक्तियाँ (हर दूसरी पंक्ति आधी सीट खिसकी हुई)(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Curve (rows the row ends come forward):</source>
        <translation>वक्रता (पंक्ति के सिरे कितनी पंक्तियाँ आगे आते हैं)(&amp;C):</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Box Office</source>
        <translation>बॉक्स ऑफ़िस</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>पिछला दिन (Alt+Left)</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>अगला दिन (Alt+Right)</translation>
    </message>
    <message>
        <source>Back to today (Alt+Home)</source>
        <translation>आज पर लौटें (Alt+Home)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>आज(&amp;T)</translation>
    </message>
    <message>
        <source>No shows on this day.</source>
        <translation>इस दिन कोई शो नहीं है।</translation>
    </message>
    <message>
        <source>Choose a show</source>
        <translation>शो चुनें</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Sales</source>
        <translation>बिक्री(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>प्रबंधक(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>मुख्य टूलबार</translation>
    </message>
    <message>
        <source>&amp;Bookings…</source>
        <translation>बुकिंग(&amp;B)…</translation>
    </message>
    <message>
        <source>Find, view and reprint bookings</source>
        <translation>बुकिंग खोजें, देखें और फिर से प्रिंट करें</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>रिपोर्ट(&amp;R)…</translation>
    </message>
    <message>
        <source>Sales, revenue and occupancy per show and per day</source>
        <translation>प्रति शो और प्रति दिन बिक्री, राजस्व और अधिभोग</translation>
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
        <translation>ऑडिट लॉग(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>सेटिंग्स(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>रीफ़्रेश करें(&amp;F)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;About Box Office</source>
        <translation>बॉक्स ऑफ़िस के बारे में(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Manager actions…</source>
        <translation>प्रबंधक कार्रवाइयाँ(&amp;M)…</translation>
    </message>
    <message>
        <source>Seat blocks, unbooking and customers (a manager signed in, or a manager&apos;s PIN for each action)</source>
        <translation>सीटें ब्लॉक करना, बुकिंग रद्द करना और ग्राहक (साइन इन किया हुआ प्रबंधक, या हर कार्रवाई के लिए किसी प्रबंधक का PIN)</translation>
    </message>
    <message>
        <source>Who changed what and why (for managers)</source>
        <translation>किसने क्या और क्यों बदला (प्रबंधकों के लिए)</translation>
    </message>
</context>
<context>
    <name>ManagerPanel</name>
    <message>
        <source>Manager</source>
        <translation>प्रबंधक</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>ऑडिट लॉग(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Seats</source>
        <translation>सीटें(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>दिन(&amp;D):</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>शो(&amp;H):</translation>
    </message>
    <message>
        <source>S&amp;eats:</source>
        <translation>सीटें(&amp;E):</translation>
    </message>
    <message>
        <source>For example: A1, A2, C7-C10</source>
        <translation>उदाहरण: A1, A2, C7-C10</translation>
    </message>
    <message>
        <source>Take the seats out of sale (broken seat, camera platform…)</source>
        <translation>सीटों को बिक्री से हटाएँ (टूटी सीट, कैमरा प्लेटफ़ॉर्म…)</translation>
    </message>
    <message>
        <source>&amp;Block…</source>
        <translation>ब्लॉक करें(&amp;B)…</translation>
    </message>
    <message>
        <source>U&amp;nblock…</source>
        <translation>अनब्लॉक करें(&amp;N)…</translation>
    </message>
    <message>
        <source>Cancel the bookings of these seats; they become available again</source>
        <translation>इन सीटों की बुकिंग रद्द करें; वे फिर से उपलब्ध हो जाएँगी</translation>
    </message>
    <message>
        <source>Un&amp;book…</source>
        <translation>बुकिंग रद्द करें(&amp;B)…</translation>
    </message>
    <message>
        <source>Keep the seats back for the counter: the web shows them as unavailable</source>
        <translation>सीटें काउंटर के लिए रोककर रखें: वेब पर वे अनुपलब्ध दिखेंगी</translation>
    </message>
    <message>
        <source>&amp;Keep as house seats…</source>
        <translation>हाउस सीट के रूप में रखें(&amp;K)…</translation>
    </message>
    <message>
        <source>Give house seats back to online sale</source>
        <translation>हाउस सीटें ऑनलाइन बिक्री के लिए लौटाएँ</translation>
    </message>
    <message>
        <source>&amp;Release house seats…</source>
        <translation>हाउस सीटें छोड़ें(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>ग्राहक(&amp;C)</translation>
    </message>
    <message>
        <source>Customer name or e-mail</source>
        <translation>ग्राहक का नाम या ई-मेल</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>खोजें(&amp;F)</translation>
    </message>
    <message>
        <source>Release the customer&apos;s holds and future bookings and erase their name and e-mail</source>
        <translation>ग्राहक की रोकी गई सीटें और आगामी बुकिंग छोड़ें और उसका नाम और ई-मेल मिटाएँ</translation>
    </message>
    <message>
        <source>&amp;Delete customer…</source>
        <translation>ग्राहक हटाएँ(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Reports</source>
        <translation>रिपोर्ट</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>प्रति दिन</translation>
    </message>
    <message>
        <source>Per show</source>
        <translation>प्रति शो</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>पिछला दिन</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>अगला दिन</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>रीफ़्रेश करें(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV निर्यात करें(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>चार्ट(&amp;C):</translation>
    </message>
    <message>
        <source>Seats sold</source>
        <translation>बिकी सीटें</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>राजस्व</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>अधिभोग</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>Online booking (web endpoint)</source>
        <translation>ऑनलाइन बुकिंग (वेब एंडपॉइंट)</translation>
    </message>
    <message>
        <source>Serve the online booking page</source>
        <translation>ऑनलाइन बुकिंग पेज उपलब्ध कराएँ</translation>
    </message>
    <message>
        <source>Only this computer (127.0.0.1)</source>
        <translation>केवल यह कंप्यूटर (127.0.0.1)</translation>
    </message>
    <message>
        <source>Publish on the network at address:</source>
        <translation>नेटवर्क पर इस पते पर प्रकाशित करें:</translation>
    </message>
    <message>
        <source>0.0.0.0 = every network</source>
        <translation>0.0.0.0 = सभी नेटवर्क</translation>
    </message>
    <message>
        <source>Customers and anyone else on the network will be able to reach the booking page. Publish only on a network you trust, behind a firewall or a reverse proxy.</source>
        <translation>ग्राहक और नेटवर्क पर कोई भी अन्य व्यक्ति बुकिंग पेज तक पहुँच सकेगा। केवल भरोसेमंद नेटवर्क पर, फ़ायरवॉल या रिवर्स प्रॉक्सी के पीछे प्रकाशित करें।</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>पोर्ट(&amp;P):</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>कोई भी खाली पोर्ट</translation>
    </message>
    <message>
        <source>Seats held per &amp;address:</source>
        <translation>प्रति पते रोकी गई सीटें(&amp;A):</translation>
    </message>
    <message>
        <source>How many seats of one show the booking page lets one network address hold at once, so that one visitor cannot hold the whole hall.</source>
        <translation>बुकिंग पेज एक नेटवर्क पते को एक शो की कितनी सीटें एक साथ रोकने देता है, ताकि कोई एक आगंतुक पूरा हॉल न रोक सके।</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>कोई सीमा नहीं</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> सीटें</translation>
    </message>
    <message>
        <source>Page &amp;refresh interval:</source>
        <translation>पेज रीफ़्रेश अंतराल(&amp;R):</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>काउंटर</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा(&amp;L):</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>बैकअप</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>बैकअप फ़ोल्डर(&amp;F):</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>चुनें(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>नवीनतम रखें(&amp;K):</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> बैकअप</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>कर्मचारी</translation>
    </message>
    <message>
        <source>&amp;Sign out after no input for:</source>
        <translation>बिना इनपुट के इतने समय बाद साइन आउट करें(&amp;S):</translation>
    </message>
    <message>
        <source> min</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>कभी नहीं</translation>
    </message>
</context>
<context>
    <name>ShowErrors</name>
    <message>
        <source>Nothing was changed: the show or hall no longer exists (perhaps removed at another counter). %1</source>
        <translation>कुछ भी नहीं बदला गया: शो या हॉल अब मौजूद नहीं है (शायद किसी दूसरे काउंटर पर हटा दिया गया)। %1</translation>
    </message>
</context>
<context>
    <name>StaffAccountsStart</name>
    <message>
        <source>The manager PIN kept on this computer could not be taken over: %1</source>
        <translation>इस कंप्यूटर पर रखा प्रबंधक PIN अपनाया नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Staff now sign in at the counter. The manager PIN of this computer is the PIN of the manager account &quot;%1&quot;: sign in with it, then add the cashiers in Manager → Staff….</source>
        <translation>अब कर्मचारी काउंटर पर साइन इन करते हैं। इस कंप्यूटर का प्रबंधक PIN प्रबंधक खाते “%1” का PIN है: उससे साइन इन करें, फिर प्रबंधक → कर्मचारी… में कैशियर जोड़ें।</translation>
    </message>
</context>
<context>
    <name>boxoffice::AppSettings</name>
    <message>
        <source>System language</source>
        <translation>सिस्टम की भाषा</translation>
    </message>
</context>
<context>
    <name>boxoffice::AuditLogWindow</name>
    <message>
        <source>Audit log</source>
        <translation>ऑडिट लॉग</translation>
    </message>
    <message>
        <source>&amp;Manager actions only</source>
        <translation>केवल प्रबंधक कार्रवाइयाँ(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>रीफ़्रेश करें(&amp;R)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>शो</translation>
    </message>
    <message>
        <source>Seats / details</source>
        <translation>सीटें / विवरण</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>होल्ड पर</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>छोड़ी गई</translation>
    </message>
    <message>
        <source>Hold expired</source>
        <translation>होल्ड समाप्त</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>बुक</translation>
    </message>
    <message>
        <source>Unbooked</source>
        <translation>बुकिंग रद्द</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>ब्लॉक</translation>
    </message>
    <message>
        <source>Unblocked</source>
        <translation>अनब्लॉक</translation>
    </message>
    <message>
        <source>Kept as house seats</source>
        <translation>हाउस सीट के रूप में रखी गई</translation>
    </message>
    <message>
        <source>House seats released</source>
        <translation>हाउस सीटें छोड़ी गईं</translation>
    </message>
    <message>
        <source>Customer deleted</source>
        <translation>ग्राहक हटाया गया</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>ऑडिट लॉग पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>शो %1</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <source>The first day shown, in the venue&apos;s time zone.</source>
        <translation>दिखाया गया पहला दिन, स्थल के समय क्षेत्र में।</translation>
    </message>
    <message>
        <source>The last day shown, in the venue&apos;s time zone.</source>
        <translation>दिखाया गया अंतिम दिन, स्थल के समय क्षेत्र में।</translation>
    </message>
    <message>
        <source>Seats, customer or reason</source>
        <translation>सीटें, ग्राहक या कारण</translation>
    </message>
    <message>
        <source>Only the entries that give a reason: blocks, unbookings and the other manager actions.</source>
        <translation>केवल वे प्रविष्टियाँ जिनमें कारण दिया गया है: ब्लॉक, बुकिंग रद्द करना और अन्य प्रबंधक कार्रवाइयाँ।</translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation>कर्मचारी(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>कार्रवाई(&amp;A):</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>शो(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>से(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>तक(&amp;T):</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>पाठ(&amp;X):</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>कर्मचारी</translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation>अनुमति देने वाला</translation>
    </message>
    <message>
        <source>◀ &amp;Newer</source>
        <translation>◀ नई(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Older ▶</source>
        <translation>पुरानी(&amp;O) ▶</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV निर्यात करें(&amp;E)…</translation>
    </message>
    <message>
        <source>Saves every entry that matches the filter, not only this page.</source>
        <translation>फ़िल्टर से मेल खाने वाली हर प्रविष्टि सहेजता है, केवल यह पृष्ठ नहीं।</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>सभी</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (निष्क्रिय)</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>सभी कार्रवाइयाँ</translation>
    </message>
    <message>
        <source>All shows</source>
        <translation>सभी शो</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>कोई प्रविष्टि मेल नहीं खाती।</translation>
    </message>
    <message>
        <source>Entries %1–%2, newest first.</source>
        <translation>प्रविष्टियाँ %1–%2, नवीनतम पहले।</translation>
    </message>
    <message>
        <source>audit-log-%1.csv</source>
        <translation>audit-log-%1.csv</translation>
    </message>
    <message>
        <source>Export audit log as CSV</source>
        <translation>ऑडिट लॉग CSV के रूप में निर्यात करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>%1 में निर्यात हो रहा है…</translation>
    </message>
    <message>
        <source>The audit log could not be saved to %1: %2</source>
        <translation>ऑडिट लॉग %1 में सहेजा नहीं जा सका: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) saved to %1.</source>
        <translation>
            <numerusform>%n प्रविष्टि %1 में सहेजी गई।</numerusform>
            <numerusform>%n प्रविष्टियाँ %1 में सहेजी गईं।</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is for managers: a manager signed in, or a manager&apos;s PIN for this opening.</source>
        <translation>ऑडिट लॉग प्रबंधकों के लिए है: साइन इन किया हुआ प्रबंधक, या इसे इस बार खोलने के लिए किसी प्रबंधक का PIN।</translation>
    </message>
    <message>
        <source>&amp;Manager&apos;s PIN…</source>
        <translation>प्रबंधक का PIN(&amp;M)…</translation>
    </message>
    <message>
        <source>Reservation collected</source>
        <translation>आरक्षण का भुगतान लिया गया</translation>
    </message>
    <message>
        <source>Reservation expired</source>
        <translation>आरक्षण समाप्त</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>धनवापसी हो गई</translation>
    </message>
    <message>
        <source>Exchanged</source>
        <translation>बदला गया</translation>
    </message>
    <message>
        <source>Show cancelled</source>
        <translation>शो रद्द किया गया</translation>
    </message>
    <message>
        <source>Show created</source>
        <translation>शो बनाया गया</translation>
    </message>
    <message>
        <source>Run of shows created</source>
        <translation>शो की शृंखला बनाई गई</translation>
    </message>
    <message>
        <source>Show changed</source>
        <translation>शो बदला गया</translation>
    </message>
    <message>
        <source>Prices set</source>
        <translation>मूल्य तय किए गए</translation>
    </message>
    <message>
        <source>Hall created</source>
        <translation>हॉल बनाया गया</translation>
    </message>
    <message>
        <source>Hall plan saved</source>
        <translation>हॉल का नक्शा सहेजा गया</translation>
    </message>
    <message>
        <source>Ticket types saved</source>
        <translation>टिकट प्रकार सहेजे गए</translation>
    </message>
    <message>
        <source>Venue settings changed</source>
        <translation>स्थल सेटिंग्स बदली गईं</translation>
    </message>
    <message>
        <source>Shift opened</source>
        <translation>शिफ़्ट खोली गई</translation>
    </message>
    <message>
        <source>Shift counted</source>
        <translation>शिफ़्ट की गिनती हुई</translation>
    </message>
    <message>
        <source>Shift closed</source>
        <translation>शिफ़्ट बंद की गई</translation>
    </message>
    <message>
        <source>Shift reopened</source>
        <translation>शिफ़्ट फिर से खोली गई</translation>
    </message>
    <message>
        <source>Day closed</source>
        <translation>दिन बंद किया गया</translation>
    </message>
    <message>
        <source>Staff member added</source>
        <translation>कर्मचारी जोड़ा गया</translation>
    </message>
    <message>
        <source>Manager PIN taken over</source>
        <translation>प्रबंधक PIN अपनाया गया</translation>
    </message>
    <message>
        <source>Staff member renamed</source>
        <translation>कर्मचारी का नाम बदला गया</translation>
    </message>
    <message>
        <source>Staff role changed</source>
        <translation>कर्मचारी की भूमिका बदली गई</translation>
    </message>
    <message>
        <source>Staff member disabled</source>
        <translation>कर्मचारी निष्क्रिय किया गया</translation>
    </message>
    <message>
        <source>Staff member enabled</source>
        <translation>कर्मचारी सक्रिय किया गया</translation>
    </message>
    <message>
        <source>PIN or password reset</source>
        <translation>PIN या पासवर्ड रीसेट किया गया</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>साइन इन किया</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>गलत PIN</translation>
    </message>
    <message>
        <source>Checked in by hand</source>
        <translation>हाथ से प्रवेश दर्ज किया गया</translation>
    </message>
    <message>
        <source>Unknown ticket code at the door</source>
        <translation>प्रवेश द्वार पर अज्ञात टिकट कोड</translation>
    </message>
    <message>
        <source>Scanner paused after unknown codes</source>
        <translation>अज्ञात कोड के बाद स्कैनर रोका गया</translation>
    </message>
    <message>
        <source>Door settings changed</source>
        <translation>प्रवेश सेटिंग्स बदली गईं</translation>
    </message>
    <message>
        <source>Scanner pairing offered</source>
        <translation>स्कैनर जोड़ने की पेशकश की गई</translation>
    </message>
    <message>
        <source>Scanner paired</source>
        <translation>स्कैनर जोड़ा गया</translation>
    </message>
    <message>
        <source>Scanner revoked</source>
        <translation>स्कैनर की अनुमति वापस ली गई</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>ऑडिट लॉग पढ़ना</translation>
    </message>
    <message>
        <source>Held leaving a single seat empty</source>
        <translation>एक अकेली सीट खाली छोड़कर रोकी गई</translation>
    </message>
</context>
<context>
    <name>boxoffice::BackupIndicator</name>
    <message>
        <source>⚠ Backup failed</source>
        <translation>⚠ बैकअप विफल</translation>
    </message>
    <message>
        <source>The automatic backup at %1 failed: %2
Backups go to %3. Please tell the manager.</source>
        <translation>%1 का स्वचालित बैकअप विफल रहा: %2
बैकअप %3 में रखे जाते हैं। कृपया प्रबंधक को बताएँ।</translation>
    </message>
    <message>
        <source>⚠ No backup yet</source>
        <translation>⚠ अभी तक कोई बैकअप नहीं</translation>
    </message>
    <message>
        <source>No backup of this database has been taken yet into %1.</source>
        <translation>इस डेटाबेस का अभी तक %1 में कोई बैकअप नहीं लिया गया है।</translation>
    </message>
    <message>
        <source>⚠ Last backup %1</source>
        <translation>⚠ पिछला बैकअप %1</translation>
    </message>
    <message>
        <source>The newest backup in %1 is more than a day old. Please tell the manager.</source>
        <translation>%1 में नवीनतम बैकअप एक दिन से पुराना है। कृपया प्रबंधक को बताएँ।</translation>
    </message>
    <message>
        <source>Backup %1</source>
        <translation>बैकअप %1</translation>
    </message>
    <message>
        <source>The newest backup was taken at %1 into %2.</source>
        <translation>नवीनतम बैकअप %1 को %2 में लिया गया।</translation>
    </message>
</context>
<context>
    <name>boxoffice::BarChartWidget</name>
    <message>
        <source>No data</source>
        <translation>कोई डेटा नहीं</translation>
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
        <translation>सीट %1 के लिए टिकट का प्रकार</translation>
    </message>
    <message>
        <source>No show selected</source>
        <translation>कोई शो नहीं चुना गया</translation>
    </message>
    <message>
        <source>Loading seats…</source>
        <translation>सीटें लोड हो रही हैं…</translation>
    </message>
    <message>
        <source>Select seats on the map to start a sale.</source>
        <translation>बिक्री शुरू करने के लिए नक्शे पर सीटें चुनें।</translation>
    </message>
    <message>
        <source>Holding seats…</source>
        <translation>सीटें रोकी जा रही हैं…</translation>
    </message>
    <message>
        <source>Hold expired: the seats are being released</source>
        <translation>होल्ड समाप्त: सीटें छोड़ी जा रही हैं</translation>
    </message>
    <message>
        <source>Seats held for %1</source>
        <translation>सीटें %1 तक रोकी गई हैं</translation>
    </message>
    <message>
        <source>%1 · seats %2 · %3 paid by %4</source>
        <translation>%1 · सीटें %2 · %3, भुगतान %4 से</translation>
    </message>
    <message>
        <source>Change to give: %1</source>
        <translation>लौटाने हैं: %1</translation>
    </message>
</context>
<context>
    <name>boxoffice::BestSeatsBar</name>
    <message>
        <source>Any category</source>
        <translation>कोई भी श्रेणी</translation>
    </message>
    <message>
        <source>How many of the best seats get %1 tickets; the others get %2 tickets.</source>
        <translation>सबसे अच्छी सीटों में से कितनी को %1 टिकट मिलें; बाकी को %2 टिकट मिलेंगे।</translation>
    </message>
    <message>
        <source>Best seats:</source>
        <translation>सबसे अच्छी सीटें:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>श्रेणी(&amp;G):</translation>
    </message>
    <message numerus="yes">
        <source>Hold the best %n seat(s) together, with the ticket mix below (%1)</source>
        <translation>
            <numerusform>सबसे अच्छी %n सीट रोकें, नीचे दिए टिकट मिश्रण के साथ (%1)</numerusform>
            <numerusform>सबसे अच्छी %n सीटें एक साथ रोकें, नीचे दिए टिकट मिश्रण के साथ (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Wheelchair spaces:</source>
        <translation>व्हीलचेयर स्थान(&amp;W):</translation>
    </message>
    <message>
        <source>How many of the best seats are wheelchair spaces</source>
        <translation>सबसे अच्छी सीटों में से कितने व्हीलचेयर स्थान हों</translation>
    </message>
    <message>
        <source>with &amp;companion seats</source>
        <translation>साथी सीटों के साथ(&amp;C)</translation>
    </message>
    <message>
        <source>Each wheelchair space comes with its companion seat, counted in the seats asked for</source>
        <translation>हर व्हीलचेयर स्थान के साथ उसकी साथी सीट आती है, जो माँगी गई सीटों में गिनी जाती है</translation>
    </message>
    <message>
        <source>House s&amp;eats</source>
        <translation>हाउस सीटें(&amp;E)</translation>
    </message>
    <message>
        <source>The seats kept back for the house may be among the best seats</source>
        <translation>हाउस के लिए रखी गई सीटें भी सबसे अच्छी सीटों में हो सकती हैं</translation>
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
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>शो</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>शुरुआत</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>सीटें</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>सीट</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>टिकट</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>मूल्य</translation>
    </message>
    <message>
        <source>Type a booking reference, a customer&apos;s name or e-mail, or a show title.</source>
        <translation>बुकिंग संदर्भ, ग्राहक का नाम या ई-मेल, या शो का नाम लिखें।</translation>
    </message>
    <message>
        <source>Bookings matching “%1”</source>
        <translation>“%1” से मेल खाती बुकिंग</translation>
    </message>
    <message>
        <source>Bookings of the chosen show</source>
        <translation>चुने गए शो की बुकिंग</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>खोज जारी है…</translation>
    </message>
    <message>
        <source>The bookings could not be read: %1</source>
        <translation>बुकिंग पढ़ी नहीं जा सकीं: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n booking(s).</source>
        <translation>
            <numerusform>%1: %n बुकिंग।</numerusform>
            <numerusform>%1: %n बुकिंग।</numerusform>
        </translation>
    </message>
    <message>
        <source>Booking %1 could not be read: %2</source>
        <translation>बुकिंग %1 पढ़ी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>बुकिंग</translation>
    </message>
    <message>
        <source>Booking %1</source>
        <translation>बुकिंग %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(कोई नाम नहीं दिया गया)</translation>
    </message>
    <message>
        <source>online</source>
        <translation>ऑनलाइन</translation>
    </message>
    <message>
        <source>at the counter</source>
        <translation>काउंटर पर</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, paid by %2</source>
        <translation>%1, भुगतान %2 से</translation>
    </message>
    <message>
        <source>Unbooked</source>
        <translation>बुकिंग रद्द</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>बुक</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Partly unbooked</source>
        <translation>आंशिक रूप से रद्द</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>मान्य</translation>
    </message>
    <message>
        <source>Tickets %1</source>
        <translation>टिकट %1</translation>
    </message>
    <message>
        <source>Print tickets</source>
        <translation>टिकट प्रिंट करें</translation>
    </message>
    <message>
        <source>Tickets of %1 sent to the printer.</source>
        <translation>%1 के टिकट प्रिंटर को भेजे गए।</translation>
    </message>
    <message>
        <source>tickets-%1.pdf</source>
        <translation>tickets-%1.pdf</translation>
    </message>
    <message>
        <source>Save tickets as PDF</source>
        <translation>टिकट PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <source>Tickets of %1 saved to %2.</source>
        <translation>%1 के टिकट %2 में सहेजे गए।</translation>
    </message>
    <message>
        <source>The tickets could not be saved: %1</source>
        <translation>टिकट सहेजे नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>धनवापसी करें(&amp;R)…</translation>
    </message>
    <message>
        <source>Give back the money of this booking or of the selected seats</source>
        <translation>इस बुकिंग या चुनी गई सीटों का पैसा लौटाएँ</translation>
    </message>
    <message>
        <source>E&amp;xchange…</source>
        <translation>बदलें(&amp;X)…</translation>
    </message>
    <message>
        <source>Move seats of this booking to other seats or another show</source>
        <translation>इस बुकिंग की सीटें दूसरी सीटों या दूसरे शो में बदलें</translation>
    </message>
    <message>
        <source>Signed in as a manager.</source>
        <translation>प्रबंधक के रूप में साइन इन किया है।</translation>
    </message>
    <message>
        <source>Unbooking, refunds and exchanges need a manager&apos;s PIN.</source>
        <translation>बुकिंग रद्द करने, धनवापसी और बदलाव के लिए किसी प्रबंधक का PIN चाहिए।</translation>
    </message>
    <message>
        <source>A refund</source>
        <translation>धनवापसी</translation>
    </message>
    <message>
        <source>An exchange</source>
        <translation>बदलाव</translation>
    </message>
</context>
<context>
    <name>boxoffice::CancelShowDialog</name>
    <message>
        <source>Cancel show</source>
        <translation>शो रद्द करें</translation>
    </message>
    <message>
        <source>Cancel “%1” on %2 in %3?</source>
        <translation>%2 को %3 में “%1” रद्द करें?</translation>
    </message>
    <message>
        <source>It has no bookings. It leaves the web&apos;s list of shows.</source>
        <translation>इसकी कोई बुकिंग नहीं है। यह वेब की शो सूची से हट जाएगा।</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) will be cancelled, and the show leaves the web&apos;s list of shows. This cannot be undone.</source>
        <translation>
            <numerusform>%n बुकिंग रद्द की जाएगी, और शो वेब की शो सूची से हट जाएगा। इसे पूर्ववत नहीं किया जा सकता।</numerusform>
            <numerusform>%n बुकिंग रद्द की जाएँगी, और शो वेब की शो सूची से हट जाएगा। इसे पूर्ववत नहीं किया जा सकता।</numerusform>
        </translation>
    </message>
    <message>
        <source>Required, e.g. “The lead actor is ill”</source>
        <translation>आवश्यक, जैसे “मुख्य अभिनेता बीमार है”</translation>
    </message>
    <message>
        <source>Ca&amp;ncel show</source>
        <translation>शो रद्द करें(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Keep show</source>
        <translation>शो रखें(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>कारण(&amp;R):</translation>
    </message>
</context>
<context>
    <name>boxoffice::CancelledShowRefunds</name>
    <message>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>सीटें</translation>
    </message>
    <message>
        <source>To refund</source>
        <translation>लौटाना है</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>भुगतान का तरीका</translation>
    </message>
    <message>
        <source>Reading the bookings to refund…</source>
        <translation>धनवापसी वाली बुकिंग पढ़ी जा रही हैं…</translation>
    </message>
    <message>
        <source>The bookings to refund could not be read. %1</source>
        <translation>धनवापसी वाली बुकिंग पढ़ी नहीं जा सकीं। %1</translation>
    </message>
    <message>
        <source>“%1” is cancelled. No booking holds money any more: every refund is made.</source>
        <translation>“%1” रद्द है। अब किसी बुकिंग में पैसा नहीं बचा: हर धनवापसी हो चुकी है।</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is cancelled. %n booking(s) wait for a refund.</source>
        <translation>
            <numerusform>“%1” रद्द है। %n बुकिंग धनवापसी की प्रतीक्षा में है।</numerusform>
            <numerusform>“%1” रद्द है। %n बुकिंग धनवापसी की प्रतीक्षा में हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>धनवापसी करें…</translation>
    </message>
</context>
<context>
    <name>boxoffice::CheckinWindow</name>
    <message>
        <source>Check-in</source>
        <translation>प्रवेश</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>सीट</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>दिशा</translation>
    </message>
    <message>
        <source>Scanner or manager</source>
        <translation>स्कैनर या प्रबंधक</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>बुकिंग</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>e.g. C7</source>
        <translation>जैसे C7</translation>
    </message>
    <message>
        <source>e.g. phone battery empty, booking shown by name</source>
        <translation>जैसे फ़ोन की बैटरी खत्म, बुकिंग नाम से दिखाई गई</translation>
    </message>
    <message>
        <source>Check &amp;in by hand…</source>
        <translation>हाथ से प्रवेश दें(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Seat:</source>
        <translation>सीट(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>कारण(&amp;R):</translation>
    </message>
    <message>
        <source>A ticket that cannot be scanned (a manager lets it in):</source>
        <translation>ऐसा टिकट जो स्कैन नहीं हो सकता (प्रबंधक उसे प्रवेश देता है):</translation>
    </message>
    <message>
        <source>The door could not be read: %1</source>
        <translation>प्रवेश की जानकारी पढ़ी नहीं जा सकी: %1</translation>
    </message>
    <message>
        <source>Check-in: %1</source>
        <translation>प्रवेश: %1</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>%1 of %2 checked in, %3 inside</source>
        <translation>%2 में से %1 का प्रवेश हुआ, %3 अंदर</translation>
    </message>
    <message>
        <source>%1 (by hand)</source>
        <translation>%1 (हाथ से)</translation>
    </message>
    <message>
        <source>In</source>
        <translation>अंदर</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>बाहर</translation>
    </message>
    <message>
        <source>Type the seat and why it is let in by hand: the audit log keeps the reason.</source>
        <translation>सीट लिखें और यह कि उसे हाथ से प्रवेश क्यों दिया जा रहा है: ऑडिट लॉग कारण रखता है।</translation>
    </message>
    <message>
        <source>Check in by hand</source>
        <translation>हाथ से प्रवेश दें</translation>
    </message>
    <message>
        <source>Nobody was let in: checking in by hand needs a manager signed in or a manager&apos;s PIN.</source>
        <translation>किसी को प्रवेश नहीं दिया गया: हाथ से प्रवेश के लिए साइन इन किया हुआ प्रबंधक या किसी प्रबंधक का PIN चाहिए।</translation>
    </message>
    <message>
        <source>Nobody was let in: %1</source>
        <translation>किसी को प्रवेश नहीं दिया गया: %1</translation>
    </message>
    <message>
        <source>Let in: seat %1 (booking %2), at %3.</source>
        <translation>प्रवेश दिया गया: सीट %1 (बुकिंग %2), %3 पर।</translation>
    </message>
    <message>
        <source>Already in: seat %1 was let in by hand by %2 at %3.</source>
        <translation>पहले से अंदर: सीट %1 को %2 ने %3 पर हाथ से प्रवेश दिया था।</translation>
    </message>
    <message>
        <source>Already in: seat %1 came in at %2, scanned by “%3”.</source>
        <translation>पहले से अंदर: सीट %1 %2 पर अंदर आई, “%3” ने स्कैन किया।</translation>
    </message>
    <message>
        <source>Not paid yet: booking %1 is a reservation. Send the customer to the counter to pay first.</source>
        <translation>अभी भुगतान नहीं हुआ: बुकिंग %1 एक आरक्षण है। ग्राहक को पहले भुगतान के लिए काउंटर पर भेजें।</translation>
    </message>
    <message>
        <source>Wrong show: this ticket is for “%1” at %2.</source>
        <translation>गलत शो: यह टिकट %2 पर “%1” के लिए है।</translation>
    </message>
    <message>
        <source>The door is not open yet: it opens at %1.</source>
        <translation>प्रवेश अभी खुला नहीं है: यह %1 पर खुलेगा।</translation>
    </message>
    <message>
        <source>Not valid: the ticket for seat %1 was refunded, exchanged or cancelled. Send the customer to the counter.</source>
        <translation>मान्य नहीं: सीट %1 के टिकट की धनवापसी हो चुकी है, वह बदला गया या रद्द किया गया। ग्राहक को काउंटर पर भेजें।</translation>
    </message>
    <message>
        <source>No ticket: nothing valid is sold for this seat or code.</source>
        <translation>कोई टिकट नहीं: इस सीट या कोड के लिए कुछ भी मान्य नहीं बिका है।</translation>
    </message>
    <message>
        <source>No re-entry at this show: whoever leaves cannot come back in.</source>
        <translation>इस शो में दोबारा प्रवेश नहीं: जो बाहर जाएगा वह वापस अंदर नहीं आ सकता।</translation>
    </message>
    <message>
        <source>Seat %1 is not inside, so it cannot go out.</source>
        <translation>सीट %1 अंदर नहीं है, इसलिए बाहर नहीं जा सकती।</translation>
    </message>
    <message numerus="yes">
        <source>Scanner paused after too many unknown codes; try again in %n second(s).</source>
        <translation>
            <numerusform>बहुत सारे अज्ञात कोड के बाद स्कैनर रोका गया; %n सेकंड में फिर प्रयास करें।</numerusform>
            <numerusform>बहुत सारे अज्ञात कोड के बाद स्कैनर रोका गया; %n सेकंड में फिर प्रयास करें।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boxoffice::CloseShiftDialog</name>
    <message>
        <source>Record count</source>
        <translation>गिनती दर्ज करें</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>शिफ़्ट बंद करें</translation>
    </message>
    <message>
        <source>Close shift – %1</source>
        <translation>शिफ़्ट बंद करें – %1</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>भुगतान का तरीका</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>अपेक्षित</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>गिना गया</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>अंतर</translation>
    </message>
    <message>
        <source>What explains the difference?</source>
        <translation>अंतर का कारण क्या है?</translation>
    </message>
    <message>
        <source>Cash counted in the drawer (%1):</source>
        <translation>दराज़ में गिनी गई नकदी (%1):</translation>
    </message>
    <message>
        <source>Card total of the terminal (%1):</source>
        <translation>टर्मिनल का कार्ड योग (%1):</translation>
    </message>
    <message>
        <source>Reading your shift…</source>
        <translation>आपकी शिफ़्ट पढ़ी जा रही है…</translation>
    </message>
    <message>
        <source>%1 has no open shift.</source>
        <translation>%1 की कोई खुली शिफ़्ट नहीं है।</translation>
    </message>
    <message>
        <source>Shift opened %1 at %2 with a float of %3. Count the drawer.</source>
        <translation>शिफ़्ट %1 को %2 पर %3 की शुरुआती नकदी के साथ खोली गई। दराज़ की गिनती करें।</translation>
    </message>
    <message>
        <source>The count matches what was expected.</source>
        <translation>गिनती अपेक्षित राशि से मेल खाती है।</translation>
    </message>
    <message>
        <source>The count differs from what was expected: add a note explaining the difference.</source>
        <translation>गिनती अपेक्षित राशि से अलग है: अंतर समझाने वाला एक नोट जोड़ें।</translation>
    </message>
    <message>
        <source>The shift is closed.</source>
        <translation>शिफ़्ट बंद हो गई है।</translation>
    </message>
    <message>
        <source>The counted cash is not an amount in %1: %2</source>
        <translation>गिनी गई नकदी %1 में कोई राशि नहीं है: %2</translation>
    </message>
    <message>
        <source>The card total is not an amount in %1: %2</source>
        <translation>कार्ड योग %1 में कोई राशि नहीं है: %2</translation>
    </message>
</context>
<context>
    <name>boxoffice::CollectReservationDialog</name>
    <message>
        <source>&amp;Collect payment</source>
        <translation>भुगतान लें(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Print tickets</source>
        <translation>टिकट प्रिंट करें(&amp;P)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDF के रूप में सहेजें(&amp;D)…</translation>
    </message>
    <message>
        <source>Collect reservation</source>
        <translation>आरक्षण का भुगतान लें</translation>
    </message>
    <message>
        <source>Reference, name or e-mail – or scan the QR code</source>
        <translation>संदर्भ, नाम या ई-मेल – या QR कोड स्कैन करें</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>शो</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>सीटें</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Pay by</source>
        <translation>भुगतान की अंतिम तिथि</translation>
    </message>
    <message>
        <source>Type a reference, a name or an e-mail address, or scan the reservation&apos;s QR code.</source>
        <translation>संदर्भ, नाम या ई-मेल पता लिखें, या आरक्षण का QR कोड स्कैन करें।</translation>
    </message>
    <message>
        <source>No reservation matches “%1”.</source>
        <translation>“%1” से कोई आरक्षण मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>Find a reservation to collect its payment.</source>
        <translation>भुगतान लेने के लिए आरक्षण खोजें।</translation>
    </message>
    <message>
        <source>Reserved, to be paid by %1</source>
        <translation>आरक्षित, %1 तक भुगतान करना है</translation>
    </message>
    <message>
        <source>%1 is not waiting for payment.</source>
        <translation>%1 भुगतान की प्रतीक्षा में नहीं है।</translation>
    </message>
    <message>
        <source>%1 is paid. Change to give: %2</source>
        <translation>%1 का भुगतान हो गया। लौटाने हैं: %2</translation>
    </message>
    <message>
        <source>%1 is paid.</source>
        <translation>%1 का भुगतान हो गया।</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>आरक्षित</translation>
    </message>
    <message>
        <source>Already paid</source>
        <translation>भुगतान पहले ही हो चुका</translation>
    </message>
    <message>
        <source>Expired unpaid</source>
        <translation>बिना भुगतान के समाप्त</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>धनवापसी हो गई</translation>
    </message>
    <message>
        <source>Already collected – do not take the money again. %1</source>
        <translation>भुगतान पहले ही लिया जा चुका है – पैसे दोबारा न लें। %1</translation>
    </message>
    <message>
        <source>This reservation no longer exists.</source>
        <translation>यह आरक्षण अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>This reservation cannot be paid any more: %1</source>
        <translation>इस आरक्षण का अब भुगतान नहीं किया जा सकता: %1</translation>
    </message>
    <message>
        <source>Please check the payment: %1</source>
        <translation>कृपया भुगतान जाँचें: %1</translation>
    </message>
    <message>
        <source>The database is busy: another counter or the web shop is writing to it. Nothing was taken; please try again in a moment.</source>
        <translation>डेटाबेस व्यस्त है: कोई दूसरा काउंटर या वेब शॉप उसमें लिख रहा है। कोई भुगतान नहीं लिया गया; कृपया थोड़ी देर में फिर प्रयास करें।</translation>
    </message>
    <message>
        <source>The disk is full, so the payment could not be recorded. Please tell the manager.</source>
        <translation>डिस्क भर गई है, इसलिए भुगतान दर्ज नहीं हो सका। कृपया प्रबंधक को बताएँ।</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>डेटाबेस ने एक त्रुटि बताई: %1</translation>
    </message>
</context>
<context>
    <name>boxoffice::CoreBackend</name>
    <message>
        <source>The database is not open yet.</source>
        <translation>डेटाबेस अभी खुला नहीं है।</translation>
    </message>
    <message>
        <source>An unexpected error stopped the operation.</source>
        <translation>एक अनपेक्षित त्रुटि ने कार्य रोक दिया।</translation>
    </message>
</context>
<context>
    <name>boxoffice::CounterSale</name>
    <message>
        <source>The seats held for the previous show could not be released: %1 They will be released when the hold expires.</source>
        <translation>पिछले शो के लिए रोकी गई सीटें छोड़ी नहीं जा सकीं: %1 होल्ड समाप्त होने पर वे छूट जाएँगी।</translation>
    </message>
    <message>
        <source>Select seats on the seat map first.</source>
        <translation>पहले सीट नक्शे पर सीटें चुनें।</translation>
    </message>
    <message>
        <source>The hold has expired. Please select the seats again.</source>
        <translation>होल्ड समाप्त हो गया है। कृपया सीटें फिर से चुनें।</translation>
    </message>
    <message>
        <source>The hold on %1 ended (it expired or was released elsewhere). Select the seats again if they are still free.</source>
        <translation>%1 पर होल्ड समाप्त हो गया (अवधि पूरी हुई या कहीं और से छोड़ा गया)। यदि सीटें अभी भी खाली हैं तो उन्हें फिर से चुनें।</translation>
    </message>
    <message>
        <source>Some of these seats were just taken by another customer or counter. Please choose other seats.</source>
        <translation>इनमें से कुछ सीटें अभी-अभी किसी अन्य ग्राहक या काउंटर ने ले लीं। कृपया दूसरी सीटें चुनें।</translation>
    </message>
    <message>
        <source>Taken meanwhile by another customer or counter: %1. Please choose other seats.</source>
        <translation>इस बीच किसी अन्य ग्राहक या काउंटर ने ले लीं: %1। कृपया दूसरी सीटें चुनें।</translation>
    </message>
    <message>
        <source>These seats are no longer held for this counter. Please select them again.</source>
        <translation>ये सीटें अब इस काउंटर के लिए रोकी हुई नहीं हैं। कृपया उन्हें फिर से चुनें।</translation>
    </message>
    <message>
        <source>The hold expired before the booking was made, so the seats were released. Please select them again.</source>
        <translation>बुकिंग से पहले होल्ड समाप्त हो गया, इसलिए सीटें छोड़ दी गईं। कृपया उन्हें फिर से चुनें।</translation>
    </message>
    <message>
        <source>Too many seats for one sale: a counter can hold at most %1 seats of a show.</source>
        <translation>एक बिक्री के लिए बहुत अधिक सीटें: एक काउंटर किसी शो की अधिकतम %1 सीटें रोक सकता है।</translation>
    </message>
    <message>
        <source>Please check the entry: %1</source>
        <translation>कृपया प्रविष्टि जाँचें: %1</translation>
    </message>
    <message>
        <source>This show or seat no longer exists. Please pick the show again.</source>
        <translation>यह शो या सीट अब मौजूद नहीं है। कृपया शो फिर से चुनें।</translation>
    </message>
    <message>
        <source>This is not allowed: %1</source>
        <translation>इसकी अनुमति नहीं है: %1</translation>
    </message>
    <message>
        <source>The database is busy: another counter or the web shop is writing to it. Nothing was changed; please try again in a moment.</source>
        <translation>डेटाबेस व्यस्त है: कोई दूसरा काउंटर या वेब शॉप उसमें लिख रहा है। कुछ नहीं बदला गया; कृपया थोड़ी देर में फिर प्रयास करें।</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>डेटाबेस ने एक त्रुटि बताई: %1</translation>
    </message>
    <message>
        <source>The disk is full, so nothing can be saved: this sale was not made. Sales are paused until space is freed; please tell the manager.</source>
        <translation>डिस्क भर गई है, इसलिए कुछ भी सहेजा नहीं जा सकता: यह बिक्री नहीं हुई। जगह खाली होने तक बिक्री रुकी रहेगी; कृपया प्रबंधक को बताएँ।</translation>
    </message>
    <message>
        <source>The ticket mix names %1 tickets but only %2 seats are asked for.</source>
        <translation>टिकट मिश्रण में %1 टिकट हैं, पर केवल %2 सीटें माँगी गई हैं।</translation>
    </message>
    <message>
        <source>No seat found sells %1 tickets; please set those ticket types in the basket.</source>
        <translation>मिली किसी भी सीट पर %1 टिकट नहीं बिकते; कृपया ये टिकट प्रकार बास्केट में सेट करें।</translation>
    </message>
    <message>
        <source>row %1, seat %2</source>
        <translation>पंक्ति %1, सीट %2</translation>
    </message>
    <message>
        <source>row %1, seats %2–%3</source>
        <translation>पंक्ति %1, सीटें %2–%3</translation>
    </message>
    <message numerus="yes">
        <source>Best seats held together: %1. Every free block of %n seat(s) leaves a single seat empty here.</source>
        <translation>
            <numerusform>सबसे अच्छी सीटें एक साथ रोकी गईं: %1। यहाँ %n सीट का हर खाली ब्लॉक एक अकेली सीट खाली छोड़ता है।</numerusform>
            <numerusform>सबसे अच्छी सीटें एक साथ रोकी गईं: %1। यहाँ %n सीटों का हर खाली ब्लॉक एक अकेली सीट खाली छोड़ता है।</numerusform>
        </translation>
    </message>
    <message>
        <source>Best seats held together: %1.</source>
        <translation>सबसे अच्छी सीटें एक साथ रोकी गईं: %1।</translation>
    </message>
    <message numerus="yes">
        <source>Best seats held, not side by side (no %n free seat(s) in a row): %1.</source>
        <translation>
            <numerusform>सबसे अच्छी सीटें रोकी गईं, पर साथ-साथ नहीं (लगातार %n खाली सीट नहीं): %1।</numerusform>
            <numerusform>सबसे अच्छी सीटें रोकी गईं, पर साथ-साथ नहीं (लगातार %n खाली सीटें नहीं): %1।</numerusform>
        </translation>
    </message>
    <message>
        <source>This selection would leave %1 as a single empty seat that rarely sells.</source>
        <translation>यह चुनाव %1 को एक अकेली खाली सीट के रूप में छोड़ देगा, जो शायद ही कभी बिकती है।</translation>
    </message>
</context>
<context>
    <name>boxoffice::DayCloseWindow</name>
    <message>
        <source>Close day</source>
        <translation>दिन बंद करें</translation>
    </message>
    <message>
        <source>Day close</source>
        <translation>दिन का समापन</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV निर्यात करें…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF निर्यात करें…</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>दिन:</translation>
    </message>
    <message>
        <source>Reading the day&apos;s takings…</source>
        <translation>दिन की आय पढ़ी जा रही है…</translation>
    </message>
    <message>
        <source>Net takings</source>
        <translation>शुद्ध आय</translation>
    </message>
    <message>
        <source>Closed %1 by %2.</source>
        <translation>%1 को %2 द्वारा बंद किया गया।</translation>
    </message>
    <message numerus="yes">
        <source>The day is open: %n shift(s).</source>
        <translation>
            <numerusform>दिन खुला है: %n शिफ़्ट।</numerusform>
            <numerusform>दिन खुला है: %n शिफ़्टें।</numerusform>
        </translation>
    </message>
    <message>
        <source>day-close-%1.csv</source>
        <translation>day-close-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>रिपोर्ट %1 में सहेजी गई।</translation>
    </message>
    <message>
        <source>day-close-%1.pdf</source>
        <translation>day-close-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <source>Day close %1</source>
        <translation>दिन का समापन %1</translation>
    </message>
    <message>
        <source>Export day close</source>
        <translation>दिन का समापन निर्यात करें</translation>
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
        <translation>वयस्क</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>बच्चा</translation>
    </message>
    <message>
        <source>Concession</source>
        <translation>रियायती</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>मानक</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>प्रीमियम</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>बॉक्स</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>नकद</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>कार्ड</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>उपलब्ध</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>होल्ड पर</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>बुक</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>ब्लॉक</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>नकद</translation>
    </message>
    <message>
        <source>card</source>
        <translation>कार्ड</translation>
    </message>
</context>
<context>
    <name>boxoffice::ExchangeDialog</name>
    <message>
        <source>E&amp;xchange</source>
        <translation>बदलें(&amp;X)</translation>
    </message>
    <message>
        <source>Exchange %1</source>
        <translation>%1 बदलें</translation>
    </message>
    <message>
        <source>Why the seats change (required)</source>
        <translation>सीटें क्यों बदल रही हैं (आवश्यक)</translation>
    </message>
    <message>
        <source>Seats to give up:</source>
        <translation>छोड़ी जाने वाली सीटें:</translation>
    </message>
    <message>
        <source>Difference:</source>
        <translation>अंतर:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>कारण(&amp;S):</translation>
    </message>
    <message>
        <source>Tick the seats to give up and pick the new seats on the map.</source>
        <translation>छोड़ी जाने वाली सीटों पर निशान लगाएँ और नक्शे पर नई सीटें चुनें।</translation>
    </message>
    <message>
        <source>To collect: %1</source>
        <translation>लेना है: %1</translation>
    </message>
    <message>
        <source>To refund: %1</source>
        <translation>लौटाना है: %1</translation>
    </message>
    <message>
        <source>No difference in price</source>
        <translation>मूल्य में कोई अंतर नहीं</translation>
    </message>
    <message>
        <source>Please give a reason for the exchange.</source>
        <translation>कृपया बदलाव का कारण बताएँ।</translation>
    </message>
    <message>
        <source>Collected %1; change to give: %2.</source>
        <translation>%1 लिया गया; लौटाने हैं: %2।</translation>
    </message>
    <message>
        <source>Collected %1.</source>
        <translation>%1 लिया गया।</translation>
    </message>
    <message>
        <source>Refund %1 to the customer.</source>
        <translation>ग्राहक को %1 लौटाएँ।</translation>
    </message>
    <message>
        <source>Exchanged: %1 now holds %2. %3</source>
        <translation>बदल दिया गया: %1 में अब %2 हैं। %3</translation>
    </message>
    <message>
        <source>Taken meanwhile by another customer or counter: %1. Nothing was changed; please pick other seats.</source>
        <translation>इस बीच किसी अन्य ग्राहक या काउंटर ने ले लीं: %1। कुछ नहीं बदला गया; कृपया दूसरी सीटें चुनें।</translation>
    </message>
    <message>
        <source>This booking, show or seat no longer exists: %1</source>
        <translation>यह बुकिंग, शो या सीट अब मौजूद नहीं है: %1</translation>
    </message>
    <message>
        <source>This exchange is not allowed: %1</source>
        <translation>यह बदलाव अनुमत नहीं है: %1</translation>
    </message>
    <message>
        <source>Please check the entry: %1</source>
        <translation>कृपया प्रविष्टि जाँचें: %1</translation>
    </message>
    <message>
        <source>The database is busy. Nothing was changed; please try again in a moment.</source>
        <translation>डेटाबेस व्यस्त है। कुछ नहीं बदला गया; कृपया थोड़ी देर में फिर प्रयास करें।</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>डेटाबेस ने एक त्रुटि बताई: %1</translation>
    </message>
    <message>
        <source>New seat</source>
        <translation>नई सीट</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>टिकट का प्रकार</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>मूल्य</translation>
    </message>
</context>
<context>
    <name>boxoffice::FirstManagerDialog</name>
    <message>
        <source>First manager account</source>
        <translation>पहला प्रबंधक खाता</translation>
    </message>
    <message>
        <source>Nobody has a staff account yet. The first one is a manager&apos;s: the manager then adds the cashiers in Manager → Staff….</source>
        <translation>अभी किसी का कर्मचारी खाता नहीं है। पहला खाता प्रबंधक का होता है: फिर प्रबंधक, प्रबंधक → कर्मचारी… में कैशियर जोड़ता है।</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>खाता बनाएँ</translation>
    </message>
    <message>
        <source>Staff accounts exist already (perhaps made at another counter). Sign in with yours.</source>
        <translation>कर्मचारी खाते पहले से मौजूद हैं (शायद किसी दूसरे काउंटर पर बनाए गए)। अपने खाते से साइन इन करें।</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>सहेजा जा रहा है…</translation>
    </message>
</context>
<context>
    <name>boxoffice::FirstRunAssistant</name>
    <message>
        <source>Set up Box Office</source>
        <translation>Box Office सेट अप करें</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation>
            <numerusform>%1 (%n सीट)</numerusform>
            <numerusform>%1 (%n सीटें)</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome to Box Office</source>
        <translation>Box Office में आपका स्वागत है</translation>
    </message>
    <message>
        <source>The first hall</source>
        <translation>पहला हॉल</translation>
    </message>
    <message>
        <source>Lay out rows of seats, or bring a seat plan from a file. The hall designer (Manager → Halls…) refines it later: categories, wheelchair spaces, aisles, single seats.</source>
        <translation>सीटों की पंक्तियाँ बनाएँ, या किसी फ़ाइल से सीट नक्शा लाएँ। हॉल डिज़ाइनर (प्रबंधक → हॉल…) बाद में उसे निखारता है: श्रेणियाँ, व्हीलचेयर स्थान, गलियारे, अलग-अलग सीटें।</translation>
    </message>
    <message>
        <source>Hall 1</source>
        <translation>हॉल 1</translation>
    </message>
    <message>
        <source>&amp;Lay out rows of seats</source>
        <translation>सीटों की पंक्तियाँ बनाएँ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Rows and seats…</source>
        <translation>पंक्तियाँ और सीटें(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Import a seat-plan file (Box Office or pretix)</source>
        <translation>सीट नक्शे की फ़ाइल आयात करें (Box Office या pretix)(&amp;I)</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>फ़ाइल का नाम</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>चुनें(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Use a hall already set up</source>
        <translation>पहले से सेट किया हुआ हॉल इस्तेमाल करें(&amp;U)</translation>
    </message>
    <message>
        <source>Hall &amp;name:</source>
        <translation>हॉल का नाम(&amp;N):</translation>
    </message>
    <message>
        <source>The first show</source>
        <translation>पहला शो</translation>
    </message>
    <message>
        <source>Its title, when it starts and what an adult ticket costs in each seat category. More ticket types, web sales and runs of shows are set in manager mode.</source>
        <translation>उसका शीर्षक, वह कब शुरू होता है और हर सीट श्रेणी में वयस्क टिकट का मूल्य। और टिकट प्रकार, वेब बिक्री और शो की शृंखलाएँ प्रबंधक मोड में सेट होती हैं।</translation>
    </message>
    <message>
        <source> min</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <source>Adult ticket per seat category</source>
        <translation>हर सीट श्रेणी में वयस्क टिकट</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>शीर्षक(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>अवधि(&amp;D):</translation>
    </message>
    <message>
        <source>Ready to sell</source>
        <translation>बिक्री के लिए तैयार</translation>
    </message>
    <message>
        <source>Finish opens the show&apos;s day at the counter.</source>
        <translation>समाप्त करने पर काउंटर पर शो का दिन खुलता है।</translation>
    </message>
    <message>
        <source>Next saves this page. Cancel keeps what was saved; until a show exists, this assistant opens again at the next start.</source>
        <translation>आगे इस पृष्ठ को सहेजता है। रद्द करने पर जो सहेजा गया है वह बना रहता है; जब तक कोई शो नहीं है, यह सहायक अगली शुरुआत पर फिर खुलता है।</translation>
    </message>
    <message>
        <source>&amp;Starts (%1):</source>
        <translation>शुरुआत (%1)(&amp;S):</translation>
    </message>
    <message>
        <source>Give the hall a name.</source>
        <translation>हॉल को एक नाम दें।</translation>
    </message>
    <message>
        <source>Choose the seat-plan file to import.</source>
        <translation>आयात करने के लिए सीट नक्शे की फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>Choose one of the halls.</source>
        <translation>हॉल में से एक चुनें।</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 पढ़ा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>%1 is not a seat plan that can be imported:
%2</source>
        <translation>%1 ऐसा सीट नक्शा नहीं है जिसे आयात किया जा सके:
%2</translation>
    </message>
    <message>
        <source>The hall was not saved: %1</source>
        <translation>हॉल सहेजा नहीं गया: %1</translation>
    </message>
    <message>
        <source>Not carried over from the file: %1</source>
        <translation>फ़ाइल से नहीं लिया गया: %1</translation>
    </message>
    <message>
        <source>Give the show a title.</source>
        <translation>शो को एक शीर्षक दें।</translation>
    </message>
    <message>
        <source>This time does not exist in %1 (the clocks change).</source>
        <translation>यह समय %1 में मौजूद नहीं है (घड़ियाँ बदलती हैं)।</translation>
    </message>
    <message>
        <source>The show would start in the past. Choose a later start.</source>
        <translation>शो अतीत में शुरू होगा। बाद की शुरुआत चुनें।</translation>
    </message>
    <message>
        <source>The show was not saved: %1</source>
        <translation>शो सहेजा नहीं गया: %1</translation>
    </message>
    <message>
        <source>Import a seat plan</source>
        <translation>सीट नक्शा आयात करें</translation>
    </message>
    <message>
        <source>Seat plans (*.json);;All files (*)</source>
        <translation>सीट नक्शे (*.json);;सभी फ़ाइलें (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n पंक्ति</numerusform>
            <numerusform>%n पंक्तियाँ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) in all</source>
        <translation>
            <numerusform>कुल %n सीट</numerusform>
            <numerusform>कुल %n सीटें</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Venue: %1 (%2, %3)
Hall: %4 with %n seat(s)
Show: %5 on %6
Adult tickets: %7</source>
        <translation>
            <numerusform>स्थल: %1 (%2, %3)
हॉल: %4, %n सीट
शो: %5, %6
वयस्क टिकट: %7</numerusform>
            <numerusform>स्थल: %1 (%2, %3)
हॉल: %4, %n सीटें
शो: %5, %6
वयस्क टिकट: %7</numerusform>
        </translation>
    </message>
    <message>
        <source>A few steps lead to the first show you can sell: the venue, the manager&apos;s account, a hall and a show. Everything can be changed later in manager mode.</source>
        <translation>कुछ चरणों में आप पहला शो बेचने के लिए तैयार हो जाते हैं: स्थल, प्रबंधक का खाता, एक हॉल और एक शो। सब कुछ बाद में प्रबंधक मोड में बदला जा सकता है।</translation>
    </message>
    <message>
        <source>The manager&apos;s account</source>
        <translation>प्रबंधक का खाता</translation>
    </message>
    <message>
        <source>Everybody at the counter signs in with a staff account. A manager also sets up halls and shows, refunds bookings, reads the reports and adds the cashiers&apos; accounts.</source>
        <translation>काउंटर पर हर कोई कर्मचारी खाते से साइन इन करता है। प्रबंधक हॉल और शो भी सेट करता है, बुकिंग की धनवापसी करता है, रिपोर्ट पढ़ता है और कैशियरों के खाते जोड़ता है।</translation>
    </message>
    <message>
        <source>The account of %1 is ready: sign in with it at the counter.</source>
        <translation>%1 का खाता तैयार है: उससे काउंटर पर साइन इन करें।</translation>
    </message>
    <message>
        <source>Staff accounts exist already; a manager adds more in Manager → Staff….</source>
        <translation>कर्मचारी खाते पहले से मौजूद हैं; प्रबंधक → कर्मचारी… में कोई प्रबंधक और खाते जोड़ता है।</translation>
    </message>
    <message>
        <source>Your name and a PIN or password of %1 to %2 characters, typed twice. You sign in with them at the counter.</source>
        <translation>आपका नाम और %1 से %2 अक्षरों का PIN या पासवर्ड, दो बार लिखा हुआ। इन्हीं से आप काउंटर पर साइन इन करते हैं।</translation>
    </message>
</context>
<context>
    <name>boxoffice::HallDesignerCanvas</name>
    <message>
        <source>Hall plan</source>
        <translation>हॉल का नक्शा</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>मंच</translation>
    </message>
</context>
<context>
    <name>boxoffice::HallDesignerWindow</name>
    <message>
        <source>Hall designer</source>
        <translation>हॉल डिज़ाइनर</translation>
    </message>
    <message>
        <source>New hall</source>
        <translation>नया हॉल</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>नक्शा</translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation>बनाएँ(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>आयात करें(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>निर्यात करें(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें(&amp;R)</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>%1 पूर्ववत करें (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>%1 फिर से करें (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Add s&amp;eat</source>
        <translation>सीट जोड़ें(&amp;E)</translation>
    </message>
    <message>
        <source>Add &amp;row</source>
        <translation>पंक्ति जोड़ें(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>हटाएँ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Wheelchair space</source>
        <translation>व्हीलचेयर स्थान(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Companion seats</source>
        <translation>साथी सीटें(&amp;C)</translation>
    </message>
    <message>
        <source>No c&amp;ompanion</source>
        <translation>कोई साथी नहीं(&amp;O)</translation>
    </message>
    <message>
        <source>Place s&amp;tage</source>
        <translation>मंच रखें(&amp;T)</translation>
    </message>
    <message>
        <source>The next click on the plan puts the stage there</source>
        <translation>नक्शे पर अगला क्लिक मंच को वहीं रख देगा</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>ज़ूम इन(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ज़ूम आउट(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>फ़िट करें(&amp;F)</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>श्रेणियाँ</translation>
    </message>
    <message>
        <source>Category name</source>
        <translation>श्रेणी का नाम</translation>
    </message>
    <message>
        <source>&amp;Give to selected seats</source>
        <translation>चुनी गई सीटों को दें(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>जोड़ें(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>नाम बदलें(&amp;N)</translation>
    </message>
    <message>
        <source>Co&amp;lour…</source>
        <translation>रंग(&amp;L)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>हटाएँ(&amp;V)</translation>
    </message>
    <message>
        <source>Type the new category&apos;s name first.</source>
        <translation>पहले नई श्रेणी का नाम लिखें।</translation>
    </message>
    <message>
        <source>Choose a category first.</source>
        <translation>पहले एक श्रेणी चुनें।</translation>
    </message>
    <message>
        <source>Ro&amp;w:</source>
        <translation>पंक्ति(&amp;W):</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>संख्या(&amp;U):</translation>
    </message>
    <message>
        <source>Relabel &amp;seat</source>
        <translation>सीट का लेबल बदलें(&amp;S)</translation>
    </message>
    <message>
        <source>Relabel r&amp;ow</source>
        <translation>पंक्ति का लेबल बदलें(&amp;O)</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>बाएँ से दाएँ</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>दाएँ से बाएँ</translation>
    </message>
    <message>
        <source>Odd/even from the centre</source>
        <translation>बीच से विषम/सम</translation>
    </message>
    <message>
        <source>Re&amp;number rows</source>
        <translation>पंक्तियों को फिर से क्रमांकित करें(&amp;N)</translation>
    </message>
    <message>
        <source>Numbering:</source>
        <translation>क्रमांकन:</translation>
    </message>
    <message>
        <source>Stage x, y:</source>
        <translation>मंच x, y:</translation>
    </message>
    <message>
        <source>Set s&amp;tage</source>
        <translation>मंच सेट करें(&amp;T)</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>चयन</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>समस्याएँ</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) in the hall, none selected.</source>
        <translation>
            <numerusform>हॉल में %n सीट, कोई नहीं चुनी गई।</numerusform>
            <numerusform>हॉल में %n सीटें, कोई नहीं चुनी गई।</numerusform>
        </translation>
    </message>
    <message>
        <source>Seat %1 selected.</source>
        <translation>सीट %1 चुनी गई।</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) selected.</source>
        <translation>
            <numerusform>%n सीट चुनी गई।</numerusform>
            <numerusform>%n सीटें चुनी गईं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generated %n seat(s).</source>
        <translation>
            <numerusform>%n सीट बनाई गई।</numerusform>
            <numerusform>%n सीटें बनाई गईं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: the plan has %n problem(s), listed below.</source>
        <translation>
            <numerusform>सहेजा नहीं गया: नक्शे में %n समस्या है, जो नीचे दी गई है।</numerusform>
            <numerusform>सहेजा नहीं गया: नक्शे में %n समस्याएँ हैं, जो नीचे दी गई हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>सहेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>सहेजा गया।</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>सहेजा नहीं गया: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 लिखा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1 में निर्यात किया गया।</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 आयात करें</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 आयात किया गया।</translation>
    </message>
    <message>
        <source>Imported %1; not carried over: %2</source>
        <translation>%1 आयात किया गया; शामिल नहीं किया गया: %2</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>आयात नहीं किया गया: %1</translation>
    </message>
    <message>
        <source>Import hall</source>
        <translation>हॉल आयात करें</translation>
    </message>
    <message>
        <source>Hall plans (*.json);;All files (*)</source>
        <translation>हॉल नक्शे (*.json);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Export hall</source>
        <translation>हॉल निर्यात करें</translation>
    </message>
    <message>
        <source>Hall plans (*.json)</source>
        <translation>हॉल नक्शे (*.json)</translation>
    </message>
    <message>
        <source>&amp;House seat</source>
        <translation>हाउस सीट(&amp;H)</translation>
    </message>
    <message>
        <source>Kept back for the counter in every new show of the hall</source>
        <translation>हॉल के हर नए शो में काउंटर के लिए रोककर रखी जाती है</translation>
    </message>
</context>
<context>
    <name>boxoffice::HallGeneratorDialog</name>
    <message>
        <source>Letters: A, B, C, …</source>
        <translation>अक्षर: A, B, C, …</translation>
    </message>
    <message>
        <source>Numbers: 1, 2, 3, …</source>
        <translation>संख्याएँ: 1, 2, 3, …</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>बाएँ से दाएँ</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>दाएँ से बाएँ</translation>
    </message>
    <message>
        <source>Odd left, even right, from the centre</source>
        <translation>बीच से, विषम बाएँ, सम दाएँ</translation>
    </message>
    <message>
        <source>Aisles: give seat numbers between 1 and %1, separated by commas.</source>
        <translation>गलियारे: 1 से %1 के बीच की सीट संख्याएँ अल्पविराम से अलग करके दें।</translation>
    </message>
</context>
<context>
    <name>boxoffice::HallPlanEditor</name>
    <message>
        <source>Generate hall</source>
        <translation>हॉल बनाएँ</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>बदलने के लिए कुछ नहीं है।</translation>
    </message>
    <message>
        <source>The hall has no category &quot;%1&quot;.</source>
        <translation>हॉल में “%1” नाम की कोई श्रेणी नहीं है।</translation>
    </message>
    <message>
        <source>Select the seats first.</source>
        <translation>पहले सीटें चुनें।</translation>
    </message>
    <message numerus="yes">
        <source>Set category of %n seat(s)</source>
        <translation>
            <numerusform>%n सीट की श्रेणी सेट करें</numerusform>
            <numerusform>%n सीटों की श्रेणी सेट करें</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark wheelchair space</source>
        <translation>व्हीलचेयर स्थान चिह्नित करें</translation>
    </message>
    <message>
        <source>Unmark wheelchair space</source>
        <translation>व्हीलचेयर स्थान का चिह्न हटाएँ</translation>
    </message>
    <message>
        <source>Select one wheelchair space and its companion seats, not several spaces.</source>
        <translation>एक व्हीलचेयर स्थान और उसकी साथी सीटें चुनें, कई स्थान नहीं।</translation>
    </message>
    <message>
        <source>Select one wheelchair space and its companion seats.</source>
        <translation>एक व्हीलचेयर स्थान और उसकी साथी सीटें चुनें।</translation>
    </message>
    <message>
        <source>Mark companion seats</source>
        <translation>साथी सीटें चिह्नित करें</translation>
    </message>
    <message>
        <source>Unmark companion seats</source>
        <translation>साथी सीटों का चिह्न हटाएँ</translation>
    </message>
    <message>
        <source>Add seat %1</source>
        <translation>सीट %1 जोड़ें</translation>
    </message>
    <message>
        <source>Add row %1</source>
        <translation>पंक्ति %1 जोड़ें</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n seat(s)</source>
        <translation>
            <numerusform>%n सीट हटाएँ</numerusform>
            <numerusform>%n सीटें हटाएँ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n seat(s)</source>
        <translation>
            <numerusform>%n सीट खिसकाएँ</numerusform>
            <numerusform>%n सीटें खिसकाएँ</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one seat first.</source>
        <translation>पहले एक सीट चुनें।</translation>
    </message>
    <message>
        <source>A seat needs a row label and a number.</source>
        <translation>सीट के लिए पंक्ति लेबल और संख्या चाहिए।</translation>
    </message>
    <message>
        <source>Relabel seat</source>
        <translation>सीट का लेबल बदलें</translation>
    </message>
    <message>
        <source>Select a seat of the row first.</source>
        <translation>पहले पंक्ति की कोई सीट चुनें।</translation>
    </message>
    <message>
        <source>The selection spans several rows; select seats of one row.</source>
        <translation>चयन में कई पंक्तियाँ हैं; एक ही पंक्ति की सीटें चुनें।</translation>
    </message>
    <message>
        <source>A row needs a label.</source>
        <translation>पंक्ति के लिए लेबल चाहिए।</translation>
    </message>
    <message>
        <source>Relabel row %1 as %2</source>
        <translation>पंक्ति %1 का लेबल बदलकर %2 करें</translation>
    </message>
    <message>
        <source>Select a seat of each row first.</source>
        <translation>पहले हर पंक्ति की एक सीट चुनें।</translation>
    </message>
    <message numerus="yes">
        <source>Renumber %n row(s)</source>
        <translation>
            <numerusform>%n पंक्ति को फिर से क्रमांकित करें</numerusform>
            <numerusform>%n पंक्तियों को फिर से क्रमांकित करें</numerusform>
        </translation>
    </message>
    <message>
        <source>Set stage position</source>
        <translation>मंच की स्थिति सेट करें</translation>
    </message>
    <message>
        <source>Add category %1</source>
        <translation>श्रेणी %1 जोड़ें</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>श्रेणी के लिए नाम चाहिए।</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>श्रेणी का नाम बदलें</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour of the form #rrggbb.</source>
        <translation>“%1” #rrggbb रूप का रंग नहीं है।</translation>
    </message>
    <message>
        <source>Recolour category</source>
        <translation>श्रेणी का रंग बदलें</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) still use the category %1; give them another one first.</source>
        <translation>
            <numerusform>%n सीट अब भी श्रेणी %1 का उपयोग करती है; पहले उसे कोई दूसरी श्रेणी दें।</numerusform>
            <numerusform>%n सीटें अब भी श्रेणी %1 का उपयोग करती हैं; पहले उन्हें कोई दूसरी श्रेणी दें।</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove category</source>
        <translation>श्रेणी हटाएँ</translation>
    </message>
    <message>
        <source>Mark house seats</source>
        <translation>हाउस सीटें चिह्नित करें</translation>
    </message>
    <message>
        <source>Unmark house seats</source>
        <translation>हाउस सीटों का चिह्न हटाएँ</translation>
    </message>
</context>
<context>
    <name>boxoffice::HallsWindow</name>
    <message>
        <source>Halls</source>
        <translation>हॉल</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>हॉल</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>सीटें</translation>
    </message>
    <message>
        <source>&amp;New hall…</source>
        <translation>नया हॉल(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>संपादित करें(&amp;E)…</translation>
    </message>
    <message>
        <source>New hall</source>
        <translation>नया हॉल</translation>
    </message>
    <message>
        <source>Hall designer – %1</source>
        <translation>हॉल डिज़ाइनर – %1</translation>
    </message>
    <message>
        <source>Whoever opened the halls signed out. Open them again as a manager to save the hall.</source>
        <translation>जिसने हॉल खोले थे उसने साइन आउट कर दिया। हॉल सहेजने के लिए उन्हें प्रबंधक के रूप में फिर से खोलें।</translation>
    </message>
</context>
<context>
    <name>boxoffice::MainWindow</name>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>डेटाबेस खोला नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Database unavailable</source>
        <translation>डेटाबेस उपलब्ध नहीं है</translation>
    </message>
    <message>
        <source>About Box Office</source>
        <translation>बॉक्स ऑफ़िस के बारे में</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Box Office %1&lt;/h3&gt;&lt;p&gt;Counter sales and online booking for cinemas and theatres.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;बॉक्स ऑफ़िस %1&lt;/h3&gt;&lt;p&gt;सिनेमा और थिएटरों के लिए काउंटर बिक्री और ऑनलाइन बुकिंग।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>डेटाबेस: %1</translation>
    </message>
    <message>
        <source>The shows could not be read: %1</source>
        <translation>शो पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>आज, %1</translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation>कल, %1</translation>
    </message>
    <message>
        <source>Choose a show</source>
        <translation>शो चुनें</translation>
    </message>
    <message>
        <source>Pick a show from the list to see its seats.</source>
        <translation>सीटें देखने के लिए सूची से कोई शो चुनें।</translation>
    </message>
    <message>
        <source>Box Office</source>
        <translation>बॉक्स ऑफ़िस</translation>
    </message>
    <message>
        <source>%1 of %2 seats available</source>
        <translation>%2 में से %1 सीटें उपलब्ध</translation>
    </message>
    <message>
        <source>Box Office — %1</source>
        <translation>बॉक्स ऑफ़िस — %1</translation>
    </message>
    <message>
        <source>Online booking stopped: %1</source>
        <translation>ऑनलाइन बुकिंग रुकी हुई है: %1</translation>
    </message>
    <message>
        <source>Online booking running at %1</source>
        <translation>ऑनलाइन बुकिंग %1 पर चल रही है</translation>
    </message>
    <message>
        <source>Customers book at %1</source>
        <translation>ग्राहक %1 पर बुक करते हैं</translation>
    </message>
    <message>
        <source>Online booking off</source>
        <translation>ऑनलाइन बुकिंग बंद</translation>
    </message>
    <message>
        <source>The web endpoint is switched off in the settings.</source>
        <translation>वेब एंडपॉइंट सेटिंग्स में बंद है।</translation>
    </message>
    <message>
        <source>Online booking starting at %1</source>
        <translation>ऑनलाइन बुकिंग %1 पर शुरू हो रही है</translation>
    </message>
    <message>
        <source>Web watchers: %1</source>
        <translation>वेब दर्शक: %1</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>टिकट %1</translation>
    </message>
    <message>
        <source>Ticket %1 sent to the printer.</source>
        <translation>टिकट %1 प्रिंटर को भेजा गया।</translation>
    </message>
    <message>
        <source>Save ticket as PDF</source>
        <translation>टिकट PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF दस्तावेज़ (*.pdf)</translation>
    </message>
    <message>
        <source>The ticket could not be saved: %1</source>
        <translation>टिकट सहेजा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Ticket %1 saved to %2.</source>
        <translation>टिकट %1, %2 में सहेजा गया।</translation>
    </message>
    <message>
        <source>Taken meanwhile by another customer or counter: %1. Please choose other seats.</source>
        <translation>इस बीच किसी अन्य ग्राहक या काउंटर ने ले लीं: %1। कृपया दूसरी सीटें चुनें।</translation>
    </message>
    <message>
        <source>&amp;Venue settings…</source>
        <translation>स्थल सेटिंग्स(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Ticket types…</source>
        <translation>टिकट प्रकार(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Halls…</source>
        <translation>हॉल(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Shows…</source>
        <translation>शो(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Collect reservation…</source>
        <translation>आरक्षण का भुगतान लें(&amp;C)…</translation>
    </message>
    <message>
        <source>Take the payment of a web reservation: find it or scan its QR code</source>
        <translation>वेब आरक्षण का भुगतान लें: उसे खोजें या उसका QR कोड स्कैन करें</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>उपयोगकर्ता बदलें(&amp;W)…</translation>
    </message>
    <message>
        <source>S&amp;hift</source>
        <translation>शिफ़्ट(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open shift…</source>
        <translation>शिफ़्ट खोलें(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Close shift…</source>
        <translation>शिफ़्ट बंद करें(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Shifts of a day…</source>
        <translation>एक दिन की शिफ़्टें(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Day close…</source>
        <translation>दिन का समापन(&amp;D)…</translation>
    </message>
    <message>
        <source>Signed in: %1 (manager)</source>
        <translation>साइन इन: %1 (प्रबंधक)</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>साइन इन: %1</translation>
    </message>
    <message>
        <source>S&amp;taff…</source>
        <translation>कर्मचारी(&amp;T)…</translation>
    </message>
    <message>
        <source>The audit log</source>
        <translation>ऑडिट लॉग</translation>
    </message>
    <message>
        <source>%1 is for managers: nothing was opened.</source>
        <translation>%1: केवल प्रबंधकों के लिए; कुछ नहीं खोला गया।</translation>
    </message>
    <message>
        <source>The venue settings</source>
        <translation>स्थल सेटिंग्स</translation>
    </message>
    <message>
        <source>The ticket types</source>
        <translation>टिकट प्रकार</translation>
    </message>
    <message>
        <source>The halls</source>
        <translation>हॉल</translation>
    </message>
    <message>
        <source>The shows</source>
        <translation>शो</translation>
    </message>
    <message>
        <source>&amp;Door</source>
        <translation>प्रवेश द्वार(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Check-in…</source>
        <translation>प्रवेश(&amp;C)…</translation>
    </message>
    <message>
        <source>Who came in to the current show, and letting a ticket in by hand</source>
        <translation>मौजूदा शो में कौन अंदर आया, और किसी टिकट को हाथ से प्रवेश देना</translation>
    </message>
    <message>
        <source>&amp;Scanner devices…</source>
        <translation>स्कैनर डिवाइस(&amp;S)…</translation>
    </message>
    <message>
        <source>Pair staff phones as door scanners, or revoke them</source>
        <translation>कर्मचारियों के फ़ोन को प्रवेश स्कैनर के रूप में जोड़ें, या उनकी अनुमति वापस लें</translation>
    </message>
    <message>
        <source>The scanner devices</source>
        <translation>स्कैनर डिवाइस</translation>
    </message>
    <message>
        <source>Choose a show first: the check-in is per show.</source>
        <translation>पहले एक शो चुनें: प्रवेश हर शो का अलग होता है।</translation>
    </message>
</context>
<context>
    <name>boxoffice::ManagerActions</name>
    <message>
        <source>Unbook seats</source>
        <translation>सीटों की बुकिंग रद्द करें</translation>
    </message>
    <message>
        <source>Unbook booking</source>
        <translation>बुकिंग रद्द करें</translation>
    </message>
    <message>
        <source>Block seats</source>
        <translation>सीटें ब्लॉक करें</translation>
    </message>
    <message>
        <source>Unblock seats</source>
        <translation>सीटें अनब्लॉक करें</translation>
    </message>
    <message>
        <source>Keep house seats</source>
        <translation>हाउस सीटें रखें</translation>
    </message>
    <message>
        <source>Release house seats</source>
        <translation>हाउस सीटें छोड़ें</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>ग्राहक हटाएँ</translation>
    </message>
    <message numerus="yes">
        <source>Unbook %n seat(s) (%1)? They become available for sale again.</source>
        <translation>
            <numerusform>%n सीट (%1) की बुकिंग रद्द करें? वह फिर से बिक्री के लिए उपलब्ध होगी।</numerusform>
            <numerusform>%n सीटों (%1) की बुकिंग रद्द करें? वे फिर से बिक्री के लिए उपलब्ध होंगी।</numerusform>
        </translation>
    </message>
    <message>
        <source>Unbook the whole booking %1? All its seats become available for sale again.</source>
        <translation>पूरी बुकिंग %1 रद्द करें? इसकी सभी सीटें फिर से बिक्री के लिए उपलब्ध होंगी।</translation>
    </message>
    <message numerus="yes">
        <source>Block %n seat(s) (%1)? Nobody can buy them until they are unblocked.</source>
        <translation>
            <numerusform>%n सीट (%1) ब्लॉक करें? अनब्लॉक होने तक कोई उसे नहीं खरीद सकता।</numerusform>
            <numerusform>%n सीटें (%1) ब्लॉक करें? अनब्लॉक होने तक कोई उन्हें नहीं खरीद सकता।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unblock %n seat(s) (%1)? They become available for sale again.</source>
        <translation>
            <numerusform>%n सीट (%1) अनब्लॉक करें? वह फिर से बिक्री के लिए उपलब्ध होगी।</numerusform>
            <numerusform>%n सीटें (%1) अनब्लॉक करें? वे फिर से बिक्री के लिए उपलब्ध होंगी।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep %n seat(s) (%1) back as house seats? Only the counter can sell them.</source>
        <translation>
            <numerusform>%n सीट (%1) हाउस सीट के रूप में रखें? केवल काउंटर उसे बेच सकता है।</numerusform>
            <numerusform>%n सीटें (%1) हाउस सीटों के रूप में रखें? केवल काउंटर उन्हें बेच सकता है।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %n house seat(s) (%1) back to online sale?</source>
        <translation>
            <numerusform>%n हाउस सीट (%1) ऑनलाइन बिक्री के लिए लौटाएँ?</numerusform>
            <numerusform>%n हाउस सीटें (%1) ऑनलाइन बिक्री के लिए लौटाएँ?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Delete the customer %1? Their holds and future bookings are released and their name and email are erased.</source>
        <translation>ग्राहक %1 को हटाएँ? उनकी रोकी गई सीटें और आगामी बुकिंग छोड़ दी जाएँगी और उनका नाम और ई-मेल मिटा दिया जाएगा।</translation>
    </message>
    <message numerus="yes">
        <source>Unbooked %n seat(s): %1. They are available again.</source>
        <translation>
            <numerusform>%n सीट की बुकिंग रद्द: %1। वह फिर से उपलब्ध है।</numerusform>
            <numerusform>%n सीटों की बुकिंग रद्द: %1। वे फिर से उपलब्ध हैं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Booking %1 is cancelled; %n seat(s) are available again.</source>
        <translation>
            <numerusform>बुकिंग %1 रद्द हो गई; %n सीट फिर से उपलब्ध है।</numerusform>
            <numerusform>बुकिंग %1 रद्द हो गई; %n सीटें फिर से उपलब्ध हैं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked %n seat(s): %1.</source>
        <translation>
            <numerusform>%n सीट ब्लॉक की गई: %1।</numerusform>
            <numerusform>%n सीटें ब्लॉक की गईं: %1।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unblocked %n seat(s): %1.</source>
        <translation>
            <numerusform>%n सीट अनब्लॉक की गई: %1।</numerusform>
            <numerusform>%n सीटें अनब्लॉक की गईं: %1।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) kept back as house seats: %1.</source>
        <translation>
            <numerusform>%n सीट हाउस सीट के रूप में रखी गई: %1।</numerusform>
            <numerusform>%n सीटें हाउस सीटों के रूप में रखी गईं: %1।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n house seat(s) given back to online sale: %1.</source>
        <translation>
            <numerusform>%n हाउस सीट ऑनलाइन बिक्री के लिए लौटाई गई: %1।</numerusform>
            <numerusform>%n हाउस सीटें ऑनलाइन बिक्री के लिए लौटाई गईं: %1।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The customer is deleted; %n seat(s) were released.</source>
        <translation>
            <numerusform>ग्राहक हटा दिया गया; %n सीट छोड़ी गई।</numerusform>
            <numerusform>ग्राहक हटा दिया गया; %n सीटें छोड़ी गईं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: these seats are not booked: %1.</source>
        <translation>कुछ नहीं बदला गया: ये सीटें बुक नहीं हैं: %1।</translation>
    </message>
    <message>
        <source>Nothing was changed: these seats are held or booked and cannot be blocked: %1.</source>
        <translation>कुछ नहीं बदला गया: ये सीटें होल्ड पर या बुक हैं और ब्लॉक नहीं की जा सकतीं: %1।</translation>
    </message>
    <message>
        <source>Nothing was changed: these seats are not blocked: %1.</source>
        <translation>कुछ नहीं बदला गया: ये सीटें ब्लॉक नहीं हैं: %1।</translation>
    </message>
    <message>
        <source>Nothing was changed: these seats cannot be changed now: %1.</source>
        <translation>कुछ नहीं बदला गया: ये सीटें अभी बदली नहीं जा सकतीं: %1।</translation>
    </message>
    <message>
        <source>Nothing was changed: there are no such seats in this hall: %1.</source>
        <translation>कुछ नहीं बदला गया: इस हॉल में ऐसी कोई सीट नहीं है: %1।</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>कुछ नहीं बदला गया: %1</translation>
    </message>
    <message>
        <source>This customer no longer exists (perhaps deleted at another counter).</source>
        <translation>यह ग्राहक अब मौजूद नहीं है (शायद किसी दूसरे काउंटर पर हटाया गया)।</translation>
    </message>
    <message>
        <source>This booking does not exist or has no seats left to unbook.</source>
        <translation>यह बुकिंग मौजूद नहीं है या इसमें रद्द करने के लिए कोई सीट नहीं बची है।</translation>
    </message>
    <message>
        <source>This show no longer exists.</source>
        <translation>यह शो अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>The database is busy because another counter is saving. Nothing was changed; please try again in a moment.</source>
        <translation>डेटाबेस व्यस्त है क्योंकि कोई दूसरा काउंटर सहेज रहा है। कुछ नहीं बदला गया; कृपया थोड़ी देर में फिर प्रयास करें।</translation>
    </message>
    <message>
        <source>This is not allowed: %1</source>
        <translation>इसकी अनुमति नहीं है: %1</translation>
    </message>
    <message>
        <source>The database reported a problem and nothing was changed. Details: %1</source>
        <translation>डेटाबेस ने एक समस्या बताई और कुछ नहीं बदला गया। विवरण: %1</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>कारण:</translation>
    </message>
    <message>
        <source>Manager mode</source>
        <translation>प्रबंधक मोड</translation>
    </message>
    <message>
        <source>Choose a show and at least one seat first.</source>
        <translation>पहले एक शो और कम से कम एक सीट चुनें।</translation>
    </message>
    <message>
        <source>Choose a booking first.</source>
        <translation>पहले एक बुकिंग चुनें।</translation>
    </message>
    <message>
        <source>Choose a customer first.</source>
        <translation>पहले एक ग्राहक चुनें।</translation>
    </message>
    <message>
        <source>Nothing was changed: a manager action needs a reason for the audit log.</source>
        <translation>कुछ नहीं बदला गया: प्रबंधक कार्रवाई के लिए ऑडिट लॉग में कारण चाहिए।</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>रद्द किया गया; कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was changed. Free some space on the disk that holds the database, then try again.</source>
        <translation>डिस्क भर गई है, इसलिए कुछ नहीं बदला गया। डेटाबेस वाली डिस्क पर कुछ जगह खाली करें, फिर प्रयास करें।</translation>
    </message>
    <message>
        <source>Nothing was changed: this needs a manager signed in or a manager&apos;s PIN for it.</source>
        <translation>कुछ नहीं बदला गया: इसके लिए साइन इन किया हुआ प्रबंधक या किसी प्रबंधक का PIN चाहिए।</translation>
    </message>
    <message>
        <source>The counter was locked meanwhile; nothing was changed. Sign in and try again.</source>
        <translation>इस बीच काउंटर लॉक हो गया; कुछ नहीं बदला गया। साइन इन करें और फिर प्रयास करें।</translation>
    </message>
</context>
<context>
    <name>boxoffice::ManagerApproval</name>
    <message>
        <source>%1 needs a manager. A manager authorises this one action for %2 with their own PIN; the audit log records both names.</source>
        <translation>%1: इसके लिए प्रबंधक चाहिए। कोई प्रबंधक अपने PIN से %2 के लिए इस एक कार्रवाई की अनुमति देता है; ऑडिट लॉग दोनों नाम दर्ज करता है।</translation>
    </message>
    <message>
        <source>%1 needs a manager. Nobody is signed in to this counter: a manager signs in for this one action.</source>
        <translation>%1: इसके लिए प्रबंधक चाहिए। इस काउंटर पर कोई साइन इन नहीं है: कोई प्रबंधक इस एक कार्रवाई के लिए साइन इन करता है।</translation>
    </message>
    <message>
        <source>This database has no staff accounts yet. Manager actions are done by a manager&apos;s account: create the first one, and the counter is used signed in from now on.</source>
        <translation>इस डेटाबेस में अभी कोई कर्मचारी खाता नहीं है। प्रबंधक कार्रवाइयाँ प्रबंधक के खाते से होती हैं: पहला खाता बनाएँ, और अब से काउंटर साइन इन करके इस्तेमाल होगा।</translation>
    </message>
</context>
<context>
    <name>boxoffice::ManagerPanel</name>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>The shows could not be read: %1</source>
        <translation>शो पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <source>No shows on this day</source>
        <translation>इस दिन कोई शो नहीं</translation>
    </message>
    <message>
        <source>Type seat labels separated by commas or spaces; a range like C7-C10 means C7, C8, C9 and C10.</source>
        <translation>सीट लेबल अल्पविराम या स्पेस से अलग करके लिखें; C7-C10 जैसी सीमा का अर्थ C7, C8, C9 और C10 है।</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s): %1</source>
        <translation>
            <numerusform>%n सीट: %1</numerusform>
            <numerusform>%n सीटें: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Type part of the customer&apos;s name or e-mail.</source>
        <translation>ग्राहक के नाम या ई-मेल का कुछ भाग लिखें।</translation>
    </message>
    <message>
        <source>The customers could not be read: %1</source>
        <translation>ग्राहक पढ़े नहीं जा सके: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found.</source>
        <translation>
            <numerusform>%n ग्राहक मिला।</numerusform>
            <numerusform>%n ग्राहक मिले।</numerusform>
        </translation>
    </message>
    <message>
        <source>You are signed in as a manager: these actions are yours.</source>
        <translation>आप प्रबंधक के रूप में साइन इन हैं: ये कार्रवाइयाँ आपके नाम से होंगी।</translation>
    </message>
    <message>
        <source>Each action needs a manager: a manager authorises it with their own PIN.</source>
        <translation>हर कार्रवाई के लिए प्रबंधक चाहिए: कोई प्रबंधक अपने PIN से उसकी अनुमति देता है।</translation>
    </message>
    <message>
        <source>Finding customers</source>
        <translation>ग्राहक खोजना</translation>
    </message>
    <message>
        <source>Finding customers needs a manager signed in or a manager&apos;s PIN.</source>
        <translation>ग्राहक खोजने के लिए साइन इन किया हुआ प्रबंधक या किसी प्रबंधक का PIN चाहिए।</translation>
    </message>
</context>
<context>
    <name>boxoffice::OpenShiftDialog</name>
    <message>
        <source>Open shift</source>
        <translation>शिफ़्ट खोलें</translation>
    </message>
    <message>
        <source>Open shift – %1</source>
        <translation>शिफ़्ट खोलें – %1</translation>
    </message>
    <message>
        <source>Float in the drawer (%1):</source>
        <translation>दराज़ में शुरुआती नकदी (%1):</translation>
    </message>
    <message>
        <source>Counter:</source>
        <translation>काउंटर:</translation>
    </message>
    <message>
        <source>The float is not an amount in %1: %2</source>
        <translation>शुरुआती नकदी %1 में कोई राशि नहीं है: %2</translation>
    </message>
</context>
<context>
    <name>boxoffice::PaymentPanel</name>
    <message>
        <source>The cash received is not an amount: %1</source>
        <translation>मिली नकदी कोई राशि नहीं है: %1</translation>
    </message>
    <message>
        <source>The cash received (%1) is less than the amount due (%2): %3 is missing.</source>
        <translation>मिली नकदी (%1) देय राशि (%2) से कम है: %3 कम हैं।</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>लौटाने हैं: %1</translation>
    </message>
    <message>
        <source>Enter the cash received to work out the change.</source>
        <translation>लौटाई जाने वाली राशि निकालने के लिए मिली नकदी दर्ज करें।</translation>
    </message>
    <message>
        <source>C&amp;ash</source>
        <translation>नकद(&amp;A)</translation>
    </message>
    <message>
        <source>Ca&amp;rd</source>
        <translation>कार्ड(&amp;R)</translation>
    </message>
    <message>
        <source>Cash &amp;received:</source>
        <translation>मिली नकदी(&amp;R):</translation>
    </message>
    <message>
        <source>Amount handed over</source>
        <translation>दी गई राशि</translation>
    </message>
    <message>
        <source>E&amp;xact</source>
        <translation>पूरी राशि(&amp;X)</translation>
    </message>
</context>
<context>
    <name>boxoffice::PriceListEditor</name>
    <message>
        <source>P&amp;rices in %1. Leave a cell empty where that ticket is not sold.</source>
        <translation>%1 में मूल्य(&amp;R)। जहाँ वह टिकट नहीं बिकता, वहाँ सेल खाली छोड़ें।</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (बिक्री से हटाया गया)</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (अज्ञात)</translation>
    </message>
    <message>
        <source>“%1” is not a price in %2 (%3, %4).</source>
        <translation>“%1” %2 में कोई मूल्य नहीं है (%3, %4)।</translation>
    </message>
</context>
<context>
    <name>boxoffice::RefundDialog</name>
    <message>
        <source>&amp;All seats</source>
        <translation>सभी सीटें(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>धनवापसी करें(&amp;R)</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>%1 की धनवापसी</translation>
    </message>
    <message>
        <source>Why the money goes back (required)</source>
        <translation>पैसा क्यों लौटाया जा रहा है (आवश्यक)</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>भुगतान किया गया:</translation>
    </message>
    <message>
        <source>Refundable:</source>
        <translation>लौटाने योग्य:</translation>
    </message>
    <message>
        <source>To refund:</source>
        <translation>लौटाना है:</translation>
    </message>
    <message>
        <source>Refunded to:</source>
        <translation>लौटाने का तरीका:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>कारण(&amp;S):</translation>
    </message>
    <message>
        <source>nothing was paid</source>
        <translation>कोई भुगतान नहीं हुआ था</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>कारण आवश्यक है।</translation>
    </message>
    <message>
        <source>Please give a reason for the refund.</source>
        <translation>कृपया धनवापसी का कारण बताएँ।</translation>
    </message>
    <message>
        <source>Tick the seats to refund.</source>
        <translation>जिन सीटों की धनवापसी करनी है उन पर निशान लगाएँ।</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 (%2 से)</translation>
    </message>
    <message>
        <source>Refunded: nothing had been paid. The seats are back on sale.</source>
        <translation>धनवापसी पूरी: कोई भुगतान नहीं हुआ था। सीटें फिर से बिक्री के लिए उपलब्ध हैं।</translation>
    </message>
    <message>
        <source>Refunded %1 – give back %2. The seats are back on sale.</source>
        <translation>%1 की धनवापसी हुई – %2 लौटाएँ। सीटें फिर से बिक्री के लिए उपलब्ध हैं।</translation>
    </message>
    <message>
        <source>This booking or seat no longer exists: %1</source>
        <translation>यह बुकिंग या सीट अब मौजूद नहीं है: %1</translation>
    </message>
    <message>
        <source>This refund is not allowed: %1</source>
        <translation>यह धनवापसी अनुमत नहीं है: %1</translation>
    </message>
    <message>
        <source>Please check the entry: %1</source>
        <translation>कृपया प्रविष्टि जाँचें: %1</translation>
    </message>
    <message>
        <source>The database is busy. Nothing was refunded; please try again in a moment.</source>
        <translation>डेटाबेस व्यस्त है। कोई धनवापसी नहीं हुई; कृपया थोड़ी देर में फिर प्रयास करें।</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>डेटाबेस ने एक त्रुटि बताई: %1</translation>
    </message>
</context>
<context>
    <name>boxoffice::ReportTable</name>
    <message>
        <source>Starts</source>
        <translation>शुरुआत</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>शो</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>हॉल</translation>
    </message>
    <message>
        <source>%1 sold</source>
        <translation>%1 बिकीं</translation>
    </message>
    <message>
        <source>Seats sold</source>
        <translation>बिकी सीटें</translation>
    </message>
    <message>
        <source>Seats in hall</source>
        <translation>हॉल में सीटें</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>अधिभोग</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>राजस्व</translation>
    </message>
    <message numerus="yes">
        <source>Total (%n show(s))</source>
        <translation>
            <numerusform>कुल (%n शो)</numerusform>
            <numerusform>कुल (%n शो)</numerusform>
        </translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>सभी श्रेणियाँ</translation>
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
        <translation>आरक्षित, भुगतान बाकी</translation>
    </message>
    <message>
        <source>Unpaid amount</source>
        <translation>बकाया राशि</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>बिक्री</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>धनवापसी</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>स्थानांतरण</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>शुद्ध</translation>
    </message>
    <message>
        <source>Reservations collected</source>
        <translation>भुगतान किए गए आरक्षण</translation>
    </message>
    <message>
        <source>Reservations expired</source>
        <translation>समाप्त आरक्षण</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>कैशियर</translation>
    </message>
    <message>
        <source>(no staff account)</source>
        <translation>(कोई कर्मचारी खाता नहीं)</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>भुगतान का तरीका</translation>
    </message>
    <message>
        <source>Unpaid reservations</source>
        <translation>बिना भुगतान वाले आरक्षण</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>रिपोर्ट %1 में सहेजी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>The report could not be saved to %1.</source>
        <translation>रिपोर्ट %1 में सहेजी नहीं जा सकी।</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) in %1</source>
        <translation>
            <numerusform>%1 में %n सीट</numerusform>
            <numerusform>%1 में %n सीटें</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reservation(s), not revenue</source>
        <translation>
            <numerusform>%n आरक्षण, राजस्व नहीं</numerusform>
            <numerusform>%n आरक्षण, राजस्व नहीं</numerusform>
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
        <translation>इस दिन कोई शो नहीं है।</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>अधिभोग</translation>
    </message>
    <message>
        <source>Reading the sales…</source>
        <translation>बिक्री पढ़ी जा रही है…</translation>
    </message>
    <message>
        <source>The sales could not be read: %1</source>
        <translation>बिक्री पढ़ी नहीं जा सकी: %1</translation>
    </message>
    <message>
        <source>No shows on this day</source>
        <translation>इस दिन कोई शो नहीं</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n show(s), %2 of %3 seats sold (%4), revenue %5.</source>
        <translation>
            <numerusform>%1: %n शो, %3 में से %2 सीटें बिकीं (%4), राजस्व %5।</numerusform>
            <numerusform>%1: %n शो, %3 में से %2 सीटें बिकीं (%4), राजस्व %5।</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, %3: %4 of %5 seats sold (%6), revenue %7.</source>
        <translation>%1 — %2, %3: %5 में से %4 सीटें बिकीं (%6), राजस्व %7।</translation>
    </message>
    <message>
        <source>%1: no shows.</source>
        <translation>%1: कोई शो नहीं।</translation>
    </message>
    <message>
        <source>As of %1.</source>
        <translation>%1 तक की स्थिति।</translation>
    </message>
    <message>
        <source>Seats sold</source>
        <translation>बिकी सीटें</translation>
    </message>
    <message>
        <source>sales-%1.csv</source>
        <translation>sales-%1.csv</translation>
    </message>
    <message>
        <source>sales-show-%1-%2.csv</source>
        <translation>sales-show-%1-%2.csv</translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation>रिपोर्ट CSV के रूप में निर्यात करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>रिपोर्ट %1 में सहेजी गई।</translation>
    </message>
</context>
<context>
    <name>boxoffice::ScannerDevicesDialog</name>
    <message>
        <source>Scanner devices</source>
        <translation>स्कैनर डिवाइस</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>May check in</source>
        <translation>प्रवेश दे सकता है</translation>
    </message>
    <message>
        <source>Paired</source>
        <translation>जोड़ा गया</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>अंतिम स्कैन</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>&amp;Pair a device…</source>
        <translation>डिवाइस जोड़ें(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>अनुमति वापस लें(&amp;R)…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The devices could not be read: %1</source>
        <translation>डिवाइस पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>Every show on %1</source>
        <translation>%1 के सभी शो</translation>
    </message>
    <message>
        <source>show %1</source>
        <translation>शो %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>अनुमति वापस ली गई %1</translation>
    </message>
    <message>
        <source>Waiting for its phone</source>
        <translation>अपने फ़ोन की प्रतीक्षा में</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>Whoever opened this window signed out. Open it again as a manager to change scanners.</source>
        <translation>जिसने यह विंडो खोली थी उसने साइन आउट कर दिया। स्कैनर बदलने के लिए इसे प्रबंधक के रूप में फिर से खोलें।</translation>
    </message>
    <message>
        <source>Revoke scanner</source>
        <translation>स्कैनर की अनुमति वापस लें</translation>
    </message>
    <message>
        <source>Revoke “%1”? It cannot check anybody in from its next scan on; to use the phone again, pair it anew.</source>
        <translation>“%1” की अनुमति वापस लें? अगले स्कैन से यह किसी को प्रवेश नहीं दे सकेगा; फ़ोन को फिर से इस्तेमाल करने के लिए उसे नए सिरे से जोड़ें।</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>अनुमति वापस लें</translation>
    </message>
    <message>
        <source>“%1” is revoked: its next scan is refused.</source>
        <translation>“%1” की अनुमति वापस ले ली गई: उसका अगला स्कैन अस्वीकार होगा।</translation>
    </message>
    <message>
        <source>Nothing was revoked: %1</source>
        <translation>कोई अनुमति वापस नहीं ली गई: %1</translation>
    </message>
</context>
<context>
    <name>boxoffice::ScannerPairingDialog</name>
    <message>
        <source>Pair a scanner</source>
        <translation>स्कैनर जोड़ें</translation>
    </message>
    <message>
        <source>e.g. Door A, Anna&apos;s phone</source>
        <translation>जैसे द्वार A, अन्ना का फ़ोन</translation>
    </message>
    <message>
        <source>Every show of one &amp;day:</source>
        <translation>एक दिन के सभी शो(&amp;D):</translation>
    </message>
    <message>
        <source>C&amp;hosen shows:</source>
        <translation>चुने गए शो(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Create pairing</source>
        <translation>जोड़ना शुरू करें(&amp;C)</translation>
    </message>
    <message>
        <source>Open the phone&apos;s camera and scan this code, or type the address into its browser:</source>
        <translation>फ़ोन का कैमरा खोलें और यह कोड स्कैन करें, या पता उसके ब्राउज़र में लिखें:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम(&amp;N):</translation>
    </message>
    <message>
        <source>The shows could not be read: %1</source>
        <translation>शो पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>Online booking is off, so no phone can reach the scanner page. Switch it on under File → Settings with the address 0.0.0.0 (all networks), or start the program with --bind 0.0.0.0, then pair the scanner.</source>
        <translation>ऑनलाइन बुकिंग बंद है, इसलिए कोई फ़ोन स्कैनर पेज तक नहीं पहुँच सकता। इसे फ़ाइल → सेटिंग्स में पते 0.0.0.0 (सभी नेटवर्क) के साथ चालू करें, या प्रोग्राम को --bind 0.0.0.0 के साथ शुरू करें, फिर स्कैनर जोड़ें।</translation>
    </message>
    <message>
        <source>The web endpoint listens on this computer only (port %1), so no phone can reach the scanner page. Set its address to 0.0.0.0 (all networks) under File → Settings, or start the program with --bind 0.0.0.0, then pair the scanner.</source>
        <translation>वेब एंडपॉइंट केवल इसी कंप्यूटर पर सुनता है (पोर्ट %1), इसलिए कोई फ़ोन स्कैनर पेज तक नहीं पहुँच सकता। फ़ाइल → सेटिंग्स में इसका पता 0.0.0.0 (सभी नेटवर्क) करें, या प्रोग्राम को --bind 0.0.0.0 के साथ शुरू करें, फिर स्कैनर जोड़ें।</translation>
    </message>
    <message>
        <source>This computer has no network address a phone could reach. Connect it to the venue&apos;s network (the same one as the phones), then open this dialog again.</source>
        <translation>इस कंप्यूटर का कोई ऐसा नेटवर्क पता नहीं है जिस तक फ़ोन पहुँच सके। इसे स्थल के नेटवर्क से जोड़ें (वही जिससे फ़ोन जुड़े हैं), फिर यह संवाद फिर से खोलें।</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>No pairing was made: %1</source>
        <translation>कोई जोड़ना नहीं बना: %1</translation>
    </message>
    <message>
        <source>The pairing address does not fit a QR code; type it into the phone instead.</source>
        <translation>जोड़ने का पता QR कोड में नहीं समाता; इसके बजाय उसे फ़ोन में लिखें।</translation>
    </message>
    <message>
        <source>Scanner “%1” is waiting for its phone.</source>
        <translation>स्कैनर “%1” अपने फ़ोन की प्रतीक्षा कर रहा है।</translation>
    </message>
    <message numerus="yes">
        <source>Works once, until %1 (%n minute(s)). Pair again if it runs out.</source>
        <translation>
            <numerusform>एक बार काम करता है, %1 तक (%n मिनट)। समय खत्म हो जाए तो फिर से जोड़ें।</numerusform>
            <numerusform>एक बार काम करता है, %1 तक (%n मिनट)। समय खत्म हो जाए तो फिर से जोड़ें।</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is paired and ready to scan. You can close this window.</source>
        <translation>“%1” जुड़ गया है और स्कैन के लिए तैयार है। आप यह विंडो बंद कर सकते हैं।</translation>
    </message>
</context>
<context>
    <name>boxoffice::SeatMapLegend</name>
    <message>
        <source>Seat map legend</source>
        <translation>सीट नक्शे की कुंजी</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>चुनी गई</translation>
    </message>
    <message>
        <source>Held by this counter</source>
        <translation>इस काउंटर द्वारा रोकी गई</translation>
    </message>
    <message>
        <source>Held elsewhere</source>
        <translation>कहीं और रोकी गई</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>बुक</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>ब्लॉक</translation>
    </message>
    <message>
        <source>House seat</source>
        <translation>हाउस सीट</translation>
    </message>
    <message>
        <source>Wheelchair space</source>
        <translation>व्हीलचेयर स्थान</translation>
    </message>
</context>
<context>
    <name>boxoffice::SeatMapWidget</name>
    <message>
        <source>Seat map</source>
        <translation>सीट नक्शा</translation>
    </message>
    <message>
        <source>Click a seat to select it or to release it, drag across seats to select them all (with Ctrl to release them). Arrow keys move, Space selects, Enter confirms. Ctrl and the mouse wheel, or Ctrl with + and -, zoom.</source>
        <translation>सीट चुनने या छोड़ने के लिए उस पर क्लिक करें, कई सीटें चुनने के लिए उन पर खींचें (Ctrl के साथ छोड़ने के लिए)। तीर कुंजियाँ घुमाती हैं, Space चुनता है, Enter पुष्टि करता है। Ctrl और माउस व्हील, या Ctrl के साथ + और -, ज़ूम करते हैं।</translation>
    </message>
    <message>
        <source>Row %1, seat %2</source>
        <translation>पंक्ति %1, सीट %2</translation>
    </message>
    <message>
        <source>%1 · %2 (adult)</source>
        <translation>%1 · %2 (वयस्क)</translation>
    </message>
    <message>
        <source>House seat: kept back for the counter</source>
        <translation>हाउस सीट: काउंटर के लिए रखी गई</translation>
    </message>
    <message>
        <source>Wheelchair accessible</source>
        <translation>व्हीलचेयर के लिए सुलभ</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>उपलब्ध</translation>
    </message>
    <message>
        <source>Held by this counter</source>
        <translation>इस काउंटर द्वारा रोकी गई</translation>
    </message>
    <message>
        <source>Held elsewhere until %1</source>
        <translation>%1 तक कहीं और रोकी गई</translation>
    </message>
    <message>
        <source>Held elsewhere</source>
        <translation>कहीं और रोकी गई</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>बुक</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>ब्लॉक</translation>
    </message>
    <message>
        <source>Selected (%1)</source>
        <translation>चुनी गई (%1)</translation>
    </message>
    <message>
        <source>Seats of %1.</source>
        <translation>%1 की सीटें।</translation>
    </message>
    <message>
        <source>Seats selected: %1.</source>
        <translation>चुनी गई सीटें: %1।</translation>
    </message>
    <message>
        <source>Current: row %1, seat %2, %3, %4.</source>
        <translation>वर्तमान: पंक्ति %1, सीट %2, %3, %4।</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>मंच</translation>
    </message>
    <message>
        <source>Choose a show to see its seats.</source>
        <translation>सीटें देखने के लिए कोई शो चुनें।</translation>
    </message>
    <message>
        <source>This show has no seats.</source>
        <translation>इस शो में कोई सीट नहीं है।</translation>
    </message>
</context>
<context>
    <name>boxoffice::SettingsDialog</name>
    <message>
        <source>Enter an IP address such as 0.0.0.0 or 192.168.1.20.</source>
        <translation>0.0.0.0 या 192.168.1.20 जैसा IP पता दर्ज करें।</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>बैकअप फ़ोल्डर</translation>
    </message>
</context>
<context>
    <name>boxoffice::ShiftsWindow</name>
    <message>
        <source>Reopen…</source>
        <translation>फिर से खोलें…</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>शिफ़्टें</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>कर्मचारी</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>काउंटर</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>खोली गई</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>बंद की गई</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>शुरुआती नकदी</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>अपेक्षित नकद</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>गिना गया नकद</translation>
    </message>
    <message>
        <source>Card expected</source>
        <translation>अपेक्षित कार्ड</translation>
    </message>
    <message>
        <source>Card counted</source>
        <translation>गिना गया कार्ड</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>दिन:</translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s).</source>
        <translation>
            <numerusform>%n शिफ़्ट।</numerusform>
            <numerusform>%n शिफ़्टें।</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>खुली</translation>
    </message>
    <message>
        <source>Choose the shift to reopen.</source>
        <translation>फिर से खोलने के लिए शिफ़्ट चुनें।</translation>
    </message>
    <message>
        <source>Reopen shift</source>
        <translation>शिफ़्ट फिर से खोलें</translation>
    </message>
    <message>
        <source>Why is %1&apos;s shift reopened?</source>
        <translation>%1 की शिफ़्ट फिर से क्यों खोली जा रही है?</translation>
    </message>
    <message>
        <source>A shift is reopened only with a reason.</source>
        <translation>शिफ़्ट केवल कारण बताकर ही फिर से खोली जाती है।</translation>
    </message>
</context>
<context>
    <name>boxoffice::ShowDialog</name>
    <message>
        <source>New show</source>
        <translation>नया शो</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>शो(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Prices</source>
        <translation>मूल्य(&amp;P)</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <source>Sell on the &amp;web</source>
        <translation>वेब पर बेचें(&amp;W)</translation>
    </message>
    <message>
        <source> min before the start</source>
        <translation> मिनट शुरुआत से पहले</translation>
    </message>
    <message>
        <source>Never (sells until the start)</source>
        <translation>कभी नहीं (शुरुआत तक बिक्री)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>शीर्षक(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Hall:</source>
        <translation>हॉल(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>तारीख(&amp;D):</translation>
    </message>
    <message>
        <source>Start ti&amp;me (%1):</source>
        <translation>शुरू होने का समय (%1)(&amp;M):</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>अवधि(&amp;U):</translation>
    </message>
    <message>
        <source>Web sales c&amp;lose:</source>
        <translation>वेब बिक्री बंद(&amp;L):</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>दोहराव</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>एक बार</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>हर दिन</translation>
    </message>
    <message>
        <source>On these weekdays</source>
        <translation>इन सप्ताह के दिनों में</translation>
    </message>
    <message>
        <source>S&amp;kip this date</source>
        <translation>यह तारीख छोड़ें(&amp;K)</translation>
    </message>
    <message>
        <source>Don&apos;t sk&amp;ip</source>
        <translation>न छोड़ें(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>दोहराव(&amp;R):</translation>
    </message>
    <message>
        <source>Weekdays:</source>
        <translation>सप्ताह के दिन:</translation>
    </message>
    <message>
        <source>U&amp;ntil:</source>
        <translation>तक(&amp;N):</translation>
    </message>
    <message>
        <source>Skipped dates:</source>
        <translation>छोड़ी गई तारीखें:</translation>
    </message>
    <message>
        <source>Performances:</source>
        <translation>प्रदर्शन:</translation>
    </message>
    <message>
        <source>C&amp;opy prices</source>
        <translation>मूल्य कॉपी करें(&amp;O)</translation>
    </message>
    <message>
        <source>Copy &amp;from show:</source>
        <translation>इस शो से(&amp;F):</translation>
    </message>
    <message>
        <source>Edit show – %1</source>
        <translation>शो संपादित करें – %1</translation>
    </message>
    <message>
        <source>No date: tick at least one weekday.</source>
        <translation>कोई तारीख नहीं: कम से कम एक सप्ताह का दिन चुनें।</translation>
    </message>
    <message>
        <source>No date: the last date lies before the first.</source>
        <translation>कोई तारीख नहीं: अंतिम तारीख पहली तारीख से पहले है।</translation>
    </message>
    <message numerus="yes">
        <source>%n performance(s): %1</source>
        <translation>
            <numerusform>%n प्रदर्शन: %1</numerusform>
            <numerusform>%n प्रदर्शन: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the show a title.</source>
        <translation>शो को एक शीर्षक दें।</translation>
    </message>
    <message>
        <source>Choose a hall. Halls are set up under Manager → Halls….</source>
        <translation>एक हॉल चुनें। हॉल प्रबंधक → हॉल… में सेट किए जाते हैं।</translation>
    </message>
    <message>
        <source>The show was not created. %1</source>
        <translation>शो नहीं बनाया गया। %1</translation>
    </message>
    <message>
        <source>The changes were not saved. %1</source>
        <translation>बदलाव सहेजे नहीं गए। %1</translation>
    </message>
    <message>
        <source>Copied, except the prices of categories this hall does not have: %1.</source>
        <translation>कॉपी किया गया, सिवाय उन श्रेणियों के मूल्यों के जो इस हॉल में नहीं हैं: %1।</translation>
    </message>
    <message>
        <source>The prices were not copied. %1</source>
        <translation>मूल्य कॉपी नहीं किए गए। %1</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>अनुमति दें</translation>
    </message>
    <message>
        <source>Warn</source>
        <translation>चेतावनी दें</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>अस्वीकार करें</translation>
    </message>
    <message>
        <source>D&amp;oor opens:</source>
        <translation>प्रवेश खुलता है(&amp;O):</translation>
    </message>
    <message>
        <source>Single empty s&amp;eats:</source>
        <translation>अकेली खाली सीटें(&amp;E):</translation>
    </message>
    <message>
        <source>Any selection is held, even one that leaves a single seat empty.</source>
        <translation>हर चुनाव रोका जाता है, वह भी जो एक अकेली सीट खाली छोड़ता है।</translation>
    </message>
    <message>
        <source>The counter is warned and may hold anyway; the web holds and shows a better choice.</source>
        <translation>काउंटर को चेतावनी मिलती है और वह फिर भी रोक सकता है; वेब सीटें रोकता है और बेहतर विकल्प दिखाता है।</translation>
    </message>
    <message>
        <source>A selection that leaves a single seat empty is refused; a better one is suggested.</source>
        <translation>जो चुनाव एक अकेली सीट खाली छोड़ता है वह अस्वीकार होता है; बेहतर चुनाव सुझाया जाता है।</translation>
    </message>
</context>
<context>
    <name>boxoffice::ShowDoorFields</name>
    <message>
        <source> min before</source>
        <translation> मिनट पहले</translation>
    </message>
    <message>
        <source>When scanners start letting this show&apos;s tickets in</source>
        <translation>स्कैनर कब से इस शो के टिकटों को प्रवेश देना शुरू करते हैं</translation>
    </message>
    <message>
        <source>Re-entry allowed</source>
        <translation>दोबारा प्रवेश की अनुमति</translation>
    </message>
    <message>
        <source>No re-entry</source>
        <translation>दोबारा प्रवेश नहीं</translation>
    </message>
    <message numerus="yes">
        <source>As the venue (%n min before)</source>
        <translation>
            <numerusform>स्थल के अनुसार (%n मिनट पहले)</numerusform>
            <numerusform>स्थल के अनुसार (%n मिनट पहले)</numerusform>
        </translation>
    </message>
    <message>
        <source>As the venue (re-entry)</source>
        <translation>स्थल के अनुसार (दोबारा प्रवेश)</translation>
    </message>
    <message>
        <source>As the venue (no re-entry)</source>
        <translation>स्थल के अनुसार (दोबारा प्रवेश नहीं)</translation>
    </message>
</context>
<context>
    <name>boxoffice::ShowListModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%2 में से %1</translation>
    </message>
    <message>
        <source>%1, %2 in %3: %4 of %5 seats available</source>
        <translation>%1, %2, %3 में: %5 में से %4 सीटें उपलब्ध</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>शो</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>हॉल</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>उपलब्ध</translation>
    </message>
</context>
<context>
    <name>boxoffice::ShowsWindow</name>
    <message>
        <source>Shows</source>
        <translation>शो</translation>
    </message>
    <message>
        <source>Show &amp;cancelled</source>
        <translation>रद्द शो दिखाएँ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>से(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>तक(&amp;U):</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>हॉल</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>शुरुआत</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Web sales</source>
        <translation>वेब बिक्री</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>बिकी सीटें</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>नया(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>संपादित करें(&amp;E)…</translation>
    </message>
    <message>
        <source>C&amp;ancel show…</source>
        <translation>शो रद्द करें(&amp;A)…</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>On</source>
        <translation>चालू</translation>
    </message>
    <message numerus="yes">
        <source>On, closes %n min before</source>
        <translation>
            <numerusform>चालू, %n मिनट पहले बंद</numerusform>
            <numerusform>चालू, %n मिनट पहले बंद</numerusform>
        </translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n मिनट</numerusform>
            <numerusform>%n मिनट</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 में से %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>रद्द: %1</translation>
    </message>
    <message>
        <source>“%1” was not cancelled. %2</source>
        <translation>“%1” रद्द नहीं किया गया। %2</translation>
    </message>
    <message>
        <source>Whoever opened this window signed out. Open it again as a manager to change shows.</source>
        <translation>जिसने यह विंडो खोली थी उसने साइन आउट कर दिया। शो बदलने के लिए इसे प्रबंधक के रूप में फिर से खोलें।</translation>
    </message>
    <message>
        <source>Show cancelled</source>
        <translation>शो रद्द किया गया</translation>
    </message>
</context>
<context>
    <name>boxoffice::StaffAccountFields</name>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम(&amp;N):</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>कैशियर</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>प्रबंधक</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>भूमिका(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;PIN or password:</source>
        <translation>PIN या पासवर्ड(&amp;P):</translation>
    </message>
    <message>
        <source>The same &amp;again:</source>
        <translation>फिर से वही(&amp;A):</translation>
    </message>
    <message>
        <source>Enter the staff member&apos;s name.</source>
        <translation>कर्मचारी का नाम दर्ज करें।</translation>
    </message>
    <message>
        <source>A PIN or password has %1 to %2 characters.</source>
        <translation>PIN या पासवर्ड में %1 से %2 अक्षर होते हैं।</translation>
    </message>
    <message>
        <source>A PIN or password must not start or end with a space.</source>
        <translation>PIN या पासवर्ड स्पेस से शुरू या खत्म नहीं होना चाहिए।</translation>
    </message>
    <message>
        <source>The two entries differ. Type the PIN or password again.</source>
        <translation>दोनों प्रविष्टियाँ अलग हैं। PIN या पासवर्ड फिर से लिखें।</translation>
    </message>
    <message>
        <source>The database is busy because another counter is saving. Please try again in a moment.</source>
        <translation>डेटाबेस व्यस्त है क्योंकि कोई दूसरा काउंटर सहेज रहा है। कृपया थोड़ी देर में फिर प्रयास करें।</translation>
    </message>
    <message>
        <source>The staff account could not be saved. Details: %1</source>
        <translation>कर्मचारी खाता सहेजा नहीं जा सका। विवरण: %1</translation>
    </message>
</context>
<context>
    <name>boxoffice::StaffDialog</name>
    <message>
        <source>Manager</source>
        <translation>प्रबंधक</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>कैशियर</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>कर्मचारी</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Wait after wrong PINs</source>
        <translation>गलत PIN के बाद प्रतीक्षा</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>जोड़ें(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>नाम बदलें(&amp;N)…</translation>
    </message>
    <message>
        <source>Make &amp;manager</source>
        <translation>प्रबंधक बनाएँ(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>निष्क्रिय करें(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reset PIN…</source>
        <translation>PIN रीसेट करें(&amp;R)…</translation>
    </message>
    <message>
        <source>Disabled since %1</source>
        <translation>%1 से निष्क्रिय</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n सेकंड</numerusform>
            <numerusform>%n सेकंड</numerusform>
        </translation>
    </message>
    <message>
        <source>Make &amp;cashier</source>
        <translation>कैशियर बनाएँ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>सक्रिय करें(&amp;E)</translation>
    </message>
    <message>
        <source>Only a signed-in manager changes staff accounts.</source>
        <translation>केवल साइन इन किया हुआ प्रबंधक कर्मचारी खाते बदलता है।</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>कर्मचारी जोड़ें</translation>
    </message>
    <message>
        <source>%1 can sign in now.</source>
        <translation>%1 अब साइन इन कर सकता है।</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 का नाम बदलें</translation>
    </message>
    <message>
        <source>Renamed to %1.</source>
        <translation>नाम बदलकर %1 किया गया।</translation>
    </message>
    <message>
        <source>New PIN for %1</source>
        <translation>%1 के लिए नया PIN</translation>
    </message>
    <message>
        <source>%1 signs in with the new PIN from now on.</source>
        <translation>%1 अब से नए PIN से साइन इन करता है।</translation>
    </message>
    <message>
        <source>%1 is a manager now.</source>
        <translation>%1 अब प्रबंधक है।</translation>
    </message>
    <message>
        <source>%1 is a cashier now.</source>
        <translation>%1 अब कैशियर है।</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 फिर से साइन इन कर सकता है।</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 अब साइन इन नहीं कर सकता।</translation>
    </message>
</context>
<context>
    <name>boxoffice::StaffSignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>साइन इन करें</translation>
    </message>
    <message>
        <source>Manager&apos;s authorisation</source>
        <translation>प्रबंधक की अनुमति</translation>
    </message>
    <message>
        <source>Sign in to use this counter.</source>
        <translation>इस काउंटर का उपयोग करने के लिए साइन इन करें।</translation>
    </message>
    <message>
        <source>A manager authorises this one action with their own PIN.</source>
        <translation>कोई प्रबंधक अपने PIN से इस एक कार्रवाई की अनुमति देता है।</translation>
    </message>
    <message>
        <source>Authorise</source>
        <translation>अनुमति दें</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>प्रबंधक(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;PIN or password:</source>
        <translation>PIN या पासवर्ड(&amp;P):</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>अपना नाम दर्ज करें।</translation>
    </message>
    <message>
        <source>Enter your PIN or password.</source>
        <translation>अपना PIN या पासवर्ड दर्ज करें।</translation>
    </message>
    <message>
        <source>%1 is not a manager. A manager must authorise this.</source>
        <translation>%1 प्रबंधक नहीं है। इसकी अनुमति किसी प्रबंधक को देनी होगी।</translation>
    </message>
    <message>
        <source>There is no staff member called %1. Check the name or pick it from the list.</source>
        <translation>%1 नाम का कोई कर्मचारी नहीं है। नाम जाँचें या उसे सूची से चुनें।</translation>
    </message>
    <message>
        <source>That is not a valid PIN or password: it has at least 4 characters.</source>
        <translation>यह मान्य PIN या पासवर्ड नहीं है: उसमें कम से कम 4 अक्षर होते हैं।</translation>
    </message>
    <message>
        <source>The account of %1 is disabled. A manager can enable it again.</source>
        <translation>%1 का खाता निष्क्रिय है। कोई प्रबंधक उसे फिर से सक्रिय कर सकता है।</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN or password, or too many wrong tries. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>गलत PIN या पासवर्ड, या बहुत अधिक गलत प्रयास। %n सेकंड रुकें, फिर प्रयास करें।</numerusform>
            <numerusform>गलत PIN या पासवर्ड, या बहुत अधिक गलत प्रयास। %n सेकंड रुकें, फिर प्रयास करें।</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN or password. Please try again.</source>
        <translation>गलत PIN या पासवर्ड। कृपया फिर प्रयास करें।</translation>
    </message>
    <message>
        <source>The database is busy because another counter is saving. Please try again in a moment.</source>
        <translation>डेटाबेस व्यस्त है क्योंकि कोई दूसरा काउंटर सहेज रहा है। कृपया थोड़ी देर में फिर प्रयास करें।</translation>
    </message>
    <message>
        <source>The sign-in could not be checked. Details: %1</source>
        <translation>साइन इन जाँचा नहीं जा सका। विवरण: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>जाँच हो रही है…</translation>
    </message>
</context>
<context>
    <name>boxoffice::StrandedSeatQuestion</name>
    <message>
        <source>Single seat left empty</source>
        <translation>अकेली सीट खाली रह जाएगी</translation>
    </message>
    <message numerus="yes">
        <source>Holding %1 would leave %n seat(s) on its own: %2. A single empty seat rarely sells.</source>
        <translation>
            <numerusform>%1 को रोकने से %n सीट अकेली रह जाएगी: %2। एक अकेली खाली सीट शायद ही कभी बिकती है।</numerusform>
            <numerusform>%1 को रोकने से %n सीटें अकेली रह जाएँगी: %2। एक अकेली खाली सीट शायद ही कभी बिकती है।</numerusform>
        </translation>
    </message>
    <message>
        <source>No other seats of this number avoid it.</source>
        <translation>इतनी ही संख्या की कोई दूसरी सीटें इससे नहीं बचातीं।</translation>
    </message>
    <message>
        <source>Suggested instead: %1.</source>
        <translation>इसके बजाय सुझाव: %1।</translation>
    </message>
    <message>
        <source>This show does not allow holding them anyway.</source>
        <translation>यह शो उन्हें फिर भी रोकने की अनुमति नहीं देता।</translation>
    </message>
    <message>
        <source>&amp;Take suggested seats</source>
        <translation>सुझाई गई सीटें लें(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Hold anyway</source>
        <translation>फिर भी रोकें(&amp;H)</translation>
    </message>
    <message>
        <source>Holds the seats as chosen; the audit log records who did.</source>
        <translation>सीटें चुने अनुसार रोकता है; ऑडिट लॉग दर्ज करता है कि किसने ऐसा किया।</translation>
    </message>
</context>
<context>
    <name>boxoffice::TicketRenderer</name>
    <message>
        <source>Ticket %1 of %2</source>
        <translation>टिकट %1 / %2</translation>
    </message>
    <message>
        <source>Box Office</source>
        <translation>बॉक्स ऑफ़िस</translation>
    </message>
    <message>
        <source>Admit one</source>
        <translation>एक व्यक्ति का प्रवेश</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>सीट</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>टिकट</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>मूल्य</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Booking %1</source>
        <translation>बुकिंग %1</translation>
    </message>
    <message>
        <source>Paid by %1</source>
        <translation>भुगतान %1 से</translation>
    </message>
    <message>
        <source>Row %1 · Seat %2</source>
        <translation>पंक्ति %1 · सीट %2</translation>
    </message>
    <message>
        <source>Booking %1 has no seats to print.</source>
        <translation>बुकिंग %1 में प्रिंट करने के लिए कोई सीट नहीं है।</translation>
    </message>
    <message>
        <source>Tickets %1</source>
        <translation>टिकट %1</translation>
    </message>
    <message>
        <source>Cannot write to %1. Check that the folder exists and is writable.</source>
        <translation>%1 में लिखा नहीं जा सकता। जाँचें कि फ़ोल्डर मौजूद है और उसमें लिखा जा सकता है।</translation>
    </message>
    <message>
        <source>Writing %1 failed.</source>
        <translation>%1 लिखना विफल रहा।</translation>
    </message>
</context>
<context>
    <name>boxoffice::TicketTypesDialog</name>
    <message>
        <source>Ticket types</source>
        <translation>टिकट प्रकार</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Sold online</source>
        <translation>ऑनलाइन बिक्री</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>जोड़ें(&amp;A)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>ऊपर ले जाएँ(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>नीचे ले जाएँ(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>बिक्री से हटाएँ(&amp;R)…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Prices name a ticket type, so a type is retired rather than deleted: it is sold no more, and bookings made with it keep it.</source>
        <translation>मूल्य किसी टिकट प्रकार का नाम लेते हैं, इसलिए प्रकार को हटाया नहीं जाता बल्कि बिक्री से हटाया जाता है: वह अब नहीं बिकता, और उससे की गई बुकिंग में वह बना रहता है।</translation>
    </message>
    <message>
        <source>Whether the web may sell this type; the counter sells every type.</source>
        <translation>क्या वेब यह प्रकार बेच सकता है; काउंटर हर प्रकार बेचता है।</translation>
    </message>
    <message>
        <source>New ticket type</source>
        <translation>नया टिकट प्रकार</translation>
    </message>
    <message>
        <source>Retire ticket type</source>
        <translation>टिकट प्रकार बिक्री से हटाएँ</translation>
    </message>
    <message>
        <source>Retire the ticket type &quot;%1&quot;? It is sold no more, at the counter or on the web, and no price can name it; bookings made with it keep it.</source>
        <translation>टिकट प्रकार “%1” को बिक्री से हटाएँ? यह न काउंटर पर बिकेगा न वेब पर, और कोई मूल्य इसका नाम नहीं ले सकेगा; इससे की गई बुकिंग में यह बना रहेगा।</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>बिक्री से हटाएँ(&amp;R)</translation>
    </message>
    <message>
        <source>The ticket types were not saved: %1</source>
        <translation>टिकट प्रकार सहेजे नहीं गए: %1</translation>
    </message>
</context>
<context>
    <name>boxoffice::VenueSettingsDialog</name>
    <message>
        <source>Venue settings</source>
        <translation>स्थल सेटिंग्स</translation>
    </message>
</context>
<context>
    <name>boxoffice::VenueSettingsForm</name>
    <message>
        <source> s</source>
        <translation> से.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>मुद्रा(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>समय क्षेत्र(&amp;T):</translation>
    </message>
    <message>
        <source>Default &amp;hold:</source>
        <translation>डिफ़ॉल्ट होल्ड अवधि(&amp;H):</translation>
    </message>
    <message>
        <source>Web languages:</source>
        <translation>वेब भाषाएँ:</translation>
    </message>
    <message>
        <source>The settings were not saved: %1</source>
        <translation>सेटिंग्स सहेजी नहीं गईं: %1</translation>
    </message>
    <message>
        <source> min before the show</source>
        <translation> मिनट शो से पहले</translation>
    </message>
    <message>
        <source> h after booking</source>
        <translation> घंटे बुकिंग के बाद</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>कोई सीमा नहीं</translation>
    </message>
    <message>
        <source>When set, a reservation must also be paid within these hours of booking, whichever deadline comes first.</source>
        <translation>यदि सेट है, तो आरक्षण का भुगतान बुकिंग के इतने घंटों के भीतर भी करना होगा; जो समय-सीमा पहले आए, वही लागू होगी।</translation>
    </message>
    <message>
        <source>Reservations &amp;paid by:</source>
        <translation>आरक्षण का भुगतान इस समय तक(&amp;P):</translation>
    </message>
    <message>
        <source>...and &amp;within:</source>
        <translation>...और इतने समय के भीतर(&amp;W):</translation>
    </message>
    <message>
        <source> min before the start</source>
        <translation> मिनट शुरुआत से पहले</translation>
    </message>
    <message>
        <source>Scanners let tickets in from this long before a show starts; a show may set its own.</source>
        <translation>शो शुरू होने से इतनी देर पहले से स्कैनर टिकटों को प्रवेश देते हैं; कोई शो अपना समय खुद तय कर सकता है।</translation>
    </message>
    <message>
        <source>Allow &amp;re-entry (scan people out and in again)</source>
        <translation>दोबारा प्रवेश(&amp;R) की अनुमति दें (लोगों को बाहर और फिर अंदर स्कैन करें)</translation>
    </message>
    <message>
        <source>&amp;Door opens:</source>
        <translation>प्रवेश खुलता है(&amp;D):</translation>
    </message>
</context>
</TS>
