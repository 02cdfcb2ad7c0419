#include "parsers/grid/opendocument.hpp"

#include <cstdlib>

#include "parsers/grid/zip_archive.hpp"

namespace mailclerk::grid::opendocument {
namespace {

constexpr uint64_t k_max_part_bytes = 64u << 20;

} // namespace

bool has_mimetype(std::string_view bytes, std::string_view mimetype) {
    auto zip = ZipArchive::open(bytes);
    if (!zip) return false;
    auto found = zip->read("mimetype", 256);
    return found && *found == mimetype;
}

Status load_content(std::string_view bytes, std::string_view what, pugi::xml_document& doc) {
    std::string prefix = "not a readable ." + std::string(what) + ": ";
    auto zip = ZipArchive::open(bytes);
    if (!zip) return fail(ErrorCode::parse, prefix + zip.error().message);
    auto content = zip->read("content.xml", k_max_part_bytes);
    if (!content) return fail(ErrorCode::parse, prefix + content.error().message);
    if (!doc.load_buffer(content->data(), content->size()))
        return fail(ErrorCode::parse, prefix + "content.xml");
    return {};
}

size_t count_of(const pugi::xml_node& node, const char* attribute) {
    long n = std::strtol(node.attribute(attribute).as_string("1"), nullptr, 10);
    return n < 1 ? 1 : static_cast<size_t>(n);
}

void append_paragraph(std::string& out, const pugi::xml_node& paragraph) {
    for (pugi::xml_node child : paragraph.children()) {
        std::string_view name = child.name();
        if (child.type() == pugi::node_pcdata)
            out += child.value();
        else if (name == "text:s")
            out.append(count_of(child, "text:c"), ' ');
        else if (name == "text:tab")
            out += '\t';
        else if (name == "text:line-break")
            out += '\n';
        else if (name != "office:annotation" && name != "text:note")
            append_paragraph(out, child);
    }
}

} // namespace mailclerk::grid::opendocument
