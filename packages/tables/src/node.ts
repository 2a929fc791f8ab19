/**
 * Writers of `@statecraft/tables` for Node.js: CSV folders with a Frictionless Data Package,
 * Parquet folders (Hive-partitioned by year for large data) and DuckDB database files, written
 * atomically. DuckDB (`@duckdb/node-api`) is an optional peer dependency, loaded only when used.
 *
 * @packageDocumentation
 */
export * from "./index.js";
export { type WrittenTable, writeCsvFolder, writeCsvTable } from "./node/csv-folder.js";
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
export { refuseExistingOutput, writeAtomically } from "./node/output-folder.js";
export {
  HIVE_DEFAULT_PARTITION,
  PARTITION_THRESHOLD,
  type ParquetOptions,
  writeParquetFolder,
  writeParquetTable,
} from "./node/parquet-folder.js";
export {
  TABLE_FORMATS,
  type TableFormat,
  type WriteTablesOptions,
  writeTables,
} from "./node/write-tables.js";
