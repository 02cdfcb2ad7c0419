// Parsers for the response kinds the client reads: status, CAPABILITY, LIST, STATUS, EXAMINE
// data, SEARCH/ESEARCH and FETCH.
#include <algorithm>
#include <ctime>

#include <fmt/format.h>

#include "common/utf8.hpp"
#include "daemon/imap/response.hpp"

namespace mailclerk::imap {
namespace {

std::string upper(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return out;
}

bool starts_with_upper(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() && upper(text.substr(0, prefix.size())) == prefix;
}

// Split off the first space-separated word.
std::string_view next_word(std::string_view& text) {
    size_t space = text.find(' ');
    std::string_view word = text.substr(0, space);
    text = space == std::string_view::npos ? std::string_view{} : text.substr(space + 1);
    return word;
}

std::vector<std::string> upper_words(std::string_view text) {
    std::vector<std::string> out;
    while (!text.empty()) {
        std::string_view word = next_word(text);
        if (!word.empty()) out.push_back(upper(word));
    }
    return out;
}

tl::unexpected<Error> bad_response(std::string_view what, const Response& response) {
    return fail(ErrorCode::parse, fmt::format("unreadable {} response: {}", what,
                                              utf8::sanitize(utf8::truncate(response.text, 200))));
}

// Tokenize the data after an untagged response's name, when the name is `expected`.
Result<std::vector<Item>> untagged_items(const Response& response, std::string_view expected) {
    UntaggedKind kind = untagged_kind(response);
    if (response.tag != "*" || kind.name != expected) return bad_response(expected, response);
    std::vector<std::string> literals = response.literals;
    auto items = tokenize(kind.rest, std::move(literals));
    if (!items) return bad_response(expected, response);
    return items;
}

bool is_string_like(const Item& item) {
    return item.kind == Item::Kind::string || item.kind == Item::Kind::atom;
}

} // namespace

UntaggedKind untagged_kind(const Response& response) {
    UntaggedKind out;
    std::string_view text = response.text;
    std::string_view word = next_word(text);
    if (auto number = parse_u32(word)) {
        out.number = number;
        word = next_word(text);
    }
    out.name = upper(word);
    out.rest = text;
    return out;
}

std::string_view status_name(StatusKind kind) {
    constexpr std::string_view k_names[] = {"OK", "NO", "BAD", "PREAUTH", "BYE"}; // enum order
    return k_names[static_cast<size_t>(kind)];
}

std::optional<StatusResponse> parse_status(const Response& response) {
    if (response.tag.empty() || response.tag == "+") return std::nullopt;
    std::string_view text = response.text;
    std::string word = upper(next_word(text));
    StatusResponse out;
    static constexpr StatusKind k_kinds[] = {StatusKind::ok, StatusKind::no, StatusKind::bad,
                                             StatusKind::preauth, StatusKind::bye};
    auto kind = std::find_if(std::begin(k_kinds), std::end(k_kinds),
                             [&](StatusKind k) { return status_name(k) == word; });
    if (kind == std::end(k_kinds)) return std::nullopt;
    out.kind = *kind;
    if (!text.empty() && text.front() == '[') {
        size_t close = text.find(']');
        if (close != std::string_view::npos) {
            out.code = std::string(text.substr(1, close - 1));
            text = text.substr(close + 1);
            if (!text.empty() && text.front() == ' ') text.remove_prefix(1);
        }
    }
    out.text = std::string(text);
    return out;
}

std::optional<std::vector<std::string>> parse_capabilities(const Response& response) {
    if (response.tag == "*" && untagged_kind(response).name == "CAPABILITY")
        return upper_words(untagged_kind(response).rest);
    auto status = parse_status(response);
    if (status && starts_with_upper(status->code, "CAPABILITY "))
        return upper_words(std::string_view(status->code).substr(11));
    return std::nullopt;
}

Result<ListEntry> parse_list(const Response& response) {
    auto items = untagged_items(response, "LIST");
    if (!items) return tl::unexpected(items.error());
    // LIST-EXTENDED may append extended data after the mailbox: ignored.
    if (items->size() < 3 || (*items)[0].kind != Item::Kind::list || !is_string_like((*items)[2]))
        return bad_response("LIST", response);
    ListEntry out;
    for (Item& attribute : (*items)[0].children) {
        if (attribute.kind != Item::Kind::atom) return bad_response("LIST", response);
        out.attributes.push_back(std::move(attribute.value));
    }
    const Item& delimiter = (*items)[1];
    if (delimiter.kind == Item::Kind::string && delimiter.value.size() == 1)
        out.delimiter = delimiter.value[0];
    else if (delimiter.kind != Item::Kind::nil)
        return bad_response("LIST", response);
    out.mailbox = std::move((*items)[2].value);
    return out;
}

Result<MailboxStatus> parse_mailbox_status(const Response& response) {
    auto items = untagged_items(response, "STATUS");
    if (!items) return tl::unexpected(items.error());
    if (items->size() != 2 || !is_string_like((*items)[0]) ||
        (*items)[1].kind != Item::Kind::list || (*items)[1].children.size() % 2 != 0)
        return bad_response("STATUS", response);
    MailboxStatus out;
    out.mailbox = (*items)[0].value;
    const std::vector<Item>& pairs = (*items)[1].children;
    for (size_t i = 0; i < pairs.size(); i += 2) {
        std::optional<uint32_t> value = parse_u32(pairs[i + 1].value);
        if (pairs[i + 1].kind != Item::Kind::atom) value.reset();
        if (pairs[i].is_atom("UIDVALIDITY")) out.uidvalidity = value;
        if (pairs[i].is_atom("UIDNEXT")) out.uidnext = value;
        if (pairs[i].is_atom("MESSAGES")) out.messages = value;
    }
    return out;
}

void collect_select_data(const Response& response, SelectData& data) {
    if (response.tag != "*") return;
    UntaggedKind kind = untagged_kind(response);
    if (kind.number && kind.name == "EXISTS") {
        data.exists = kind.number;
        return;
    }
    auto status = parse_status(response);
    if (!status || status->kind != StatusKind::ok) return;
    std::string_view code = status->code;
    std::string name = upper(next_word(code));
    if (name == "UIDVALIDITY") data.uidvalidity = parse_u32(code);
    if (name == "UIDNEXT") data.uidnext = parse_u32(code);
}

Result<std::vector<uint32_t>> parse_sequence_set(std::string_view set) {
    // Bounds the expansion of a hostile "1:4294967295".
    constexpr uint64_t k_max_numbers = 50'000'000;
    std::vector<uint32_t> out;
    while (!set.empty()) {
        size_t comma = set.find(',');
        std::string_view part = set.substr(0, comma);
        set = comma == std::string_view::npos ? std::string_view{} : set.substr(comma + 1);
        size_t colon = part.find(':');
        auto first = parse_u32(part.substr(0, colon));
        auto last = colon == std::string_view::npos ? first : parse_u32(part.substr(colon + 1));
        if (!first || !last) return fail(ErrorCode::parse, "invalid sequence set");
        if (*first > *last) std::swap(first, last);
        if (out.size() + (uint64_t{*last} - *first) > k_max_numbers)
            return fail(ErrorCode::parse, "sequence set too large");
        for (uint64_t n = *first; n <= *last; ++n)
            out.push_back(static_cast<uint32_t>(n));
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

namespace {

// "(TAG "M3") UID ALL 1:5,7 COUNT 6": the ALL set, or none when nothing matched.
Result<std::vector<uint32_t>> esearch_numbers(const std::vector<Item>& items) {
    size_t i = 0;
    if (i < items.size() && items[i].kind == Item::Kind::list) ++i;
    if (i < items.size() && items[i].is_atom("UID")) ++i;
    for (; i + 1 < items.size(); i += 2)
        if (items[i].is_atom("ALL") && items[i + 1].kind == Item::Kind::atom)
            return parse_sequence_set(items[i + 1].value);
    return std::vector<uint32_t>{};
}

} // namespace

Result<std::vector<uint32_t>> parse_search(const Response& response) {
    bool extended = untagged_kind(response).name == "ESEARCH";
    auto items = untagged_items(response, extended ? "ESEARCH" : "SEARCH");
    if (!items) return tl::unexpected(items.error());
    if (extended) {
        auto numbers = esearch_numbers(*items);
        if (!numbers) return bad_response("ESEARCH", response);
        return numbers;
    }
    std::vector<uint32_t> out;
    for (const Item& item : *items) {
        if (item.kind == Item::Kind::list) continue; // CONDSTORE "(MODSEQ n)"
        auto number = parse_u32(item.value);
        if (!number || item.kind != Item::Kind::atom) return bad_response("SEARCH", response);
        out.push_back(*number);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

namespace {

// Store one BODY[...] value; false when it is neither a string nor NIL.
bool take_section(const std::string& name, Item& value, FetchData& out) {
    size_t open = name.find('['), close = name.find(']');
    std::string section = upper(std::string_view(name).substr(open + 1, close - open - 1));
    std::optional<std::string>* target = nullptr;
    if (section.empty())
        target = &out.body;
    else if (section.rfind("HEADER.FIELDS", 0) == 0)
        target = &out.header;
    if (!target) return true; // a section we did not ask for
    if (value.kind == Item::Kind::nil) {
        *target = std::string{};
        if (target == &out.body) out.body_nil = true;
        return true;
    }
    if (value.kind != Item::Kind::string) return false;
    *target = std::move(value.value);
    return true;
}

} // namespace

Result<FetchData> parse_fetch(Response&& response) {
    UntaggedKind kind = untagged_kind(response);
    if (response.tag != "*" || kind.name != "FETCH" || !kind.number)
        return bad_response("FETCH", response);
    auto items = tokenize(kind.rest, std::move(response.literals));
    if (!items || items->size() != 1 || (*items)[0].kind != Item::Kind::list ||
        (*items)[0].children.size() % 2 != 0)
        return bad_response("FETCH", response);
    FetchData out;
    out.sequence = *kind.number;
    std::vector<Item>& pairs = (*items)[0].children;
    for (size_t i = 0; i < pairs.size(); i += 2) {
        std::string name = upper(pairs[i].value);
        Item& value = pairs[i + 1];
        bool ok = pairs[i].kind == Item::Kind::atom;
        if (name == "UID")
            ok = ok && (out.uid = parse_u32(value.value)).has_value();
        else if (name == "RFC822.SIZE")
            ok = ok && (out.size = parse_u64(value.value)).has_value();
        else if (name.rfind("BODY[", 0) == 0)
            ok = ok && take_section(name, value, out);
        else if (name == "INTERNALDATE")
            ok = ok && value.kind == Item::Kind::string &&
                 (out.internal_date = parse_internal_date(value.value)).has_value();
        if (!ok) return bad_response("FETCH", response);
    }
    return out;
}

std::optional<int64_t> parse_internal_date(std::string_view text) {
    static constexpr std::string_view k_months[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                                    "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    if (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    // d-Mon-yyyy hh:mm:ss +zzzz
    size_t dash = text.find('-');
    if (dash == std::string_view::npos || dash == 0 || dash > 2 || text.size() != dash + 24)
        return std::nullopt;
    auto number = [&](size_t at, size_t length) { return parse_u32(text.substr(at, length)); };
    std::string month = upper(text.substr(dash + 1, 3));
    auto found = std::find(std::begin(k_months), std::end(k_months), month);
    auto day = number(0, dash), year = number(dash + 5, 4), hour = number(dash + 10, 2),
         minute = number(dash + 13, 2), second = number(dash + 16, 2), zone = number(dash + 20, 4);
    char sign = text[dash + 19];
    if (found == std::end(k_months) || !day || !year || !hour || !minute || !second || !zone ||
        text[dash + 4] != '-' || text[dash + 9] != ' ' || text[dash + 12] != ':' ||
        text[dash + 15] != ':' || text[dash + 18] != ' ' || (sign != '+' && sign != '-') ||
        *day < 1 || *day > 31 || *hour > 23 || *minute > 59 || *second > 60)
        return std::nullopt;
    std::tm tm{};
    tm.tm_year = static_cast<int>(*year) - 1900;
    tm.tm_mon = static_cast<int>(found - std::begin(k_months));
    tm.tm_mday = static_cast<int>(*day);
    tm.tm_hour = static_cast<int>(*hour);
    tm.tm_min = static_cast<int>(*minute);
    tm.tm_sec = static_cast<int>(*second);
    int64_t offset = (*zone / 100) * 3600 + (*zone % 100) * 60;
    return static_cast<int64_t>(::timegm(&tm)) - (sign == '+' ? offset : -offset);
}

std::string header_message_id(std::string_view header) {
    std::string value;
    bool in_field = false;
    while (!header.empty()) {
        size_t lf = header.find('\n');
        std::string_view line = header.substr(0, lf);
        header = lf == std::string_view::npos ? std::string_view{} : header.substr(lf + 1);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        bool continued = !line.empty() && (line.front() == ' ' || line.front() == '\t');
        if (in_field && continued) {
            value.append(line);
            continue;
        }
        if (in_field) break;
        if (starts_with_upper(line, "MESSAGE-ID:")) {
            in_field = true;
            value = std::string(line.substr(11));
        }
    }
    std::string_view id = utf8::trim(value);
    size_t open = id.find('<'), close = id.find('>', open);
    if (open != std::string_view::npos && close != std::string_view::npos)
        id = id.substr(open + 1, close - open - 1);
    return std::string(utf8::trim(id));
}

} // namespace mailclerk::imap
