#include "apierror.h"
#include "codingchoice.h"
#include "compressedprefix.h"
#include "contentcoding.h"
#include "staticassets.h"
#include "webfixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <brotli/decode.h>
#include <zlib.h>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

namespace {

/// A complete gzip member decoded; empty when it is not one (or has bytes after its end).
QByteArray gunzip(const QByteArray &bytes)
{
    z_stream stream{};
    if (inflateInit2(&stream, 15 + 16) != Z_OK)
        return {};
    QByteArray out;
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    stream.avail_in = uInt(bytes.size());
    int result = Z_OK;
    while (result == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(chunk.data());
        stream.avail_out = uInt(chunk.size());
        result = inflate(&stream, Z_NO_FLUSH);
        out.append(chunk.constData(), chunk.size() - qsizetype(stream.avail_out));
    }
    const bool whole = result == Z_STREAM_END && stream.avail_in == 0;
    inflateEnd(&stream);
    return whole ? out : QByteArray();
}

/// A complete Brotli stream decoded; empty when it is not one.
QByteArray unbrotli(const QByteArray &bytes)
{
    BrotliDecoderState *decoder = BrotliDecoderCreateInstance(nullptr, nullptr, nullptr);
    size_t availableIn = size_t(bytes.size());
    const auto *nextIn = reinterpret_cast<const uint8_t *>(bytes.constData());
    QByteArray out;
    BrotliDecoderResult result = BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT;
    while (result == BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT) {
        size_t availableOut = 0;
        result = BrotliDecoderDecompressStream(decoder, &availableIn, &nextIn, &availableOut, nullptr, nullptr);
        size_t size = 0;
        const uint8_t *taken = BrotliDecoderTakeOutput(decoder, &size);
        out.append(reinterpret_cast<const char *>(taken), qsizetype(size));
    }
    BrotliDecoderDestroyInstance(decoder);
    return result == BROTLI_DECODER_RESULT_SUCCESS && availableIn == 0 ? out : QByteArray();
}

QByteArray decoded(const Answer &answer)
{
    const QByteArray coding = answer.header("content-encoding");
    if (coding == "gzip")
        return gunzip(answer.body);
    if (coding == "br")
        return unbrotli(answer.body);
    return coding.isEmpty() ? answer.body : QByteArray();
}

QString seatStatus(qint64 show) { return u"/api/seat-status/?show=%1"_s.arg(show); }

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

/// Where `html` loads `plain` ("/static/show.js") from.
QByteArray referenceTo(const QByteArray &html, const QByteArray &stem, const QByteArray &suffix)
{
    const QRegularExpression pattern(QRegularExpression::escape(QString::fromUtf8(stem)) + u"\\.[0-9a-f]{10}"_s
                                     + QRegularExpression::escape(QString::fromUtf8(suffix)));
    return pattern.match(QString::fromUtf8(html)).captured(0).toUtf8();
}

} // namespace

class tst_WebCompression : public QObject
{
    Q_OBJECT

private slots:
    void negotiation_data();
    void negotiation();
    void codingChoiceHeaders();
    void splicedAnswersDecode_data();
    void splicedAnswersDecode();
    void seatStatusEncodings();
    void seatStatusEtagPerEncoding();
    void seatStatusRefusals();
    void seatStatusWithHold();
    void smallDeltaGoesOutAsItIs();
    void largeDeltaCompressedApartFromFull();
    void fullAnswerNamesMaxSeats();
    void headOfCompressedAnswer();
    void pagesAndAssetsCompressed();
    void hashedAssetUrls();
    void hashFollowsContent();
    void loadingCompressesOnlyStaticFiles();
};

void tst_WebCompression::negotiation_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("compressible");
    QTest::addColumn<int>("expected"); // -1: nothing acceptable

    const int identity = int(ContentCoding::Identity), gzip = int(ContentCoding::Gzip), br = int(ContentCoding::Brotli);
    QTest::newRow("no header") << QByteArray() << true << identity;
    QTest::newRow("gzip") << QByteArray("gzip") << true << gzip;
    QTest::newRow("x-gzip") << QByteArray("x-gzip") << true << gzip;
    QTest::newRow("browser") << QByteArray("gzip, deflate, br, zstd") << true << br;
    QTest::newRow("case and spaces") << QByteArray(" GZip ; Q=1 ,Br;q=0.5") << true << gzip;
    QTest::newRow("q picks gzip") << QByteArray("br;q=0.2, gzip;q=0.8") << true << gzip;
    QTest::newRow("gzip refused") << QByteArray("gzip;q=0") << true << identity;
    QTest::newRow("all refused but identity") << QByteArray("gzip;q=0, br;q=0.000") << true << identity;
    QTest::newRow("star") << QByteArray("*") << true << br;
    QTest::newRow("star refused, gzip named") << QByteArray("*;q=0, gzip") << true << gzip;
    QTest::newRow("identity refused, gzip") << QByteArray("identity;q=0, gzip") << true << gzip;
    QTest::newRow("identity preferred") << QByteArray("identity, gzip;q=0.5") << true << identity;
    QTest::newRow("identity refused only") << QByteArray("identity;q=0") << true << -1;
    QTest::newRow("star refused only") << QByteArray("*;q=0") << true << -1;
    QTest::newRow("star refused, small answer") << QByteArray("*;q=0") << false << -1;
    QTest::newRow("star refused, identity named") << QByteArray("*;q=0, identity") << false << identity;
    QTest::newRow("small answer") << QByteArray("gzip, br") << false << identity;
    QTest::newRow("bad q ignored") << QByteArray("br;q=2, gzip;q=abc, identity;q=0.1") << true << identity;
    QTest::newRow("unknown only") << QByteArray("compress, deflate") << true << identity;
}

void tst_WebCompression::negotiation()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, compressible);
    QFETCH(int, expected);
    const std::optional<ContentCoding> coding = negotiateCoding(header, {compressible, compressible});
    QCOMPARE(coding ? int(*coding) : -1, expected);
}

void tst_WebCompression::codingChoiceHeaders()
{
    const QByteArray tag = "\"abc\"";
    const CodingChoice gzip("gzip", {true, true});
    QCOMPARE(gzip.coding(), ContentCoding::Gzip);
    QCOMPARE(gzip.etag(tag), QByteArray("\"abc-gz\""));
    HttpResponse answer;
    gzip.addHeaders(answer, "Accept-Language");
    QCOMPARE(answer.headers, (QList<std::pair<QByteArray, QByteArray>>{
                                     {"Content-Encoding", "gzip"}, {"Vary", "Accept-Language, Accept-Encoding"}}));
    QVERIFY(!gzip.notModified("\"abc\"", gzip.etag(tag)));
    const std::optional<HttpResponse> unchanged = gzip.notModified("\"abc-gz\"", gzip.etag(tag));
    QVERIFY(unchanged);
    QCOMPARE(unchanged->status, 304);
    QCOMPARE(unchanged->headers, (QList<std::pair<QByteArray, QByteArray>>{
                                         {"ETag", "\"abc-gz\""}, {"Vary", "Accept-Encoding"}}));

    // Nothing but identity at hand: no other coding could have been chosen, so nothing varies.
    const CodingChoice small("gzip, br", {});
    QCOMPARE(small.coding(), ContentCoding::Identity);
    QCOMPARE(small.etag(tag), tag);
    HttpResponse plain;
    small.addHeaders(plain);
    QVERIFY(plain.headers.isEmpty());

    QCOMPARE(CodingChoice("identity;q=0, gzip", {true, true}).coding(), ContentCoding::Gzip);
    int refusal = 0;
    try {
        refusal = int(CodingChoice("identity;q=0, gzip;q=0", {true, true}).coding());
    } catch (const ApiError &error) {
        refusal = error.status();
    }
    QCOMPARE(refusal, 406);
}

void tst_WebCompression::splicedAnswersDecode_data()
{
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<QByteArray>("end");

    QByteArray seats = "{\"seats\":[";
    for (int i = 0; i < 2000; ++i)
        seats += "{\"id\":\"A" + QByteArray::number(i) + "\",\"status\":\"free\"},";
    seats += "{}],\"my_hold\":";
    QTest::newRow("common end") << seats << QByteArray("null}");
    QTest::newRow("a hold") << seats << QByteArray(R"({"seats":["A1","A2"],"expires_at":"2026-12-01T20:00:00Z"}})");
    QTest::newRow("empty end") << seats << QByteArray();
    QTest::newRow("end over one stored block") << seats << QByteArray(70000, 'x');
    QTest::newRow("empty prefix") << QByteArray() << QByteArray("null}");
}

void tst_WebCompression::splicedAnswersDecode()
{
    QFETCH(QByteArray, prefix);
    QFETCH(QByteArray, end);
    const auto compressed = CompressedPrefix::build(prefix, "null}");
    QVERIFY(compressed);
    const QByteArray gzip = compressed->with(ContentCoding::Gzip, end);
    const QByteArray brotli = compressed->with(ContentCoding::Brotli, end);
    QCOMPARE(gunzip(gzip), prefix + end);
    QCOMPARE(unbrotli(brotli), prefix + end);
    // The seats are compressed; only the end goes out as it is.
    if (prefix.size() > 10000 && end.size() < 100) {
        QVERIFY2(gzip.size() < prefix.size() / 4, QByteArray::number(gzip.size()).constData());
        QVERIFY2(brotli.size() < prefix.size() / 4, QByteArray::number(brotli.size()).constData());
    }
}

void tst_WebCompression::seatStatusEncodings()
{
    Fixture fixture;
    Client client = fixture.client();
    const Answer plain = client.get(seatStatus(fixture.db.show), {{"Accept-Encoding", "identity"}});
    QCOMPARE(plain.status, 200);
    QVERIFY(plain.body.size() >= minCompressBytes);
    QVERIFY(!plain.hasHeader("content-encoding"));
    QCOMPARE(plain.header("vary"), QByteArray("Accept-Encoding"));
    for (const QByteArray coding : {"gzip", "br"}) {
        const Answer answer = client.get(seatStatus(fixture.db.show), {{"Accept-Encoding", coding}});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.header("content-encoding"), coding);
        QCOMPARE(answer.header("vary"), QByteArray("Accept-Encoding"));
        QCOMPARE(answer.header("content-type"), plain.header("content-type"));
        QVERIFY(answer.body.size() < plain.body.size());
        QCOMPARE(decoded(answer), plain.body);
    }
}

void tst_WebCompression::seatStatusEtagPerEncoding()
{
    Fixture fixture;
    Client client = fixture.client();
    const QString path = seatStatus(fixture.db.show);
    const QByteArray plainTag = client.get(path, {{"Accept-Encoding", "identity"}}).header("etag");
    const QByteArray gzipTag = client.get(path, {{"Accept-Encoding", "gzip"}}).header("etag");
    const QByteArray brotliTag = client.get(path, {{"Accept-Encoding", "br"}}).header("etag");
    QVERIFY(!plainTag.isEmpty());
    QVERIFY2(gzipTag.endsWith("-gz\""), gzipTag.constData());
    QVERIFY2(brotliTag.endsWith("-br\""), brotliTag.constData());
    QCOMPARE(gzipTag.chopped(4), plainTag.chopped(1));

    const Answer same = client.get(path, {{"Accept-Encoding", "gzip"}, {"If-None-Match", gzipTag}});
    QCOMPARE(same.status, 304);
    QCOMPARE(same.header("etag"), gzipTag);
    QCOMPARE(same.header("vary"), QByteArray("Accept-Encoding"));
    QVERIFY(same.body.isEmpty());
    // A tag of another encoding names other bytes: they are sent.
    const Answer other = client.get(path, {{"Accept-Encoding", "br"}, {"If-None-Match", gzipTag}});
    QCOMPARE(other.status, 200);
    QCOMPARE(other.header("etag"), brotliTag);
    const Answer identity = client.get(path, {{"Accept-Encoding", "identity"}, {"If-None-Match", brotliTag}});
    QCOMPARE(identity.status, 200);
    QCOMPARE(client.get(path, {{"Accept-Encoding", "identity"}, {"If-None-Match", plainTag}}).status, 304);

    fixture.holdElsewhere({u"B1"_s});
    QTRY_COMPARE(client.get(path, {{"Accept-Encoding", "gzip"}, {"If-None-Match", gzipTag}}).status, 200);
}

void tst_WebCompression::seatStatusRefusals()
{
    Fixture fixture;
    Client client = fixture.client();
    const QString path = seatStatus(fixture.db.show);
    const Answer refused = client.get(path, {{"Accept-Encoding", "gzip;q=0, br;q=0"}});
    QCOMPARE(refused.status, 200);
    QVERIFY(!refused.hasHeader("content-encoding"));
    const Answer nothing = client.get(path, {{"Accept-Encoding", "identity;q=0, gzip;q=0"}});
    QCOMPARE(nothing.status, 406);
    QCOMPARE(nothing.errorCode(), u"not_acceptable"_s);
    const Answer gzipOnly = client.get(path, {{"Accept-Encoding", "identity;q=0, gzip"}});
    QCOMPARE(gzipOnly.header("content-encoding"), QByteArray("gzip"));
}

void tst_WebCompression::seatStatusWithHold()
{
    Fixture fixture;
    Client client = fixture.client();
    QCOMPARE(client.hold(fixture.db.show, {u"B2"_s, u"B3"_s}).status, 200);
    const QString path = seatStatus(fixture.db.show);
    const Answer plain = client.get(path, {{"Accept-Encoding", "identity"}});
    QVERIFY(plain.json().value(u"my_hold"_s).isObject());
    const Answer gzip = client.get(path, {{"Accept-Encoding", "gzip"}});
    const Answer brotli = client.get(path, {{"Accept-Encoding", "br"}});
    QCOMPARE(decoded(gzip), plain.body);
    QCOMPARE(decoded(brotli), plain.body);
    QVERIFY(gzip.header("etag") != fixture.client().get(path, {{"Accept-Encoding", "gzip"}}).header("etag"));
    // Another session, no hold: the shared answer, which says so.
    const Answer stranger = fixture.client().get(path, {{"Accept-Encoding", "br"}});
    QVERIFY(decoded(stranger).endsWith("\"my_hold\":null}"));
}

void tst_WebCompression::smallDeltaGoesOutAsItIs()
{
    Fixture fixture;
    Client client = fixture.client();
    const qint64 before = fixture.version();
    fixture.holdElsewhere({u"B4"_s});
    const Answer delta = client.get(u"/api/seat-status/?show=%1&since=%2"_s.arg(fixture.db.show).arg(before),
                                    {{"Accept-Encoding", "gzip, br"}});
    QCOMPARE(delta.status, 200);
    QVERIFY(delta.body.size() < minCompressBytes);
    QVERIFY(!delta.hasHeader("content-encoding"));
    QVERIFY(!delta.hasHeader("vary"));
    QVERIFY(!delta.header("etag").endsWith("-gz\""));
}

void tst_WebCompression::largeDeltaCompressedApartFromFull()
{
    Fixture fixture;
    Client client = fixture.client();
    const QString full = seatStatus(fixture.db.show);
    const Answer fullGzip = client.get(full, {{"Accept-Encoding", "gzip"}});
    const qint64 before = fixture.version();
    fixture.holdElsewhere({u"A1"_s, u"A2"_s, u"A3"_s, u"A4"_s, u"B1"_s, u"B2"_s, u"B3"_s, u"B4"_s, u"B5"_s});
    const QString path = u"/api/seat-status/?show=%1&since=%2"_s.arg(fixture.db.show).arg(before);
    const Answer plain = client.get(path, {{"Accept-Encoding", "identity"}});
    QCOMPARE(plain.status, 200);
    QVERIFY2(plain.body.size() >= minCompressBytes, QByteArray::number(plain.body.size()).constData());
    QCOMPARE(plain.json().value(u"full"_s).toBool(true), false);
    for (const QByteArray coding : {"gzip", "br"}) {
        // The second answer comes from the delta compressed for the first.
        for (int request = 0; request < 2; ++request) {
            const Answer answer = client.get(path, {{"Accept-Encoding", coding}});
            QCOMPARE(answer.header("content-encoding"), coding);
            QCOMPARE(decoded(answer), plain.body);
        }
    }
    // The full answer of the new version is compressed on its own, not from the delta.
    const Answer fullPlain = client.get(full, {{"Accept-Encoding", "identity"}});
    const Answer fullAfter = client.get(full, {{"Accept-Encoding", "gzip"}});
    QCOMPARE(decoded(fullAfter), fullPlain.body);
    QVERIFY(decoded(fullAfter) != decoded(fullGzip));
}

void tst_WebCompression::fullAnswerNamesMaxSeats()
{
    Fixture fixture;
    Client client = fixture.client();
    const Answer full = client.get(seatStatus(fixture.db.show));
    QCOMPARE(full.status, 200);
    QCOMPARE(full.json().value(u"max_seats"_s).toInt(), fixture.db.reservations->limits().maxSeatsWeb);
    // One more than that is the API's refusal.
    QStringList seats;
    for (const QString &row : {u"A"_s, u"B"_s}) {
        for (int number = 1; number <= 5; ++number)
            seats << row + QString::number(number);
    }
    seats << u"C1"_s;
    QCOMPARE(seats.size(), full.json().value(u"max_seats"_s).toInt() + 1);
    QCOMPARE(client.hold(fixture.db.show, seats).errorCode(), u"too_many_seats"_s);
    const qint64 before = fixture.version();
    fixture.holdElsewhere({u"B4"_s});
    const Answer delta = client.get(u"/api/seat-status/?show=%1&since=%2"_s.arg(fixture.db.show).arg(before));
    QVERIFY(!delta.json().contains(u"max_seats"_s));
}

void tst_WebCompression::headOfCompressedAnswer()
{
    Fixture fixture;
    Client client = fixture.client();
    const QString path = seatStatus(fixture.db.show);
    const Answer get = client.get(path, {{"Accept-Encoding", "br"}});
    const Answer head = client.send("HEAD", path, {}, {{"Accept-Encoding", "br"}});
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.isEmpty());
    QCOMPARE(head.header("content-encoding"), QByteArray("br"));
    QCOMPARE(head.header("content-length"), QByteArray::number(get.body.size()));
    QCOMPARE(head.header("etag"), get.header("etag"));
}

void tst_WebCompression::pagesAndAssetsCompressed()
{
    Fixture fixture;
    Client client = fixture.client();
    for (const QString path : {u"/"_s, u"/shows/%1/"_s.arg(fixture.db.show), u"/static/show.js"_s,
                               u"/static/boxoffice.css"_s}) {
        const Answer plain = client.get(path, {{"Accept-Encoding", "identity"}});
        QCOMPARE(plain.status, 200);
        for (const QByteArray coding : {"gzip", "br"}) {
            const Answer answer = client.get(path, {{"Accept-Encoding", coding}});
            QCOMPARE(answer.header("content-encoding"), coding);
            QVERIFY2(answer.header("vary").contains("Accept-Encoding"), qPrintable(path));
            QCOMPARE(decoded(answer), plain.body);
            const QByteArray etag = answer.header("etag");
            QVERIFY(etag != plain.header("etag"));
            QCOMPARE(client.get(path, {{"Accept-Encoding", coding}, {"If-None-Match", etag}}).status, 304);
        }
    }
    const Answer page = client.get(u"/"_s, {{"Accept-Encoding", "gzip"}});
    QCOMPARE(page.header("vary"), QByteArray("Accept-Language, Accept-Encoding"));
    // Nothing to gain: a small file goes out as it is.
    const Answer icon = client.get(u"/static/favicon.svg"_s, {{"Accept-Encoding", "gzip, br"}});
    QCOMPARE(icon.status, 200);
    QVERIFY(!icon.hasHeader("content-encoding"));
    QVERIFY(!icon.hasHeader("vary"));
}

void tst_WebCompression::hashedAssetUrls()
{
    Fixture fixture;
    Client client = fixture.client();
    const Answer page = client.get(u"/shows/%1/"_s.arg(fixture.db.show), {{"Accept-Encoding", "identity"}});
    QCOMPARE(page.status, 200);
    QCOMPARE(page.header("cache-control"), QByteArray("no-cache"));
    const QByteArray script = referenceTo(page.body, "/static/show", ".js");
    const QByteArray style = referenceTo(page.body, "/static/boxoffice", ".css");
    QVERIFY2(!script.isEmpty() && !style.isEmpty(), page.body.left(600).constData());
    QVERIFY(!page.body.contains("\"/static/show.js\""));

    const Answer hashed = client.get(QString::fromUtf8(script), {{"Accept-Encoding", "identity"}});
    QCOMPARE(hashed.status, 200);
    QCOMPARE(hashed.header("cache-control"), QByteArray("public, max-age=31536000, immutable"));
    QCOMPARE(hashed.header("content-type"), QByteArray("application/javascript; charset=utf-8"));
    const Answer unhashed = client.get(u"/static/show.js"_s, {{"Accept-Encoding", "identity"}});
    QCOMPARE(unhashed.status, 200);
    QCOMPARE(unhashed.header("cache-control"), QByteArray("no-cache"));
    QCOMPARE(hashed.body, unhashed.body);
    QCOMPARE(client.get(QString::fromUtf8(style)).header("cache-control"),
             QByteArray("public, max-age=31536000, immutable"));
    // The script imports its modules by their hashed names too, and each of those is served.
    const QByteArray import = referenceTo(hashed.body, "./api", ".js");
    QVERIFY2(!import.isEmpty(), hashed.body.left(800).constData());
    QCOMPARE(client.get(u"/static/"_s + QString::fromUtf8(import.mid(2))).status, 200);
    // A hash that is not the current one is not there.
    QCOMPARE(client.get(u"/static/show.0123456789.js"_s).status, 404);
}

void tst_WebCompression::hashFollowsContent()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString dir = root.path();
    writeFile(dir + u"/index.html"_s, "<script type=\"module\" src=\"/static/app.js\"></script>");
    writeFile(dir + u"/static/app.js"_s, "import { x } from './lib/util.js';\n");
    writeFile(dir + u"/static/lib/util.js"_s, "export const x = 1;\n");
    writeFile(dir + u"/static/other.js"_s, "export const y = 2;\n");

    const StaticAssets first(dir);
    const std::optional<QByteArray> app = first.hashedPath("static/app.js");
    const std::optional<QByteArray> util = first.hashedPath("static/lib/util.js");
    const std::optional<QByteArray> other = first.hashedPath("static/other.js");
    QVERIFY(app && util && other);
    QVERIFY2(QRegularExpression(u"^static/app\\.[0-9a-f]{10}\\.js$"_s).match(QString::fromUtf8(*app)).hasMatch(),
             app->constData());
    QVERIFY(first.find("index.html")->bytes.contains(QByteArray("\"/" + *app + '"')));
    QVERIFY(first.find(*app)->bytes.contains(QByteArray("'./lib/" + util->mid(util->lastIndexOf('/') + 1) + '\'')));
    QVERIFY(first.find(*app)->immutable);
    QVERIFY(!first.find("static/app.js")->immutable);
    QVERIFY(!first.hashedPath("index.html"));

    writeFile(dir + u"/static/lib/util.js"_s, "export const x = 3;\n");
    const StaticAssets second(dir);
    QVERIFY(*second.hashedPath("static/lib/util.js") != *util);
    // The importer names the new file, so its own hash changes with it.
    QVERIFY(*second.hashedPath("static/app.js") != *app);
    QVERIFY(second.find("index.html")->bytes.contains(QByteArray("\"/" + *second.hashedPath("static/app.js") + '"')));
    QCOMPARE(*second.hashedPath("static/other.js"), *other);
    QVERIFY(!second.find(*util));
}

void tst_WebCompression::loadingCompressesOnlyStaticFiles()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString dir = root.path();
    const QByteArray filler(4000, 'x');
    writeFile(dir + u"/index.html"_s, "<script type=\"module\" src=\"/static/app.js\"></script><p>" + filler + "</p>");
    writeFile(dir + u"/static/app.js"_s, "import { x } from './util.js';\n// " + filler + '\n');
    writeFile(dir + u"/static/util.js"_s, "export const x = 1;\n");

    const StaticAssets assets(dir);
    // Pages go out translated and named for the venue: PagesController compresses them then.
    const std::optional<StaticAssets::Asset> page = assets.find("index.html");
    QVERIFY(page);
    QVERIFY(page->gzip.isEmpty() && page->brotli.isEmpty());
    const std::optional<StaticAssets::Asset> app = assets.find("static/app.js");
    QVERIFY(app);
    QVERIFY(!app->gzip.isEmpty() && !app->brotli.isEmpty());
    QCOMPARE(gunzip(app->gzip), app->bytes);
    // The bytes kept from the last round of hashing are the ones their names and ETags hash.
    for (const QByteArray path : {"static/app.js", "static/util.js", "index.html"}) {
        const std::optional<StaticAssets::Asset> asset = assets.find(path);
        const QByteArray hash = QCryptographicHash::hash(asset->bytes, QCryptographicHash::Sha256).toHex();
        QCOMPARE(asset->etag, QByteArray('"' + hash.left(20) + '"'));
        if (const std::optional<QByteArray> hashed = assets.hashedPath(path))
            QVERIFY2(hashed->contains(QByteArray('.' + hash.left(10) + '.')), hashed->constData());
    }
    QVERIFY(app->bytes.contains(QByteArray("'./" + assets.hashedPath("static/util.js")->mid(7) + '\'')));
}

QTEST_MAIN(tst_WebCompression)
#include "tst_webcompression.moc"
