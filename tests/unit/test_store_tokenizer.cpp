#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "store/cjk_tokenizer.hpp"
#include "store/text_class.hpp"

using mailclerk::store::tokenize;
using Tokens = std::vector<std::string>;

TEST_CASE("tokenizer splits CJK into single characters", "[store][tokenizer]") {
    CHECK(tokenize("报价单") == Tokens{"报", "价", "单"});
    CHECK(tokenize("回复：合同") == Tokens{"回", "复", "合", "同"});
    CHECK(tokenize("カタカナ と 한국어") == Tokens{"カ", "タ", "カ", "ナ", "と", "한", "국", "어"});
}

TEST_CASE("tokenizer keeps Latin and digit runs whole and lower-cased", "[store][tokenizer]") {
    CHECK(tokenize("Quote for DN50, 5000S pcs!") == Tokens{"quote", "for", "dn50", "5000s", "pcs"});
    CHECK(tokenize("DN50阀门") == Tokens{"dn50", "阀", "门"});
    CHECK(tokenize("e-mail: sales@acme.com") == Tokens{"e", "mail", "sales", "acme", "com"});
}

TEST_CASE("tokenizer folds fullwidth ASCII and Latin diacritics", "[store][tokenizer]") {
    CHECK(tokenize("ＤＮ５０，ＰＶＣ") == Tokens{"dn50", "pvc"});
    CHECK(tokenize("Café MÜLLER Ærø") == Tokens{"cafe", "muller", "æro"});
    CHECK(tokenize("Смирнов") == Tokens{"смирнов"});
}

TEST_CASE("tokenizer survives invalid UTF-8 and empty input", "[store][tokenizer]") {
    CHECK(tokenize("").empty());
    CHECK(tokenize("，。、 —").empty());
    CHECK(tokenize("ab\xff\xfe"
                   "cd") == Tokens{"ab", "cd"});
    std::string long_word(500, 'x');
    CHECK(tokenize(long_word) == Tokens{std::string(64, 'x')});
}

namespace {

using mailclerk::store::TokenizeMode;

// "text" for a token at a new position, "+text" for a colocated one; the mark that starts a
// spaced pair shows as "^".
Tokens marked(std::string_view text, TokenizeMode mode) {
    Tokens out;
    for (const auto& token : mailclerk::store::tokens(text, mode)) {
        std::string shown = token.text;
        if (!shown.empty() && shown[0] == '\x01') shown.replace(0, 1, "^");
        out.push_back((token.colocated ? "+" : "") + shown);
    }
    return out;
}

} // namespace

TEST_CASE("documents give each piece and, colocated, its pair with the next",
          "[store][tokenizer]") {
    CHECK(marked("报价单", TokenizeMode::document) == Tokens{"报", "+报价", "价", "+价单", "单"});
    // Across a separator or a word, the pair keeps a space: never a CJK bigram.
    CHECK(marked("报价。DN50阀门", TokenizeMode::document) ==
          Tokens{"报", "+报价", "价", "+^价 dn50", "dn50", "+^dn50 阀", "阀", "+阀门", "门"});
    CHECK(marked("カナ 한국", TokenizeMode::document) ==
          Tokens{"カ", "+カナ", "ナ", "+^ナ 한", "한", "+한국", "국"});
    CHECK(
        marked("Ball valves, thank you", TokenizeMode::document) ==
        Tokens{"ball", "+^ball valves", "valves", "+^valves thank", "thank", "+^thank you", "you"});
    CHECK(marked("one", TokenizeMode::document) == Tokens{"one"});
    auto offsets = mailclerk::store::tokens("a报价", TokenizeMode::document);
    REQUIRE(offsets.size() == 5);
    CHECK(offsets[3].text == "报价");
    CHECK(offsets[3].start == 1); // the bigram spans both characters
    CHECK(offsets[3].end == 7);
}

TEST_CASE("queries of several pieces are the phrase of their pairs", "[store][tokenizer]") {
    CHECK(marked("报", TokenizeMode::query) == Tokens{"报"});
    CHECK(marked("DN50", TokenizeMode::query) == Tokens{"dn50"});
    CHECK(marked("报价", TokenizeMode::query) == Tokens{"报价"});
    CHECK(marked("报价单", TokenizeMode::query) == Tokens{"报价", "价单"});
    CHECK(marked("报价单 DN50", TokenizeMode::query) == Tokens{"报价", "价单", "^单 dn50"});
    CHECK(marked("DN50 阀门", TokenizeMode::query) == Tokens{"^dn50 阀", "阀门"});
    CHECK(marked("报 价", TokenizeMode::query) == Tokens{"^报 价"});
    CHECK(marked("QT-2026-0412", TokenizeMode::query) == Tokens{"^qt 2026", "^2026 0412"});
    CHECK(marked("ball valves thank you", TokenizeMode::query) ==
          Tokens{"^ball valves", "^valves thank", "^thank you"});
    CHECK(marked("，。", TokenizeMode::query).empty());
}

TEST_CASE("tokenizer drops combining diacritics inside words", "[store][tokenizer]") {
    CHECK(tokenize("Cafe\xcc\x81 Mu\xcc\x88ller") == Tokens{"cafe", "muller"});
}

// Issue 18: ASCII is folded and classed byte by byte and an ideograph's token is its own bytes;
// both must give what text::fold and text::classify give for the decoded code point.
TEST_CASE("tokenizer: every ASCII byte as the code point classes say", "[store][tokenizer]") {
    using mailclerk::store::text::CharClass;
    for (int byte = 1; byte < 0x80; ++byte) {
        char32_t folded = mailclerk::store::text::fold(static_cast<char32_t>(byte));
        bool word = mailclerk::store::text::classify(folded) == CharClass::word;
        std::string text = "a" + std::string(1, static_cast<char>(byte)) + "b";
        Tokens expected =
            word ? Tokens{"a" + std::string(1, static_cast<char>(folded)) + "b"} : Tokens{"a", "b"};
        CHECK(tokenize(text) == expected);
    }
}

TEST_CASE("tokenizer: ideographs beside ASCII, fullwidth and invalid bytes", "[store][tokenizer]") {
    // Fullwidth letters fold into the ASCII word they touch; an ideograph is never joined to it.
    CHECK(tokenize("Ａb報價c") == Tokens{"ab", "報", "價", "c"});
    CHECK(tokenize("\xff報\xe5\xa0") == Tokens{"報"}); // a cut sequence is no ideograph
    auto offsets = mailclerk::store::tokens("\xff報x", TokenizeMode::document);
    REQUIRE(offsets.size() == 3);
    CHECK(offsets[0].text == "報");
    CHECK(offsets[0].start == 1);
    CHECK(offsets[0].end == 4);
    CHECK(offsets[2].text == "x");
    CHECK(offsets[2].start == 4);
}
