#include "daemon/today/threads.hpp"

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>

#include "common/union_find.hpp"
#include "store/search_threads.hpp"

namespace mailclerk::today {
namespace {

// No In-Reply-To and no References: its thread key is its own identity.
bool headerless(const store::AgendaMessage& m) {
    return m.in_reply_to.empty() && (m.thread_key == m.message_id || m.thread_key == m.sha256);
}

} // namespace

std::vector<size_t> conversations(const std::vector<store::AgendaMessage>& messages) {
    UnionFind sets(messages.size());
    // Keys are views into `messages` (and into `normalised`, whose values stay where they are
    // as it grows): a 1M-message index has ~28,000 in the window, and a copy of each key was
    // a quarter of `today` (issue 20).
    std::unordered_map<std::string_view, size_t> by_key, by_message_id;
    by_key.reserve(messages.size());
    by_message_id.reserve(messages.size());
    std::map<std::pair<int64_t, std::string_view>, size_t> by_subject; // -> latest
    // A conversation repeats its subject: each one is normalised (tokenized) once.
    std::unordered_map<std::string_view, std::string> normalised;
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
        auto [known, first_seen] = normalised.try_emplace(m.subject);
        if (first_seen) known->second = store::normalised_subject(m.subject);
        std::string_view subject = known->second;
        if (subject.empty()) continue;
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
