// [web]: will the daemon be able to serve the page? The certificate and key must be readable by
// the service's user, belong together and be in date; the address must be bindable.
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <memory>
#include <netinet/in.h>
#include <sstream>

#include <fmt/format.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <sys/socket.h>
#include <unistd.h>

#include "common/fd.hpp"
#include "common/file_io.hpp"
#include "daemon/doctor/checks.hpp"

namespace mailclerk::doctor {
namespace {

constexpr CheckName k_certificate{"web.certificate", "web certificate"};
constexpr CheckName k_listener{"web.listen", "web listener"};
constexpr int k_warn_days = 14;

struct BioFree {
    void operator()(BIO* bio) const { BIO_free(bio); }
};
struct X509Free {
    void operator()(X509* cert) const { X509_free(cert); }
};
struct KeyFree {
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};

std::unique_ptr<BIO, BioFree> memory_bio(const std::string& bytes) {
    return std::unique_ptr<BIO, BioFree>(
        BIO_new_mem_buf(bytes.data(), static_cast<int>(bytes.size())));
}

std::string subject_of(X509* cert) {
    char buffer[512];
    X509_NAME_oneline(X509_get_subject_name(cert), buffer, sizeof buffer);
    return buffer;
}

// Days from now until `time` (negative when past).
int days_until(const ASN1_TIME* time) {
    int days = 0, seconds = 0;
    ASN1_TIME_diff(&days, &seconds, nullptr, time);
    return days;
}

Check certificate_check(const config::WebSettings& web) {
    std::string fix_read = fmt::format("sudo chgrp mailclerk {0} {1} && sudo chmod 0640 {0} {1}",
                                       web.cert_file.string(), web.key_file.string());
    auto cert_pem = read_file(web.cert_file);
    if (!cert_pem) return failed(k_certificate, "cert_file: " + cert_pem.error().message, fix_read);
    auto key_pem = read_file(web.key_file);
    if (!key_pem) return failed(k_certificate, "key_file: " + key_pem.error().message, fix_read);
    auto cert_bio = memory_bio(*cert_pem);
    std::unique_ptr<X509, X509Free> cert(
        PEM_read_bio_X509(cert_bio.get(), nullptr, nullptr, nullptr));
    if (!cert)
        return failed(k_certificate, web.cert_file.string() + " holds no PEM certificate",
                      "cert_file is the certificate chain in PEM, the server's own first");
    auto key_bio = memory_bio(*key_pem);
    std::unique_ptr<EVP_PKEY, KeyFree> key(
        PEM_read_bio_PrivateKey(key_bio.get(), nullptr, nullptr, const_cast<char*>("")));
    if (!key)
        return failed(k_certificate,
                      web.key_file.string() + " holds no PEM private key without a passphrase",
                      "remove the passphrase: openssl pkey -in KEY -out KEY.plain");
    std::string subject = subject_of(cert.get());
    if (X509_check_private_key(cert.get(), key.get()) != 1)
        return failed(k_certificate,
                      fmt::format("key_file {} is not the key of {} ({})", web.key_file.string(),
                                  web.cert_file.string(), subject),
                      "give the key the certificate was issued for");
    if (days_until(X509_get0_notBefore(cert.get())) > 0)
        return failed(k_certificate, subject + " is not valid yet",
                      "check this machine's clock (see clock), or the certificate's dates");
    int left = days_until(X509_get0_notAfter(cert.get()));
    if (left < 0)
        return failed(k_certificate, fmt::format("{} expired {} days ago", subject, -left),
                      "renew the certificate, then sudo systemctl reload mailclerk");
    if (left < k_warn_days)
        return warn(k_certificate, fmt::format("{} expires in {} days", subject, left),
                    "renew the certificate, then sudo systemctl reload mailclerk");
    return pass(k_certificate,
                fmt::format("{} and its key match, valid for {} more days", subject, left));
}

// Who listens on `port` (TCP): "mailclerk (pid 123)", or "" when no visible process does.
std::string listener_on(int port) {
    std::string inode;
    for (const char* table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        std::ifstream in(table);
        std::string line;
        std::getline(in, line); // header
        while (std::getline(in, line) && inode.empty()) {
            std::istringstream fields(line);
            std::string slot, local, remote, state, queues, timer, retransmits, uid, timeout, node;
            fields >> slot >> local >> remote >> state >> queues >> timer >> retransmits >> uid >>
                timeout >> node;
            size_t colon = local.rfind(':');
            if (state == "0A" && colon != std::string::npos &&
                std::stoi(local.substr(colon + 1), nullptr, 16) == port)
                inode = node;
        }
    }
    if (inode.empty()) return {};
    std::string wanted = "socket:[" + inode + "]";
    std::error_code ec;
    for (const auto& process : std::filesystem::directory_iterator("/proc", ec)) {
        std::string pid = process.path().filename();
        if (pid.find_first_not_of("0123456789") != std::string::npos) continue;
        for (const auto& fd : std::filesystem::directory_iterator(process.path() / "fd", ec)) {
            std::error_code link_error;
            if (std::filesystem::read_symlink(fd.path(), link_error) != wanted) continue;
            std::ifstream comm(process.path() / "comm");
            std::string name;
            std::getline(comm, name);
            return fmt::format("{} (pid {})", name, pid);
        }
    }
    return {};
}

int unprivileged_port_start() {
    std::ifstream in("/proc/sys/net/ipv4/ip_unprivileged_port_start");
    int start = 1024;
    in >> start;
    return start;
}

Check port_check(const config::WebSettings& web) {
    if (web.port == 0) return pass(k_listener, web.listen + ": any free port");
    bool v6 = web.host.find(':') != std::string::npos;
    Fd socket(::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    int yes = 1;
    ::setsockopt(socket.get(), SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_storage address{};
    socklen_t length = 0;
    if (v6) {
        auto* in6 = reinterpret_cast<sockaddr_in6*>(&address);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(static_cast<uint16_t>(web.port));
        ::inet_pton(AF_INET6, web.host.c_str(), &in6->sin6_addr);
        length = sizeof(sockaddr_in6);
    } else {
        auto* in4 = reinterpret_cast<sockaddr_in*>(&address);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(static_cast<uint16_t>(web.port));
        ::inet_pton(AF_INET, web.host.c_str(), &in4->sin_addr);
        length = sizeof(sockaddr_in);
    }
    std::string privileged_hint = fmt::format(
        "ports below {} need privileges the service does not have: listen on 8443 (and forward "
        "443 to it), or add AmbientCapabilities=CAP_NET_BIND_SERVICE with systemctl edit "
        "mailclerk",
        unprivileged_port_start());
    if (::bind(socket.get(), reinterpret_cast<sockaddr*>(&address), length) == 0) {
        if (::geteuid() == 0 && web.port < unprivileged_port_start())
            return warn(k_listener, web.listen + " can be bound by root, not by the service's user",
                        privileged_hint);
        return pass(k_listener, web.listen + " is free");
    }
    int error = errno;
    if (error == EACCES)
        return failed(k_listener, fmt::format("{}: {}", web.listen, std::strerror(error)),
                      privileged_hint);
    if (error == EADDRINUSE) {
        std::string owner = listener_on(web.port);
        if (owner.starts_with("mailclerk "))
            return pass(k_listener, fmt::format("{} is served by {}", web.listen, owner));
        return failed(k_listener,
                      fmt::format("{} is in use by {}", web.listen,
                                  owner.empty() ? "another program" : owner),
                      "choose another port in [web] listen, or stop that program");
    }
    return failed(k_listener, fmt::format("{}: {}", web.listen, std::strerror(error)),
                  error == EADDRNOTAVAIL ? "the address is not one of this machine's"
                                         : std::string());
}

} // namespace

std::vector<Check> check_web(const config::WebSettings& web) {
    if (web.listen.empty())
        return {skipped({"web", "web page"}, "[web] listen is not set: the page is off")};
    std::vector<Check> out;
    if (web.cert_file.empty())
        out.push_back(
            pass(k_certificate, "plain HTTP on a loopback address (a reverse proxy adds HTTPS)"));
    else
        out.push_back(certificate_check(web));
    out.push_back(port_check(web));
    return out;
}

} // namespace mailclerk::doctor
