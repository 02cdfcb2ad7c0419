#include <catch2/catch.hpp>

#include <string>

#include "common/utf8.hpp"
#include "parsers/html_text.hpp"

using mailclerk::parsers::html_to_text;

namespace {
struct HtmlRow {
    const char* name;
    std::string html;
    std::string expected;
};
} // namespace

TEST_CASE("html_to_text gives readable text", "[parsers][html]") {
    const HtmlRow rows[] = {
        {"plain text", "hello world", "hello world"},
        {"tags dropped", "<b>bold</b> and <i>italic</i>", "bold and italic"},
        {"whitespace collapsed", "a \n\t  b", "a b"},
        {"br is a line break", "line1<br>line2<BR/>line3", "line1\nline2\nline3"},
        {"paragraphs", "<p>one</p><p>two</p>", "one\ntwo"},
        {"div blocks", "<div>a</div>\n<div>b</div>", "a\nb"},
        {"table cells tab separated",
         "<table><tr><td>Item</td><td>Price</td></tr>"
         "<tr><td>Pump</td><td>12.50</td></tr></table>",
         "Item\tPrice\nPump\t12.50"},
        {"script and style skipped", "<style>p{color:red}</style><script>alert(1)</script>text",
         "text"},
        {"head skipped", "<html><head><title>T</title></head><body>body</body></html>", "body"},
        {"comments skipped", "a<!-- hidden -->b", "ab"},
        {"named entities", "&lt;tag&gt; &amp; &quot;q&quot; &euro;5 &nbsp;x", "<tag> & \"q\" €5 x"},
        {"numeric entities", "&#20013;&#x6587;", "中文"},
        {"unknown entity kept", "a &bogus; b & c", "a &bogus; b & c"},
        {"chinese text", "<p>报价单</p><p>单价：12.50</p>", "报价单\n单价：12.50"},
        {"quoted attribute with angle", "<a title=\"a>b\" href=x>link</a>", "link"},
        {"lone less-than", "a < b", "a < b"},
        {"pre keeps spacing", "<pre>a  b\n c</pre>", "a  b\n c"},
        {"blank lines capped", "a<br><br><br><br><br>b", "a\n\nb"},
        {"must fail: unterminated tag", "text <b", "text"},
        {"must fail: unterminated comment", "a<!-- never closed", "a"},
        {"must fail: unterminated script", "a<script>var x = 1;", "a"},
        {"must fail: huge numeric entity (HTML5: U+FFFD)", "&#99999999;", "\xEF\xBF\xBD"},
        {"table rows kept with implied tags", "<table><tr><td>A<td>B<tr><td>1<td>2</table>after",
         "A\tB\n1\t2\nafter"},
        {"deeply nested markup",
         [] {
             std::string deep;
             for (int i = 0; i < 5000; ++i)
                 deep += "<span><div>";
             return deep + "x";
         }(),
         "x"},
        {"must fail: zero entity", "&#0;", "\xEF\xBF\xBD"},
        {"must fail: invalid utf-8",
         "a\xff"
         "b",
         "a\xEF\xBF\xBD"
         "b"},
        {"must fail: empty", "", ""},
        {"flex row of inline-block spans: cells",
         "<div style=\"display:flex;padding:4px\"><span style=\"display: inline-block;width:90px\">"
         "AW-KV-25</span><span style=\"display:inline-block\">Kugelhahn 1\"</span>"
         "<span style=\"width:60px\">40</span></div><div style=\"display:flex\"><span>B</span>"
         "<span>2</span></div>",
         "AW-KV-25\tKugelhahn 1\"\t40\nB\t2"},
        {"table-row of table-cell divs: cells",
         "<div style=\"display:table-row\"><div style=\"display:table-cell\">A</div>"
         "<div style=\"display:table-cell\">1.50</div></div>",
         "A\t1.50"},
        {"must fail: plain spans stay glued", "<p><span>AW</span><span>-KV</span></p>", "AW-KV"},
        {"must fail: display in another property's value",
         "<span style=\"x-display:inline-block\">a</span><span>b</span>", "ab"},
        {"must fail: a block div without display is a line", "<div><div>a</div><div>b</div></div>",
         "a\nb"},
    };
    for (const auto& row : rows) {
        SECTION(row.name) {
            std::string text = html_to_text(row.html);
            CHECK(text == row.expected);
            CHECK(mailclerk::utf8::is_valid(text));
        }
    }
}

TEST_CASE("html_to_text survives many unclosed skip tags", "[parsers][html]") {
    std::string html;
    for (int i = 0; i < 2000; ++i)
        html += "<head><b><script></script>";
    html += "end";
    CHECK(html_to_text(html).find("end") != std::string::npos);
    // HTML5: an unclosed <title> holds everything after it as its (never shown) text.
    CHECK(html_to_text("<title>x<head>end").empty());
}
