// libFuzzer target: what an IMAP server sends. The bytes are framed by ResponseReader in chunks
// whose size the first byte picks (framing must not depend on chunking), and every response is
// handed to each parse_* function the client uses. A crash, a sanitizer report, or two
// chunkings that frame the stream differently is a finding.
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "daemon/imap/response.hpp"

namespace {

using namespace mailclerk::imap;

std::vector<Response> frame(std::string_view bytes, size_t chunk) {
    ResponseReader reader;
    std::vector<Response> out;
    for (size_t pos = 0; pos < bytes.size(); pos += chunk) {
        reader.feed(bytes.substr(pos, chunk));
        while (auto response = reader.pop())
            out.push_back(std::move(*response));
    }
    return out;
}

void parse_all(Response response) {
    (void)parse_status(response);
    (void)parse_capabilities(response);
    (void)parse_list(response);
    (void)parse_mailbox_status(response);
    SelectData select;
    collect_select_data(response, select);
    (void)parse_search(response);
    (void)parse_sequence_set(response.text);
    (void)header_message_id(response.text);
    std::vector<std::string> literals = response.literals;
    (void)tokenize(response.text, std::move(literals));
    if (auto fetched = parse_fetch(std::move(response)); fetched && fetched->header)
        (void)header_message_id(*fetched->header);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
    size_t chunk = data[0] % 16 + 1;
    std::vector<Response> whole = frame(bytes, bytes.size() + 1);
    std::vector<Response> chunked = frame(bytes, chunk);
    if (whole.size() != chunked.size()) std::abort();
    for (size_t i = 0; i < whole.size(); ++i)
        if (whole[i].tag != chunked[i].tag || whole[i].text != chunked[i].text ||
            whole[i].literals != chunked[i].literals)
            std::abort();
    for (Response& response : whole)
        parse_all(std::move(response));
    return 0;
}
