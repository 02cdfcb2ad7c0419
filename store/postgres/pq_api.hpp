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
};

// The module's extern "C" entry point and its type.
inline constexpr const char* k_pq_entry = "mailclerk_pq_v1";
using PqEntry = const PqApi* (*)();

} // namespace mailclerk::store::pg
