/**
 * Tidy tables for analysts from Statecraft datasets: table layouts derived from the core
 * schemas, rows from records, CSV text, the dyad-year panel and the Frictionless Data Package
 * descriptor. `@statecraft/tables/node` writes them as CSV folders, Parquet files and DuckDB
 * databases.
 *
 * @packageDocumentation
 */
export type { Column, ColumnType, DatePart } from "./column.js";
export { csvHeader, csvLine, toCsv } from "./csv.js";
export {
  type DataPackageDescriptor,
  type DataPackageField,
  type DataPackageLink,
  type DataPackageOptions,
  type DataPackageResource,
  dataPackageDescriptor,
} from "./datapackage.js";
export {
  type ForeignKey,
  RECORD_TABLES,
  TABLE_NAMES,
  TABLES,
  type TableLayout,
  tableLayout,
  tableLayouts,
} from "./table-layout.js";
export { recordsFromTables } from "./table-records.js";
export { type Cell, cowCode, type Row, rowObject, tableRows } from "./table-rows.js";
export {
  StatecraftTablesError,
  TABLES_ERROR_CODES,
  type TablesErrorCode,
} from "./tables-error.js";
