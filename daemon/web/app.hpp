#pragma once
// The web page without the network: a Request in, a Response out. Routing, the login gate,
// sessions and CSRF, the language, security headers on every answer, and the shared state the
// pages read (a pool of read-only index connections, cached directory and roster). Handles
// requests on any number of threads at once.
#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "config/config.hpp"
#include "daemon/app/roster.hpp"
#include "daemon/today/states.hpp"
#include "daemon/web/access.hpp"
#include "daemon/web/audit.hpp"
#include "daemon/web/auth.hpp"
#include "daemon/web/http.hpp"
#include "daemon/web/i18n.hpp"
#include "parsers/classify.hpp"
#include "store/reader.hpp"

namespace mailclerk::web {

struct AppSettings {
    std::string config_flag; // -c: promote/ignore open the workspace to write through it
    std::filesystem::path archive_root;
    config::RosterSettings roster;
    config::WebSettings web;
    parsers::MatchRules rules; // own domains etc., for candidate customers (customers replaced)
    config::Config config;     // as the page started: [today], accounts, [index] (which backend)
};

// Reading index connections of either backend (app::open_index_reader), one per request in
// flight.
class IndexPool {
  public:
    using Opener = std::function<Result<std::unique_ptr<store::Reader>>()>;
    explicit IndexPool(Opener open) : m_open(std::move(open)) {}
    class Lease {
      public:
        Lease(IndexPool& pool, std::unique_ptr<store::Reader> index)
            : m_pool(&pool), m_index(std::move(index)) {}
        Lease(Lease&&) = default;
        Lease& operator=(Lease&&) = default;
        ~Lease();
        store::Reader& operator*() { return *m_index; }
        store::Reader* operator->() { return m_index.get(); }

      private:
        IndexPool* m_pool;
        std::unique_ptr<store::Reader> m_index;
    };
    Result<Lease> lease();

  private:
    Opener m_open;
    std::mutex m_mutex;
    std::vector<std::unique_ptr<store::Reader>> m_free;
};

// The directory and users as of a few seconds ago: what access decisions read.
struct Snapshot {
    std::vector<store::CustomerRow> customers;
    std::vector<store::UserRow> users;
    const store::CustomerRow* by_slug(const std::string& slug) const;
    const store::CustomerRow* by_id(int64_t id) const;
};

class App;

// What a page handler gets: the request, the viewer's session and access, its language.
struct Page {
    const Request& request;
    App& app;
    Session session;
    Lang lang;
    store::Reader& index;
    std::shared_ptr<const Snapshot> snapshot;
    Access access;

    std::string t(std::string_view key) const { return std::string(tr(lang, key)); }
    // A whole HTML document: header with navigation and language switch, then `body`.
    Response html(const std::string& title, const std::string& body, int status = 200) const;
    Response error(int status, std::string_view key) const;
    // The hidden CSRF field of this session's forms.
    std::string csrf_field() const;
    Status audit(const std::string& action, const std::string& what, const std::string& customer,
                 const std::string& file) const;
};

class App {
  public:
    static Result<std::unique_ptr<App>> create(AppSettings settings);
    // Any request: a target or form that breaks the URL rules is answered 400. Thread-safe.
    Response handle(const RawRequest& raw);
    Response handle(const Request& request);

    const AppSettings& settings() const { return m_settings; }
    Result<std::shared_ptr<const Snapshot>> snapshot(store::Reader& index, bool fresh = false);
    // The roster as of at most a minute ago (grades are computed over all customers).
    Result<std::shared_ptr<const std::vector<app::RosterLine>>> roster(store::Reader& index,
                                                                       bool fresh = false);
    // The team's open agenda items as of at most a minute ago (daemon/today/).
    Result<std::shared_ptr<const std::vector<today::Item>>> agenda(store::Reader& index,
                                                                   bool fresh = false);
    AuditLog& audit_log() { return m_audit; }
    // The rendered price list of a customer in a language, if rendered at this version of its
    // price items (store::Index::price_version): a customer can have tens of thousands.
    std::optional<std::string> cached_prices(int64_t customer, Lang lang,
                                             const std::string& version);
    void cache_prices(int64_t customer, Lang lang, const std::string& version,
                      const std::string& html);
    // After a change through the writer (promote, ignore): the next request reads afresh.
    void forget_caches();

  private:
    App(AppSettings settings, AuditLog audit, std::unique_ptr<store::Reader> sessions);
    Response route(const Request& request);
    Response login_form(const Request& request, Lang lang, std::string_view message_key,
                        int status);
    Response login_post(const Request& request, Lang lang);
    Result<std::optional<Session>> session_of(const Request& request, std::string& new_cookie);
    // Log out: the request's session cookie no longer names a session anywhere.
    void end_session(const Request& request);
    Response dispatch(Page& page);

    AppSettings m_settings;
    AuditLog m_audit;
    IndexPool m_pool;
    SessionStore m_sessions;
    LoginThrottle m_throttle;
    std::mutex m_cache_mutex;
    std::shared_ptr<const Snapshot> m_snapshot;
    Clock::time_point m_snapshot_time;
    std::shared_ptr<const std::vector<app::RosterLine>> m_roster;
    Clock::time_point m_roster_time;
    bool m_roster_building = false;
    std::mutex m_roster_build_mutex;
    std::map<std::pair<int64_t, char>, std::pair<std::string, std::string>> m_prices;
    std::shared_ptr<const std::vector<today::Item>> m_agenda;
    Clock::time_point m_agenda_time;
    std::mutex m_agenda_build_mutex;
};

// Pages (page_*.cpp).
Response search_page(Page& page);
Response customer_page(Page& page, const std::string& slug);
Response customer_export(Page& page, const std::string& slug, const std::string& file);
// POST /customers/<slug>/prices/fix: a rep's correction of a current price-list row (action
// fix, not_a_price or undo), as `mailclerk prices fix` makes it.
Response price_fix(Page& page, const std::string& slug);
Response message_page(Page& page, int64_t id);
Response message_html(Page& page, int64_t id);
Response message_raw(Page& page, int64_t id);
Response attachment_download(Page& page, int64_t id, int64_t idx);
Response roster_page(Page& page);
Response roster_export(Page& page, const std::string& file);
Response roster_action(Page& page, const std::string& action);
Response today_page(Page& page);
Response today_done(Page& page);
Response product_page(Page& page);
// The open agenda items of one customer, as the customer page shows them ("" when none).
std::string customer_items(Page& page, int64_t customer_id);

// Shared by the pages (page_common.cpp).
std::string date_text(int64_t epoch_seconds); // "2026-11-03", "" for 0
std::string customer_link(const store::CustomerRow& customer);
std::string kind_label(const Page& page, const std::string& kind);
std::string direction_badge(const Page& page, const std::string& direction);
// A part mail software reads (a signature, a delivery report, a nameless calendar or contact
// twin): pages list it by its content type, never offer it as a document. parsers decides it
// (is_technical_part), as when the message was filed.
bool is_technical(const store::MessageAttachment& attachment);
// A file the index names, as bytes, if it resolves inside the archive root (symlinks
// followed); not_found otherwise.
Result<std::string> read_archived(const std::filesystem::path& root, const std::string& relative);
// The bytes of a workbook `write` produced in a private temporary directory (removed after).
Result<std::string> xlsx_bytes(const std::function<Status(const std::filesystem::path&)>& write);

} // namespace mailclerk::web
