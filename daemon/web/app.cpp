#include "daemon/web/app.hpp"

#include <algorithm>
#include <exception>

#include <fmt/format.h>

#include "common/log.hpp"
#include "common/utf8.hpp"
#include "daemon/app/workspace.hpp"
#include "daemon/today/agenda.hpp"
#include "daemon/web/assets.hpp"

namespace mailclerk::web {
namespace {

constexpr const char* k_session_cookie = "mc_session";
constexpr const char* k_login_cookie = "mc_login";
constexpr const char* k_lang_cookie = "mc_lang";
constexpr auto k_snapshot_age = std::chrono::seconds(5);
constexpr auto k_roster_age = std::chrono::seconds(60);

// Pages: our own script and style only; frames only of our own mail view; nothing of us
// framed elsewhere.
constexpr const char* k_page_csp =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
// Mail HTML: no script at all, no remote loads, a sandbox of its own even if opened alone.
constexpr const char* k_mail_csp =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src 'none'; "
    "form-action 'none'; base-uri 'none'; frame-ancestors 'self'; "
    "sandbox allow-popups allow-popups-to-escape-sandbox";

std::string cookie(const std::string& name, const std::string& value, bool https,
                   const std::string& extra = "") {
    return name + "=" + value + "; Path=/; HttpOnly; SameSite=Strict" + (https ? "; Secure" : "") +
           extra;
}

Response redirect(const std::string& location) {
    Response response;
    response.status = 303;
    response.headers.emplace_back("Location", location);
    response.content_type = "text/plain; charset=utf-8";
    response.body = "See " + location + "\n";
    return response;
}

Response plain(int status, const std::string& text) {
    Response response;
    response.status = status;
    response.content_type = "text/plain; charset=utf-8";
    response.body = text + "\n";
    return response;
}

void secure_headers(const Request& request, Response& response) {
    auto& h = response.headers;
    h.emplace_back("Content-Security-Policy", response.frameable_by_self ? k_mail_csp : k_page_csp);
    h.emplace_back("X-Content-Type-Options", "nosniff");
    h.emplace_back("X-Frame-Options", response.frameable_by_self ? "SAMEORIGIN" : "DENY");
    // same-origin, not no-referrer: with no-referrer browsers send "Origin: null" on our own
    // form posts, and the Origin check below would refuse them. Other sites get nothing.
    h.emplace_back("Referrer-Policy", "same-origin");
    h.emplace_back("Cross-Origin-Opener-Policy", "same-origin");
    h.emplace_back("Cross-Origin-Resource-Policy", "same-origin");
    h.emplace_back("Cache-Control", "no-store");
    if (request.https) h.emplace_back("Strict-Transport-Security", "max-age=31536000");
}

// Where to go after logging in: one of our own paths, never another site ("//evil", "/\evil").
std::string safe_next(const std::string& next) {
    if (next.empty() || next.front() != '/' || next.starts_with("//") ||
        next.find('\\') != std::string::npos || next.starts_with("/login"))
        return "/search";
    return next;
}

// A POST from another site: an Origin header that is not ours.
bool foreign_origin(const Request& request) {
    std::string origin = request.header("origin");
    if (origin.empty()) return false;
    std::string host = request.header("host");
    return origin != "http://" + host && origin != "https://" + host;
}

// The hash compared when the user does not exist, so that unknown and known names take the
// same time to refuse.
const std::string& dummy_hash() {
    static const std::string hash = hash_password("mailclerk-no-such-user").value_or("");
    return hash;
}

} // namespace

IndexPool::Lease::~Lease() {
    if (!m_index) return;
    std::lock_guard lock(m_pool->m_mutex);
    m_pool->m_free.push_back(std::move(m_index));
}

Result<IndexPool::Lease> IndexPool::lease() {
    {
        std::lock_guard lock(m_mutex);
        if (!m_free.empty()) {
            auto index = std::move(m_free.back());
            m_free.pop_back();
            return Lease(*this, std::move(index));
        }
    }
    auto index = m_open();
    if (!index) return tl::unexpected(index.error());
    return Lease(*this, std::move(*index));
}

const store::CustomerRow* Snapshot::by_slug(const std::string& slug) const {
    for (const auto& customer : customers)
        if (customer.slug == slug) return &customer;
    return nullptr;
}

const store::CustomerRow* Snapshot::by_id(int64_t id) const {
    for (const auto& customer : customers)
        if (customer.id == id) return &customer;
    return nullptr;
}

App::App(AppSettings settings, AuditLog audit, std::unique_ptr<store::Reader> sessions)
    : m_settings(std::move(settings)), m_audit(std::move(audit)),
      m_pool([this] { return app::open_index_reader(m_settings.config); }),
      m_sessions(std::move(sessions), std::chrono::minutes(m_settings.web.session_minutes)) {}

Result<std::unique_ptr<App>> App::create(AppSettings settings) {
    if (!init_crypto()) return fail(ErrorCode::io, "libsodium cannot start (no entropy source?)");
    auto audit = AuditLog::open(settings.archive_root / "audit.log");
    if (!audit) return tl::unexpected(audit.error());
    // The one connection that writes (the sessions): a missing or unmigrated index is a
    // start-up error, not a 500 later.
    auto sessions = app::open_index_reader(settings.config, app::ReaderUse::sessions);
    if (!sessions) return tl::unexpected(sessions.error());
    std::unique_ptr<App> app(new App(std::move(settings), std::move(*audit), std::move(*sessions)));
    auto first = app->m_pool.lease();
    if (!first) return tl::unexpected(first.error());
    (void)dummy_hash();
    return app;
}

Result<std::shared_ptr<const Snapshot>> App::snapshot(store::Reader& index, bool fresh) {
    auto now = Clock::now();
    {
        std::lock_guard lock(m_cache_mutex);
        if (!fresh && m_snapshot && now - m_snapshot_time < k_snapshot_age) return m_snapshot;
    }
    auto customers = index.directory();
    if (!customers) return tl::unexpected(customers.error());
    auto users = index.users();
    if (!users) return tl::unexpected(users.error());
    auto snapshot =
        std::make_shared<const Snapshot>(Snapshot{std::move(*customers), std::move(*users)});
    std::lock_guard lock(m_cache_mutex);
    m_snapshot = snapshot;
    m_snapshot_time = now;
    return snapshot;
}

Result<std::shared_ptr<const std::vector<app::RosterLine>>> App::roster(store::Reader& index,
                                                                        bool fresh) {
    // Building the roster reads every customer's statistics: one request builds it while the
    // others keep the previous one (or, on the very first, wait for it) instead of all
    // building it at once.
    {
        std::lock_guard lock(m_cache_mutex);
        bool young = Clock::now() - m_roster_time < k_roster_age;
        if (m_roster && !fresh && (young || m_roster_building)) return m_roster;
        if (m_roster) m_roster_building = true;
    }
    std::unique_lock build(m_roster_build_mutex);
    {
        std::lock_guard lock(m_cache_mutex);
        if (m_roster && !fresh && Clock::now() - m_roster_time < k_roster_age) {
            m_roster_building = false;
            return m_roster;
        }
    }
    auto built = app::build_roster(index, index, m_settings.roster,
                                   static_cast<int64_t>(std::time(nullptr)));
    std::lock_guard lock(m_cache_mutex);
    m_roster_building = false;
    if (!built) return tl::unexpected(built.error());
    m_roster = std::make_shared<const std::vector<app::RosterLine>>(std::move(built->lines));
    m_roster_time = Clock::now();
    return m_roster;
}

Result<std::shared_ptr<const std::vector<today::Item>>> App::agenda(store::Reader& index,
                                                                    bool fresh) {
    auto young = [&] { return m_agenda && !fresh && Clock::now() - m_agenda_time < k_roster_age; };
    {
        std::lock_guard lock(m_cache_mutex);
        if (young()) return m_agenda;
    }
    // One request builds it while the others wait for that one, not all at once.
    std::lock_guard build(m_agenda_build_mutex);
    {
        std::lock_guard lock(m_cache_mutex);
        if (young()) return m_agenda;
    }
    parsers::MatchRules rules = m_settings.rules;
    auto snap = snapshot(index);
    if (!snap) return tl::unexpected(snap.error());
    rules.customers = app::customer_rules((*snap)->customers);
    auto items = today::open_items(today::agenda_index(index), m_settings.config, rules,
                                   (*snap)->customers, static_cast<int64_t>(std::time(nullptr)));
    if (!items) return tl::unexpected(items.error());
    auto built = std::make_shared<const std::vector<today::Item>>(std::move(*items));
    std::lock_guard lock(m_cache_mutex);
    m_agenda = built;
    m_agenda_time = Clock::now();
    return built;
}

std::optional<std::string> App::cached_prices(int64_t customer, Lang lang,
                                              const std::string& version) {
    std::lock_guard lock(m_cache_mutex);
    auto it = m_prices.find({customer, lang_code(lang).front()});
    if (it == m_prices.end() || it->second.first != version) return std::nullopt;
    return it->second.second;
}

void App::cache_prices(int64_t customer, Lang lang, const std::string& version,
                       const std::string& html) {
    std::lock_guard lock(m_cache_mutex);
    if (m_prices.size() >= 64) m_prices.clear(); // bounded; rebuilt on demand
    m_prices[{customer, lang_code(lang).front()}] = {version, html};
}

void App::forget_caches() {
    std::lock_guard lock(m_cache_mutex);
    m_snapshot.reset();
    m_roster.reset();
    m_agenda.reset();
    m_prices.clear();
}

Response App::handle(const RawRequest& raw) {
    auto request = parse_request(raw);
    if (request) return handle(*request);
    Request bare;
    bare.https = raw.https;
    Response response = plain(400, "bad request");
    secure_headers(bare, response);
    return response;
}

Response App::handle(const Request& request) {
    auto routed = try_result(ErrorCode::io, "web", [&] { return route(request); });
    if (!routed) log::error("{} {}: {}", request.method, request.target, routed.error().message);
    Response response = routed ? std::move(*routed) : plain(500, "internal error");
    secure_headers(request, response);
    return response;
}

Response App::login_form(const Request& request, Lang lang, std::string_view message_key,
                         int status) {
    // One token per browser while it has one: a second login page (another tab, a favicon
    // request sent here) must not invalidate the form already shown.
    std::string token;
    if (auto it = request.cookies.find(k_login_cookie);
        it != request.cookies.end() && is_token(it->second))
        token = it->second;
    else
        token = random_token();
    auto t = [&](std::string_view key) { return escape(tr(lang, key)); };
    std::string next = safe_next(request.param("next"));
    if (request.method == "POST")
        next = safe_next(request.form.count("next") ? request.form.at("next") : "");
    std::string other = lang == Lang::zh ? "en" : "zh";
    Response response;
    response.status = status;
    response.body = fmt::format(
        "<!doctype html><html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
        "content=\"width=device-width, initial-scale=1\"><title>{}</title><link "
        "rel=\"stylesheet\" href=\"/assets/app.css\"><link rel=\"icon\" "
        "href=\"data:,\"></head><body "
        "class=\"login\"><main><h1>{}</h1>"
        "{}<form method=\"post\" action=\"/login\" id=\"login\"><input type=\"hidden\" "
        "name=\"csrf\" value=\"{}\"><input type=\"hidden\" name=\"next\" value=\"{}\">"
        "<label>{}<input name=\"user\" autocomplete=\"username\" required autofocus></label>"
        "<label>{}<input name=\"password\" type=\"password\" autocomplete=\"current-password\" "
        "required></label><button type=\"submit\">{}</button></form>"
        "<p class=\"lang\"><a href=\"/login?lang={}\">{}</a></p></main></body></html>",
        lang_code(lang), t("login"), t("app"),
        message_key.empty() ? "" : "<p class=\"notice\" role=\"alert\">" + t(message_key) + "</p>",
        token, escape(next), t("user"), t("password"), t("login"), other, t("language"));
    response.headers.emplace_back("Set-Cookie",
                                  cookie(k_login_cookie, token, request.https, "; Max-Age=3600"));
    return response;
}

Response App::login_post(const Request& request, Lang lang) {
    auto field = [&](const char* name) {
        auto it = request.form.find(name);
        return it == request.form.end() ? std::string() : it->second;
    };
    auto pre = request.cookies.find(k_login_cookie);
    if (pre == request.cookies.end() || !same_token(pre->second, field("csrf")))
        return login_form(request, lang, "login_expired", 403);
    std::string name = field("user");
    auto now = Clock::now();
    if (m_throttle.wait_seconds(name, request.client, now) > 0)
        return login_form(request, lang, "login_locked", 429);
    auto index = m_pool.lease();
    if (!index) return plain(500, "the index cannot be read");
    auto user = (*index)->find_user(name);
    if (!user) return plain(500, "the index cannot be read");
    const std::string& hash = *user ? (*user)->password_hash : dummy_hash();
    bool good = check_password(field("password"), hash) && user->has_value();
    if (!good) {
        m_throttle.failed(name, request.client, now);
        log::warning("web: failed login for '{}' from {}", name, request.client);
        return login_form(request, lang, "login_failed", 401);
    }
    m_throttle.succeeded(name);
    auto token =
        m_sessions.create(Viewer{(*user)->name, (*user)->role, (*user)->team}, WallClock::now());
    if (!token) {
        log::error("web: keeping a session: {}", token.error().message);
        return plain(500, "the index cannot be written");
    }
    Response response = redirect(safe_next(field("next")));
    response.headers.emplace_back("Set-Cookie", cookie(k_session_cookie, *token, request.https));
    response.headers.emplace_back("Set-Cookie",
                                  cookie(k_login_cookie, "", request.https, "; Max-Age=0"));
    return response;
}

Result<std::optional<Session>> App::session_of(const Request& request, std::string& new_cookie) {
    auto now = WallClock::now();
    std::optional<Session> session;
    if (auto it = request.cookies.find(k_session_cookie); it != request.cookies.end()) {
        auto found = m_sessions.find(it->second, now);
        if (!found) return found;
        session = std::move(*found);
    }
    const std::string& header = m_settings.web.trusted_user_header;
    if (header.empty()) return session;
    // Behind a reverse proxy that authenticated the user: the header names them; a session
    // (for CSRF tokens) follows that name.
    std::string name = request.header(utf8::ascii_lower(header));
    if (name.empty()) return std::optional<Session>();
    if (session && session->viewer.name == name) return session;
    auto index = m_pool.lease();
    if (!index) return tl::unexpected(index.error());
    auto user = (*index)->find_user(name);
    if (!user) return tl::unexpected(user.error());
    if (!*user) return std::optional<Session>();
    auto token = m_sessions.create(Viewer{(*user)->name, (*user)->role, (*user)->team}, now);
    if (!token) return tl::unexpected(token.error());
    new_cookie = cookie(k_session_cookie, *token, request.https);
    return m_sessions.find(*token, now);
}

void App::end_session(const Request& request) {
    auto it = request.cookies.find(k_session_cookie);
    if (it == request.cookies.end()) return;
    if (auto removed = m_sessions.remove(it->second); !removed)
        log::warning("web: forgetting a session: {}", removed.error().message);
}

Response App::route(const Request& request) {
    Lang lang = choose_lang(request.param("lang"),
                            request.cookies.count(k_lang_cookie) ? request.cookies.at(k_lang_cookie)
                                                                 : std::string(),
                            request.header("accept-language"));
    Response response = [&] {
        const auto& s = request.segments;
        if (s.size() == 1 && s[0] == "favicon.ico") return plain(404, "not found");
        if (s.size() == 2 && s[0] == "assets") {
            auto asset = find_asset(s[1]);
            if (!asset) return plain(404, "not found");
            Response r;
            r.content_type = std::string(asset->content_type);
            r.body = std::string(asset->bytes);
            return r;
        }
        bool is_post = request.method == "POST";
        if (is_post && foreign_origin(request)) return plain(403, "cross-site request refused");
        if (s.size() == 1 && s[0] == "login") {
            if (is_post) return login_post(request, lang);
            return login_form(request, lang, "", 200);
        }
        std::string new_cookie;
        auto found = session_of(request, new_cookie);
        if (!found) {
            log::error("web: reading sessions: {}", found.error().message);
            return plain(500, "the index cannot be read");
        }
        std::optional<Session>& session = *found;
        if (!session) {
            if (!m_settings.web.trusted_user_header.empty()) return plain(403, "unknown user");
            if (is_post) return plain(403, "log in first");
            return redirect("/login?next=" + percent_encode(request.target));
        }
        auto index = m_pool.lease();
        if (!index) return plain(500, "the index cannot be read");
        auto snap = snapshot(**index);
        if (!snap) {
            log::error("web: reading customers and users: {}", snap.error().message);
            return plain(500, "the index cannot be read");
        }
        // A user removed (or given another role or team) since logging in: the index's word
        // counts, within the few seconds a snapshot lives.
        auto find_user = [&] {
            return std::find_if((*snap)->users.begin(), (*snap)->users.end(),
                                [&](const auto& u) { return u.name == session->viewer.name; });
        };
        auto user = find_user();
        if (user == (*snap)->users.end()) { // perhaps added after the snapshot was taken
            snap = snapshot(**index, true);
            if (!snap) return plain(500, "the index cannot be read");
            user = find_user();
        }
        if (user == (*snap)->users.end()) {
            end_session(request);
            return is_post ? plain(403, "log in first") : redirect("/login");
        }
        session->viewer.role = user->role;
        session->viewer.team = user->team;
        Page page{request,
                  *this,
                  *session,
                  lang,
                  **index,
                  *snap,
                  Access(session->viewer, (*snap)->customers, (*snap)->users)};
        if (is_post) {
            auto csrf = request.form.find("csrf");
            if (csrf == request.form.end() || !same_token(csrf->second, session->csrf))
                return page.error(403, "forbidden");
        }
        Response r = dispatch(page);
        if (!new_cookie.empty()) r.headers.emplace_back("Set-Cookie", new_cookie);
        return r;
    }();
    if (std::string given = request.param("lang"); given == "zh" || given == "en")
        response.headers.emplace_back(
            "Set-Cookie", cookie(k_lang_cookie, given, request.https, "; Max-Age=31536000"));
    return response;
}

Response App::dispatch(Page& page) {
    const Request& request = page.request;
    const auto& s = request.segments;
    bool get = request.method == "GET" || request.method == "HEAD";
    bool post = request.method == "POST";
    if (!get && !post) return plain(405, "method not allowed");
    if (post) {
        if (s.size() == 1 && s[0] == "logout") {
            end_session(request);
            Response r = redirect("/login");
            r.headers.emplace_back("Set-Cookie",
                                   cookie(k_session_cookie, "", request.https, "; Max-Age=0"));
            return r;
        }
        if (s.size() == 2 && s[0] == "roster" && (s[1] == "promote" || s[1] == "ignore"))
            return roster_action(page, s[1]);
        if (s.size() == 2 && s[0] == "today" && s[1] == "done") return today_done(page);
        if (s.size() == 4 && s[0] == "customers" && s[2] == "prices" && s[3] == "fix")
            return price_fix(page, s[1]);
        return page.error(404, "not_found");
    }
    if (s.empty()) return redirect("/search");
    if (s[0] == "search" && s.size() == 1) return search_page(page);
    if (s[0] == "roster" && s.size() == 1) return roster_page(page);
    if (s[0] == "today" && s.size() == 1) return today_page(page);
    if (s[0] == "products" && s.size() == 1) return product_page(page);
    if ((s[0] == "roster.csv" || s[0] == "roster.xlsx") && s.size() == 1)
        return roster_export(page, s[0]);
    if (s[0] == "customers" && s.size() == 2) return customer_page(page, s[1]);
    if (s[0] == "customers" && s.size() == 3) return customer_export(page, s[1], s[2]);
    if (s[0] == "messages" && s.size() >= 2) {
        auto id = parse_id(s[1]);
        if (!id) return page.error(404, "not_found");
        if (s.size() == 2) return message_page(page, *id);
        if (s.size() == 3 && s[2] == "html") return message_html(page, *id);
        if (s.size() == 3 && s[2] == "raw") return message_raw(page, *id);
        if (s.size() == 4 && s[2] == "attachments") {
            // Attachment indexes start at 0: "0" is the one number with a leading zero allowed.
            auto idx = s[3] == "0" ? std::optional<int64_t>(0) : parse_id(s[3]);
            if (!idx) return page.error(404, "not_found");
            return attachment_download(page, *id, *idx);
        }
    }
    return page.error(404, "not_found");
}

} // namespace mailclerk::web
