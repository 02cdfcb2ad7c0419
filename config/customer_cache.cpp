#include "config/customer_cache.hpp"

#include <algorithm>
#include <charconv>
#include <tuple>

#include "common/utf8.hpp"

namespace mailclerk::config::detail {
namespace {

// Changes whenever the file's layout or what a Customer holds changes: an old file then misses.
constexpr std::string_view k_format = "mailclerk-config-customers 1";

enum class LineKind { other, header, customer_header };

// A table header alone on its line ("[web]", "[[ customer ]]  # note"), by its brackets; a line
// of a value that starts with '[' (an array of arrays) has a comma, '=' or nested brackets.
LineKind kind_of(std::string_view line) {
    line = utf8::trim(line);
    if (size_t hash = line.find('#'); hash != std::string_view::npos)
        line = utf8::trim(line.substr(0, hash));
    bool twice = line.starts_with("[[") && line.ends_with("]]");
    size_t brackets = twice ? 2 : 1;
    if (!line.starts_with('[') || !line.ends_with(']') || line.size() <= 2 * brackets)
        return LineKind::other;
    std::string_view name = line.substr(brackets, line.size() - 2 * brackets);
    if (name.find_first_of("[]=,") != std::string_view::npos) return LineKind::other;
    return twice && utf8::trim(name) == "customer" ? LineKind::customer_header : LineKind::header;
}

void append_string(std::string& out, std::string_view value) {
    out += std::to_string(value.size());
    out += ':';
    out += value;
}

void append_list(std::string& out, const std::vector<std::string>& values) {
    out += std::to_string(values.size());
    out += ';';
    for (const std::string& value : values)
        append_string(out, value);
}

// Reads back what append_string, append_list and the line number wrote; fails on any byte out
// of place.
class Decoder {
  public:
    explicit Decoder(std::string_view bytes) : m_rest(bytes) {}

    bool number(size_t& out, char end) {
        auto [stop, error] = std::from_chars(m_rest.data(), m_rest.data() + m_rest.size(), out);
        if (error != std::errc() || stop == m_rest.data() + m_rest.size() || *stop != end)
            return false;
        m_rest.remove_prefix(static_cast<size_t>(stop - m_rest.data()) + 1);
        return true;
    }
    bool string(std::string& out) {
        size_t size = 0;
        if (!number(size, ':') || size > m_rest.size()) return false;
        out.assign(m_rest.substr(0, size));
        m_rest.remove_prefix(size);
        return true;
    }
    // A string that must be `expected`, compared in place.
    bool same_string(std::string_view expected) {
        size_t size = 0;
        if (!number(size, ':') || size != expected.size() || !m_rest.starts_with(expected))
            return false;
        m_rest.remove_prefix(size);
        return true;
    }
    bool list(std::vector<std::string>& out) {
        size_t count = 0;
        if (!number(count, ';') || count > m_rest.size()) return false;
        out.resize(count);
        for (std::string& value : out)
            if (!string(value)) return false;
        return true;
    }
    bool done() const { return m_rest.empty(); }

  private:
    std::string_view m_rest;
};

} // namespace

std::optional<CustomerSplit> split_customers(std::string_view text) {
    if (text.find("\"\"\"") != std::string_view::npos || text.find("'''") != std::string_view::npos)
        return std::nullopt;
    CustomerSplit split;
    split.rest.reserve(text.size());
    split.customers.reserve(text.size());
    bool in_customer = false;
    for (size_t pos = 0; pos < text.size();) {
        size_t end = text.find('\n', pos);
        size_t next = end == std::string_view::npos ? text.size() : end + 1;
        std::string_view line = text.substr(pos, next - pos);
        LineKind kind =
            kind_of(line.substr(0, end == std::string_view::npos ? line.size() : line.size() - 1));
        if (kind != LineKind::other) in_customer = kind == LineKind::customer_header;
        split.any = split.any || kind == LineKind::customer_header;
        std::string_view blank = end == std::string_view::npos ? "" : "\n";
        split.customers += in_customer ? line : blank;
        split.rest += in_customer ? blank : line;
        pos = next;
    }
    return split;
}

std::string encode_customers(std::string_view customers_text,
                             const std::vector<Customer>& customers) {
    std::string out(k_format);
    out += '\n';
    append_string(out, customers_text);
    out += std::to_string(customers.size());
    out += ';';
    for (const Customer& c : customers) {
        for (const std::string* field : {&c.name, &c.slug})
            append_string(out, *field);
        append_list(out, c.domains);
        append_list(out, c.addresses);
        for (const std::string* field :
             {&c.category, &c.grade, &c.owner, &c.contact, &c.phone, &c.notes})
            append_string(out, *field);
        out += std::to_string(c.line);
        out += ';';
    }
    return out;
}

std::optional<std::vector<Customer>> decode_customers(std::string_view bytes,
                                                      std::string_view customers_text) {
    if (bytes.size() <= k_format.size() || !bytes.starts_with(k_format) ||
        bytes[k_format.size()] != '\n')
        return std::nullopt;
    Decoder in(bytes.substr(k_format.size() + 1));
    if (!in.same_string(customers_text)) return std::nullopt;
    size_t count = 0;
    if (!in.number(count, ';') || count > bytes.size()) return std::nullopt;
    std::vector<Customer> customers(count);
    for (Customer& c : customers) {
        size_t line = 0;
        bool ok = in.string(c.name) && in.string(c.slug) && in.list(c.domains) &&
                  in.list(c.addresses) && in.string(c.category) && in.string(c.grade) &&
                  in.string(c.owner) && in.string(c.contact) && in.string(c.phone) &&
                  in.string(c.notes) && in.number(line, ';');
        if (!ok) return std::nullopt;
        c.line = static_cast<int>(line);
    }
    if (!in.done()) return std::nullopt;
    return customers;
}

bool same_customers(const std::vector<Customer>& a, const std::vector<Customer>& b) {
    auto fields = [](const Customer& c) {
        return std::tie(c.name, c.slug, c.domains, c.addresses, c.category, c.grade, c.owner,
                        c.contact, c.phone, c.notes, c.line);
    };
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [&](const Customer& x, const Customer& y) { return fields(x) == fields(y); });
}

std::filesystem::path customer_cache_path(const Config& config) {
    return config.index_path.parent_path() / "config-customers.cache";
}

} // namespace mailclerk::config::detail
