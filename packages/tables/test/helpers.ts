import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { StatecraftRecord } from "@statecraft/core";
import { safeValidateFiles } from "@statecraft/validate/node";
import { afterAll } from "vitest";
import { type DuckDbConnection, loadDuckDb, runQuery } from "../src/duckdb.js";

/** The repository's example dataset. */
export const EXAMPLE = fileURLToPath(
  new URL("../../../examples/blinken-china-2024", import.meta.url),
);

/** Committed fixtures of this package. */
export const FIXTURES = fileURLToPath(new URL("./fixtures", import.meta.url));

/** Validates paths and returns the records (fails the test when invalid). */
export async function validRecords(paths: readonly string[]): Promise<readonly StatecraftRecord[]> {
  const result = await safeValidateFiles(paths, { collect: true });
  if (!result.valid) throw new Error(`invalid test data: ${JSON.stringify(result.problems[0])}`);
  return result.records;
}

/** A temporary folder, removed after the test file. */
export async function temporaryFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), "statecraft-tables-test-"));
  afterAll(() => rm(folder, { recursive: true, force: true }));
  return folder;
}

/** A connection to a DuckDB database (in memory by default), closed after the test file. */
export async function duckdb(path = ":memory:"): Promise<DuckDbConnection> {
  const api = await loadDuckDb();
  const instance = await api.DuckDBInstance.create(path);
  const connection = await instance.connect();
  afterAll(() => {
    connection.closeSync();
    instance.closeSync();
  });
  return connection;
}

/** Runs SQL and returns the rows as objects, big integers as numbers. */
export async function rows(
  connection: DuckDbConnection,
  sql: string,
): Promise<Record<string, unknown>[]> {
  const result = await runQuery(connection, sql);
  return result.rows.map((row) =>
    Object.fromEntries(
      result.columns.map((column, i) => {
        const value = row[i];
        return [column, typeof value === "bigint" ? Number(value) : value];
      }),
    ),
  );
}

/** Quotes a path as an SQL string literal. */
export function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}
