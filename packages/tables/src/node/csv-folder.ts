import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { StatecraftRecord } from "@statecraft/core";
import { csvHeader, csvLine } from "../csv.js";
import { type DataPackageOptions, dataPackageDescriptor } from "../datapackage.js";
import { TABLES, type TableLayout } from "../table-layout.js";
import { tableRows } from "../table-rows.js";

/** What a table writer wrote. */
export interface WrittenTable {
  /** The table name. */
  readonly table: string;
  /** The number of rows. */
  readonly rows: number;
  /** The files written, relative to the output folder. */
  readonly files: readonly string[];
}

/**
 * Writes one table as a CSV file (RFC 4180, UTF-8, header line), streamed row by row.
 *
 * @param path - The file to write.
 * @param table - The table's layout.
 * @param records - The dataset's records.
 * @returns The number of rows written.
 * @example
 * ```ts
 * const rows = await writeCsvTable("out/meetings.csv", tableLayout("meetings")!, records);
 * ```
 */
export async function writeCsvTable(
  path: string,
  table: TableLayout,
  records: readonly StatecraftRecord[],
): Promise<number> {
  const stream = createWriteStream(path, { encoding: "utf8" });
  let rows = 0;
  let chunk = csvHeader(table);
  for (const row of tableRows(table, records)) {
    chunk += csvLine(row);
    rows++;
    if (chunk.length > 1 << 16) {
      if (!stream.write(chunk)) await once(stream, "drain");
      chunk = "";
    }
  }
  stream.end(chunk);
  await once(stream, "finish");
  return rows;
}

/**
 * Writes every table as `<table>.csv` in a folder that exists, and, with `dataPackage`, the
 * `datapackage.json` descriptor beside them.
 *
 * @param folder - An existing, empty folder.
 * @param records - The dataset's records (valid: `safeValidateFiles` with `collect`).
 * @param dataPackage - The descriptor's options, or `false` for CSV files only.
 * @returns What was written, per table.
 * @example
 * ```ts
 * import { mkdir } from "node:fs/promises";
 *
 * await mkdir("out/tables");
 * await writeCsvFolder("out/tables", records, { name: "blinken-china-2024" });
 * ```
 */
export async function writeCsvFolder(
  folder: string,
  records: readonly StatecraftRecord[],
  dataPackage: DataPackageOptions | false = false,
): Promise<WrittenTable[]> {
  await mkdir(folder, { recursive: true });
  const written: WrittenTable[] = [];
  for (const table of TABLES) {
    const file = `${table.name}.csv`;
    const rows = await writeCsvTable(join(folder, file), table, records);
    written.push({ table: table.name, rows, files: [file] });
  }
  if (dataPackage !== false) {
    const descriptor = dataPackageDescriptor(TABLES, dataPackage);
    await writeFile(join(folder, "datapackage.json"), `${JSON.stringify(descriptor, null, 2)}\n`);
  }
  return written;
}
