#pragma once
// What a reader of the index uses, whichever backend answers: the SQLite index (store/index.hpp)
// or PostgreSQL (store/postgres/pg_index.hpp). The web page's pool holds these.
#include "store/agenda.hpp"
#include "store/directory.hpp"
#include "store/price_book.hpp"
#include "store/search.hpp"
#include "store/sessions.hpp"
#include "store/timeline.hpp"
#include "store/users.hpp"

namespace mailclerk::store {

class Reader : public Search,
               public Timeline,
               public PriceBook,
               public Agenda,
               public Users,
               public Directory,
               public Sessions {};

} // namespace mailclerk::store
