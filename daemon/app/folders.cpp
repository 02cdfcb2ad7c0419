#include "daemon/app/folders.hpp"

#include <algorithm>

#include "common/log.hpp"
#include "common/utf8.hpp"

namespace mailclerk::app {
namespace {

bool is_inbox(std::string_view name) {
    return utf8::ascii_lower(name) == "inbox";
}

// The length of the UTF-8 character starting at text[0] (1 for a stray byte).
size_t char_length(std::string_view text) {
    auto lead = static_cast<unsigned char>(text.front());
    size_t length = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    return std::min(length, text.size());
}

// A leading INBOX component in any case spelled "INBOX": only that name is case-insensitive.
std::string canonical_inbox(std::string_view text, char delimiter) {
    if (text.size() >= 5 && is_inbox(text.substr(0, 5)) &&
        (text.size() == 5 || text[5] == delimiter))
        return "INBOX" + std::string(text.substr(5));
    return std::string(text);
}

bool glob(std::string_view pattern, std::string_view name, char delimiter) {
    if (pattern.empty()) return name.empty();
    char head = pattern.front();
    if (head == '*' || head == '%') {
        // Try every split point: the wildcard takes name[0, i).
        for (size_t i = 0;;) {
            if (glob(pattern.substr(1), name.substr(i), delimiter)) return true;
            if (i >= name.size() || (head == '%' && name[i] == delimiter)) return false;
            i += char_length(name.substr(i));
        }
    }
    if (name.empty()) return false;
    if (head == '?') {
        size_t length = char_length(name);
        return glob(pattern.substr(1), name.substr(length), delimiter);
    }
    return head == name.front() && glob(pattern.substr(1), name.substr(1), delimiter);
}

bool is_pattern(std::string_view pattern) {
    return pattern.starts_with('\\') || pattern.find_first_of("*%?") != std::string_view::npos;
}

// A pattern or a name, compared with one listed folder.
bool matches(std::string_view pattern, const imap::Folder& folder) {
    if (pattern.starts_with('\\')) return folder.has_attribute(pattern);
    return folder_matches(pattern, folder.name, folder.delimiter);
}

bool selectable(const imap::Folder& folder) {
    return !folder.has_attribute("\\Noselect") && !folder.has_attribute("\\NonExistent");
}

bool under_prefix(const imap::Folder& folder, std::string_view prefix) {
    if (prefix.empty()) return false;
    return folder.name == prefix ||
           (folder.name.size() > prefix.size() && folder.name.starts_with(prefix) &&
            folder.name[prefix.size()] == folder.delimiter);
}

std::vector<sources::ImapFolderRef> default_folders(const std::vector<imap::Folder>& listed) {
    std::vector<sources::ImapFolderRef> out{{"INBOX", "INBOX"}};
    for (const imap::Folder& folder : listed)
        if (folder.has_attribute("\\Sent") && selectable(folder))
            out.push_back({folder.name, folder.wire});
    return out;
}

// What one include entry adds, in LIST order for patterns.
std::vector<sources::ImapFolderRef> included_by(std::string_view entry,
                                                const std::vector<imap::Folder>& listed,
                                                std::string_view filing_prefix) {
    std::vector<sources::ImapFolderRef> out;
    if (!is_pattern(entry)) {
        auto found = std::find_if(listed.begin(), listed.end(), [&](const imap::Folder& f) {
            return f.name == entry || (is_inbox(entry) && is_inbox(f.name));
        });
        if (found == listed.end())
            out.push_back({std::string(entry), imap::encode_mutf7(entry)});
        else
            out.push_back({found->name, found->wire});
        return out;
    }
    for (const imap::Folder& folder : listed)
        if (selectable(folder) && !under_prefix(folder, filing_prefix) && matches(entry, folder))
            out.push_back({folder.name, folder.wire});
    return out;
}

} // namespace

bool folder_matches(std::string_view pattern, std::string_view name, char delimiter) {
    return glob(canonical_inbox(pattern, delimiter), canonical_inbox(name, delimiter), delimiter);
}

std::vector<sources::ImapFolderRef> select_folders(const std::vector<imap::Folder>& listed,
                                                   const std::vector<std::string>& patterns,
                                                   std::string_view filing_prefix) {
    if (patterns.empty()) return default_folders(listed);
    std::vector<sources::ImapFolderRef> out;
    for (const std::string& entry : patterns) {
        if (entry.starts_with('!')) continue;
        for (sources::ImapFolderRef& ref : included_by(entry, listed, filing_prefix))
            if (std::none_of(out.begin(), out.end(),
                             [&](const sources::ImapFolderRef& r) { return r.name == ref.name; }))
                out.push_back(std::move(ref));
    }
    std::erase_if(out, [&](const sources::ImapFolderRef& ref) {
        auto folder = std::find_if(listed.begin(), listed.end(),
                                   [&](const imap::Folder& f) { return f.name == ref.name; });
        imap::Folder unlisted{ref.name, ref.wire, {}, '/'};
        const imap::Folder& subject = folder == listed.end() ? unlisted : *folder;
        return std::any_of(patterns.begin(), patterns.end(), [&](const std::string& entry) {
            return entry.starts_with('!') && matches(std::string_view(entry).substr(1), subject);
        });
    });
    return out;
}

Result<std::vector<sources::ImapFolderRef>> folders_to_sync(const config::Config& config,
                                                            const config::Account& account,
                                                            imap::Client& client) {
    auto listed = client.list_folders();
    if (!listed) return tl::unexpected(listed.error());
    std::string prefix = config.imap_filing.enabled ? config.imap_filing.prefix : std::string();
    auto out = select_folders(*listed, account.folders, prefix);
    if (account.folders.empty() && out.size() == 1)
        log::warning("account {}: the server marks no folder \\Sent; only INBOX is synced "
                     "(name the sent folder in `folders`)",
                     account.name);
    if (out.empty())
        log::warning("account {}: no folder on the server matches `folders`", account.name);
    return out;
}

} // namespace mailclerk::app
