#include "daemon/today/threads.hpp"

#include <cstdint>
#include <functional>
#include <memory_resource>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "common/arena.hpp"
#include "common/union_find.hpp"
#include "store/search_threads.hpp"

namespace mailclerk::today {
namespace {

// No In-Reply-To and no References: its thread key is its own identity.
bool headerless(const store::AgendaMessage& m) {
    return m.in_reply_to.empty() && (m.thread_key == m.message_id || m.thread_key == m.sha256);
}

// (customer, subject number) -> the latest message, one integer key per bucket: an ordered
// map of (customer, subject text) compared strings at every step of 28,000 look-ups (1M index).
struct SubjectKeyHash {
    size_t operator()(const std::pair<int64_t, uint32_t>& key) const {
        return std::hash<uint64_t>()(static_cast<uint64_t>(key.first) * 0x9E3779B97F4A7C15ULL ^
                                     key.second);
    }
};

} // namespace

std::vector<size_t> conversations(std::span<const store::AgendaMessage> messages) {
    UnionFind sets(messages.size());
    // The maps' nodes in one arena of huge pages: ~28,000 messages at 1M make a few MB of
    // nodes, a page fault per 4 KiB otherwise (common/arena.hpp).
    Arena arena;
    // Keys are views into `messages`: a 1M-message index has ~28,000 in the window, and a copy
    // of each key was a quarter of `today` (issue 20).
    std::pmr::unordered_map<std::string_view, size_t> by_key(arena.resource()),
        by_message_id(arena.resource());
    by_key.reserve(messages.size());
    by_message_id.reserve(messages.size());
    // A conversation repeats its subject: each one is normalised (tokenized) once, and each
    // normalised subject numbered (0: none left, "Re:" alone).
    std::pmr::unordered_map<std::string_view, uint32_t> subject_number(arena.resource()),
        numbers(arena.resource());
    numbers.emplace("", 0);
    std::pmr::unordered_map<std::pair<int64_t, uint32_t>, size_t, SubjectKeyHash> by_subject(
        arena.resource());
    by_subject.reserve(messages.size());
    for (size_t i = 0; i < messages.size(); ++i) {
        const store::AgendaMessage& m = messages[i];
        if (!m.thread_key.empty()) {
            auto [it, fresh] = by_key.emplace(m.thread_key, i);
            if (!fresh) sets.join(it->second, i);
        }
        if (!m.message_id.empty()) by_message_id.emplace(m.message_id, i);
        if (auto parent = by_message_id.find(m.in_reply_to);
            !m.in_reply_to.empty() && parent != by_message_id.end())
            sets.join(parent->second, i);
        auto [known, first_seen] = subject_number.try_emplace(m.subject);
        if (first_seen) {
            std::string normalised = store::normalised_subject(m.subject);
            auto number = numbers.find(normalised);
            if (number == numbers.end())
                number =
                    numbers.emplace(arena.copy(normalised), static_cast<uint32_t>(numbers.size()))
                        .first;
            known->second = number->second;
        }
        uint32_t subject = known->second;
        if (subject == 0) continue;
        bool lost_headers = headerless(m) && store::is_reply_subject(m.subject);
        for (const store::AgendaMessage::Customer& customer : m.customers) {
            auto [it, fresh] = by_subject.try_emplace({customer.id, subject}, i);
            if (!fresh) {
                if (lost_headers) sets.join(it->second, i);
                it->second = i;
            }
        }
    }
    std::vector<size_t> out(messages.size());
    for (size_t i = 0; i < messages.size(); ++i)
        out[i] = sets.find(i);
    return out;
}

} // namespace mailclerk::today
