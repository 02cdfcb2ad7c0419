// Price items from realistic quote mails in each format and language (issue 6): GBK and Big5
// plain text, Outlook HTML, CSV with BOM, XLSX with a header block, PDF; and mails that are not
// quotes. The mails are written by tests/data/quotes/make_quotes.py.
#include <catch2/catch.hpp>

#include "common/file_io.hpp"
#include "parsers/classify.hpp"
#include "parsers/document.hpp"
#include "parsers/mime.hpp"
#include "parsers/understand.hpp"

using namespace mailclerk;
using namespace mailclerk::parsers;

namespace {

MatchRules quote_rules() {
    MatchRules r;
    r.own_domains = {"ourco.com"};
    r.customers = {{"acme", "ACME Corp", {"acme.com"}, {}},
                   {"ecpc", "华东石化", {"ecpc.com.cn"}, {}},
                   {"twp", "台灣精密", {"twprecision.com.tw"}, {}},
                   {"hydraulik", "Hydraulik GmbH", {"hydraulik.de"}, {}}};
    return r;
}

struct Read {
    Message message;
    Classification classification;
    parsers::Extracted extracted;
};

Read read_mail(const std::string& name) {
    auto raw = read_file(std::string(MAILCLERK_TEST_DATA) + "/quotes/" + name);
    REQUIRE(raw);
    Read r;
    r.message = parse_message(*raw);
    r.classification = classify(r.message, quote_rules());
    assign_attachment_kinds(r.message, r.classification.kind);
    r.extracted = parsers::extract_documents(r.message, r.classification.kind);
    return r;
}

std::vector<std::string> show(const std::vector<PriceItem>& items) {
    std::vector<std::string> out;
    for (const PriceItem& i : items)
        out.push_back(i.product + "|" + i.model + "|" + i.spec + "|" + i.quantity + "|" + i.unit +
                      "|" + i.currency + "|" + i.unit_price + "|" + i.incoterm + "|" + i.validity +
                      "|" + i.product_key + "|" + std::to_string(i.attachment));
    return out;
}

} // namespace

TEST_CASE("quotes: GBK plain text with a Chinese header row", "[prices][quotes]") {
    Read r = read_mail("gbk_quote.eml");
    CHECK(to_string(r.classification.kind) == std::string("quote"));
    CHECK(r.classification.direction == Direction::outbound);
    CHECK(show(r.extracted.prices) ==
          std::vector<std::string>{
              "三相电动机|Y2-132M-4||10|台|CNY|3200.00|FOB 宁波|30天|y2-132m-4|-1",
              "蜗轮减速机|WPA-80 1:20||5|套|CNY|1850.50|FOB 宁波|30天|wpa-801:20|-1",
              "联轴器|LT-6||20|件|CNY|86.00|FOB 宁波|30天|lt-6|-1"});
    REQUIRE(r.extracted.prices.size() == 3);
    CHECK(r.extracted.prices[2].line ==
          "3     联轴器      LT-6            20      件      ￥86.00");
}

TEST_CASE("quotes: Big5 plain text, currency named once in the prose", "[prices][quotes]") {
    Read r = read_mail("big5_quote.eml");
    CHECK(r.classification.direction == Direction::inbound);
    CHECK(show(r.extracted.prices) ==
          std::vector<std::string>{
              "不鏽鋼螺絲|M6x20|M6x20|10000|支|TWD|1.20||2026年12月31日|不鏽鋼螺絲m6x20|-1",
              "六角螺帽|M6|M6|10000|個|TWD|0.45||2026年12月31日|六角螺帽m6|-1"});
}

TEST_CASE("quotes: Outlook HTML table, the quoted RFQ below is not re-read", "[prices][quotes]") {
    Read r = read_mail("outlook_quote.eml");
    CHECK(to_string(r.classification.kind) == std::string("quote"));
    CHECK(show(r.extracted.prices) ==
          std::vector<std::string>{
              "Stainless steel ball valve|SV-100||500|pcs|USD|12.50|FOB Ningbo|30 days|sv-100|-1",
              "Brass fitting|BF-20A||1000|pcs|USD|0.85|FOB Ningbo|30 days|bf-20a|-1"});
    REQUIRE(r.extracted.prices.size() == 2);
    CHECK(r.extracted.prices[0].line ==
          "1 | Stainless steel ball valve | SV-100 | 500 pcs | 12.50");
}

TEST_CASE("quotes: CSV attachment with BOM, semicolons and continental decimals",
          "[prices][quotes]") {
    Read r = read_mail("csv_quote.eml");
    CHECK(show(r.extracted.prices) ==
          std::vector<std::string>{
              "Hydraulic cylinder|HC-50/300||20|sets|EUR|1250.00|CIF Hamburg||hc-50/300|0",
              "Seal kit; NBR|SK-50||100|sets|EUR|18.40|CIF Hamburg||sk-50|0"});
    REQUIRE(r.extracted.texts.size() == 1);
    CHECK(r.extracted.texts[0].text.starts_with("Angebot / Quotation QT-2026-040"));
    CHECK(r.extracted.texts[0].flag.empty());
}

TEST_CASE("quotes: XLSX with a header block, merged product cell and totals row",
          "[prices][quotes]") {
    Read r = read_mail("xlsx_quote.eml");
    CHECK(show(r.extracted.prices) ==
          std::vector<std::string>{
              "Gate valve|GV-50||200|pcs|USD|18.5|FOB Ningbo|2026-12-31|gv-50|0",
              "Gate valve|GV-80||100|pcs|USD|26.75|FOB Ningbo|2026-12-31|gv-80|0",
              "Check valve|CV-25||300|pcs|USD|9.9|FOB Ningbo|2026-12-31|cv-25|0"});
    REQUIRE(r.extracted.texts.size() == 1);
    CHECK(r.extracted.texts[0].text.find("Price terms: FOB Ningbo") != std::string::npos);
}

TEST_CASE("quotes: PDF proforma read with its layout", "[prices][quotes]") {
    Read r = read_mail("pdf_quote.eml");
    CHECK(show(r.extracted.prices) ==
          std::vector<std::string>{
              "LED driver 40W|LD-40||2000|pcs|USD|3.15|EXW Shenzhen|2026-12-15|ld-40|0",
              "LED panel 600x600|LP-600||500|pcs|USD|18.00|EXW Shenzhen|2026-12-15|lp-600|0"});
    REQUIRE(r.extracted.texts.size() == 1);
    CHECK(r.extracted.texts[0].text.find("Bank of China") != std::string::npos);
}

TEST_CASE("quotes: a revised quote reads only its new price", "[prices][quotes]") {
    Read r = read_mail("revised_quote.eml");
    CHECK(show(r.extracted.prices) ==
          std::vector<std::string>{
              "Stainless steel ball valve|SV-100||500|pcs|USD|11.80|FOB Ningbo||sv-100|-1"});
}

TEST_CASE("quotes: invoices and inquiries yield no price items", "[prices][quotes]") {
    for (const char* name : {"invoice.eml", "inquiry.eml"}) {
        Read r = read_mail(name);
        INFO(name);
        CHECK(to_string(r.classification.kind) != std::string("quote"));
        CHECK(r.extracted.prices.empty());
    }
}

TEST_CASE("documents: damaged and oversized attachments are flagged, never fatal",
          "[prices][documents]") {
    Attachment pdf{"broken.pdf", "application/pdf", "%PDF-1.4\nnot really", false, DocKind::quote};
    CHECK(read_document(pdf).flag == "unreadable");
    Attachment xlsx{"broken.xlsx", "application/octet-stream", "PK\x03\x04garbage", false,
                    DocKind::quote};
    CHECK(read_document(xlsx).flag == "unreadable");
    Attachment docx{"broken.docx", "", "not a zip", false, DocKind::quote};
    CHECK(read_document(docx).flag == "unreadable");
    DocumentLimits small;
    small.max_input = 10;
    Attachment big{"big.txt", "text/plain", std::string(11, 'x'), false, DocKind::other};
    CHECK(read_document(big, small).flag == "too-large");
    small.max_input = 1000;
    small.max_text = 4;
    Attachment long_text{"long.txt", "text/plain", "一二三", false, DocKind::other};
    Document cut = read_document(long_text, small);
    CHECK(cut.flag == "truncated");
    CHECK(cut.text == "一");
    Attachment image{"logo.png", "image/png", "\x89PNG", false, DocKind::other};
    CHECK(read_document(image).format == DocFormat::none);
}

TEST_CASE("documents: plain text attachments in GBK and Big5 are detected", "[prices][documents]") {
    // Quote phrases in GBK and in Big5 (written with Python's codecs), repeated so that the
    // detector has enough text, as a real attachment has.
    std::string gbk_line = "\xb1\xa8\xbc\xdb\xb5\xa5\xa3\xba\xc8\xfd\xcf\xe0\xb5\xe7\xb6\xaf\xbb"
                           "\xfa\x20\xb5\xa5\xbc\xdb\xc8\xcb\xc3\xf1\xb1\xd2\n";
    std::string big5_line = "\xb3\xf8\xbb\xf9\xb3\xe6\xa1\x47\xa4\xa3\xc4\xc3\xbf\xfb\xc1\xb3\xb5"
                            "\xb7\x20\xb3\xe6\xbb\xf9\xb7\x73\xa5\x78\xb9\xf4\n";
    std::string gbk, big5;
    for (int i = 0; i < 4; ++i) {
        gbk += gbk_line;
        big5 += big5_line;
    }
    CHECK(decode_text(gbk).starts_with("报价单：三相电动机 单价人民币\n"));
    CHECK(decode_text(big5).starts_with("報價單：不鏽鋼螺絲 單價新台幣\n"));
    CHECK(decode_text("\xEF\xBB\xBF"
                      "abc") == "abc");
}

TEST_CASE("quotes: DOCX letter with a Chinese table and a header block", "[prices][quotes]") {
    Read r = read_mail("docx_quote.eml");
    REQUIRE(r.message.attachments.size() == 1);
    CHECK(r.message.attachments[0].kind == DocKind::quote);
    CHECK(show(r.extracted.prices) ==
          std::vector<std::string>{
              "球阀|Q41F-16C DN50||300||USD|25.60|CIF Los Angeles|60天|q41f-16cdn50|0",
              "闸阀|Z41H-16C DN80||150||USD|48.00|CIF Los Angeles|60天|z41h-16cdn80|0"});
    REQUIRE(r.extracted.texts.size() == 1);
    CHECK(r.extracted.texts[0].text.find("付款方式：T/T 30% 预付") != std::string::npos);
}

// Issue 18: a mail no word names a quote is one when its own text states prices; deciding that
// reads the body's items, and the price step takes those items instead of reading it again.
TEST_CASE("quotes: the body read while classifying is the one the prices come from",
          "[prices][quotes]") {
    const std::string raw = "From: Li Wei <li@ourco.com>\r\n"
                            "To: buyer@acme.com\r\n"
                            "Subject: Ball valves for October\r\n"
                            "Date: Mon, 1 Sep 2026 09:00:00 +0800\r\n"
                            "Content-Type: text/plain; charset=utf-8\r\n\r\n"
                            "Dear buyer,\r\n\r\nFrom 1 October, in USD, FOB Ningbo:\r\n\r\n"
                            "Model    Description        Qty    Unit price\r\n"
                            "VB-50    Ball valve DN50    100    12.50\r\n"
                            "VB-80    Ball valve DN80    50     21.00\r\n\r\n"
                            "Best regards\r\nLi Wei\r\n";
    Message message = parse_message(raw);
    BodyQuote body;
    Classification classification = classify(message, quote_rules(), {}, Origin::unknown, &body);
    REQUIRE(to_string(classification.kind) == std::string("quote"));
    REQUIRE(body.states == true);
    REQUIRE(body.items.has_value());
    // Read without the memo, the body gives the same items.
    Classification plain = classify(message, quote_rules());
    std::vector<PriceItem> fresh = extract_message_prices(message, plain.kind, {});
    CHECK(show(fresh) == show(*body.items));
    CHECK(show(fresh) ==
          std::vector<std::string>{"Ball valve DN50|VB-50||100||USD|12.50|FOB Ningbo||vb-50|-1",
                                   "Ball valve DN80|VB-80||50||USD|21.00|FOB Ningbo||vb-80|-1"});
    auto understood = understand(raw, Origin::unknown, quote_rules());
    REQUIRE(understood);
    CHECK(show(understood->prices) == show(fresh));
    CHECK_FALSE(understood->body_quote.items.has_value()); // the price step let it go
    // The memo is what the price step returns: items planted there come back as they are.
    body.items->resize(1);
    CHECK(show(extract_message_prices(message, DocKind::quote, {}, &body)) ==
          std::vector<std::string>{show(fresh).front()});
    // Read as another kind (a price notice's status differs), the body is read afresh.
    CHECK(extract_message_prices(message, DocKind::price_notice, {}, &body).size() == 2);
}
