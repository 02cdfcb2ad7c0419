#pragma once
// What the rep's daily agenda (daemon/today/) reads and writes: the recent messages its
// conversation states are computed from, the last exchange with a customer, the items reps
// dismissed and the digests sent (store/agenda.cpp). Every read is bounded by a date window or
// by one customer's posting list, so a manager's agenda costs milliseconds on a large archive.
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "store/rows.hpp"

namespace mailclerk::store {

class Agenda {
  public:
    virtual ~Agenda() = default;
    // Run `reads` in one read transaction: the agenda's statements share one consistent view
    // and one lock. Nothing may be written inside.
    virtual Status read_snapshot(const std::function<Status()>& reads) = 0;
    // Every message dated at or after `since` (epoch seconds), oldest first, with its customers;
    // unmatched ones with their addresses.
    virtual Result<AgendaWindow> agenda_messages(int64_t since) = 0;
    // The accounts (message_sources.account) each of these messages was fetched from; messages
    // that came from files have none.
    virtual Result<std::map<int64_t, std::vector<std::string>>>
    message_accounts(const std::vector<int64_t>& message_rows) = 0;
    // Each customer's newest outbound message and newest message either way (internal mail not
    // counted), as dates; customers without mail are absent. Kept as mail is written (schema
    // 15), so this reads one row per customer.
    virtual Result<std::map<int64_t, LastExchange>> last_exchanges() = 0;
    // The archive paths of a message's .eml files (relative to the root), first one first.
    virtual Result<std::vector<std::string>> message_paths(int64_t message_row) = 0;

    virtual Result<std::vector<Dismissal>> dismissals() = 0;
    // Record (or replace) the dismissal of dismissal.item.
    virtual Status dismiss(const Dismissal& dismissal) = 0;

    // Claim the digest of (record.day, record.user) before sending it: false when it was
    // claimed already (sent, or being sent by another process). Atomic across processes.
    virtual Result<bool> claim_digest(const DigestRecord& record) = 0;
    // After a send: mark it sent (sent = true) or release the claim so a later run retries.
    virtual Status finish_digest(const DigestRecord& record, bool sent) = 0;
    virtual Result<std::vector<DigestRecord>> digests(const std::string& day) = 0;
};

} // namespace mailclerk::store
