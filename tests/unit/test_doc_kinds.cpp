// Document kinds extended from config ([[kind_rule]]) and read from a document's own text
// (issue 6).
#include <catch2/catch.hpp>

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
pattern = "Angebot"
kind = "quote"
strong = true

[[kind_rule]]
pattern = "lieferschein"
kind = "other"
)",
                                "t.toml");
    REQUIRE(config);
    REQUIRE(config->kind_rules.size() == 2);
    CHECK(config->kind_rules[0].pattern == "angebot");
    auto rules = app::match_rules(*config);
    REQUIRE(rules);
    const auto& extra = rules->kind_patterns;
    CHECK(parsers::classify_kind("Unser Angebot Nr. 4711", "", extra) == DocKind::quote);
    CHECK(parsers::classify_kind("Unser Angebot Nr. 4711", "") == DocKind::other);
    CHECK(parsers::classify_kind("AW: Anfrage", "anbei unser angebot.", extra) == DocKind::quote);
    CHECK(parsers::classify_attachment_kind("Angebot_4711.pdf", DocKind::other, extra) ==
          DocKind::quote);
    // A user's word consumes its text first: "Lieferschein order" is not an order.
    CHECK(parsers::classify_attachment_kind("Lieferschein.pdf", DocKind::quote, extra) ==
          DocKind::quote);
}

TEST_CASE("kind rules: config errors name file, line and key", "[prices][kinds]") {
    const std::string archive = "[archive]\nroot = \"/tmp/a\"\n";
    auto bad_kind =
        config::parse(archive + "[[kind_rule]]\npattern = \"x\"\nkind = \"offer\"\n", "k.toml");
    REQUIRE_FALSE(bad_kind);
    CHECK(
        bad_kind.error().message ==
        "k.toml:5: kind_rule.kind: must be one of inquiry, quote, contract, order, invoice, other");
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
