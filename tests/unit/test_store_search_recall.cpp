// Must hold (issue 7): on a generated corpus, search finds every message that contains a 1-, 2-,
// 3- or 4-character Chinese term or an English word (100 % recall) and nothing else; phrases
// match only where their words stand in a row. The truth is computed here by plain substring
// search over the generated text, not through the tokenizer.
#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "common/sha256.hpp"
#include "store/archive.hpp"
#include "store/cjk_tokenizer.hpp"
#include "store/index.hpp"
#include "store/sqlite.hpp"
#include "tests/unit/temp_dir.hpp"

using namespace mailclerk;

namespace {

// Few characters, so that 1-4 character terms recur often and overlap in many ways.
const std::vector<std::string> k_hanzi = {"报", "价", "单", "合", "同", "阀", "门", "球", "的",
                                          "货", "期", "订", "发", "票", "询", "盘", "型", "号"};
// Display form (what the message says) and the form a reader would search for.
const std::vector<std::pair<std::string, std::string>> k_words = {
    {"valve", "valve"}, {"Valve", "valve"},         {"VALVE", "valve"},   {"ball", "ball"},
    {"quote", "quote"}, {"Quotation", "quotation"}, {"DN50", "dn50"},     {"dn80", "dn80"},
    {"5000S", "5000s"}, {"price", "price"},         {"café", "cafe"},     {"Müller", "muller"},
    {"naïve", "naive"}, {"order", "order"},         {"flange", "flange"}, {"steel", "steel"},
    {"PN16", "pn16"},   {"delivery", "delivery"}};

struct Text {
    std::string shown;     // what is indexed
    std::string canonical; // lower case, no accents: what the truth searches
};

struct Generated {
    Text subject;
    Text body;
    Text attachment; // empty: no attachment
};

// Segments: a run of Chinese characters or a few English words. Two runs are parted by
// Chinese punctuation, a run and words by one space; words within a segment by one space.
Text make_text(std::mt19937& rng, int segments) {
    Text out;
    bool last_cjk = false;
    for (int i = 0; i < segments; ++i) {
        bool cjk = rng() % 2 == 0;
        if (i > 0) {
            std::string glue = cjk && last_cjk ? (rng() % 2 ? "，" : "。") : " ";
            out.shown += glue;
            out.canonical += glue;
        }
        if (cjk) {
            for (int n = 1 + static_cast<int>(rng() % 10); n > 0; --n) {
                const std::string& c = k_hanzi[rng() % k_hanzi.size()];
                out.shown += c;
                out.canonical += c;
            }
        } else {
            for (int n = 1 + static_cast<int>(rng() % 4); n > 0; --n) {
                const auto& [shown, canonical] = k_words[rng() % k_words.size()];
                out.shown += shown + (n > 1 ? " " : "");
                out.canonical += canonical + (n > 1 ? " " : "");
            }
        }
        last_cjk = cjk;
    }
    return out;
}

bool is_word_byte(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// needle occurs in haystack, and where it starts or ends with a Latin word the word is whole.
bool contains(const std::string& haystack, const std::string& needle) {
    for (size_t at = haystack.find(needle); at != std::string::npos;
         at = haystack.find(needle, at + 1)) {
        size_t end = at + needle.size();
        bool starts_whole = at == 0 || !is_word_byte(haystack[at - 1]) || !is_word_byte(needle[0]);
        bool ends_whole =
            end == haystack.size() || !is_word_byte(haystack[end]) || !is_word_byte(needle.back());
        if (starts_whole && ends_whole) return true;
    }
    return false;
}

struct Corpus {
    test::TempDir dir;
    std::filesystem::path db_path = dir.path() / "index.sqlite";
    store::Archive archive{dir.path()};
    store::Index index = store::Index::open(db_path).value();
    std::vector<Generated> docs;
    std::vector<std::string> shas;

    explicit Corpus(int count) {
        std::mt19937 rng(20261103);
        for (int i = 0; i < count; ++i) {
            Generated g{make_text(rng, 3), make_text(rng, 6 + static_cast<int>(rng() % 20)), {}};
            if (rng() % 4 == 0) g.attachment = make_text(rng, 10);
            add(g, i);
            docs.push_back(std::move(g));
        }
    }

    void add(const Generated& g, int i) {
        parsers::Message m;
        m.subject = g.subject.shown;
        m.text = g.body.shown;
        m.date = 1767225600 + i * 3600;
        m.from = {{"", "x@acme.com"}};
        if (!g.attachment.shown.empty()) {
            parsers::Attachment a;
            a.filename = "att.bin"; // never a query term
            a.content = "bytes";
            m.attachments.push_back(a);
        }
        parsers::Classification c;
        std::string raw = "Subject: " + m.subject + "\r\n\r\n" + m.text + std::to_string(i);
        std::string sha = sha256_hex(raw);
        auto filed = archive.file(sha, raw, m, {});
        REQUIRE(filed);
        // The attachment's text as the extraction hands it to the writer.
        std::vector<store::AttachmentText> texts;
        if (!g.attachment.shown.empty()) texts.push_back({g.attachment.shown, ""});
        store::NewMessage record{sha, static_cast<int64_t>(raw.size()), &m, &c, &*filed, &texts};
        REQUIRE(index.begin());
        REQUIRE(index.add_message(record));
        REQUIRE(index.commit());
        shas.push_back(sha);
    }

    std::set<std::string> truth(const std::string& needle) const {
        std::set<std::string> out;
        for (size_t i = 0; i < docs.size(); ++i)
            if (contains(docs[i].subject.canonical, needle) ||
                contains(docs[i].body.canonical, needle) ||
                contains(docs[i].attachment.canonical, needle))
                out.insert(shas[i]);
        return out;
    }

    std::set<std::string> found(const std::string& query) {
        auto results =
            index.search(store::SearchRequest{query, "", store::SearchSort::date, 10000, 0});
        REQUIRE(results);
        std::set<std::string> out;
        for (const auto& hit : results->results)
            out.insert(hit.sha256);
        CHECK(results->total == static_cast<int64_t>(out.size()));
        return out;
    }
};

// The runs of generated Chinese characters of a text, each as its characters.
std::vector<std::vector<std::string>> hanzi_runs(const std::string& text) {
    std::set<std::string> hanzi(k_hanzi.begin(), k_hanzi.end());
    std::vector<std::vector<std::string>> runs(1);
    for (size_t at = 0; at < text.size();) {
        bool wide = static_cast<unsigned char>(text[at]) >= 0x80;
        std::string c = text.substr(at, wide ? 3 : 1);
        at += c.size();
        if (hanzi.contains(c))
            runs.back().push_back(c);
        else if (!runs.back().empty())
            runs.emplace_back();
    }
    return runs;
}

// Chinese terms of a given length: random ones (which may not occur: false positives would
// show) and ones cut from the generated bodies (which surely occur: recall).
std::set<std::string> chinese_terms(const Corpus& corpus, size_t length, std::mt19937& rng) {
    std::set<std::string> terms;
    for (size_t i = 0; i < 40; ++i) {
        std::string term;
        for (size_t k = 0; k < length; ++k)
            term += k_hanzi[rng() % k_hanzi.size()];
        terms.insert(term);
    }
    for (size_t d = 0; d < corpus.docs.size() && terms.size() < 100; d += 3)
        for (const auto& run : hanzi_runs(corpus.docs[d].body.canonical))
            if (run.size() >= length) {
                size_t at = rng() % (run.size() - length + 1);
                std::string term;
                for (size_t k = 0; k < length; ++k)
                    term += run[at + k];
                terms.insert(term);
            }
    return terms;
}

// Two English words in a row as written in some message, and the same words in reverse.
std::set<std::string> english_phrases(const Corpus& corpus) {
    std::set<std::string> phrases;
    for (size_t d = 0; d < corpus.docs.size() && phrases.size() < 60; d += 5) {
        const std::string& body = corpus.docs[d].body.canonical;
        for (size_t at = 0; at < body.size(); ++at) {
            if (!is_word_byte(body[at]) || (at > 0 && is_word_byte(body[at - 1]))) continue;
            size_t space = body.find(' ', at);
            if (space == std::string::npos || !is_word_byte(body[space + 1])) continue;
            size_t end = space + 1;
            while (end < body.size() && is_word_byte(body[end]))
                ++end;
            std::string first = body.substr(at, space - at);
            if (!std::all_of(first.begin(), first.end(), is_word_byte)) continue;
            std::string second = body.substr(space + 1, end - space - 1);
            phrases.insert(first + " " + second);
            phrases.insert(second + " " + first);
            break;
        }
    }
    return phrases;
}

} // namespace

TEST_CASE("search recall of Chinese terms and English words is 100 percent",
          "[store][search][recall]") {
    Corpus corpus(400);
    std::mt19937 rng(7);
    size_t checked = 0;
    size_t non_empty = 0;
    for (size_t length = 1; length <= 4; ++length) {
        for (const std::string& term : chinese_terms(corpus, length, rng)) {
            INFO("Chinese term " << term);
            auto expected = corpus.truth(term);
            CHECK(corpus.found(term) == expected);
            CHECK(corpus.found("\"" + term + "\"") == expected);
            ++checked;
            non_empty += expected.empty() ? 0u : 1u;
        }
    }
    for (const auto& [shown, canonical] : k_words) {
        INFO("English word " << shown);
        auto expected = corpus.truth(canonical);
        CHECK_FALSE(expected.empty());
        CHECK(corpus.found(shown) == expected);
        CHECK(corpus.found(canonical) == expected);
        ++checked;
    }
    CHECK(checked > 300);
    CHECK(non_empty > 150);
}

TEST_CASE("phrase queries have no false positives", "[store][search][recall]") {
    Corpus corpus(400);
    size_t non_empty = 0;
    size_t empty = 0;
    for (const std::string& phrase : english_phrases(corpus)) {
        INFO("phrase " << phrase);
        auto expected = corpus.truth(phrase);
        CHECK(corpus.found("\"" + phrase + "\"") == expected);
        (expected.empty() ? empty : non_empty) += 1u;
    }
    // Mixed phrases: the end of a Chinese run, one space, the English word that follows.
    std::mt19937 rng(11);
    for (size_t d = 0; d < corpus.docs.size(); d += 9) {
        const std::string& body = corpus.docs[d].body.canonical;
        size_t space = body.find(' ');
        if (space == std::string::npos || space < 6) continue;
        auto runs = hanzi_runs(body.substr(space - 6, 6));
        if (runs.size() != 1 || runs[0].size() != 2) continue;
        size_t end = body.find_first_of(" ", space + 1);
        std::string word = body.substr(space + 1, end == std::string::npos ? end : end - space - 1);
        if (!std::all_of(word.begin(), word.end(), is_word_byte)) continue;
        std::string phrase = body.substr(space - 6, 6) + " " + word;
        std::string other =
            k_hanzi[rng() % k_hanzi.size()] + k_hanzi[rng() % k_hanzi.size()] + " " + word;
        for (const std::string& p : {phrase, other}) {
            INFO("mixed phrase " << p);
            auto expected = corpus.truth(p);
            CHECK(corpus.found("\"" + p + "\"") == expected);
            (expected.empty() ? empty : non_empty) += 1u;
        }
    }
    CHECK(non_empty > 30);
    CHECK(empty > 10);
}
