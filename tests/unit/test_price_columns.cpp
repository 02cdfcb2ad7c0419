// The layout a rep's correction shows (issue 16, `mailclerk prices fix --price`): the column of
// the corrected row that held the right price is the customer's price column, and the
// customer's next tables with both columns read their price from it; other customers' tables,
// and tables without both columns, read as before.
#include <catch2/catch.hpp>

#include "parsers/understand.hpp"
#include "tests/unit/price_test_support.hpp"

using namespace mailclerk;

namespace {

using Rows = std::vector<std::vector<std::string>>;

const Rows k_quote = {
    {"Model", "Description", "Qty", "Unit Price", "Promo Price"},
    {"AX-100", "Angle valve 1/2\"", "100", "12.50", "11.90"},
    {"AX-200", "Angle valve 3/4\"", "50", "18.00", "17.20"},
};

std::optional<pricing::ColumnChoice> implied(const Rows& rows, size_t item,
                                             std::string_view corrected) {
    auto items = test::read(rows, test::in("USD"));
    REQUIRE(items.size() > item);
    return pricing::implied_choice(grid::make_table(rows), items[item].line, corrected,
                                   test::in("USD"));
}

pricing::TableContext choosing(std::string from, std::string to) {
    pricing::TableContext context = test::in("USD");
    context.column_choices = {{std::move(from), std::move(to)}};
    return context;
}

} // namespace

TEST_CASE("the corrected price in another column of its row names that column",
          "[prices][columns]") {
    CHECK(test::show(test::read(k_quote, test::in("USD"))) ==
          std::vector<std::string>{"Angle valve 1/2\"|AX-100|100||USD|12.50",
                                   "Angle valve 3/4\"|AX-200|50||USD|18.00"});
    auto choice = implied(k_quote, 0, "11.9");
    REQUIRE(choice);
    CHECK(choice->from == "unit price");
    CHECK(choice->to == "promo price");
    CHECK(implied(k_quote, 1, "17.20") == choice);
}

TEST_CASE("a correction that no single other column holds shows no layout", "[prices][columns]") {
    CHECK_FALSE(implied(k_quote, 0, "11.50")); // a price the rep negotiated: in no column
    CHECK_FALSE(implied(k_quote, 0, "12.50")); // the price read: no other column
    CHECK_FALSE(implied(k_quote, 0, "100"));   // the quantity column is never the price
    Rows twice = k_quote;
    twice[0].push_back("Web Price");
    twice[1].push_back("11.90");
    twice[2].push_back("17.00");
    CHECK_FALSE(implied(twice, 0, "11.90")); // two columns hold it: which one is unknown
    CHECK(implied(twice, 1, "17.20"));
    // A row of another table.
    auto items = test::read(k_quote, test::in("USD"));
    Rows other = {{"Model", "Unit Price", "Promo Price"}, {"BX-1", "3.00", "2.80"}};
    CHECK_FALSE(
        pricing::implied_choice(grid::make_table(other), items[0].line, "11.90", test::in("USD")));
}

TEST_CASE("a price-break table shows no layout: the rep picked a tier, not a column",
          "[prices][columns]") {
    Rows tiers = {{"Model", "100-499 pcs", "500-999 pcs", "1000+ pcs"},
                  {"CX-10", "2.40", "2.20", "2.05"}};
    auto items = test::read(tiers, test::in("USD"));
    REQUIRE(items.size() == 3);
    CHECK_FALSE(
        pricing::implied_choice(grid::make_table(tiers), items[0].line, "2.20", test::in("USD")));
}

TEST_CASE("a column choice reads the price from the chosen column of tables that have both",
          "[prices][columns]") {
    CHECK(test::show(test::read(k_quote, choosing("unit price", "promo price"))) ==
          std::vector<std::string>{"Angle valve 1/2\"|AX-100|100||USD|11.90",
                                   "Angle valve 3/4\"|AX-200|50||USD|17.20"});
    // The next quote of the same layout, other rows and another column order.
    Rows next = {{"Promo Price", "Model", "Description", "Unit Price", "Qty"},
                 {"12.00", "AX-100", "Angle valve 1/2\"", "12.60", "200"},
                 {"19.00", "AX-300", "Angle valve 1\"", "20.00", "80"}};
    CHECK(test::show(test::read(next, choosing("unit price", "promo price"))) ==
          std::vector<std::string>{"Angle valve 1/2\"|AX-100|200||USD|12.00",
                                   "Angle valve 1\"|AX-300|80||USD|19.00"});
}

TEST_CASE("a column choice leaves tables without both columns as they read", "[prices][columns]") {
    Rows no_promo = {{"Model", "Description", "Qty", "Unit Price"},
                     {"AX-100", "Angle valve 1/2\"", "100", "12.50"}};
    CHECK(test::show(test::read(no_promo, choosing("unit price", "promo price"))) ==
          test::show(test::read(no_promo, test::in("USD"))));
    // The price column has another title: the choice was about "unit price".
    Rows other_title = {{"Model", "Description", "Qty", "Price", "Promo Price"},
                        {"AX-100", "Angle valve 1/2\"", "100", "12.50", "11.90"}};
    CHECK(test::show(test::read(other_title, choosing("unit price", "promo price"))) ==
          test::show(test::read(other_title, test::in("USD"))));
    // Several price columns (FOB and CIF): the choice never narrows them to one.
    Rows two_terms = {{"Model", "FOB Ningbo", "CIF Hamburg", "Promo Price"},
                      {"AX-100", "12.50", "13.40", "11.90"}};
    CHECK(test::show(test::read(two_terms, choosing("fob ningbo", "promo price"))) ==
          test::show(test::read(two_terms, test::in("USD"))));
}

TEST_CASE("the choice of a customer reads that customer's mail only", "[prices][columns]") {
    std::string csv = "Model,Description,Qty,Unit Price,Promo Price\r\n"
                      "AX-100,Angle valve,100,12.50,11.90\r\n";
    auto mail = [&](const std::string& from) {
        return "From: Sales <sales@" + from +
               ">\r\nTo: buyer@ourco.com\r\nSubject: Quotation Q-7\r\nDate: Mon, 2 Nov 2026 "
               "10:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; "
               "boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nPlease find our "
               "quotation attached, prices in USD.\r\n--b\r\nContent-Type: text/csv; "
               "name=quotation.csv\r\nContent-Disposition: attachment; "
               "filename=quotation.csv\r\n\r\n" +
               csv + "--b--\r\n";
    };
    parsers::MatchRules rules;
    rules.own_domains = {"ourco.com"};
    rules.customers = {{"acme", "ACME", {"acme.com"}, {}}, {"beta", "Beta", {"beta.com"}, {}}};
    rules.column_choices["acme"] = {{"unit price", "promo price"}};
    auto price_of = [&](const std::string& domain) {
        auto understood = parsers::understand(mail(domain), parsers::Origin::unknown, rules);
        REQUIRE(understood);
        REQUIRE(understood->prices.size() == 1);
        return understood->prices[0].unit_price;
    };
    CHECK(price_of("acme.com") == "11.90");
    CHECK(price_of("beta.com") == "12.50");
}
