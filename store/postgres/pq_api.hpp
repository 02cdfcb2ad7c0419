#pragma once
// The libpq functions pg.cpp calls, as the module libmailclerk-pq.so (pq_plugin.cpp) hands them
// out: libpq and what it pulls in (GSSAPI, LDAP, ...) are mapped only by a command that talks to
// PostgreSQL (issue 18). Both sides include this header; only the module links libpq.
#include <libpq-fe.h>

namespace mailclerk::store::pg {

struct PqApi {
    decltype(&PQconnectdbParams) connectdb_params;
    decltype(&PQstatus) status;
    decltype(&PQfinish) finish;
    decltype(&PQerrorMessage) error_message;
    decltype(&PQserverVersion) server_version;
    decltype(&PQexec) exec;
    decltype(&PQexecParams) exec_params;
    decltype(&PQprepare) prepare;
    decltype(&PQexecPrepared) exec_prepared;
    decltype(&PQgetResult) get_result;
    decltype(&PQresultStatus) result_status;
    decltype(&PQresultErrorMessage) result_error_message;
    decltype(&PQclear) clear;
    decltype(&PQntuples) ntuples;
    decltype(&PQnfields) nfields;
    decltype(&PQgetisnull) getisnull;
    decltype(&PQgetvalue) getvalue;
    decltype(&PQgetlength) getlength;
    decltype(&PQputCopyData) put_copy_data;
    decltype(&PQputCopyEnd) put_copy_end;
    decltype(&PQgetCopyData) get_copy_data;
    decltype(&PQfreemem) freemem;
    // Pipeline mode (libpq 14+): the writer's statements sent without waiting for each.
    decltype(&PQenterPipelineMode) enter_pipeline_mode;
    decltype(&PQexitPipelineMode) exit_pipeline_mode;
    decltype(&PQpipelineSync) pipeline_sync;
    decltype(&PQsendPrepare) send_prepare;
    decltype(&PQsendQueryPrepared) send_query_prepared;
};

// The module's extern "C" entry point and its type; the version grows with the table, so a
// module older than the binary is refused rather than read past its end.
inline constexpr const char* k_pq_entry = "mailclerk_pq_v2";
using PqEntry = const PqApi* (*)();

} // namespace mailclerk::store::pg
