#pragma once
// Watching the key table: what each TableReader getter (config/key_table.hpp) is asked for. Kept
// apart from key_table.hpp so that readers of the key table need not include toml++.
#include <string>
#include <utility>
#include <vector>

namespace mailclerk::config::detail {

// What a TableReader getter saw: the key it asked for, the type it wanted and the value its
// output held before reading, which is the default when the file does not set the key. The
// manual pages and their tests read the key table this way, so the pages cannot drift from it.
enum class KeyType { string, boolean, integer, string_list };
struct KeyEvent {
    std::string table;
    std::string key;
    KeyType type = KeyType::string;
    std::string before;   // the value as TOML: "text", true, 42, ["a", "b"]
    int min = 0, max = 0; // integers only
};

// While one exists, every TableReader on this thread reports each getter call to it. For the
// documentation generator and tests; parsing does not depend on it.
class KeyObserver {
  public:
    KeyObserver();
    KeyObserver(const KeyObserver&) = delete;
    KeyObserver& operator=(const KeyObserver&) = delete;
    ~KeyObserver();
    const std::vector<KeyEvent>& events() const { return m_events; }
    void record(KeyEvent event) { m_events.push_back(std::move(event)); }

  private:
    std::vector<KeyEvent> m_events;
    KeyObserver* m_previous;
};

} // namespace mailclerk::config::detail
