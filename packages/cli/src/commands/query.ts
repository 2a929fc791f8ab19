import { lstat } from "node:fs/promises";
import { resolve } from "node:path";
import { printable } from "@statecraft/core";
import { defineCommand } from "../command.js";
import { DATASET_OPTIONS } from "../config.js";
import { validatedRecords } from "../dataset-input.js";
import { EXIT, UsageError } from "../errors.js";
import { formatResult, QUERY_FORMATS, type QueryFormat } from "../query-output.js";

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

export default defineCommand({
  name: "query",
  summary: "Load a dataset's tables into DuckDB and run SQL on them: who met whom, in one line.",
  usage: ['statecraft query [paths...] "SQL" [--format table|csv|json] [--db FILE]'],
  positionals: [
    {
      name: "paths...",
      description:
        "Files, folders or globs to load (validated first); default: `paths` from the config file",
    },
    {
      name: "SQL",
      description: 'The query (the last argument), e.g. "select * from who_met_whom"',
    },
  ],
  options: {
    format: {
      type: "string",
      short: "f",
      choices: QUERY_FORMATS,
      defaultText: "table",
      description: "Print the result as an aligned table, CSV or JSON",
      valueHint: "format",
    },
    db: {
      type: "string",
      description:
        "Keep the database in this file: created from the paths when missing, reused (no paths) when it exists",
      valueHint: "file",
    },
    ...DATASET_OPTIONS,
  },
  examples: [
    [
      'statecraft query examples/blinken-china-2024 "select name_a, name_b, date from who_met_whom"',
      "who met whom",
    ],
    [
      'statecraft query data/ "select kind, count(*) from meetings group by kind" -f csv',
      "counts as CSV",
    ],
    [
      'statecraft query data/ --db data.duckdb "select 1"',
      'load once into data.duckdb; later: statecraft query --db data.duckdb "..."',
    ],
  ],
  notes: [
    "The tables, their columns and the views (who_met_whom, positions_by_actor, duty_on_date): docs/analysing-the-data.md. The data is validated first; invalid data is not loaded (exit 1).",
    "Needs the optional package @duckdb/node-api, which a normal install of @statecraft/cli brings.",
    "Exit codes: 0 answered; 1 the data is invalid; 2 usage or I/O error, DuckDB missing, or SQL that DuckDB refuses (its message is printed).",
  ],
  async run({ options, positionals }) {
    const sql = positionals.at(-1);
    if (sql === undefined || sql.trim() === "")
      throw new UsageError(
        'give the SQL as the last argument: statecraft query data/ "select ..."',
      );
    const paths = positionals.slice(0, -1);
    const format = (options.format ?? "table") as QueryFormat;
    const tables = await import("@statecraft/tables/node");
    const duckdbTables = await import("@statecraft/tables/duckdb");
    const cwd = process.cwd();
    const db = options.db === undefined ? undefined : resolve(cwd, options.db);
    const reuse = db !== undefined && (await exists(db));
    if (reuse && paths.length > 0)
      throw new UsageError(
        `--db ${printable(options.db!)} exists and is queried as it is: give no paths, or remove it to load the paths into a new one`,
      );
    let duckdb: Awaited<ReturnType<typeof duckdbTables.loadDuckDb>>;
    try {
      duckdb = await duckdbTables.loadDuckDb();
    } catch (error) {
      if (error instanceof duckdbTables.StatecraftTablesError) throw new UsageError(error.message);
      throw error;
    }
    if (db !== undefined && !reuse) {
      const input = await validatedRecords(
        options,
        paths,
        "query",
        'statecraft query data/ "select 1"',
      );
      if ("exit" in input) return input.exit;
      await tables.writeTables(input.result.records, { format: "duckdb", output: db });
    }
    let records: Parameters<typeof duckdbTables.loadTables>[1] | undefined;
    if (db === undefined) {
      const input = await validatedRecords(
        options,
        paths,
        "query",
        'statecraft query data/ "select 1"',
      );
      if ("exit" in input) return input.exit;
      records = input.result.records;
    }
    const instance = await duckdb.DuckDBInstance.create(db ?? ":memory:");
    const connection = await instance.connect();
    try {
      if (records !== undefined) await duckdbTables.loadTables(connection, records);
      const { columns, rows } = await duckdbTables.runQuery(connection, sql);
      process.stdout.write(formatResult(columns, rows, format));
      return EXIT.ok;
    } catch (error) {
      if (error instanceof duckdbTables.StatecraftTablesError && error.code === "query_failed") {
        // DuckDB's message spans lines (the query, a caret under the error): keep them.
        const lines = error.message.split("\n").map((line) => printable(line));
        process.stderr.write(`statecraft: the query failed: ${lines.join("\n")}\n`);
        return EXIT.usage;
      }
      throw error;
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  },
});
