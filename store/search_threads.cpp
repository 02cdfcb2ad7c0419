#include "store/search_threads.hpp"

#include <array>
#include <map>

#include "common/union_find.hpp"
#include "common/utf8.hpp"
#include "store/cjk_tokenizer.hpp"

namespace mailclerk::store {
namespace {

constexpr std::array<std::string_view, 14> k_prefixes = {"re",   "fw",   "fwd",  "aw",   "wg",
                                                         "sv",   "vs",   "antw", "回复", "回覆",
                                                         "答复", "转发", "轉寄", "转"};

// Length of "prefix:" / "prefix[2]:" / "prefix：" at the start of text, else 0.
size_t reply_prefix(std::string_view text) {
    std::string lower = utf8::ascii_lower(text.substr(0, 16));
    for (std::string_view prefix : k_prefixes) {
        if (!std::string_view(lower).starts_with(prefix)) continue;
        size_t pos = prefix.size();
        if (pos < text.size() && (text[pos] == '[' || text[pos] == '(')) {
            size_t close = text.find_first_of("])", pos);
            if (close == std::string_view::npos) continue;
            pos = close + 1;
        }
        std::string_view rest = text.substr(pos);
        if (rest.starts_with(":")) return pos + 1;
        if (rest.starts_with("：")) return pos + std::string_view("：").size();
    }
    return 0;
}

} // namespace

std::string normalised_subject(std::string_view subject) {
    for (;;) {
        subject = utf8::trim(subject);
        if (subject.starts_with("[")) {
            size_t close = subject.find(']');
            if (close == std::string_view::npos) break;
            subject.remove_prefix(close + 1);
            continue;
        }
        size_t prefix = reply_prefix(subject);
        if (prefix == 0) break;
        subject.remove_prefix(prefix);
    }
    // Words parted by one space; characters of a CJK run stay together.
    std::string out;
    size_t previous_end = 0;
    for (const Token& token : tokens(subject)) {
        if (token.colocated) continue;
        bool glued = token.start == previous_end && !out.empty() &&
                     static_cast<unsigned char>(token.text[0]) >= 0x80 &&
                     static_cast<unsigned char>(out.back()) >= 0x80;
        out += (out.empty() || glued ? "" : " ") + token.text;
        previous_end = token.end;
    }
    return out;
}

bool is_reply_subject(std::string_view subject) {
    for (;;) {
        subject = utf8::trim(subject);
        if (!subject.starts_with("[")) return reply_prefix(subject) > 0;
        size_t close = subject.find(']');
        if (close == std::string_view::npos) return false;
        subject.remove_prefix(close + 1);
    }
}

std::vector<SearchThread> group_threads(const std::vector<SearchHit>& hits) {
    UnionFind sets(hits.size());
    std::map<std::string, size_t> by_key;
    std::map<std::string, size_t> by_subject;
    std::vector<std::string> subjects;
    for (size_t i = 0; i < hits.size(); ++i) {
        subjects.push_back(normalised_subject(hits[i].subject));
        if (!hits[i].thread_key.empty()) {
            auto [it, fresh] = by_key.emplace(hits[i].thread_key, i);
            if (!fresh) sets.join(it->second, i);
        }
        if (!subjects[i].empty()) {
            auto [it, fresh] = by_subject.emplace(subjects[i], i);
            if (!fresh) sets.join(it->second, i);
        }
    }
    std::vector<SearchThread> threads;
    std::map<size_t, size_t> thread_of_root;
    for (size_t i = 0; i < hits.size(); ++i) {
        size_t root = sets.find(i);
        auto [it, fresh] = thread_of_root.emplace(root, threads.size());
        if (fresh) threads.push_back({hits[i].thread_key, subjects[i], {}});
        threads[it->second].hits.push_back(i);
    }
    return threads;
}

} // namespace mailclerk::store
