#pragma once
// Where mail comes from, behind one interface: local files (.eml, mbox, Maildir, PST/OST) and
// IMAP folders. A source hands each message to a Sink and says where a batch ends; one
// BatchPolicy decides how big a batch is for every source, and the sink commits at each end.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "common/result.hpp"
#include "parsers/origin.hpp"
#include "store/index.hpp"

namespace mailclerk::sources {

using parsers::SourceRef;

// How much goes into one batch: a batch is committed (and for IMAP fetched) as a whole, so its
// size bounds both what a crash can make us redo and the memory in hand.
struct BatchPolicy {
    size_t max_messages = 500;
    uint64_t max_bytes = 64ull << 20;
    // Whether a batch holding `messages` messages of `bytes` bytes takes one more of `size`
    // bytes. An empty batch takes any message, however large.
    bool takes(size_t messages, uint64_t bytes, uint64_t size) const {
        return messages == 0 || (messages < max_messages && bytes + size <= max_bytes);
    }
};

// What a source feeds. Returning an error stops the source, which returns that error.
class Sink {
  public:
    virtual ~Sink() = default;
    // A message's raw bytes and where they were found. `consumed`: how many bytes of the
    // source have been read so far, for progress (0 where the source cannot tell).
    virtual Status message(std::string_view raw, const SourceRef& source, uint64_t consumed) = 0;
    // A message already archived, seen at a new place (its bytes were not fetched again).
    virtual Status known(const std::string& sha256, const SourceRef& source) = 0;
    // Everything handed over so far forms a batch: make it durable and commit it, together with
    // `state`, the IMAP folder's new sync state (nullopt for local sources).
    virtual Status batch_end(const std::optional<store::SyncState>& state) = 0;
    // One part of the source (a file) could not be read; the source goes on with the next
    // unless this returns an error.
    virtual Status unreadable(const Error& error) { return tl::unexpected(error); }
};

class Source {
  public:
    virtual ~Source() = default;
    // Feed every message to the sink, ending batches as the policy says (and at the end).
    virtual Status read(Sink& sink) = 0;
};

} // namespace mailclerk::sources
