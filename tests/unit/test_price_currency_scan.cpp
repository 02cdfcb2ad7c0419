// Issue 18: find_currency reads a text in one pass over all currency tokens, and the prose reader
// stops before its costly steps when neither the text nor the context names a currency. Both
// must answer as the one-search-per-token reader did.
#include <catch2/catch.hpp>

#include "parsers/pricing/lexicon.hpp"
#include "parsers/pricing/money.hpp"
#include "parsers/pricing/prose.hpp"
#include "parsers/pricing/prose_money.hpp"

using namespace mailclerk;
using namespace mailclerk::pricing;

namespace {

TableContext in(std::string currency) {
    TableContext context;
    context.terms.currency = std::move(currency);
    context.status = k_quoted;
    return context;
}

std::vector<std::string> prices(const std::vector<PriceItem>& items) {
    std::vector<std::string> out;
    for (const PriceItem& item : items)
        out.push_back(item.unit_price + " " + item.currency);
    return out;
}

} // namespace

TEST_CASE("currency scan: the first currency of the text, the longest token at one place",
          "[pricing][currency]") {
    CHECK(find_currency("EUR 5.00 or USD 6.00") == "EUR");
    CHECK(find_currency("USD 6.00 or EUR 5.00") == "USD");
    CHECK(find_currency("price US$12.50/pc") == "USD");
    CHECK(find_currency("HK$ 88 per set") == "HKD");
    CHECK(find_currency("NT$1,200") == "TWD");
    CHECK(find_currency("R$ 45,90") == "BRL");
    CHECK(find_currency("Rs. 1,18,500/-") == "INR");
    CHECK(find_currency("单价118元/只") == "CNY");
    CHECK(find_currency("报价：12.5美元") == "USD");
    // "$" is the peso or another dollar where the text names it by code.
    CHECK(find_currency("$86.50 MXN c/u") == "MXN");
    CHECK(find_currency("$86.50 each") == "USD");
    // The yen sign is the yen the caller says (Japanese or Chinese).
    CHECK(find_currency("¥1,200", "JPY") == "JPY");
    CHECK(find_currency("¥1,200", "CNY") == "CNY");
}

TEST_CASE("currency scan: words in any case, codes only as written", "[pricing][currency]") {
    CHECK(find_currency("15 Euros per metre") == "EUR");
    CHECK(find_currency("12 DOLLARS a piece") == "USD");
    CHECK(find_currency("fifty US Dollars") == "USD");
    // Not currencies: a lower-case code, a code inside a word, 元 in 单元 / 元件, TL in a part
    // number, đ starting a Vietnamese word.
    CHECK(find_currency("usd or eur, whichever") == "");
    CHECK(find_currency("USDA certified, EUROPEAN standard") == "");
    CHECK(find_currency("第3单元，电子元件") == "");
    CHECK(find_currency("router TL-WR841N") == "");
    CHECK(find_currency("điều khoản hợp đồng") == "");
    CHECK(find_currency("no money named here, 12 pcs by 3 March") == "");
}

TEST_CASE("prose: no currency in the text or the context, no price", "[pricing][prose]") {
    // Numbers everywhere, but nothing names money: ordinary mail.
    std::string_view plain = "Please ship 4500 pcs of SV-100 by 12 March.\n"
                             "Unit price 12.50 as agreed, call me on 0571-8888 1234.\n";
    CHECK(read_prose(plain, in("")).empty());
    // The same sentence once the document names its currency: the price word makes it one.
    CHECK(prices(read_prose(plain, in("USD"))) == std::vector<std::string>{"12.50 USD"});
    // A currency beside the number needs no context.
    CHECK(prices(read_prose("Ball valve DN50: USD 23.40 per pc FOB Ningbo.\n", in(""))) ==
          std::vector<std::string>{"23.40 USD"});
    // Capital numerals are money once written in digits: their 元 names the currency.
    CHECK(prices(read_prose("DN50球阀单价人民币壹佰伍拾元整/只\n", in(""))) ==
          std::vector<std::string>{"150.00 CNY"});
}

// Issue 18: codes are looked for only at capitals and only before the first currency token;
// the answers are the ones a look at every byte of the whole text gives.
TEST_CASE("currency scan: a code before, after or in place of a token", "[pricing][currency]") {
    CHECK(find_currency("Unit price (NGN) 5,000") == "NGN");
    CHECK(find_currency("NGN 5,000 or USD 12") == "NGN");
    CHECK(find_currency("USD 12 or NGN 5,000") == "USD");
    CHECK(find_currency("12 euros, then NGN 5,000") == "EUR");
    // A code word counts beside a number or in brackets, not as a word in capitals.
    CHECK(find_currency("ALL 1,200 per set") == "ALL");
    CHECK(find_currency("price (ALL)") == "ALL");
    CHECK(find_currency("ALL ITEMS IN STOCK") == "");
    // must not match: capitals joined to a part number or to more capitals, lower case.
    CHECK(find_currency("XNGN 12, NGN2 and SRD-25") == "");
    CHECK(find_currency("ngn 5,000") == "");
}
