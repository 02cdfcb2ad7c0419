#pragma once
// The web page on the network: Boost.Beast HTTP/1.1 on the caller's io_context (the daemon's,
// or `mailclerk web`'s own), HTTPS through OpenSSL when a certificate is configured. Sockets
// live on the io_context; each request is answered by App on a small thread pool of its own,
// so slow pages never hold up the daemon's timers and several pages are built at once.
#include <cstdint>
#include <memory>

#include "common/result.hpp"
#include "config/config.hpp"
#include "daemon/web/app.hpp"

namespace boost::asio {
class io_context;
}

namespace mailclerk::web {

class Server {
  public:
    // Bind and start accepting. Fails (ErrorCode::config) for an unreadable certificate or
    // key, (ErrorCode::io) when the address cannot be bound.
    static Result<std::unique_ptr<Server>> start(boost::asio::io_context& io, App& app,
                                                 const config::WebSettings& web, int workers);
    ~Server();
    // Stop accepting; connections in flight finish.
    void stop();
    uint16_t port() const;

    struct Impl;

  private:
    explicit Server(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace mailclerk::web
