#pragma once
// The one call the daemon and `mailclerk web` make: the page (App + Server) for a config.
#include <memory>
#include <string>

#include "common/result.hpp"
#include "daemon/app/workspace.hpp"

namespace boost::asio {
class io_context;
}

namespace mailclerk::web {

class App;
class Server;

class WebPage {
  public:
    WebPage(std::unique_ptr<App> app, std::unique_ptr<Server> server);
    ~WebPage();
    void stop();
    uint16_t port() const;

  private:
    std::unique_ptr<App> m_app;
    std::unique_ptr<Server> m_server;
};

// Serve the page of `config.web` on `io` (nullptr when listen is empty). The index, SQLite or
// PostgreSQL, must be migrated already (open_reader); the page reads it through its own
// connections (app::open_index_reader) and keeps its sessions there.
Result<std::unique_ptr<WebPage>> start_web_page(boost::asio::io_context& io,
                                                const std::string& config_flag,
                                                const config::Config& config,
                                                const parsers::MatchRules& rules);

} // namespace mailclerk::web
