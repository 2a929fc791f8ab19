/**
 * Writers of `@statecraft/tables` for Node.js: CSV folders with a Frictionless Data Package,
 * written atomically, and `writeTables`, which writes any format (it loads the Parquet writer and
 * DuckDB only when asked for them). Parquet and DuckDB have entries of their own:
 * `@statecraft/tables/parquet` and `@statecraft/tables/duckdb`.
 *
 * @packageDocumentation
 */
export * from "./index.js";
export { type WrittenTable, writeCsvFolder, writeCsvTable } from "./node/csv-folder.js";
export { refuseExistingOutput, writeAtomically } from "./node/output-folder.js";
export {
  TABLE_FORMATS,
  type TableFormat,
  type WriteTablesOptions,
  writeTables,
} from "./node/write-tables.js";
