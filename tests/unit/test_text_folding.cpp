// The text steps every price reader runs many times over (issue 18: they were a fifth of an
// import's instructions): spaces collapsed, cells folded, fillers cut off product names. Each
// was rewritten to one pass; these pin what they give, and what they must leave alone.
#include <catch2/catch.hpp>

#include "parsers/grid/grid.hpp"
#include "parsers/pricing/fillers.hpp"
#include "parsers/pricing/lexicon.hpp"

using namespace mailclerk;

TEST_CASE("collapse_spaces: every kind of space run is one ASCII space, ends trimmed", "[grid]") {
    CHECK(grid::collapse_spaces("  Valve\u3000\u3000DN50 \t\r\n PN16  ") == "Valve DN50 PN16");
    CHECK(grid::collapse_spaces("a\u00A0b\u2009c\u202Fd") == "a b c d");
    CHECK(grid::collapse_spaces("\u200B\uFEFF报价\u200B单") == "报价单"); // zero-width: dropped
    CHECK(grid::collapse_spaces(" \u3000\t") == "");
    // Not spaces: left as they are.
    CHECK(grid::collapse_spaces("a_b-c\u3001d") == "a_b-c\u3001d");
    CHECK(grid::collapse_spaces("\xff x") == "\xff x"); // a stray byte is kept, not dropped
}

TEST_CASE("fold: lower case and collapsed spaces in one pass", "[pricing]") {
    CHECK(pricing::fold("  Unit  PRICE\u3000(USD) ") == "unit price (usd)");
    CHECK(pricing::fold("\u00C9TAT \u00D7 2") == "\u00E9tat \u00D7 2"); // × is no letter
    CHECK(pricing::fold("单价\u200B\u3000 元") == "单价 元");
    CHECK(pricing::fold("") == "");
}

TEST_CASE("strip_fillers: the words around a product name come off its ends", "[pricing]") {
    struct Row {
        const char* text;
        const char* name;
    };
    const Row rows[] = {
        {"the price of DN50 valve", "DN50 valve"},
        {"DN50球阀单价", "DN50球阀"},
        {"Model SV-100 and", "SV-100"},
        {"DN80的每只", "DN80"},
        {"цена на насос", "насос"},
        {"  Valve\u3000\u3000DN50 : ", "Valve DN50"},
        {"(FL-DN80-16) passa", "(FL-DN80-16)"},
        {"price", ""},
        {"A", ""},
        // Must not be cut: a filler inside a word or a code, or after a Cyrillic letter.
        {"QL-CIT-A", "QL-CIT-A"},
        {"насос", "насос"},
        {"Offering valves", "Offering valves"},
        {"Panel", "Panel"},
        {"Bola", "Bola"},
        {"DN80每平方米价格表", "DN80每平方米价格表"}, // 每 too far from the end to be a unit
    };
    for (const Row& row : rows) {
        INFO(row.text);
        CHECK(pricing::strip_fillers(row.text) == row.name);
    }
}
