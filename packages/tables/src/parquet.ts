/**
 * The Parquet writer of `@statecraft/tables` for Node.js (hyparquet-writer, pure JavaScript):
 * one folder per table, rows written by row groups, `meetings` Hive-partitioned by year for
 * large data. Its own entry, so that CSV users never load it.
 *
 * @packageDocumentation
 */
export type { WrittenTable } from "./node/csv-folder.js";
export {
  HIVE_DEFAULT_PARTITION,
  PARTITION_THRESHOLD,
  type ParquetOptions,
  writeParquetFolder,
  writeParquetTable,
} from "./node/parquet-folder.js";
