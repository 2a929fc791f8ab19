import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { StatecraftRecord } from "@statecraft/core";
import type { Column } from "../column.js";
import { TABLES, type TableLayout } from "../table-layout.js";
import { StatecraftTablesError } from "../tables-error.js";
import { writeParquetTable } from "./parquet-folder.js";

/** A query result as the DuckDB API reads it. */
export interface DuckDbReader {
  /** The result's column names. */
  columnNames(): string[];
  /** The rows as JavaScript values. */
  getRowsJS(): unknown[][];
}

/** The part of a `@duckdb/node-api` connection used here. */
export interface DuckDbConnection {
  /** Runs SQL. */
  run(sql: string): Promise<unknown>;
  /** Runs SQL and reads the whole result. */
  runAndReadAll(sql: string): Promise<DuckDbReader>;
  /** Closes the connection. */
  closeSync(): void;
}

/** The part of a `@duckdb/node-api` database instance used here. */
export interface DuckDbInstance {
  /** Opens a connection. */
  connect(): Promise<DuckDbConnection>;
  /** Closes the database. */
  closeSync(): void;
}

/** How `@duckdb/node-api` opens a database (its `DuckDBInstance` class). */
export interface DuckDbInstanceFactory {
  /**
   * Opens a database.
   *
   * @param path - A database file, or `:memory:`.
   * @param options - DuckDB configuration options.
   */
  create(path?: string, options?: Record<string, string>): Promise<DuckDbInstance>;
}

/** The part of the `@duckdb/node-api` module used here. */
export interface DuckDbApi {
  /** Opens a database: a file, or `:memory:`. */
  readonly DuckDBInstance: DuckDbInstanceFactory;
}

/** Loads `@duckdb/node-api`: the seam tests use to simulate a missing install. */
export type DuckDbLoader = () => Promise<DuckDbApi>;

/** The install command printed when DuckDB is missing. */
export const DUCKDB_INSTALL_HINT = "npm install @duckdb/node-api";

const importDuckDb: DuckDbLoader = async () =>
  (await import("@duckdb/node-api")) as unknown as DuckDbApi;

/**
 * Loads `@duckdb/node-api`, an optional peer dependency, only when asked for.
 *
 * @param loader - How to load it; default `import("@duckdb/node-api")`.
 * @returns The module.
 * @throws {StatecraftTablesError} `duckdb_unavailable` when it is not installed.
 * @example
 * ```ts
 * const duckdb = await loadDuckDb();
 * const db = await duckdb.DuckDBInstance.create(":memory:");
 * ```
 */
export async function loadDuckDb(loader: DuckDbLoader = importDuckDb): Promise<DuckDbApi> {
  try {
    return await loader();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND")
      throw new StatecraftTablesError(
        "duckdb_unavailable",
        `DuckDB is not installed: the DuckDB database and SQL queries need the optional package @duckdb/node-api (${DUCKDB_INSTALL_HINT})`,
        { cause: error },
      );
    throw error;
  }
}

function sqlType(column: Column): string {
  switch (column.type) {
    case "integer":
      return "INTEGER";
    case "number":
      return "DOUBLE";
    case "boolean":
      return "BOOLEAN";
    case "date":
      return "DATE";
    default:
      return "VARCHAR";
  }
}

/** Quotes an SQL identifier. */
function id(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Quotes an SQL string literal. */
function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * The `CREATE TABLE` statement of a table: typed columns, `NOT NULL` for required ones, the
 * primary key, and the column descriptions as `COMMENT ON COLUMN` statements.
 *
 * @param table - A table layout.
 * @returns The SQL statements.
 * @example
 * ```ts
 * console.log(createTableSql(tableLayout("participants")!));
 * ```
 */
export function createTableSql(table: TableLayout): string {
  const columns = table.columns.map(
    (column) => `  ${id(column.name)} ${sqlType(column)}${column.required ? " NOT NULL" : ""}`,
  );
  if (table.primaryKey.length > 0)
    columns.push(`  PRIMARY KEY (${table.primaryKey.map(id).join(", ")})`);
  return [
    `CREATE TABLE ${id(table.name)} (\n${columns.join(",\n")}\n);`,
    `COMMENT ON TABLE ${id(table.name)} IS ${literal(table.description)};`,
    ...table.columns.map(
      (column) =>
        `COMMENT ON COLUMN ${id(table.name)}.${id(column.name)} IS ${literal(column.description)};`,
    ),
  ].join("\n");
}

/** The documented views of the DuckDB database, by name: what each answers, and its SQL. */
export const VIEWS: Readonly<
  Record<string, { readonly description: string; readonly sql: string }>
> = {
  who_met_whom: {
    description:
      "One row per meeting and pair of participants (each pair once, actor_a < actor_b), with names, dates and kind.",
    sql: `SELECT m.id AS meeting_id, m.kind, m.status, m.title, m.date, m.date_earliest, m.date_latest,
  a.actor AS actor_a, coalesce(aa.name, aa.label) AS name_a, a.role AS role_a,
  b.actor AS actor_b, coalesce(ab.name, ab.label) AS name_b, b.role AS role_b
FROM participants a
JOIN participants b ON a.meeting_id = b.meeting_id AND a.actor < b.actor
JOIN meetings m ON m.id = a.meeting_id
LEFT JOIN actors aa ON aa.id = a.actor
LEFT JOIN actors ab ON ab.id = b.actor`,
  },
  positions_by_actor: {
    description:
      "One row per position, with the actor's and the issue's names: what each actor said on which issue, when.",
    sql: `SELECT p.actor, coalesce(a.name, a.label) AS actor_name, p.issue_id, i.name AS issue_name,
  i.category, p.stance, p.target, p.summary, p.date, p.date_earliest, p.date_latest
FROM positions p
JOIN issues i ON i.id = p.issue_id
LEFT JOIN actors a ON a.id = p.actor`,
  },
  duty_on_date: {
    description:
      "One row per duty step of a tariff: the duty, valid from valid_from (inclusive) until valid_until (exclusive; NULL while open). A tariff's duty on day d: WHERE valid_from <= d AND (valid_until IS NULL OR d < valid_until).",
    sql: `WITH steps AS (
  SELECT tariff_id, ordinal, date_earliest AS valid_from, label, duty_kind, duty_rate, duty_amount, duty_currency, duty_unit, duty_rule
  FROM tariff_phases
  UNION ALL
  SELECT id, 0, dates_effective_earliest, NULL, duty_kind, duty_rate, duty_amount, duty_currency, duty_unit, duty_rule
  FROM tariffs t
  WHERE duty_kind IS NOT NULL AND dates_effective_earliest IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM tariff_phases p WHERE p.tariff_id = t.id)
)
SELECT s.tariff_id, t.title, t.measure, t.status, t.imposer, s.ordinal AS phase, s.label,
  s.valid_from,
  coalesce(lead(s.valid_from) OVER (PARTITION BY s.tariff_id ORDER BY s.valid_from, s.ordinal),
    least(t.dates_suspended_earliest, t.dates_removed_earliest)) AS valid_until,
  s.duty_kind, s.duty_rate, s.duty_amount, s.duty_currency, s.duty_unit, s.duty_rule
FROM steps s JOIN tariffs t ON t.id = s.tariff_id`,
  },
};

/**
 * Runs a query and reads its result, turning DuckDB's refusal into a
 * {@link StatecraftTablesError} that carries DuckDB's message.
 *
 * @param connection - A DuckDB connection.
 * @param sql - The SQL.
 * @returns The column names and rows.
 * @throws {StatecraftTablesError} `query_failed` with DuckDB's message.
 * @example
 * ```ts
 * const duckdb = await loadDuckDb();
 * const connection = await (await duckdb.DuckDBInstance.create(":memory:")).connect();
 * await loadTables(connection, records);
 * const { columns, rows } = await runQuery(connection, "select count(*) as n from meetings");
 * ```
 */
export async function runQuery(
  connection: DuckDbConnection,
  sql: string,
): Promise<{ columns: string[]; rows: unknown[][] }> {
  let reader: DuckDbReader;
  try {
    reader = await connection.runAndReadAll(sql);
  } catch (error) {
    throw new StatecraftTablesError(
      "query_failed",
      error instanceof Error ? error.message : String(error),
      { cause: error },
    );
  }
  return { columns: reader.columnNames(), rows: reader.getRowsJS() };
}

/**
 * Creates every table (with primary keys and column comments) and the {@link VIEWS} in a DuckDB
 * database, and loads the records: written as Parquet to a temporary folder, then inserted.
 *
 * @param connection - A connection to an empty database.
 * @param records - The dataset's records (valid).
 * @returns The number of rows per table.
 * @example
 * ```ts
 * const duckdb = await loadDuckDb();
 * const connection = await (await duckdb.DuckDBInstance.create(":memory:")).connect();
 * await loadTables(connection, records);
 * ```
 */
export async function loadTables(
  connection: DuckDbConnection,
  records: readonly StatecraftRecord[],
): Promise<Record<string, number>> {
  const folder = await mkdtemp(join(tmpdir(), "statecraft-tables-"));
  const counts: Record<string, number> = {};
  try {
    for (const table of TABLES) {
      const written = await writeParquetTable(folder, table, records, { partitionByYear: false });
      await connection.run(createTableSql(table));
      const columns = table.columns.map((column) => id(column.name)).join(", ");
      const file = join(folder, table.name, "part-0.parquet");
      await connection.run(
        `INSERT INTO ${id(table.name)} (${columns}) SELECT ${columns} FROM read_parquet(${literal(file)})`,
      );
      counts[table.name] = written.rows;
    }
    for (const [name, view] of Object.entries(VIEWS)) {
      await connection.run(`CREATE VIEW ${id(name)} AS ${view.sql}`);
      await connection.run(`COMMENT ON VIEW ${id(name)} IS ${literal(view.description)}`);
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  return counts;
}

/** Options of {@link writeDuckDbFile}. */
export interface DuckDbFileOptions {
  /** Loads `@duckdb/node-api`; default `import()`. */
  readonly loader?: DuckDbLoader;
}

/**
 * Writes a DuckDB database file with every table and view. The file is built at a temporary
 * path (an argument, so that the caller's atomic write decides where) and checkpointed.
 *
 * @param path - The database file to create (must not exist).
 * @param records - The dataset's records (valid).
 * @param options - The DuckDB loader.
 * @returns The number of rows per table.
 * @example
 * ```ts
 * await writeAtomically("out/data.duckdb", (tmp) => writeDuckDbFile(tmp, records));
 * ```
 */
export async function writeDuckDbFile(
  path: string,
  records: readonly StatecraftRecord[],
  options: DuckDbFileOptions = {},
): Promise<Record<string, number>> {
  const duckdb = await loadDuckDb(options.loader);
  const instance = await duckdb.DuckDBInstance.create(path);
  const connection = await instance.connect();
  try {
    const counts = await loadTables(connection, records);
    await connection.run("CHECKPOINT");
    return counts;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
