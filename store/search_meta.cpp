#include "store/search_meta.hpp"

#include "store/index_impl.hpp"

namespace mailclerk::store {

Status refresh_search_meta(IndexState& impl, int64_t message_id) {
    auto update =
        impl.statement(std::string("UPDATE search_text SET meta = (SELECT ") + k_search_meta_sql +
                       " FROM messages m WHERE m.id = ?1) WHERE rowid = (SELECT "
                       "search_key FROM messages WHERE id = ?1)");
    if (!update) return error_of(update);
    return (*update)->bind(1, message_id).run();
}

} // namespace mailclerk::store
