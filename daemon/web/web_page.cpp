#include "daemon/web/web_page.hpp"

#include "common/log.hpp"
#include "daemon/web/app.hpp"
#include "daemon/web/server.hpp"

namespace mailclerk::web {

// Pages are built on this many threads (each with its own reading connection).
constexpr int k_workers = 4;

WebPage::WebPage(std::unique_ptr<App> app, std::unique_ptr<Server> server)
    : m_app(std::move(app)), m_server(std::move(server)) {}

WebPage::~WebPage() {
    m_server.reset(); // joins the workers before the app they call goes
}

void WebPage::stop() {
    m_server->stop();
}

uint16_t WebPage::port() const {
    return m_server->port();
}

Result<std::unique_ptr<WebPage>> start_web_page(boost::asio::io_context& io,
                                                const std::string& config_flag,
                                                const config::Config& config,
                                                const parsers::MatchRules& rules) {
    if (config.web.listen.empty()) return std::unique_ptr<WebPage>();
    AppSettings settings{config_flag, config.archive_root, config.roster, config.web, rules,
                         config};
    auto app = App::create(std::move(settings));
    if (!app) return tl::unexpected(app.error());
    auto server = Server::start(io, **app, config.web, k_workers);
    if (!server) return tl::unexpected(server.error());
    log::info("web page on {}://{}:{}", config.web.cert_file.empty() ? "http" : "https",
              config.web.host.find(':') != std::string::npos ? "[" + config.web.host + "]"
                                                             : config.web.host,
              (*server)->port());
    return std::make_unique<WebPage>(std::move(*app), std::move(*server));
}

} // namespace mailclerk::web
