// libFuzzer target: the whole message parser. Any crash, sanitizer report or invalid UTF-8 in
// the parsed message is a finding.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "common/utf8.hpp"
#include "parsers/mime.hpp"

namespace {

void require_utf8(std::string_view text) {
    if (!mailclerk::utf8::is_valid(text)) std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view raw(reinterpret_cast<const char*>(data), size);
    mailclerk::parsers::Message message = mailclerk::parsers::parse_message(raw);
    require_utf8(message.subject);
    require_utf8(message.text);
    require_utf8(message.message_id);
    for (const auto* list : {&message.from, &message.to, &message.cc, &message.bcc})
        for (const auto& address : *list) {
            require_utf8(address.name);
            require_utf8(address.address);
        }
    for (const auto& attachment : message.attachments) {
        require_utf8(attachment.filename);
        require_utf8(attachment.content_type);
    }
    return 0;
}
