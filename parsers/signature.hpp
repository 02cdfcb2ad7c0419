#pragma once
// What a sender's signature clearly says about them: a phone number on a labelled line, a job
// title on the line under their name. Conservative: nothing is guessed from unlabelled digits.
#include <string>
#include <string_view>

namespace mailclerk::parsers {

struct SignatureFacts {
    std::string phone; // as written, spaces collapsed ("+86 21 5555 1234")
    std::string title; // "Purchasing Manager", "采购经理"
};

// Reads the sender's own text only (quoted replies and forwarded headers are cut off first),
// and of that the last lines, where signatures are.
SignatureFacts read_signature(std::string_view text, std::string_view sender_name);

} // namespace mailclerk::parsers
