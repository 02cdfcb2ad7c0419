#pragma once
// Re-matching: after the directory changed (customer added, domain added, merge, rename),
// every archived message is classified again from its archived bytes and re-filed: hard links
// added under the customers it gained, removed under those it lost, message_customers and
// contacts brought up to date. Nothing is fetched again and the canonical copy is never touched:
// new links are durable and committed before any old one is unlinked.
#include <atomic>
#include <cstdint>
#include <string>

#include "common/result.hpp"
#include "parsers/classify.hpp"
#include "store/archive.hpp"
#include "store/index.hpp"

namespace mailclerk::app {

struct RematchReport {
    int64_t messages = 0;   // archived messages looked at
    int64_t changed = 0;    // whose customers changed
    int64_t linked = 0;     // new files (links) made
    int64_t unlinked = 0;   // files removed (never a message's last one)
    int64_t unreadable = 0; // archived file missing or unreadable: left as it was
};

// stop: checked between batches; a stopped run leaves everything consistent (run it again).
Result<RematchReport> rematch(const parsers::MatchRules& rules, store::Archive& archive,
                              store::Index& index, const std::atomic<bool>* stop = nullptr);

// Open the workspace of this config and re-match it, logging the outcome (the daemon's SIGHUP).
Status rematch_archive(const std::string& config_flag, const std::atomic<bool>& stop);

} // namespace mailclerk::app
