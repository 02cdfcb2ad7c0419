#include "common/text_codec.hpp"

#include <cstdint>

namespace mailclerk {

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out.push_back(c);
        }
    }
    return out;
}

std::string percent_encode(std::string_view text) {
    static constexpr char k_hex[] = "0123456789ABCDEF";
    std::string out;
    for (char c : text) {
        auto byte = static_cast<unsigned char>(c);
        bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                     c == '-' || c == '.' || c == '_' || c == '~';
        if (plain) {
            out.push_back(c);
        } else {
            out.push_back('%');
            out.push_back(k_hex[byte >> 4]);
            out.push_back(k_hex[byte & 15]);
        }
    }
    return out;
}

std::string base64_encode(std::string_view bytes, size_t line_length) {
    static constexpr char k_alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    size_t column = 0;
    auto put = [&](char c) {
        if (line_length > 0 && column == line_length) {
            out += "\r\n";
            column = 0;
        }
        out.push_back(c);
        ++column;
    };
    for (size_t i = 0; i < bytes.size(); i += 3) {
        uint32_t chunk = static_cast<uint32_t>(static_cast<unsigned char>(bytes[i])) << 16;
        if (i + 1 < bytes.size())
            chunk |= static_cast<uint32_t>(static_cast<unsigned char>(bytes[i + 1])) << 8;
        if (i + 2 < bytes.size()) chunk |= static_cast<unsigned char>(bytes[i + 2]);
        put(k_alphabet[(chunk >> 18) & 63]);
        put(k_alphabet[(chunk >> 12) & 63]);
        put(i + 1 < bytes.size() ? k_alphabet[(chunk >> 6) & 63] : '=');
        put(i + 2 < bytes.size() ? k_alphabet[chunk & 63] : '=');
    }
    return out;
}

} // namespace mailclerk
