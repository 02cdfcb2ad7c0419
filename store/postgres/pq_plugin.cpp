// libmailclerk-pq.so: libpq behind the table of pq_api.hpp, each entry libpq's own function.
#include "store/postgres/pq_api.hpp"

namespace mailclerk::store::pg {
namespace {

const PqApi k_api{PQconnectdbParams,
                  PQstatus,
                  PQfinish,
                  PQerrorMessage,
                  PQserverVersion,
                  PQexec,
                  PQexecParams,
                  PQprepare,
                  PQexecPrepared,
                  PQgetResult,
                  PQresultStatus,
                  PQresultErrorMessage,
                  PQclear,
                  PQntuples,
                  PQnfields,
                  PQgetisnull,
                  PQgetvalue,
                  PQgetlength,
                  PQputCopyData,
                  PQputCopyEnd,
                  PQgetCopyData,
                  PQfreemem,
                  PQenterPipelineMode,
                  PQexitPipelineMode,
                  PQpipelineSync,
                  PQsendPrepare,
                  PQsendQueryPrepared};

} // namespace
} // namespace mailclerk::store::pg

extern "C" __attribute__((visibility("default"))) const mailclerk::store::pg::PqApi*
mailclerk_pq_v2() {
    return &mailclerk::store::pg::k_api;
}
