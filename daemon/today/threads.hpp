#pragma once
// Conversations among the agenda's messages: the References/In-Reply-To root (thread_key), a
// parent named by In-Reply-To, and for a reply that lost its headers (a new mail written
// "RE: ..." from a phone or another client) the latest earlier conversation of the same
// customer with the same subject. A new mail that only repeats a subject ("Inquiry") without a
// reply prefix starts a conversation of its own.
#include <cstddef>
#include <span>
#include <vector>

#include "store/rows.hpp"

namespace mailclerk::today {

// For each message (in the order given, oldest first) the index of the first message of its
// conversation.
std::vector<size_t> conversations(std::span<const store::AgendaMessage> messages);

} // namespace mailclerk::today
