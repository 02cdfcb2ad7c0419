// The IMAP commands of Client, on top of Connection (transport) and response.hpp (parsing).
#include "daemon/imap/client.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "common/log.hpp"
#include "common/utf8.hpp"
#include "daemon/imap/connection.hpp"

namespace mailclerk::imap {

struct Client::Impl {
    Connection connection;
    bool literal_plus = false;

    Command command(std::string_view verb, std::string_view mailbox, std::string_view tail = {}) {
        Command out(verb);
        out.astring(mailbox, literal_plus);
        out.text(tail);
        return out;
    }
};

namespace {

std::string describe(const StatusResponse& status) {
    std::string out(status_name(status.kind));
    if (!status.code.empty()) out += fmt::format(" [{}]", status.code);
    if (!status.text.empty()) out += " " + status.text;
    return utf8::sanitize(utf8::truncate(out, 300));
}

// A tagged NO or BAD is a refusal of that one command (the connection is fine), with the
// server's words.
Status expect_ok(const Connection& connection, const Result<StatusResponse>& done,
                 std::string_view what) {
    if (!done) return tl::unexpected(done.error());
    if (done->kind == StatusKind::ok) return {};
    return fail(ErrorCode::refused,
                fmt::format("{}: {} failed: {}", connection.host(), what, describe(*done)));
}

bool code_is(const StatusResponse& status, std::string_view name) {
    std::string code = utf8::ascii_lower(status.code.substr(0, status.code.find(' ')));
    return code == utf8::ascii_lower(name);
}

tl::unexpected<Error> missing(const Connection& connection, std::string_view what) {
    return fail(ErrorCode::parse,
                fmt::format("{}: the server sent no {}", connection.host(), what));
}

} // namespace

std::vector<std::string> uid_sets(const std::vector<uint32_t>& uids, size_t max_length) {
    std::vector<uint32_t> sorted = uids;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    std::vector<std::string> sets;
    for (size_t i = 0; i < sorted.size();) {
        size_t j = i;
        while (j + 1 < sorted.size() && sorted[j + 1] == sorted[j] + 1)
            ++j;
        std::string range =
            j == i ? fmt::format("{}", sorted[i]) : fmt::format("{}:{}", sorted[i], sorted[j]);
        if (sets.empty() || sets.back().size() + 1 + range.size() > max_length)
            sets.push_back(std::move(range));
        else
            sets.back() += "," + range;
        i = j + 1;
    }
    return sets;
}

std::string uid_set(const std::vector<uint32_t>& uids) {
    auto sets = uid_sets(uids, std::string::npos - 1);
    return sets.empty() ? std::string{} : sets.front();
}

bool Folder::has_attribute(std::string_view attribute) const {
    std::string wanted = utf8::ascii_lower(attribute);
    return std::any_of(attributes.begin(), attributes.end(),
                       [&](const std::string& a) { return utf8::ascii_lower(a) == wanted; });
}

Client::Client(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Client::Client(Client&&) noexcept = default;
Client& Client::operator=(Client&& other) noexcept {
    if (this != &other) {
        if (m_impl) m_impl->connection.logout();
        m_impl = std::move(other.m_impl);
    }
    return *this;
}
Client::~Client() {
    if (m_impl) m_impl->connection.logout();
}

Result<Client> Client::connect(const ConnectOptions& options) {
    auto connection = Connection::open(options);
    if (!connection) return tl::unexpected(connection.error());
    auto impl = std::make_unique<Impl>(Impl{std::move(*connection)});
    Connection& c = impl->connection;
    if (c.capabilities().empty())
        if (auto asked = expect_ok(c, c.run(Command("CAPABILITY")), "CAPABILITY"); !asked)
            return tl::unexpected(asked.error());
    impl->literal_plus = contains_capability(c.capabilities(), "LITERAL+");
    // Some servers (NetEase: 163.com, 126.com) refuse to open folders until the client says who
    // it is. A refusal of ID itself is harmless.
    if (contains_capability(c.capabilities(), "ID")) {
        auto said = c.run(Command(R"(ID ("name" "mailclerk" "version" "0.1"))"));
        if (!said) return tl::unexpected(said.error());
        if (said->kind != StatusKind::ok) log::debug("{}: ID: {}", c.host(), describe(*said));
    }
    return Client(std::move(impl));
}

bool Client::has_capability(std::string_view capability) const {
    return contains_capability(m_impl->connection.capabilities(), capability);
}

const std::vector<std::string>& Client::capabilities() const {
    return m_impl->connection.capabilities();
}

Result<std::optional<int64_t>> Client::newest_arrival(const FolderStatus& examined) {
    if (examined.messages == 0) return std::optional<int64_t>{};
    Connection& c = m_impl->connection;
    std::optional<int64_t> date;
    auto done = c.run(Command(fmt::format("FETCH {} (INTERNALDATE)", examined.messages)),
                      [&](Response&& response) -> Status {
                          if (untagged_kind(response).name != "FETCH") return {};
                          auto data = parse_fetch(std::move(response));
                          if (!data) return tl::unexpected(data.error());
                          if (data->internal_date) date = data->internal_date;
                          return {};
                      });
    if (auto ok = expect_ok(c, done, "FETCH INTERNALDATE"); !ok) return tl::unexpected(ok.error());
    if (!date) return missing(c, "INTERNALDATE");
    return date;
}

uint64_t Client::round_trips() const {
    return m_impl->connection.round_trips();
}
uint64_t Client::bytes_received() const {
    return m_impl->connection.bytes_received();
}
uint64_t Client::bytes_sent() const {
    return m_impl->connection.bytes_sent();
}

namespace {

Result<StatusResponse> run_list(Connection& connection, const Command& command,
                                std::vector<Folder>& out) {
    out.clear();
    return connection.run(command, [&](Response&& response) -> Status {
        if (untagged_kind(response).name != "LIST") return {};
        auto entry = parse_list(response);
        if (!entry) return tl::unexpected(entry.error());
        Folder folder;
        folder.name = utf8::sanitize(decode_mutf7(entry->mailbox));
        folder.wire = std::move(entry->mailbox);
        folder.attributes = std::move(entry->attributes);
        folder.delimiter = entry->delimiter;
        out.push_back(std::move(folder));
        return {};
    });
}

} // namespace

Result<std::vector<Folder>> Client::list_folders() {
    Connection& c = m_impl->connection;
    std::vector<Folder> out;
    bool extended = has_capability("SPECIAL-USE") || has_capability("LIST-EXTENDED");
    if (extended) {
        auto done = run_list(c, Command(R"(LIST "" "*" RETURN (SPECIAL-USE))"), out);
        if (done && done->kind == StatusKind::ok) return out;
        if (!done) return tl::unexpected(done.error());
        // Announced but refused: fall back to a plain LIST.
    }
    if (auto done = expect_ok(c, run_list(c, Command(R"(LIST "" "*")"), out), "LIST"); !done)
        return tl::unexpected(done.error());
    return out;
}

Result<FolderStatus> Client::status(const std::string& wire_name) {
    Connection& c = m_impl->connection;
    std::optional<MailboxStatus> found;
    auto done = c.run(m_impl->command("STATUS ", wire_name, " (UIDVALIDITY UIDNEXT MESSAGES)"),
                      [&](Response&& response) -> Status {
                          if (untagged_kind(response).name != "STATUS") return {};
                          auto parsed = parse_mailbox_status(response);
                          if (!parsed) return tl::unexpected(parsed.error());
                          found = std::move(*parsed);
                          return {};
                      });
    if (auto ok = expect_ok(c, done, fmt::format("STATUS {}", wire_name)); !ok)
        return tl::unexpected(ok.error());
    if (!found || !found->uidvalidity) return missing(c, "UIDVALIDITY in STATUS");
    return FolderStatus{*found->uidvalidity, found->uidnext.value_or(0),
                        found->messages.value_or(0)};
}

Result<FolderStatus> Client::examine(const std::string& wire_name) {
    Connection& c = m_impl->connection;
    SelectData data;
    auto done = c.run(m_impl->command("EXAMINE ", wire_name), [&](Response&& response) -> Status {
        collect_select_data(response, data);
        return {};
    });
    if (auto ok = expect_ok(c, done, fmt::format("EXAMINE {}", wire_name)); !ok)
        return tl::unexpected(ok.error());
    if (!data.uidvalidity) return missing(c, "UIDVALIDITY in EXAMINE");
    return FolderStatus{*data.uidvalidity, data.uidnext.value_or(0), data.exists.value_or(0)};
}

Result<std::vector<uint32_t>> Client::uids_from(uint32_t first_uid) {
    Connection& c = m_impl->connection;
    first_uid = std::max<uint32_t>(first_uid, 1);
    // ESEARCH answers with ranges ("ALL 1:5000"): far shorter than one number per message.
    std::string search = has_capability("ESEARCH")
                             ? fmt::format("UID SEARCH RETURN (ALL) UID {}:*", first_uid)
                             : fmt::format("UID SEARCH UID {}:*", first_uid);
    std::vector<uint32_t> out;
    auto done = c.run(Command(search), [&](Response&& response) -> Status {
        std::string name = untagged_kind(response).name;
        if (name != "SEARCH" && name != "ESEARCH") return {};
        auto found = parse_search(response);
        if (!found) return tl::unexpected(found.error());
        out.insert(out.end(), found->begin(), found->end());
        return {};
    });
    if (auto ok = expect_ok(c, done, "UID SEARCH"); !ok) return tl::unexpected(ok.error());
    // "n:*" always matches the highest UID, even when it is below n.
    std::erase_if(out, [&](uint32_t uid) { return uid < first_uid; });
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

Status Client::fetch(const std::vector<uint32_t>& uids,
                     const std::function<Status(FetchedMessage&&)>& on_message) {
    for (const std::string& set : uid_sets(uids))
        if (auto ok = fetch_set(set, on_message); !ok) return ok;
    return {};
}

Status Client::fetch_set(const std::string& set,
                         const std::function<Status(FetchedMessage&&)>& on_message) {
    Connection& c = m_impl->connection;
    std::string command = fmt::format("UID FETCH {} (UID RFC822.SIZE BODY.PEEK[])", set);
    // Each message goes to the caller as soon as its FETCH response is complete: a batch is
    // never held in memory as a whole.
    auto done = c.run(Command(command), [&](Response&& response) -> Status {
        if (untagged_kind(response).name != "FETCH") return {};
        auto data = parse_fetch(std::move(response));
        if (!data) return tl::unexpected(data.error());
        if (!data->body) return {}; // a flag change announced by the server
        if (!data->uid) return missing(c, "UID in a FETCH response");
        if (data->body_nil) {
            log::warning("{}: the server has no body for UID {}", c.host(), *data->uid);
            return {};
        }
        uint64_t size = data->size.value_or(data->body->size());
        return on_message(FetchedMessage{*data->uid, size, std::move(*data->body)});
    });
    return expect_ok(c, done, "UID FETCH");
}

Result<std::vector<HeaderSummary>> Client::fetch_headers(const std::vector<uint32_t>& uids) {
    std::vector<HeaderSummary> out;
    Connection& c = m_impl->connection;
    for (const std::string& set : uid_sets(uids)) {
        std::string command = fmt::format(
            "UID FETCH {} (UID RFC822.SIZE BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])", set);
        auto done = c.run(Command(command), [&](Response&& response) -> Status {
            if (untagged_kind(response).name != "FETCH") return {};
            auto data = parse_fetch(std::move(response));
            if (!data) return tl::unexpected(data.error());
            if (!data->header) return {};
            if (!data->uid) return missing(c, "UID in a FETCH response");
            out.push_back(HeaderSummary{*data->uid, data->size.value_or(0),
                                        header_message_id(*data->header)});
            return {};
        });
        if (auto ok = expect_ok(c, done, "UID FETCH"); !ok) return tl::unexpected(ok.error());
    }
    std::sort(out.begin(), out.end(),
              [](const HeaderSummary& a, const HeaderSummary& b) { return a.uid < b.uid; });
    return out;
}

Status Client::create_folder(const std::string& wire_name) {
    Connection& c = m_impl->connection;
    auto created = c.run(m_impl->command("CREATE ", wire_name));
    if (!created) return tl::unexpected(created.error());
    if (created->kind != StatusKind::ok && !code_is(*created, "ALREADYEXISTS")) {
        // Servers without RFC 5530 codes say NO in their own words: look whether it exists.
        std::vector<Folder> found;
        auto listed = run_list(c, m_impl->command(R"(LIST "" )", wire_name), found);
        if (!listed) return tl::unexpected(listed.error());
        bool exists = std::any_of(found.begin(), found.end(),
                                  [&](const Folder& f) { return f.wire == wire_name; });
        if (!exists) return expect_ok(c, created, fmt::format("CREATE {}", wire_name));
    }
    // Without a subscription many clients (Outlook among them) do not show the folder; the
    // folder exists all the same, so a refusal is only worth a warning.
    auto subscribed = c.run(m_impl->command("SUBSCRIBE ", wire_name));
    if (!subscribed) return tl::unexpected(subscribed.error());
    if (subscribed->kind != StatusKind::ok)
        log::warning("{}: SUBSCRIBE {}: {}", c.host(), wire_name, describe(*subscribed));
    return {};
}

Status Client::copy(const std::vector<uint32_t>& uids, const std::string& wire_name) {
    Connection& c = m_impl->connection;
    for (const std::string& set : uid_sets(uids)) {
        auto done = c.run(m_impl->command(fmt::format("UID COPY {} ", set), wire_name));
        auto ok = expect_ok(c, done, fmt::format("UID COPY to {}", wire_name));
        if (!ok && done && code_is(*done, "TRYCREATE"))
            ok.error().hint = "the destination folder does not exist";
        if (!ok) return ok;
    }
    return {};
}

} // namespace mailclerk::imap
