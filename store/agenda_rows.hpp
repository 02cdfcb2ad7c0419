#pragma once
// One row of agenda_messages (schema 18) as both backends keep and read it: its columns in the
// order the agenda's window reads them, and the two encoded columns — the customers
// ("12:1,40:0": customer id and whether its own people are addressed, in link order) and the
// addresses (a JSON array of [role, address] in header order). SQLite's triggers write them
// (store/schema.cpp); PostgreSQL's writer writes them with agenda_customers_text and
// agenda_addresses_text (store/postgres/pg_writer_message.cpp); either reader decodes them here.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/arena.hpp"
#include "store/rows.hpp"

namespace mailclerk::store {

// The window's columns, in the order read_agenda_columns takes them.
inline constexpr const char* k_agenda_columns =
    "id, sha256, date, direction, kind, subject, message_id, in_reply_to, thread_key, "
    "auto_reply, bulk, customers, addresses";

// "12:1,40:0" into the arena; malformed links read as far as they parse.
std::span<const AgendaMessage::Customer> agenda_customers_of(std::string_view text, Arena& arena);
// [[role, address], ...]; anything else (never written) reads as none.
std::vector<std::pair<std::string, std::string>> agenda_addresses_of(std::string_view text);

// The encodings of a message's links and addresses, as the SQLite triggers write them.
std::string agenda_customers_text(const std::vector<AgendaMessage::Customer>& customers);
std::string agenda_addresses_text(const std::vector<std::pair<std::string, std::string>>& pairs);

} // namespace mailclerk::store
