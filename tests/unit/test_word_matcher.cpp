// Issue 18: the price readers look for whole word lists in one pass over a text
// (common/word_matcher.hpp); the answers must be those of one search per word.
#include <algorithm>
#include <random>
#include <set>
#include <utility>

#include <catch2/catch.hpp>

#include "common/word_matcher.hpp"
#include "parsers/pricing/lexicon.hpp"

using namespace mailclerk;

namespace {

using Hits = std::set<std::pair<size_t, size_t>>; // (word, at)

Hits matcher_hits(const WordMatcher& matcher, std::string_view text) {
    Hits out;
    matcher.each(text, [&](size_t word, size_t at) {
        out.insert({word, at});
        return true;
    });
    return out;
}

Hits naive_hits(const std::vector<std::string_view>& words, std::string_view text) {
    Hits out;
    for (size_t w = 0; w < words.size(); ++w) {
        if (words[w].empty()) continue;
        for (size_t at = text.find(words[w]); at != std::string_view::npos;
             at = text.find(words[w], at + 1))
            out.insert({w, at});
    }
    return out;
}

} // namespace

TEST_CASE("word matcher: every occurrence of every word, overlapping ones too", "[words]") {
    std::vector<std::string_view> words{"he", "she", "his", "hers", "", "单价", "价", "he"};
    WordMatcher matcher(words);
    std::string_view text = "ushers and his 单价 价格 she";
    Hits hits = matcher_hits(matcher, text);
    CHECK(hits == naive_hits(words, text));
    CHECK(hits.count({1, 1}) == 1); // "she" in "ushers"
    CHECK(hits.count({3, 2}) == 1); // "hers" overlapping it
    CHECK(hits.count({7, 2}) == 1); // a word listed twice is reported under both indices
    CHECK(hits.count({0, 2}) == 1);
    CHECK(matcher_hits(matcher, "").empty());
    CHECK(matcher_hits(matcher, "xyz").empty());
}

TEST_CASE("word matcher: the same hits as one search per word on random texts", "[words]") {
    // A small alphabet with multi-byte letters makes many partial and overlapping matches.
    const std::vector<std::string> letters{"a", "b", "ab", " ", "价", "格", "é"};
    std::mt19937 random(18);
    auto text_of = [&](size_t pieces) {
        std::string out;
        for (size_t i = 0; i < pieces; ++i)
            out += letters[random() % letters.size()];
        return out;
    };
    std::vector<std::string> owned;
    for (int i = 0; i < 40; ++i)
        owned.push_back(text_of(1 + random() % 4));
    std::vector<std::string_view> words(owned.begin(), owned.end());
    WordMatcher matcher(words);
    for (int round = 0; round < 200; ++round) {
        std::string text = text_of(random() % 60);
        REQUIRE(matcher_hits(matcher, text) == naive_hits(words, text));
    }
}

TEST_CASE("word set: the answers of has_word for each word", "[words][pricing]") {
    std::vector<std::string_view> words{"price", "unit price", "单价", "tax", "vat", "é", "pc"};
    pricing::WordSet set(words);
    for (std::string_view text : {"unit price", "unitprice", "prices", "单价(元)", "taxes vat",
                                  "prix ttc", "é", "café", "price/pc", "", "pcs", "vat-free"}) {
        std::vector<bool> found = set.in(text);
        bool any = false;
        for (size_t i = 0; i < words.size(); ++i) {
            CAPTURE(text, words[i]);
            CHECK(found[i] == pricing::has_word(text, words[i]));
            any = any || found[i];
        }
        CHECK(set.any_in(text) == any);
    }
    CHECK(set.in("taxes")[3] == false); // "tax" inside a word is no word of its own
    CHECK(set.in("tax, vat")[3] == true);
}
