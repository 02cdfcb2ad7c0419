// Document kinds extended from config ([[kind_rule]]) and read from a document's own text
// (issue 6).
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "config/config.hpp"
#include "daemon/app/workspace.hpp"
#include "parsers/classify.hpp"
#include "parsers/understand.hpp"

using namespace mailclerk;
using parsers::DocKind;

TEST_CASE("kind rules: config adds words that win over the built-in table", "[prices][kinds]") {
    auto config = config::parse(R"(
[archive]
root = "/tmp/a"

[[kind_rule]]
pattern = "Kostenvoranschlag"
kind = "quote"
strong = true

[[kind_rule]]
pattern = "lieferschein"
kind = "other"
)",
                                "t.toml");
    REQUIRE(config);
    REQUIRE(config->kind_rules.size() == 2);
    CHECK(config->kind_rules[0].pattern == "kostenvoranschlag");
    auto rules = app::match_rules(*config);
    REQUIRE(rules);
    const auto& extra = rules->kind_patterns;
    CHECK(parsers::classify_kind("Unser Kostenvoranschlag Nr. 4711", "", extra) == DocKind::quote);
    CHECK(parsers::classify_kind("Unser Kostenvoranschlag Nr. 4711", "") == DocKind::other);
    CHECK(parsers::classify_kind("Hallo", "anbei der kostenvoranschlag.", extra) == DocKind::quote);
    CHECK(parsers::classify_attachment_kind("Kostenvoranschlag_4711.pdf", DocKind::other, extra) ==
          DocKind::quote);
    // Built in since issue 16: German, Spanish, French, Italian, Portuguese, Japanese words.
    CHECK(parsers::classify_kind("Angebot AN-25-04091", "") == DocKind::quote);
    CHECK(parsers::classify_kind("Projektangebot AN-26-02104", "") == DocKind::quote);
    CHECK(parsers::classify_kind("Nettopreisliste 2026", "") == DocKind::quote);
    CHECK(parsers::classify_kind("Cotización SW-C250819-02", "") == DocKind::quote);
    CHECK(parsers::classify_kind("Devis D25-0325-04", "") == DocKind::quote);
    CHECK(parsers::classify_kind("Offerta n. 2025/0412", "") == DocKind::quote);
    CHECK(parsers::classify_kind("Proposta comercial PC-2025/087", "") == DocKind::quote);
    CHECK(parsers::classify_kind("【お見積り】ボールねじ", "") == DocKind::quote);
    CHECK(parsers::classify_kind("Bestellung BE-2025-0412", "") == DocKind::order);
    CHECK(parsers::classify_kind("Pedido de compra 2025/1187", "") == DocKind::order);
    CHECK(parsers::classify_kind("Angebotsanfrage Kugelhähne", "") == DocKind::inquiry);
    // A reply titled after the inquiry that offers prices is the quote; one that asks is not.
    CHECK(parsers::classify_kind("RE: Inquiry ball valves", "Please see our offer below:") ==
          DocKind::quote);
    CHECK(parsers::classify_kind("Ihre Anfrage O-Ringe", "Gerne bieten wir Ihnen wie folgt an:") ==
          DocKind::quote);
    CHECK(parsers::classify_kind("回复：询价：闸阀", "您好！报价如下：") == DocKind::quote);
    CHECK(parsers::classify_kind("RE: RFQ valves", "Our target price is USD 20. Please quote.") ==
          DocKind::inquiry);
    // A revised quote is no circular; a notice that says so is.
    CHECK(parsers::classify_kind("回复：报价单-QT-YS250218 价格调整", "") == DocKind::quote);
    CHECK(parsers::classify_kind("报价单价格调整通知", "") == DocKind::price_notice);
    // A user's word consumes its text first: "Lieferschein order" is not an order.
    CHECK(parsers::classify_attachment_kind("Lieferschein.pdf", DocKind::quote, extra) ==
          DocKind::quote);
}

TEST_CASE("kind rules: config errors name file, line and key", "[prices][kinds]") {
    const std::string archive = "[archive]\nroot = \"/tmp/a\"\n";
    auto bad_kind =
        config::parse(archive + "[[kind_rule]]\npattern = \"x\"\nkind = \"offer\"\n", "k.toml");
    REQUIRE_FALSE(bad_kind);
    CHECK(bad_kind.error().message == "k.toml:5: kind_rule.kind: must be one of inquiry, quote, "
                                      "contract, order, invoice, price-notice, other");
    auto no_pattern = config::parse(archive + "[[kind_rule]]\nkind = \"quote\"\n", "k.toml");
    REQUIRE_FALSE(no_pattern);
    CHECK(no_pattern.error().message == "k.toml:3: kind_rule.pattern: missing");
    auto unknown = config::parse(
        archive + "[[kind_rule]]\npattern = \"x\"\nkind = \"quote\"\nweight = 2\n", "k.toml");
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message.starts_with("k.toml:6: kind_rule.weight"));
}

TEST_CASE("kinds: replies and forwards in three languages", "[prices][kinds]") {
    CHECK(parsers::classify_kind("回复：报价单 QT-031", "") == DocKind::quote);
    CHECK(parsers::classify_kind("转发：采购订单 PO-7781", "") == DocKind::order);
    CHECK(parsers::classify_kind("RE: FW: 詢價 不鏽鋼螺絲", "") == DocKind::inquiry);
    CHECK(parsers::classify_kind("RE: RFQ valves - Quotation QT-1", "") == DocKind::quote);
    CHECK(parsers::classify_kind("回覆：合約草稿", "") == DocKind::contract);
    CHECK(parsers::classify_kind("Fwd: 发票 INV-118", "") == DocKind::invoice);
    CHECK(parsers::classify_document_text("PROFORMA INVOICE / QUOTATION\nPayment: invoice") ==
          DocKind::quote);
    CHECK(parsers::classify_document_text("Lunch menu") == DocKind::other);
}

TEST_CASE("kinds: invoices, price notices and orders are told apart (issue 16)",
          "[prices][kinds]") {
    // A later document names the earlier one it follows: the invoice names its order.
    CHECK(parsers::classify_kind("发票及送货单 — 订单 ECPC-PO-2025-0388", "") == DocKind::invoice);
    CHECK(parsers::classify_kind("Commercial Invoice CI-2025-0820 / PO-TW250715", "") ==
          DocKind::invoice);
    CHECK(parsers::classify_kind("Commercial Invoice CI-2025-1120 and B/L copy - PO 4500012345",
                                 "") == DocKind::invoice);
    CHECK(parsers::classify_kind("2026年价格调整通知 / Price adjustment notice 2026",
                                 "Orders confirmed before January 31 keep the current prices.") ==
          DocKind::price_notice);
    CHECK(parsers::classify_kind("关于部分产品价格上调的通知", "") == DocKind::price_notice);
    CHECK(parsers::classify_kind("Price increase notice - effective 1/1/2026", "") ==
          DocKind::price_notice);
    CHECK(parsers::classify_kind("Preisanpassung zum 01.02.2026", "") == DocKind::price_notice);
    CHECK(parsers::classify_kind("Hello", "自2026年2月1日起，我司价格调整如下") ==
          DocKind::price_notice);
    CHECK(parsers::classify_kind("PO 4471 against quotation QT-88", "") == DocKind::order);
    CHECK(parsers::classify_kind("Sales contract SC-31 for PO 4471", "") == DocKind::contract);
    CHECK(parsers::to_string(DocKind::price_notice) == std::string("price-notice"));
    CHECK(parsers::folder_name(DocKind::price_notice) == std::string("price-notices"));
    CHECK(parsers::doc_kind_from_string("price-notice") == DocKind::price_notice);
    CHECK(parsers::names_proforma("Proforma invoice SWE-PI-25-0520 / your PO NPS-4471"));
    CHECK(parsers::names_proforma("PI-2026-03.pdf"));
    CHECK(parsers::names_proforma("形式发票"));
    CHECK_FALSE(parsers::names_proforma("Pipeline report"));
}

TEST_CASE("kinds: an attachment with a neutral name takes the kind its text names",
          "[prices][kinds]") {
    parsers::Message message;
    message.subject = "Documents";
    message.attachments.push_back({"scan_0012.csv", "text/csv",
                                   "QUOTATION QT-9\nProduct,Price\nValve,USD 3.10\n", false,
                                   DocKind::other});
    message.attachments.push_back({"scan_0013.csv", "text/csv",
                                   "INVOICE 118\nProduct,Price\nValve,USD 3.10\n", false,
                                   DocKind::other});
    auto extracted = parsers::extract_documents(message, DocKind::other);
    CHECK(message.attachments[0].kind == DocKind::quote);
    CHECK(message.attachments[1].kind == DocKind::invoice);
    // Only the quote's table becomes a price item.
    REQUIRE(extracted.prices.size() == 1);
    CHECK(extracted.prices[0].product == "Valve");
    CHECK(extracted.prices[0].unit_price == "3.10");
    CHECK(extracted.prices[0].attachment == 0);
}

TEST_CASE("match rules: a slug used by two customers names both at the second one",
          "[config][matching]") {
    std::string text = "[archive]\nroot = \"/tmp/a\"\n";
    for (int i = 0; i < 300; ++i)
        text += fmt::format("[[customer]]\nname = \"Customer {}\"\nslug = \"c{}\"\n", i, i);
    text += "[[customer]]\nname = \"Acme Again\"\nslug = \"c7\"\n";
    auto config = config::parse(text, "dup.toml");
    REQUIRE(config);
    auto rules = app::match_rules(*config);
    REQUIRE_FALSE(rules);
    CHECK(rules.error().message ==
          "dup.toml:903: customer.slug: 'c7' is already used by 'Customer 7'");
    config->customers.pop_back();
    auto distinct = app::match_rules(*config);
    REQUIRE(distinct);
    CHECK(distinct->customers.size() == 300);
}
