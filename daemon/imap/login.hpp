#pragma once
// What a connection to a mail server needs to reach it and log in, over IMAP (client.hpp) or
// SMTP (smtp.hpp): libcurl sets TLS and the login the same way for both.
#include <chrono>
#include <string>

namespace mailclerk::imap {

struct Login {
    std::string url;      // imap[s]://host[:port] or smtp[s]://host[:port]
    bool starttls = true; // imap:// and smtp:// only: require STARTTLS (CURLUSESSL_ALL)
    bool verify_tls = true;
    std::string ca_file;  // empty: the system trust store
    std::string user;     // empty: IMAP connects and negotiates TLS only; SMTP sends no AUTH
    std::string password; // LOGIN/PLAIN; empty when bearer is set
    std::string bearer;   // OAuth2 token for XOAUTH2 / OAUTHBEARER
    std::chrono::seconds timeout{60};
};

} // namespace mailclerk::imap
