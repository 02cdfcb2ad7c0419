// Documents read end to end (issue 16): each format through parsers::read_document into
// price items, with the status its kind gives them. The files are written by other software
// (tests/data/prices/make_documents.py); scans and photos are read by OCR.
#include <algorithm>
#include <cstdint>

#include <catch2/catch.hpp>

#include "common/file_io.hpp"
#include "parsers/document.hpp"
#include "parsers/document_readers.hpp"
#include "parsers/ocr/ocr.hpp"
#include "test_data.hpp"

using namespace mailclerk;
using namespace mailclerk::parsers;

namespace {

Attachment file(const std::string& name) {
    return test::data_attachment("prices", name);
}

// product|model|spec|quantity|unit|currency|price|incoterm|validity|status
std::vector<std::string> show(const std::vector<PriceItem>& items) {
    std::vector<std::string> out;
    for (const PriceItem& i : items)
        out.push_back(i.product + "|" + i.model + "|" + i.spec + "|" + i.quantity + "|" + i.unit +
                      "|" + i.currency + "|" + i.unit_price + "|" + i.incoterm + "|" + i.validity +
                      "|" + i.status);
    return out;
}

} // namespace

TEST_CASE("documents: an openpyxl workbook in German", "[documents][xlsx]") {
    Document d = read_document(file("openpyxl_angebot.xlsx"));
    CHECK(d.format == DocFormat::xlsx);
    CHECK(d.flag.empty());
    auto items = extract_from_document(d, 0);
    CHECK(show(items) ==
          std::vector<std::string>{
              "Hydraulikzylinder|HZ-50/300||20|pcs|EUR|1250.00|CIF Hamburg|2026-12-31|quoted",
              "Hydraulikzylinder|HZ-63/400||10|pcs|EUR|1480.50|CIF Hamburg|2026-12-31|quoted",
              "Dichtungssatz NBR|DS-50||100|sets|EUR|18.40|CIF Hamburg|2026-12-31|quoted",
              "Schlauchleitung 1/2\"|SL-12||50|pcs|EUR|7.25|CIF Hamburg|2026-12-31|quoted"});
    REQUIRE(items.size() == 4);
    CHECK(items[0].reference == "Angebot row 7");
    // The hidden cost column (910.00) is what the customer never saw: never a price.
    for (const PriceItem& item : items)
        CHECK(item.unit_price != "910.00");
}

TEST_CASE("documents: a legacy xls price list, sniffed by its bytes", "[documents][xls]") {
    Attachment a = file("xlwt_baojia.xls");
    a.filename = "baojia.dat"; // the name says nothing; the magic bytes do
    Document d = read_document(a);
    CHECK(d.format == DocFormat::xls);
    CHECK(show(extract_from_document(d, 0)) ==
          std::vector<std::string>{
              "铸钢闸阀|Z41H-16C DN100|DN100|120|台|CNY|1860|FOB 宁波|30天|quoted",
              "铸钢闸阀|Z41H-16C DN150|DN150|60|台|CNY|3150|FOB 宁波|30天|quoted",
              "不锈钢球阀|Q41F-16P DN50|DN50|300|只|CNY|256.8|FOB 宁波|30天|quoted"});
}

TEST_CASE("documents: a contract's prices are agreed prices", "[documents][docx]") {
    Document d = read_document(file("docx_contract.docx"));
    CHECK(d.format == DocFormat::docx);
    auto items = extract_from_document(d, 2, DocKind::contract);
    CHECK(show(items) ==
          std::vector<std::string>{
              "Gate valve WCB Class 150|2\"|2\"|200|pcs|USD|36.58|FOB Ningbo||agreed",
              "Gate valve WCB Class 150|4\"|4\"|200|pcs|USD|76.95|FOB Ningbo||agreed",
              "Check valve WCB|3\"|3\"|50|pcs|USD|58.90|FOB Ningbo||agreed"});
    REQUIRE(items.size() == 3);
    CHECK(items[0].attachment == 2);
    CHECK(items[0].product_key == "gatevalvewcbclass150dn50");
    CHECK(show(extract_from_document(d, 0, DocKind::order))[0].ends_with("|ordered"));
}

TEST_CASE("documents: a plain one-page text PDF with a column table", "[documents][pdf]") {
    Document d = read_document(file("text_table.pdf"));
    CHECK(d.format == DocFormat::pdf);
    CHECK(d.ocr_pages == 0);
    CHECK(show(extract_from_document(d, 0)) ==
          std::vector<std::string>{
              "Ball bearing 6204-2RS|||2000|pcs|USD|0.42|EXW Shenzhen|30 days|quoted",
              "Ball bearing 6205-ZZ|||1000|pcs|USD|0.55|EXW Shenzhen|30 days|quoted",
              "Taper roller bearing 30205|||500|pcs|USD|2.35|EXW Shenzhen|30 days|quoted"});
}

TEST_CASE("documents: a zip of documents is opened and read", "[documents][zip]") {
    Document d = read_document(file("quote_bundle.zip"));
    CHECK(d.format == DocFormat::archive);
    auto items = extract_from_document(d, 0);
    REQUIRE(items.size() == 4);
    CHECK(items[0].unit_price == "1250.00");
    CHECK(items[0].reference == "Angebot/openpyxl_angebot.xlsx: Angebot row 7");
    CHECK(d.text.find("Lieferzeit") != std::string::npos);
}

TEST_CASE("documents: an attached mail's documents are read", "[documents][mail]") {
    auto inner = read_file(std::string(MAILCLERK_TEST_DATA) + "/prices/docx_contract.docx");
    REQUIRE(inner);
    std::string eml = "From: a@b.com\r\nSubject: Contract\r\nMIME-Version: 1.0\r\n"
                      "Content-Type: multipart/mixed; boundary=X\r\n\r\n--X\r\n"
                      "Content-Type: text/plain\r\n\r\nSee attached.\r\n--X\r\n"
                      "Content-Type: application/octet-stream; name=c.docx\r\n"
                      "Content-Transfer-Encoding: base64\r\n\r\n";
    static constexpr char k_alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const std::string& in = *inner;
    for (size_t i = 0; i < in.size(); i += 3) {
        auto byte = [&](size_t at) {
            return at < in.size() ? static_cast<unsigned char>(in[at]) : 0u;
        };
        unsigned n = (byte(i) << 16) | (byte(i + 1) << 8) | byte(i + 2);
        eml += k_alphabet[(n >> 18) & 63];
        eml += k_alphabet[(n >> 12) & 63];
        eml += i + 1 < in.size() ? k_alphabet[(n >> 6) & 63] : '=';
        eml += i + 2 < in.size() ? k_alphabet[n & 63] : '=';
        if (i % 57 == 54) eml += "\r\n";
    }
    eml += "\r\n--X--\r\n";
    Attachment forwarded{"Contract.eml", "message/rfc822", eml, false, DocKind::contract};
    Document d = read_document(forwarded);
    CHECK(d.format == DocFormat::message);
    auto items = extract_from_document(d, 0, DocKind::contract);
    REQUIRE(items.size() == 3);
    CHECK(items[0].status == "agreed");
    CHECK(items[0].reference == "c.docx: table 1 row 2");
}

TEST_CASE("documents: bounded and flagged, never fatal", "[documents]") {
    DocumentLimits shallow;
    shallow.max_depth = 0;
    CHECK(read_document(file("quote_bundle.zip"), shallow).flag == "too-deep");
    Attachment logo{"logo.png", "image/png", "\x89PNG\r\n\x1A\n tiny", false, DocKind::other};
    CHECK(read_document(logo).format == DocFormat::none);
    DocumentLimits no_ocr;
    no_ocr.ocr = Ocr::off;
    Document scan = read_document(file("scanned_quote.pdf"), no_ocr);
    CHECK(scan.format == DocFormat::pdf);
    CHECK(scan.ocr_pages == 0);
    CHECK(extract_from_document(scan, 0).empty());
}

TEST_CASE("ocr: a scanned PDF and a photographed table", "[documents][ocr]") {
    Document scan = read_document(file("scanned_quote.pdf"));
    CHECK(scan.ocr_pages == 1);
    CHECK(scan.warnings.empty());
    auto items = extract_from_document(scan, 0);
    CHECK(show(items) ==
          std::vector<std::string>{"Ball bearing 6204-2RS|||2000|pcs|USD|0.42|||quoted",
                                   "Ball bearing 6205-ZZ|||1000|pcs|USD|0.55|||quoted",
                                   "Taper roller bearing 30205|||500|pcs|USD|2.35|||quoted"});
    Attachment photo = file("photo_quote.png");
    CHECK(document_format(photo) == DocFormat::image);
    Document image = read_document(photo);
    CHECK(show(extract_from_document(image, 0)) ==
          std::vector<std::string>{"Gate valve DN50|||200|pcs|USD|38.50|||quoted",
                                   "Gate valve DN100|||100|pcs|USD|86.00|||quoted"});
}

TEST_CASE("ocr: a language that is not installed is a warning, not a failure", "[ocr]") {
    ocr::Options options;
    options.languages = "eng+xyz_missing";
    auto bytes = read_file(std::string(MAILCLERK_TEST_DATA) + "/prices/photo_quote.png");
    REQUIRE(bytes);
    auto read = ocr::recognise_image(*bytes, options);
    REQUIRE(read);
    REQUIRE(read->warnings.size() == 1);
    CHECK(read->warnings[0] ==
          "OCR language xyz_missing is not installed (Debian package tesseract-ocr-xyz-missing): "
          "scans in it are not read");
    CHECK_FALSE(read->words.empty());
    options.languages = "xyz_missing";
    auto none = ocr::recognise_image(*bytes, options);
    REQUIRE_FALSE(none);
    CHECK(none.error().message == "OCR cannot start: no language of xyz_missing is installed");
}

namespace {

// A picture with no text, as a photo is to Tesseract: smooth light and shade, blotches of colour
// and grain (a binary PPM, which leptonica decodes like any image file).
std::string textless_photo(int width, int height) {
    std::string ppm = "P6\n" + std::to_string(width) + " " + std::to_string(height) + "\n255\n";
    uint32_t grain = 12345;
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            grain = grain * 1103515245u + 12345u;
            int noise = static_cast<int>((grain >> 16) % 24);
            double dx = x - width * 0.6, dy = y - height * 0.4;
            bool blotch = dx * dx / 40000.0 + dy * dy / 10000.0 < 1.0;
            int shade = 90 + 120 * x / width - 40 * y / height + noise;
            ppm.push_back(static_cast<char>(std::clamp(blotch ? shade / 3 : shade, 0, 255)));
            ppm.push_back(static_cast<char>(std::clamp(shade - 30, 0, 255)));
            ppm.push_back(static_cast<char>(std::clamp(blotch ? 200 : shade + 20, 0, 255)));
        }
    return ppm;
}

} // namespace

TEST_CASE("ocr: a photo without text gives no words, a photographed price list does", "[ocr]") {
    // The glance at a fifth of the pixels finds no word Tesseract is sure of in the photo, so it
    // is not read in full; the price list passes the glance and is read at full size.
    auto photo = ocr::recognise_image(textless_photo(1200, 800));
    REQUIRE(photo);
    CHECK(photo->words.empty());
    CHECK(photo->width == 1200);
    CHECK(photo->height == 800);
    auto bytes = read_file(std::string(MAILCLERK_TEST_DATA) + "/prices/photo_quote.png");
    REQUIRE(bytes);
    auto quote = ocr::recognise_image(*bytes);
    REQUIRE(quote);
    CHECK(quote->words.size() >= 20);
}

TEST_CASE("ocr: a scan that no installed language can read stays waiting for OCR", "[ocr]") {
    // Recorded as read (and empty), the OCR queue would forget it; installing the language and
    // running the queue again must still find it.
    DocumentLimits limits;
    limits.ocr_languages = "xyz_missing";
    for (const char* name : {"photo_quote.png", "scanned_quote.pdf"}) {
        INFO(name);
        Document document = read_document(file(name), limits);
        CHECK(document.ocr_pending);
        CHECK(document.flag.empty());
        CHECK(document.text.find("USD") == std::string::npos);
    }
    limits.ocr_languages = "eng";
    CHECK_FALSE(read_document(file("photo_quote.png"), limits).ocr_pending);
}

TEST_CASE("documents: once a page was read by OCR, the next pages have the OCR time budget",
          "[documents][ocr]") {
    // A scanned quote of two pages whose first page took longer than the plain budget: the
    // second page is still read (blind13 001 lost its page 2 on a loaded machine).
    DocumentLimits limits;
    limits.max_time = std::chrono::milliseconds(-1); // spent already
    limits.max_ocr_time = std::chrono::hours(1000);  // not spent in a test
    detail::ReadState state(limits);
    CHECK(state.out_of_time_for_next()); // must not change: text pages keep the plain budget
    state.ocr_pages = 1;
    CHECK_FALSE(state.out_of_time_for_next());
    limits.max_ocr_time = std::chrono::milliseconds(-1);
    CHECK(state.out_of_time_for_next()); // and the OCR budget ends it too
}
