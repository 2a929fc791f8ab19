import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { StatecraftRecord } from "@statecraft/core";
import { fileWriter, ParquetWriter } from "hyparquet-writer";
import type { Column } from "../column.js";
import { TABLES, type TableLayout } from "../table-layout.js";
import { type Row, tableRows } from "../table-rows.js";
import type { WrittenTable } from "./csv-folder.js";

/** Options of {@link writeParquetFolder}. */
export interface ParquetOptions {
  /**
   * Partition `meetings` by the year of `date_earliest`, Hive style
   * (`meetings/year=2024/part-0.parquet`, undated meetings in `year=__HIVE_DEFAULT_PARTITION__`).
   * `"auto"` (the default) partitions from {@link PARTITION_THRESHOLD} meetings on.
   */
  readonly partitionByYear?: boolean | "auto";
  /** Rows per row group, the unit of memory while writing. Default 50,000. */
  readonly rowGroupSize?: number;
}

/** The number of meetings from which `partitionByYear: "auto"` partitions. */
export const PARTITION_THRESHOLD = 100_000;

/** The folder name of rows whose partition value is missing, as Hive, Spark and DuckDB write it. */
export const HIVE_DEFAULT_PARTITION = "__HIVE_DEFAULT_PARTITION__";

type SchemaElement = {
  name: string;
  type?: "BOOLEAN" | "INT32" | "DOUBLE" | "BYTE_ARRAY";
  converted_type?: "UTF8" | "DATE";
  repetition_type?: "OPTIONAL" | "REQUIRED";
  num_children?: number;
};

function elementOf(column: Column): SchemaElement {
  const repetition_type = "OPTIONAL";
  switch (column.type) {
    case "integer":
      return { name: column.name, type: "INT32", repetition_type };
    case "number":
      return { name: column.name, type: "DOUBLE", repetition_type };
    case "boolean":
      return { name: column.name, type: "BOOLEAN", repetition_type };
    case "date":
      return { name: column.name, type: "INT32", converted_type: "DATE", repetition_type };
    default:
      return { name: column.name, type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type };
  }
}

/** One Parquet file written by row groups: rows are buffered up to `rowGroupSize`. */
class PartWriter {
  private readonly writer: ParquetWriter;
  private buffer: Row[] = [];
  rows = 0;

  constructor(
    path: string,
    private readonly table: TableLayout,
    private readonly rowGroupSize: number,
  ) {
    const schema: SchemaElement[] = [
      { name: "root", num_children: table.columns.length },
      ...table.columns.map(elementOf),
    ];
    // hyparquet-writer's SchemaElement is hyparquet's: the fields used here are a subset.
    this.writer = new ParquetWriter({
      writer: fileWriter(path),
      schema: schema as ConstructorParameters<typeof ParquetWriter>[0]["schema"],
      kvMetadata: [{ key: "statecraft.table", value: table.name }],
      createdBy: "@statecraft/tables",
    });
  }

  add(row: Row): void {
    this.buffer.push(row);
    this.rows++;
    if (this.buffer.length >= this.rowGroupSize) this.flush();
  }

  flush(): void {
    if (this.buffer.length === 0) return;
    const rows = this.buffer;
    this.buffer = [];
    const columnData = this.table.columns.map((column, i) => ({
      name: column.name,
      data: rows.map((row) => {
        const value = row[i] ?? null;
        if (value === null) return null;
        if (column.type === "date") return new Date(`${value as string}T00:00:00Z`);
        return value;
      }),
    }));
    void this.writer.write({ columnData, rowGroupSize: rows.length });
  }

  finish(): void {
    this.flush();
    this.writer.finish();
  }
}

function yearOf(dateEarliest: unknown): string {
  return typeof dateEarliest === "string"
    ? String(Number.parseInt(dateEarliest.slice(0, -6), 10))
    : HIVE_DEFAULT_PARTITION;
}

/**
 * Writes one table as Parquet in `folder/<table>/`: `part-0.parquet`, or one
 * `year=YYYY/part-0.parquet` per year when partitioned. Rows are streamed by row groups.
 *
 * @param folder - The output folder (existing).
 * @param table - The table's layout.
 * @param records - The dataset's records.
 * @param options - Partitioning and row-group size.
 * @returns What was written.
 * @example
 * ```ts
 * await writeParquetTable("out/parquet", tableLayout("meetings")!, records, { partitionByYear: true });
 * ```
 */
export async function writeParquetTable(
  folder: string,
  table: TableLayout,
  records: readonly StatecraftRecord[],
  options: ParquetOptions = {},
): Promise<WrittenTable> {
  const rowGroupSize = options.rowGroupSize ?? 50_000;
  const tableFolder = join(folder, table.name);
  await mkdir(tableFolder, { recursive: true });
  const partition =
    table.name === "meetings" &&
    (options.partitionByYear === true ||
      ((options.partitionByYear ?? "auto") === "auto" &&
        records.filter((r) => r.type === "meeting").length >= PARTITION_THRESHOLD));
  if (!partition) {
    const writer = new PartWriter(join(tableFolder, "part-0.parquet"), table, rowGroupSize);
    for (const row of tableRows(table, records)) writer.add(row);
    writer.finish();
    return { table: table.name, rows: writer.rows, files: [`${table.name}/part-0.parquet`] };
  }
  const dateColumn = table.columns.findIndex((column) => column.name === "date_earliest");
  const writers = new Map<string, PartWriter>();
  let rows = 0;
  for (const row of tableRows(table, records)) {
    const year = yearOf(row[dateColumn]);
    let writer = writers.get(year);
    if (writer === undefined) {
      const part = join(tableFolder, `year=${year}`);
      await mkdir(part, { recursive: true });
      writer = new PartWriter(join(part, "part-0.parquet"), table, rowGroupSize);
      writers.set(year, writer);
    }
    writer.add(row);
    rows++;
  }
  const files: string[] = [];
  for (const [year, writer] of [...writers].sort(([a], [b]) => a.localeCompare(b))) {
    writer.finish();
    files.push(`${table.name}/year=${year}/part-0.parquet`);
  }
  return { table: table.name, rows, files };
}

/**
 * Writes every table as Parquet in a folder: `<table>/part-0.parquet`, and `meetings`
 * partitioned by year for large data (see {@link ParquetOptions}). Read a table with
 * `read_parquet('<folder>/<table>/**\/*.parquet', hive_partitioning = true)`.
 *
 * @param folder - The output folder (created if missing).
 * @param records - The dataset's records (valid).
 * @param options - Partitioning and row-group size.
 * @returns What was written, per table.
 * @example
 * ```ts
 * const written = await writeParquetFolder("out/parquet", records);
 * console.log(written.map((table) => `${table.table}: ${table.rows}`));
 * ```
 */
export async function writeParquetFolder(
  folder: string,
  records: readonly StatecraftRecord[],
  options: ParquetOptions = {},
): Promise<WrittenTable[]> {
  await mkdir(folder, { recursive: true });
  const written: WrittenTable[] = [];
  for (const table of TABLES)
    written.push(await writeParquetTable(folder, table, records, options));
  return written;
}
