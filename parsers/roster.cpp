#include "parsers/roster.hpp"

#include <algorithm>
#include <map>

#include "common/utf8.hpp"

namespace mailclerk::parsers {
namespace {

// Header spellings, compared after lower-casing and removing spaces, '_', '-', ':' and '：'.
const std::map<std::string, std::vector<std::string>>& header_names() {
    static const std::map<std::string, std::vector<std::string>> k_names = {
        {"name",
         {"name", "customer", "customername", "company", "companyname", "客户", "客户名称",
          "客户名", "公司", "公司名称", "名称", "单位名称"}},
        {"slug", {"slug", "folder", "id", "文件夹"}},
        {"category",
         {"category", "type", "status", "类别", "分类", "客户类别", "客户类型", "类型"}},
        {"domains", {"domain", "domains", "website", "web", "域名", "邮箱域名", "网址", "网站"}},
        {"addresses",
         {"address", "addresses", "email", "emails", "mail", "emailaddress", "邮箱", "电子邮件",
          "电子邮箱", "邮件", "邮件地址", "邮箱地址"}},
        {"contact", {"contact", "contactperson", "contactname", "联系人", "联系人姓名"}},
        {"phone",
         {"phone", "tel", "telephone", "mobile", "phonenumber", "电话", "手机", "联系电话",
          "电话号码", "手机号"}},
        {"grade", {"grade", "level", "class", "rank", "等级", "级别", "客户等级", "客户级别"}},
        {"owner",
         {"owner", "rep", "sales", "salesrep", "accountowner", "负责人", "业务员", "跟进人", "销售",
          "所属业务员"}},
        {"notes", {"notes", "note", "remark", "remarks", "comment", "comments", "备注", "说明"}},
    };
    return k_names;
}

std::string header_key(std::string_view header) {
    std::string lowered = utf8::ascii_lower(utf8::trim(header));
    std::string out;
    for (size_t i = 0; i < lowered.size(); ++i) {
        char c = lowered[i];
        if (c == ' ' || c == '_' || c == '-' || c == ':' || c == '*') continue;
        if (lowered.compare(i, 3, "：") == 0) {
            i += 2;
            continue;
        }
        out.push_back(c);
    }
    return out;
}

// Split a cell holding several values: , ; 、 ， ； and white space.
std::vector<std::string> split_values(std::string_view cell) {
    std::string text(cell);
    for (const char* wide : {"，", "；", "、", "\u3000"})
        for (size_t pos; (pos = text.find(wide)) != std::string::npos;)
            text.replace(pos, std::string_view(wide).size(), " ");
    std::vector<std::string> out;
    std::string current;
    for (char c : text + " ") {
        if (c == ',' || c == ';' || c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            if (!current.empty()) out.push_back(std::move(current));
            current.clear();
        } else {
            current.push_back(c);
        }
    }
    return out;
}

std::string clean_domain(std::string domain) {
    domain = utf8::ascii_lower(domain);
    for (std::string_view scheme : {"https://", "http://"})
        if (domain.starts_with(scheme)) domain.erase(0, scheme.size());
    if (size_t slash = domain.find('/'); slash != std::string::npos) domain.erase(slash);
    if (size_t at = domain.rfind('@'); at != std::string::npos) domain.erase(0, at + 1);
    if (domain.starts_with("www.")) domain.erase(0, 4);
    return domain;
}

struct Columns {
    size_t header_row = 0;
    std::map<std::string, size_t> field_column;
};

// The header is the first of the first ten rows that names a "name" column.
bool find_header(const RosterTable& table, Columns& columns) {
    for (size_t r = 0; r < table.rows.size() && r < 10; ++r) {
        std::map<std::string, size_t> found;
        for (size_t c = 0; c < table.rows[r].size(); ++c)
            if (std::string field = field_of_header(table.rows[r][c]); !field.empty())
                found.emplace(field, c);
        if (found.contains("name")) {
            columns = {r, std::move(found)};
            return true;
        }
    }
    return false;
}

bool blank(const std::vector<std::string>& row) {
    return std::all_of(row.begin(), row.end(),
                       [](const std::string& cell) { return utf8::trim(cell).empty(); });
}

std::string normal_grade(std::string grade) {
    grade = std::string(utf8::trim(grade));
    if (grade.size() == 1 && grade[0] >= 'a' && grade[0] <= 'c')
        grade[0] = static_cast<char>(grade[0] - 32);
    for (const auto& [chinese, letter] : {std::pair{"A类", "A"},
                                          {"B类", "B"},
                                          {"C类", "C"},
                                          {"A级", "A"},
                                          {"B级", "B"},
                                          {"C级", "C"}})
        if (grade == chinese) grade = letter;
    return grade;
}

// One data row into an entry, or the reason it cannot be one.
std::string read_entry(const std::vector<std::string>& row, const Columns& columns,
                       const std::string& sheet_category, RosterEntry& entry) {
    auto cell = [&](const char* field) -> std::string {
        auto it = columns.field_column.find(field);
        if (it == columns.field_column.end() || it->second >= row.size()) return {};
        return std::string(utf8::trim(row[it->second]));
    };
    entry.name = cell("name");
    entry.slug = cell("slug");
    entry.contact = cell("contact");
    entry.phone = cell("phone");
    entry.owner = cell("owner");
    entry.notes = cell("notes");
    entry.grade = normal_grade(cell("grade"));
    std::string category = cell("category");
    entry.category = category.empty() ? sheet_category : category_of_sheet(category);
    for (const std::string& domain : split_values(cell("domains")))
        entry.domains.push_back(clean_domain(domain));
    for (const std::string& address : split_values(cell("addresses")))
        entry.addresses.push_back(address);
    if (entry.name.empty()) return "no customer name";
    if (!utf8::is_valid(entry.name)) return "the name is not valid text";
    if (entry.category.empty())
        return category.empty()
                   ? "no category: the sheet name does not give one"
                   : "category '" + category + "' is not closed, key, prospect or inactive";
    if (!entry.grade.empty() && entry.grade != "A" && entry.grade != "B" && entry.grade != "C")
        return "grade '" + entry.grade + "' is not A, B or C";
    for (const std::string& address : entry.addresses)
        if (address.find('@') == std::string::npos || address.front() == '@' ||
            address.back() == '@')
            return "'" + address + "' is not a mail address";
    for (const std::string& domain : entry.domains)
        if (domain.find('.') == std::string::npos) return "'" + domain + "' is not a domain";
    return {};
}

} // namespace

std::string category_of_sheet(std::string_view sheet_name) {
    std::string name = utf8::ascii_lower(utf8::trim(sheet_name));
    const std::pair<const char*, const char*> k_words[] = {
        {"成交", "closed"},   {"closed", "closed"},   {"重点", "key"},
        {"key", "key"},       {"潜在", "prospect"},   {"prospect", "prospect"},
        {"无用", "inactive"}, {"无效", "inactive"},   {"inactive", "inactive"},
        {"dead", "inactive"}, {"成交客户", "closed"}, {"customer", ""}};
    for (const auto& [word, category] : k_words)
        if (*category && name.find(word) != std::string::npos) return category;
    return {};
}

std::string field_of_header(std::string_view header) {
    std::string key = header_key(header);
    if (key.empty()) return {};
    for (const auto& [field, names] : header_names())
        if (std::find(names.begin(), names.end(), key) != names.end()) return field;
    return {};
}

Roster read_roster(const std::vector<RosterTable>& tables, const std::string& default_category) {
    Roster roster;
    for (const RosterTable& table : tables) {
        Columns columns;
        if (!find_header(table, columns)) {
            if (!std::all_of(table.rows.begin(), table.rows.end(), blank))
                roster.problems.push_back({table.name, 0, "no header row with a name column"});
            continue;
        }
        std::string category = category_of_sheet(table.name);
        if (category.empty()) category = default_category;
        for (size_t r = columns.header_row + 1; r < table.rows.size(); ++r) {
            if (blank(table.rows[r])) continue;
            RosterEntry entry;
            entry.sheet = table.name;
            entry.row = r + 1;
            if (std::string problem = read_entry(table.rows[r], columns, category, entry);
                !problem.empty())
                roster.problems.push_back({table.name, r + 1, problem});
            else
                roster.entries.push_back(std::move(entry));
        }
    }
    return roster;
}

std::vector<std::vector<std::string>> parse_csv(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string cell;
    bool quoted = false, any = false;
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        any = true;
        if (quoted) {
            if (c != '"')
                cell.push_back(c);
            else if (i + 1 < text.size() && text[i + 1] == '"')
                cell.push_back(text[++i]);
            else
                quoted = false;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row.push_back(std::move(cell));
            cell.clear();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            row.push_back(std::move(cell));
            cell.clear();
            rows.push_back(std::move(row));
            row.clear();
            any = false;
        } else {
            cell.push_back(c);
        }
    }
    if (any) {
        row.push_back(std::move(cell));
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace mailclerk::parsers
