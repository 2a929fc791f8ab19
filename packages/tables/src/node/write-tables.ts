import { mkdir } from "node:fs/promises";
import type { StatecraftRecord } from "@statecraft/core";
import type { DataPackageOptions } from "../datapackage.js";
import { type WrittenTable, writeCsvFolder } from "./csv-folder.js";
import type { DuckDbLoader } from "./duckdb.js";
import { writeAtomically } from "./output-folder.js";
import type { ParquetOptions } from "./parquet-folder.js";

/** The table formats: a CSV folder, a CSV folder with `datapackage.json`, Parquet, DuckDB. */
export const TABLE_FORMATS = ["csv", "datapackage", "parquet", "duckdb"] as const;

/** One of {@link TABLE_FORMATS}. */
export type TableFormat = (typeof TABLE_FORMATS)[number];

/** Options of {@link writeTables}. */
export interface WriteTablesOptions extends ParquetOptions {
  /** The format. */
  readonly format: TableFormat;
  /** The output: a folder (csv, datapackage, parquet) or a database file (duckdb). */
  readonly output: string;
  /** Replace an existing output (at the end, atomically). Default: refuse it. */
  readonly force?: boolean;
  /** The Data Package's name, title, licence and sources (datapackage). */
  readonly dataPackage?: DataPackageOptions;
  /** Loads `@duckdb/node-api` (duckdb). */
  readonly loader?: DuckDbLoader;
}

/**
 * Writes a dataset's tables in one format, atomically: the folder (or database file) appears
 * whole or not at all; an existing one is refused unless `force`.
 *
 * @param records - The dataset's records (valid: `safeValidateFiles` with `collect`).
 * @param options - Format, output and format options.
 * @returns Rows per table (and files written, for folders).
 * @throws {StatecraftTablesError} `output_exists`, or `duckdb_unavailable` for `duckdb`.
 * @example
 * ```ts
 * await writeTables(records, { format: "parquet", output: "out/parquet" });
 * ```
 */
export async function writeTables(
  records: readonly StatecraftRecord[],
  options: WriteTablesOptions,
): Promise<WrittenTable[]> {
  const { format, output, force = false } = options;
  return writeAtomically(
    output,
    async (temporary) => {
      if (format === "duckdb") {
        // Loaded only when asked for: CSV users never load the Parquet writer or DuckDB.
        const { writeDuckDbFile } = await import("./duckdb.js");
        const counts = await writeDuckDbFile(temporary, records, {
          ...(options.loader ? { loader: options.loader } : {}),
        });
        return Object.entries(counts).map(([table, rows]) => ({ table, rows, files: [] }));
      }
      await mkdir(temporary);
      if (format === "parquet")
        return (await import("./parquet-folder.js")).writeParquetFolder(
          temporary,
          records,
          options,
        );
      return writeCsvFolder(
        temporary,
        records,
        format === "datapackage" ? (options.dataPackage ?? {}) : false,
      );
    },
    force,
  );
}
