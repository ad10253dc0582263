#ifndef SKILLGAP_CSQLITE_SHIM_H
#define SKILLGAP_CSQLITE_SHIM_H
/* The types and constants of SQLite. The library is not linked: Store loads it when a results store opens
   (see Sources/Store/SQLite.swift). */
#include <sqlite3.h>
#endif
