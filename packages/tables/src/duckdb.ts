/**
 * DuckDB for `@statecraft/tables` on Node.js: database files with the tables, their keys and
 * views, and SQL over them. `@duckdb/node-api` is an optional peer dependency, imported only
 * when one of these functions runs (`duckdb_unavailable` when it is missing).
 *
 * @packageDocumentation
 */
export {
  createTableSql,
  DUCKDB_INSTALL_HINT,
  type DuckDbApi,
  type DuckDbConnection,
  type DuckDbFileOptions,
  type DuckDbInstance,
  type DuckDbInstanceFactory,
  type DuckDbLoader,
  type DuckDbReader,
  loadDuckDb,
  loadTables,
  runQuery,
  VIEWS,
  writeDuckDbFile,
} from "./node/duckdb.js";
export {
  StatecraftTablesError,
  TABLES_ERROR_CODES,
  type TablesErrorCode,
} from "./tables-error.js";
