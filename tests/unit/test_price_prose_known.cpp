// Issue 16, the known gaps of the prose reader and the lexicon: amounts in Chinese capital and
// mixed numerals, revisions that state old and new prices in one sentence, products whose name
// begins with a payment word, tax qualifiers beside a price, and a buyer's wanted price (target,
// budget, counter-offer, request), which is never the counterpart's price.
#include <catch2/catch.hpp>

#include "parsers/classify.hpp"
#include "parsers/pricing/asking.hpp"
#include "parsers/pricing/lexicon.hpp"
#include "parsers/pricing/prose.hpp"
#include "parsers/pricing/prose_money.hpp"

using namespace mailclerk;
using namespace mailclerk::pricing;

namespace {

// price|currency|unit|previous price, and the model when the item has one
std::string show(const PriceItem& i) {
    return i.unit_price + "|" + i.currency + "|" + i.unit + "|" + i.previous_price + "|" + i.model;
}

std::vector<std::string> show(const std::vector<PriceItem>& items) {
    std::vector<std::string> out;
    for (const PriceItem& i : items)
        out.push_back(show(i));
    return out;
}

TableContext in(std::string currency) {
    TableContext context;
    context.terms.currency = std::move(currency);
    context.status = k_quoted;
    return context;
}

} // namespace

TEST_CASE("prose: amounts in Chinese capital numerals become digits", "[pricing][prose]") {
    struct Row {
        const char* written;
        const char* digits;
    };
    const Row rows[] = {
        {"人民币壹佰伍拾元整", "人民币150.00元"},
        {"叁拾伍元伍角", "35.50元"},
        {"每只捌角伍分", "每只0.85元"},
        {"壹万贰仟元整", "12000.00元"},
        {"壹拾万元", "100000.00元"},
        {"壹佰零伍元正", "105.00元"},
        {"贰仟〇伍拾圆", "2050.00元"},
        {"两仟元", "2000.00元"},
        {"壹亿贰仟万元", "120000000.00元"},
        {"壹仟贰佰元整/吨", "1200.00元/吨"},
        // Mixed forms: digits with 万/亿, when money follows or a currency precedes.
        {"1.5万元", "15000.00元"},
        {"单价12万元/台", "单价120000.00元/台"},
        {"人民币12万", "人民币120000.00"},
        {"1.25万美元", "12500.00美元"},
        {"0.8万元", "8000.00元"},
        {"RMB 3.6万", "RMB 36000.00"},
        // Not amounts: ordinary numerals, quantities in 万, capital numerals that are no money.
        {"一元复始", "一元复始"},
        {"三十五元", "三十五元"},
        {"年用量12万只", "年用量12万只"},
        {"壹号仓库", "壹号仓库"},
    };
    for (const Row& row : rows) {
        INFO(row.written);
        CHECK(detail::arabic_amounts(row.written) == row.digits);
    }
}

TEST_CASE("prose: Chinese revisions in capital and mixed numerals", "[pricing][prose]") {
    auto items = read_prose("经核算，J41H-16C DN50截止阀单价调整为人民币壹佰伍拾元整（不含税），"
                            "DN80的每只230元（不含税），其余不变。",
                            in("CNY"));
    CHECK(show(items) ==
          std::vector<std::string>{"150.00|CNY|只||J41H-16C DN50", "230|CNY|只||J41H-16C DN80"});
    items = read_prose("GL-200隔膜阀单价调整为每台壹佰伍拾元整。", in("CNY"));
    CHECK(show(items) == std::vector<std::string>{"150.00|CNY|台||GL-200"});
    items = read_prose("螺纹钢HRB400价格下调至人民币壹仟贰佰元整/吨，自下月起执行。", in("CNY"));
    CHECK(show(items) == std::vector<std::string>{"1200.00|CNY|吨||HRB400"});
    items = read_prose("Z41H-16C DN100闸阀单价由1.5万元调整为1.38万元。", in("CNY"));
    CHECK(show(items) == std::vector<std::string>{"13800.00|CNY||15000.00|Z41H-16C DN100"});
    items = read_prose("王经理：YL-300液压机报价为人民币叁万捌仟伍佰元整/台，含税含运费。", {});
    CHECK(show(items) == std::vector<std::string>{"38500.00|CNY|台||YL-300"});
}

TEST_CASE("prose: old and new price in one sentence, the new one is current", "[pricing][prose]") {
    auto items =
        read_prose("The SV-100 safety valve is now USD 12.80 per set instead of 13.50.", {});
    CHECK(show(items) == std::vector<std::string>{"12.80|USD|sets|13.50|SV-100"});
    items = read_prose("Model PX-40 filter: now EUR 8.90/pc instead of EUR 9.40.", {});
    CHECK(show(items) == std::vector<std::string>{"8.90|EUR|pcs|9.40|PX-40"});
    items = read_prose("The HB-20 hinge was USD 3.10, now USD 2.95 per pc.", {});
    CHECK(show(items) == std::vector<std::string>{"2.95|USD|pcs|3.10|HB-20"});
    items =
        read_prose("For the KV-8 coupling we can offer GBP 4.15 each rather than GBP 4.40.", {});
    CHECK(show(items) == std::vector<std::string>{"4.15|GBP|pcs|4.40|KV-8"});
    items = read_prose("Q41F-16P DN25球阀单价由68元调整为65元/只。", in("CNY"));
    CHECK(show(items) == std::vector<std::string>{"65|CNY|只|68|Q41F-16P DN25"});
}

TEST_CASE("lexicon: a payment word that begins a product's name is no payment line",
          "[pricing][lexicon]") {
    const char* products[] = {"Balance valve",
                              "Balance valve DN50",
                              "Static balance valve DN50",
                              "Deposit box 20L",
                              "Advance relay AR-12",
                              "Credit card reader",
                              "Payment terminal PT-3",
                              "Installment kit for pumps",
                              "尾款箱",
                              "定金盒 DJ-2"};
    for (const char* cell : products) {
        INFO(cell);
        CHECK(non_item_kind(cell).empty());
    }
    const char* payments[] = {"Balance 70% before shipment",
                              "30% deposit",
                              "余款发货前付清",
                              "Deposit",
                              "Balance",
                              "Balance due",
                              "Deposit (30%)",
                              "Advance",
                              "Balance by T/T",
                              "Balance payable against copy of B/L",
                              "尾款",
                              "定金比例30%",
                              "尾款于发货前付清",
                              "Anzahlung bei Auftragserteilung",
                              "Solde à la livraison",
                              "Deposit of USD 2,000"};
    for (const char* cell : payments) {
        INFO(cell);
        CHECK(non_item_kind(cell) == "payment");
    }
    CHECK(mentions_as_money(fold("please pay the balance before shipment"), "balance"));
    CHECK_FALSE(mentions_as_money(fold("balance valve bv-50"), "balance"));
}

TEST_CASE("prose: products named with payment or charge words keep their prices",
          "[pricing][prose]") {
    const char* priced[] = {
        "Balance valve BV-50: USD 12.80/pc, FOB Ningbo.",
        "The Deposit box DB-20 is USD 45.00 each.",
        "Advance relay AR-12 unit price USD 4.50 per pc.",
        "Charge controller CC-20: USD 35.00/pc.",
        "Credit card reader CR-7 at EUR 21.00 each.",
        "尾款箱WK-3单价45元/个。",
    };
    for (const char* text : priced) {
        INFO(text);
        CHECK(read_prose(text, {}).size() == 1);
    }
    const char* payments[] = {
        "Balance 70% before shipment: USD 6,625.50.",
        "30% deposit USD 2,839.50 by T/T.",
        "余款人民币12,000元发货前付清。",
        "An advance of USD 500.00 is due on signing.",
        "We will charge USD 50.00 for the courier.",
    };
    for (const char* text : payments) {
        INFO(text);
        CHECK(read_prose(text, {}).empty());
    }
}

TEST_CASE("prose: tax qualifiers beside a price are no tax amount", "[pricing][prose]") {
    CHECK(read_prose("DN80截止阀每只230元（不含税）。", {}).size() == 1);
    CHECK(read_prose("闸阀Z41H-16C DN100单价318.50元，含税价372.65元。", {}).size() >= 1);
    CHECK(read_prose("The PX-40 filter is EUR 12.00 per pc excl. VAT.", {}).size() == 1);
    CHECK(read_prose("Der Zylinder HZ-50 kostet 98,00 EUR zzgl. MwSt. je Stück.",
                     [] {
                         TableContext c;
                         c.mark = Mark::comma;
                         return c;
                     }())
              .size() == 1);
    // A tax amount is still none.
    CHECK(read_prose("VAT: EUR 2.28", {}).empty());
    CHECK(read_prose("税额人民币39.00元。", {}).empty());
    CHECK(read_prose("增值税人民币1,300元另计。", {}).empty());
}

TEST_CASE("prose: a buyer's target, budget, counter-offer or request is no price",
          "[pricing][prose]") {
    const char* wanted[] = {
        "Our target price is USD 10.50 per pc for the SV-100.",
        "DN50球阀能否做到8.5元/只",
        "Please quote your best price for 500 pcs SV-100, budget 1200 EUR.",
        "Could you do EUR 9.80 for the HZ-50 cylinder",
        "Zielpreis für HZ-50: 9,80 €",
        "El precio objetivo del FL-DN80 es USD 4.20.",
        "贵司的GL-200隔膜阀可否按每台140元供货",
        "We can pay USD 3.00 per pc for the KV-8 coupling.",
        "If you can reach USD 11.00 for the SV-100 we will order 500 pcs.",
        "我们的预算是每吨1,150元。",
    };
    for (const char* text : wanted) {
        INFO(text);
        CHECK(read_prose(text, in("USD")).empty());
        CHECK(states_wanted_price(text));
    }
    // The seller's own words still state prices.
    CHECK(read_prose("For the SV-100 our best price is USD 11.20 per pc.", {}).size() == 1);
    CHECK_FALSE(states_wanted_price("For the SV-100 our best price is USD 11.20 per pc."));
    CHECK_FALSE(states_wanted_price("Please quote your best price for the SV-100."));
}

TEST_CASE("classify: a reply that only names the price its writer wants is no quote",
          "[classify]") {
    auto mail = [](std::string subject, std::string text) {
        parsers::Message m;
        m.from = {{"", "buyer@acme.com"}};
        m.to = {{"", "sales@ourco.com"}};
        m.subject = std::move(subject);
        m.in_reply_to = "<q1@ourco.com>";
        m.text = std::move(text);
        return m;
    };
    parsers::MatchRules rules;
    rules.own_domains = {"ourco.com"};
    const std::pair<const char*, const char*> asking[] = {
        {"RE: Quotation QT-118", "Thanks. Our target price for the SV-100 is USD 10.50 per pc."},
        {"回复：报价单", "王经理，DN50球阀能否做到8.5元/只？量大。"},
        {"AW: Angebot 2026-14", "Unser Zielpreis für HZ-50 liegt bei 9,80 € je Stück."},
        {"RE: Quotation", "Please quote your best price, our budget is 1200 EUR for 100 pcs."},
    };
    for (const auto& [subject, text] : asking) {
        INFO(subject);
        CHECK(parsers::classify(mail(subject, text), rules).kind == parsers::DocKind::inquiry);
    }
    // The seller's answer with its price stays a quote, even when it names the target.
    CHECK(parsers::classify(mail("RE: Quotation QT-118",
                                 "We cannot reach your target price of USD 10.50. For the SV-100 "
                                 "safety valve our best price is USD 11.20 per pc."),
                            rules)
              .kind == parsers::DocKind::quote);
    // And a reply carrying a quote file is a quote whatever its text asks.
    parsers::Message with_file =
        mail("RE: Quotation QT-118", "Your target price of USD 10.50 is "
                                     "not possible, see the revised quote.");
    with_file.attachments.push_back({"QT-118 rev1.pdf", "application/pdf", "%PDF-1.4"});
    CHECK(parsers::classify(with_file, rules).kind == parsers::DocKind::quote);
}
