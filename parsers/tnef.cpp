#include "parsers/tnef.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

#include "common/utf8.hpp"
#include "parsers/charset.hpp"

// Last: libytnef's C headers #define BYTE, WORD, DWORD and ULONG, and need stdio first.
extern "C" {
#include <ytnef.h>
}

namespace mailclerk::parsers {
namespace {

constexpr uint32_t k_tnef_signature = 0x223E9F78;

// libytnef printf()s its complaints about damaged streams to stdout, where `inspect --json`
// writes its document. While it parses, fd 1 points at /dev/null. mailclerk's own logging goes
// to stderr, and the mutex keeps two parses from restoring each other's descriptors.
class StdoutSilenced {
  public:
    StdoutSilenced() : m_lock(mutex()) {
        std::fflush(stdout);
        m_saved = dup(STDOUT_FILENO);
        int null = open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (m_saved >= 0 && null >= 0) dup2(null, STDOUT_FILENO);
        if (null >= 0) close(null);
    }
    ~StdoutSilenced() {
        std::fflush(stdout);
        if (m_saved >= 0) {
            dup2(m_saved, STDOUT_FILENO);
            close(m_saved);
        }
    }
    StdoutSilenced(const StdoutSilenced&) = delete;
    StdoutSilenced& operator=(const StdoutSilenced&) = delete;

  private:
    static std::mutex& mutex() {
        static std::mutex instance;
        return instance;
    }
    std::lock_guard<std::mutex> m_lock;
    int m_saved = -1;
};

// The one owner of a TNEFStruct: initialised on construction, freed on destruction.
class TnefStream {
  public:
    TnefStream() { TNEFInitialize(&m_tnef); }
    ~TnefStream() { TNEFFree(&m_tnef); }
    TnefStream(const TnefStream&) = delete;
    TnefStream& operator=(const TnefStream&) = delete;

    // False when libytnef reported an error; what it read so far stays available.
    bool parse(std::string_view bytes) {
        // TNEFParseMemory takes a non-const pointer; give it its own copy.
        m_bytes.assign(bytes.begin(), bytes.end());
        StdoutSilenced quiet;
        return TNEFParseMemory(m_bytes.data(), static_cast<long>(m_bytes.size()), &m_tnef) == 0;
    }
    TNEFStruct& get() { return m_tnef; }

  private:
    TNEFStruct m_tnef{};
    std::vector<BYTE> m_bytes;
};

bool present(const variableLength* value) {
    return value != nullptr && value != MAPI_UNDEFINED && value->data != nullptr && value->size > 0;
}

std::string_view bytes_of(const variableLength& value) {
    return {reinterpret_cast<const char*>(value.data), static_cast<size_t>(value.size)};
}

std::string_view without_trailing_nuls(std::string_view text) {
    while (!text.empty() && text.back() == '\0')
        text.remove_suffix(1);
    return text;
}

// The message's code page ("cp936"), used for 8-bit strings; Windows-1252 when absent.
std::string code_page(TNEFStruct& tnef) {
    if (present(&tnef.CodePage) && tnef.CodePage.size >= 4) {
        uint32_t page = 0;
        std::memcpy(&page, tnef.CodePage.data, 4);
        if (page != 0 && page != 1200) return "cp" + std::to_string(page);
    }
    return "cp1252";
}

// A string property in either form: PT_UNICODE (UTF-16LE) or PT_STRING8 (the code page).
std::string find_string(MAPIProps* props, unsigned int id, const std::string& charset) {
    if (auto* wide = MAPIFindProperty(props, PROP_TAG(PT_UNICODE, id)); present(wide))
        return std::string(without_trailing_nuls(to_utf8(bytes_of(*wide), "utf-16le").text));
    if (auto* narrow = MAPIFindProperty(props, PROP_TAG(PT_STRING8, id)); present(narrow))
        return to_utf8(without_trailing_nuls(bytes_of(*narrow)), charset).text;
    return {};
}

Attachment read_attachment(::Attachment& entry, const std::string& charset) {
    Attachment file;
    file.origin = AttachmentOrigin::tnef;
    file.filename = find_string(&entry.MAPI, PR_ATTACH_LONG_FILENAME, charset);
    if (file.filename.empty()) file.filename = find_string(&entry.MAPI, PR_DISPLAY_NAME, charset);
    if (file.filename.empty() && present(&entry.Title))
        file.filename = to_utf8(without_trailing_nuls(bytes_of(entry.Title)), charset).text;
    file.content_type = utf8::ascii_lower(find_string(&entry.MAPI, PR_ATTACH_MIME_TAG, charset));
    if (file.content_type.find('/') == std::string::npos)
        file.content_type = "application/octet-stream";
    // An embedded object (an attached Outlook item) starts with a 16-byte GUID.
    if (auto* object = MAPIFindProperty(&entry.MAPI, PROP_TAG(PT_OBJECT, PR_ATTACH_DATA_OBJ));
        present(object) && object->size > 16) {
        file.content = std::string(bytes_of(*object).substr(16));
        if (file.content_type == "application/octet-stream")
            file.content_type = "application/vnd.ms-outlook";
    } else if (present(&entry.FileData)) {
        file.content = std::string(bytes_of(entry.FileData));
    }
    return file;
}

void read_body(TNEFStruct& tnef, const std::string& charset, TnefContent& out) {
    MAPIProps* props = &tnef.MapiProperties;
    out.text = find_string(props, PR_BODY, charset);
    if (out.text.empty() && present(&tnef.body))
        out.text = to_utf8(without_trailing_nuls(bytes_of(tnef.body)), charset).text;
    if (auto* html = MAPIFindProperty(props, PROP_TAG(PT_BINARY, PR_BODY_HTML)); present(html))
        out.html = to_utf8(without_trailing_nuls(bytes_of(*html)), charset).text;
    else
        out.html = find_string(props, PR_BODY_HTML, charset);
    if (!out.text.empty() || !out.html.empty()) return;
    // Only rich text: keep the decompressed RTF as a file rather than lose the body.
    auto* rtf = MAPIFindProperty(props, PROP_TAG(PT_BINARY, PR_RTF_COMPRESSED));
    if (!present(rtf)) return;
    int size = 0;
    BYTE* plain = DecompressRTF(rtf, &size);
    if (plain == nullptr) return;
    Attachment file;
    file.origin = AttachmentOrigin::tnef;
    file.filename = "body.rtf";
    file.content_type = "application/rtf";
    file.content.assign(reinterpret_cast<const char*>(plain), static_cast<size_t>(size));
    std::free(plain); // allocated by libytnef with malloc
    out.attachments.push_back(std::move(file));
}

} // namespace

bool is_tnef_part(std::string_view content_type, std::string_view filename) {
    if (content_type == "application/ms-tnef" || content_type == "application/vnd.ms-tnef")
        return true;
    return utf8::ascii_lower(filename) == "winmail.dat";
}

std::optional<TnefContent> unpack_tnef(std::string_view bytes) {
    if (bytes.size() < 6) return std::nullopt;
    uint32_t signature = 0;
    std::memcpy(&signature, bytes.data(), 4);
    if (signature != k_tnef_signature) return std::nullopt;
    TnefStream stream;
    TnefContent content;
    content.damaged = !stream.parse(bytes);
    TNEFStruct& tnef = stream.get();
    std::string charset = code_page(tnef);
    read_body(tnef, charset, content);
    for (::Attachment* entry = tnef.starting_attach.next; entry != nullptr; entry = entry->next) {
        Attachment file = read_attachment(*entry, charset);
        if (file.filename.empty() && file.content.empty()) continue;
        content.attachments.push_back(std::move(file));
    }
    return content;
}

} // namespace mailclerk::parsers
