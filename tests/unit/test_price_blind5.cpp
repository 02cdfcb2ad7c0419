// Price reading on the layouts of a European trading company's mail (bench/price_eval/blind5,
// issue 16): units, header words and currencies of Dutch, Polish, Turkish, Portuguese and Spanish
// documents, quantity breaks written as thousands or "up to", quoted and forwarded mail in more
// languages, and kinds. Each rule on varied inputs, with the inputs it must leave alone.
#include <catch2/catch.hpp>

#include "parsers/classify.hpp"
#include "parsers/grid/grid.hpp"
#include "parsers/prices.hpp"
#include "parsers/pricing/lexicon.hpp"
#include "parsers/pricing/money.hpp"
#include "parsers/pricing/table_reader.hpp"

using namespace mailclerk;
using namespace mailclerk::pricing;

namespace {

// product|model|quantity|unit|currency|price
std::string show(const PriceItem& i) {
    return i.product + "|" + i.model + "|" + i.quantity + "|" + i.unit + "|" + i.currency + "|" +
           i.unit_price;
}

std::vector<std::string> show(const std::vector<PriceItem>& items) {
    std::vector<std::string> out;
    for (const PriceItem& i : items)
        out.push_back(show(i));
    return out;
}

std::vector<PriceItem> read(const std::vector<std::vector<std::string>>& rows,
                            TableContext context = {}) {
    return read_table(grid::make_table(rows), context);
}

} // namespace

TEST_CASE("units: trade units of more languages", "[pricing][blind5]") {
    CHECK(normalise_unit("cx") == "boxes");
    CHECK(normalise_unit("caixa") == "boxes");
    CHECK(normalise_unit("DOZ") == "dozen");
    CHECK(normalise_unit("dúzia") == "dozen");
    CHECK(normalise_unit("docena") == "dozen");
    CHECK(normalise_unit("yd") == "yd");
    CHECK(normalise_unit("yards") == "yd");
    CHECK(normalise_unit("Tm") == "ton");
    CHECK(normalise_unit("metro") == "m");
    CHECK(normalise_unit("mètres") == "m");
    CHECK(normalise_unit("szt.") == "pcs");
    CHECK(normalise_unit("adet") == "pcs");
    CHECK(normalise_unit("stuks") == "pcs");
    CHECK(normalise_unit("koli") == "ctns");
    CHECK(normalise_unit("rouleaux") == "rolls");
    // after a price: "每码8.60元", "EUR a dúzia", "USD/yard"
    CHECK(first_unit_word("码") == "yd");
    CHECK(find_unit_after_slash("USD / yard") == "yd");
    // must not read: words that are no unit
    CHECK(normalise_unit("mb").empty());
    CHECK(normalise_unit("doze").empty());
    CHECK(normalise_unit("metal").empty());
}

TEST_CASE("currencies: Turkish lira and more codes, not part numbers", "[pricing][blind5]") {
    CHECK(find_currency("185,50 TL", "CNY") == "TRY");
    CHECK(find_currency("Fiyat (TL)", "CNY") == "TRY");
    CHECK(find_currency("Prix MAD / m", "CNY") == "MAD");
    CHECK(find_currency("1.250,00 RON", "CNY") == "RON");
    // must not read: a part number that starts with TL
    CHECK(find_currency("TL-WR841N router", "CNY").empty());
    CHECK(find_currency("TL5 lamp", "CNY").empty());
    CHECK(find_currency("lamp 5TL", "CNY").empty());
}

