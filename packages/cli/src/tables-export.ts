import { realpath } from "node:fs/promises";
import { basename, resolve, sep } from "node:path";
import { printable } from "@statecraft/core";
import type { OptionDefs } from "./command.js";
import { type DatasetInputOptions, validatedRecords } from "./dataset-input.js";
import { EXIT, UsageError } from "./errors.js";
import { ioMessage, isIoError } from "./io.js";
import { refuseOverwritingInputs } from "./output.js";

/** The formats `statecraft export` writes as tables (see `@statecraft/tables`). */
export const TABLE_FORMATS = ["csv", "datapackage", "parquet", "duckdb"] as const;

/** One of {@link TABLE_FORMATS}. */
export type TableFormat = (typeof TABLE_FORMATS)[number];

/** Whether a format is one of {@link TABLE_FORMATS}. */
export function isTableFormat(format: string | undefined): format is TableFormat {
  return (TABLE_FORMATS as readonly (string | undefined)[]).includes(format);
}

/** The options `statecraft export` takes for tables only. */
export const TABLE_EXPORT_OPTIONS = {
  force: {
    type: "boolean",
    description:
      "Tables: replace an existing output folder or database file (atomically, once the new one is complete)",
  },
} as const satisfies OptionDefs;

const FORMAT_NAMES: Readonly<Record<TableFormat, string>> = {
  csv: "CSV tables",
  datapackage: "a Frictionless Data Package (CSV)",
  parquet: "Parquet tables",
  duckdb: "a DuckDB database",
};

/** The options of {@link exportTables}: the export command's, as parsed. */
export interface TableExportOptions extends DatasetInputOptions {
  readonly format?: string | undefined;
  readonly output?: string | undefined;
  readonly force?: boolean | undefined;
}

/**
 * `statecraft export --format csv|datapackage|parquet|duckdb -o OUT`: validates, then writes the
 * tables atomically through `@statecraft/tables/node` (a folder, or a database file for duckdb).
 */
export async function exportTables(
  format: TableFormat,
  options: TableExportOptions,
  positionals: readonly string[],
): Promise<number> {
  if (options.output === undefined)
    throw new UsageError(
      `--format ${format} writes ${format === "duckdb" ? "a database file" : "a folder"}: give it with -o, e.g. -o out/${format === "duckdb" ? "data.duckdb" : format}`,
    );
  const cwd = process.cwd();
  const output = resolve(cwd, options.output);
  const tables = await import("@statecraft/tables/node");
  try {
    await tables.refuseExistingOutput(output, options.force === true);
  } catch (error) {
    if (error instanceof tables.StatecraftTablesError)
      throw new UsageError(
        `${printable(options.output)} exists: choose another output, or replace it with --force`,
      );
    throw error;
  }
  const input = await validatedRecords(
    options,
    positionals,
    "export",
    `statecraft export data/ --format ${format} -o out/`,
    options.output,
  );
  if ("exit" in input) return input.exit;
  const { result } = input;
  await refuseOverwritingInputs(options.output, [output], result.files, cwd);
  // A folder output replaced with --force must not hold an input file either.
  const real = await realpath(output).catch(() => output);
  const inside = result.files.find((file) => file.startsWith(real + sep));
  if (inside !== undefined)
    throw new UsageError(
      `-o ${printable(options.output)} holds ${printable(inside)}, one of the input files; input files are never overwritten, choose another output`,
    );
  try {
    const written = await tables.writeTables(result.records, {
      format,
      output,
      force: options.force === true,
      dataPackage: {
        // Named after the first path read (`examples/blinken-china-2024` → blinken-china-2024).
        name: basename(resolve(cwd, positionals[0] ?? ".")),
        sources: result.records.flatMap((record) =>
          record.type === "source" && record.url !== undefined
            ? [{ title: record.title, path: record.url }]
            : [],
        ),
      },
    });
    const rows = written.reduce((sum, table) => sum + table.rows, 0);
    process.stderr.write(
      `exported ${result.records.length} records from ${result.stats.files} file${result.stats.files === 1 ? "" : "s"} as ${FORMAT_NAMES[format]} to ${printable(options.output)}: ${written.length} tables, ${rows} rows\n`,
    );
    return EXIT.ok;
  } catch (error) {
    if (error instanceof tables.StatecraftTablesError) throw new UsageError(error.message);
    if (isIoError(error))
      throw new UsageError(
        `cannot write ${options.output}: ${ioMessage(error)}; nothing was written`,
      );
    throw error;
  }
}
