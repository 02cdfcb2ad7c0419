#pragma once
// The files under tests/data for unit tests: read whole, or as a mail's attachment.
#include <catch2/catch.hpp>

#include <string>

#include "common/file_io.hpp"
#include "parsers/message.hpp"

namespace mailclerk::test {

// The bytes of tests/data/<relative>; the test fails when the file cannot be read.
inline std::string data_bytes(const std::string& relative) {
    auto bytes = read_file(std::string(MAILCLERK_TEST_DATA) + "/" + relative);
    REQUIRE(bytes);
    return *bytes;
}

// tests/data/<folder>/<name> as an attachment of that name, of no declared type (the readers
// sniff the format from the bytes and the name), in a mail filed as a quote.
inline parsers::Attachment data_attachment(const std::string& folder, const std::string& name) {
    return parsers::Attachment{name, "application/octet-stream", data_bytes(folder + "/" + name),
                               false, parsers::DocKind::quote};
}

} // namespace mailclerk::test
