#pragma once
// Outlook's winmail.dat (application/ms-tnef): the real attachments and body inside, through
// libytnef. Only mime.cpp calls this; the result is plain value types.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/message.hpp"

namespace mailclerk::parsers {

struct TnefContent {
    std::string text;                    // plain body, UTF-8 (empty when Outlook sent none)
    std::string html;                    // HTML body, UTF-8
    std::vector<Attachment> attachments; // origin = tnef; a body only in RTF becomes body.rtf
    bool damaged = false;                // the stream ended early or failed a check
};

// True when the part is a TNEF stream by type or by its well-known name.
bool is_tnef_part(std::string_view content_type, std::string_view filename);

// Unpack a TNEF stream. nullopt when the bytes are not TNEF at all (wrong signature); a
// damaged stream gives what could be read and damaged = true. Never throws.
std::optional<TnefContent> unpack_tnef(std::string_view bytes);

} // namespace mailclerk::parsers
