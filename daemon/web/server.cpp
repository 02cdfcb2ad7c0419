#include "daemon/web/server.hpp"

#include <chrono>
#include <optional>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include "common/log.hpp"

namespace mailclerk::web {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = asio::ssl;
using tcp = asio::ip::tcp;

namespace {

constexpr auto k_timeout = std::chrono::seconds(30);
constexpr uint64_t k_body_limit = 64 * 1024; // forms only: nothing is uploaded
constexpr uint32_t k_header_limit = 16 * 1024;

// Status code 413 etc. for a request Beast could not read, 0 when the peer just went away.
int status_of_read_error(const beast::error_code& error) {
    if (error == http::error::body_limit) return 413;
    if (error == http::error::header_limit) return 431;
    if (error.category() == http::make_error_code(http::error::bad_target).category()) return 400;
    return 0;
}

} // namespace

struct Server::Impl {
    asio::io_context& io;
    App& app;
    tcp::acceptor acceptor;
    std::optional<ssl::context> tls;
    asio::thread_pool workers;
    bool stopped = false;

    Impl(asio::io_context& context, App& application, int threads)
        : io(context), app(application), acceptor(asio::make_strand(context)),
          workers(static_cast<size_t>(threads)) {}

    void accept();
};

namespace {

template <typename Stream>
class Connection : public std::enable_shared_from_this<Connection<Stream>> {
  public:
    Connection(Stream stream, Server::Impl& server, bool https, std::string client)
        : m_stream(std::move(stream)), m_server(server), m_https(https),
          m_client(std::move(client)) {}

    void start() {
        if constexpr (std::is_same_v<Stream, beast::ssl_stream<beast::tcp_stream>>) {
            beast::get_lowest_layer(m_stream).expires_after(k_timeout);
            m_stream.async_handshake(ssl::stream_base::server,
                                     [self = this->shared_from_this()](beast::error_code error) {
                                         if (!error) self->read();
                                     });
        } else {
            read();
        }
    }

  private:
    void read() {
        m_parser.emplace();
        m_parser->body_limit(k_body_limit);
        m_parser->header_limit(k_header_limit);
        beast::get_lowest_layer(m_stream).expires_after(k_timeout);
        http::async_read(m_stream, m_buffer, *m_parser,
                         [self = this->shared_from_this()](beast::error_code error, size_t) {
                             self->on_read(error);
                         });
    }

    void on_read(beast::error_code error) {
        if (error) {
            int status = status_of_read_error(error);
            if (status == 0) return close();
            Response response;
            response.status = status;
            response.content_type = "text/plain; charset=utf-8";
            response.body = "bad request\n";
            m_keep_alive = false;
            return write(std::move(response), false);
        }
        auto& request = m_parser->get();
        RawRequest raw;
        raw.method = std::string(request.method_string());
        raw.target = std::string(request.target());
        for (const auto& field : request)
            raw.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
        raw.body = std::move(request.body());
        raw.client = m_client;
        raw.https = m_https;
        m_keep_alive = request.keep_alive();
        bool head = request.method() == http::verb::head;
        // Build the page on the worker pool; write it back on the socket's executor.
        asio::post(m_server.workers,
                   [self = this->shared_from_this(), raw = std::move(raw), head]() mutable {
                       Response response = self->m_server.app.handle(raw);
                       asio::post(beast::get_lowest_layer(self->m_stream).get_executor(),
                                  [self, response = std::move(response), head]() mutable {
                                      self->write(std::move(response), head);
                                  });
                   });
    }

    void write(Response response, bool head) {
        auto message = std::make_shared<http::response<http::string_body>>();
        message->version(11);
        message->result(static_cast<unsigned>(response.status));
        message->set(http::field::server, "mailclerk");
        message->set(http::field::content_type, response.content_type);
        for (const auto& [name, value] : response.headers)
            message->insert(name, value);
        message->keep_alive(m_keep_alive);
        message->body() = std::move(response.body);
        message->prepare_payload();
        if (head) message->body().clear();
        beast::get_lowest_layer(m_stream).expires_after(k_timeout);
        http::async_write(
            m_stream, *message,
            [self = this->shared_from_this(), message](beast::error_code error, size_t) {
                if (error || !self->m_keep_alive) return self->close();
                self->read();
            });
    }

    void close() {
        beast::error_code ignored;
        if constexpr (std::is_same_v<Stream, beast::ssl_stream<beast::tcp_stream>>) {
            beast::get_lowest_layer(m_stream).expires_after(std::chrono::seconds(5));
            m_stream.async_shutdown([self = this->shared_from_this()](beast::error_code) {});
        } else {
            m_stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
        }
    }

    Stream m_stream;
    Server::Impl& m_server;
    bool m_https;
    std::string m_client;
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::string_body>> m_parser;
    bool m_keep_alive = false;
};

} // namespace

void Server::Impl::accept() {
    acceptor.async_accept(
        asio::make_strand(io), [this](beast::error_code error, tcp::socket socket) {
            if (stopped) return;
            if (!error) {
                beast::error_code ignored;
                std::string client = socket.remote_endpoint(ignored).address().to_string();
                beast::tcp_stream stream(std::move(socket));
                if (tls)
                    std::make_shared<Connection<beast::ssl_stream<beast::tcp_stream>>>(
                        beast::ssl_stream<beast::tcp_stream>(std::move(stream), *tls), *this, true,
                        client)
                        ->start();
                else
                    std::make_shared<Connection<beast::tcp_stream>>(std::move(stream), *this, false,
                                                                    client)
                        ->start();
            } else {
                log::warning("web: accept failed: {}", error.message());
            }
            accept();
        });
}

Server::Server(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

Server::~Server() {
    stop();
    m_impl->workers.join();
}

Result<std::unique_ptr<Server>> Server::start(asio::io_context& io, App& app,
                                              const config::WebSettings& web, int workers) {
    auto impl = std::make_unique<Impl>(io, app, workers);
    if (!web.cert_file.empty()) {
        impl->tls.emplace(ssl::context::tls_server);
        impl->tls->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 |
                               ssl::context::no_sslv3 | ssl::context::no_tlsv1 |
                               ssl::context::no_tlsv1_1 | ssl::context::single_dh_use);
        beast::error_code error;
        impl->tls->use_certificate_chain_file(web.cert_file.string(), error);
        if (error)
            return fail(ErrorCode::config, "web.cert_file: cannot use " + web.cert_file.string() +
                                               ": " + error.message());
        impl->tls->use_private_key_file(web.key_file.string(), ssl::context::pem, error);
        if (error)
            return fail(ErrorCode::config, "web.key_file: cannot use " + web.key_file.string() +
                                               ": " + error.message());
    }
    beast::error_code error;
    auto address = asio::ip::make_address(web.host, error);
    if (error)
        return fail(ErrorCode::config, "web.listen: '" + web.host + "' is not an IP address");
    tcp::endpoint endpoint(address, static_cast<uint16_t>(web.port));
    auto& acceptor = impl->acceptor;
    acceptor.open(endpoint.protocol(), error);
    if (!error) acceptor.set_option(asio::socket_base::reuse_address(true), error);
    if (!error) acceptor.bind(endpoint, error);
    if (!error) acceptor.listen(asio::socket_base::max_listen_connections, error);
    if (error)
        return fail(ErrorCode::io, "cannot listen on " + web.listen + ": " + error.message());
    impl->accept();
    return std::unique_ptr<Server>(new Server(std::move(impl)));
}

void Server::stop() {
    if (m_impl->stopped) return;
    m_impl->stopped = true;
    asio::post(m_impl->acceptor.get_executor(), [impl = m_impl.get()] {
        beast::error_code ignored;
        impl->acceptor.close(ignored);
    });
}

uint16_t Server::port() const {
    beast::error_code ignored;
    return m_impl->acceptor.local_endpoint(ignored).port();
}

} // namespace mailclerk::web
