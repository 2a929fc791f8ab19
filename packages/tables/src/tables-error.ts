import { StatecraftError } from "@statecraft/core";

/** The codes of {@link StatecraftTablesError}. */
export const TABLES_ERROR_CODES = ["output_exists", "duckdb_unavailable", "query_failed"] as const;

/** One of {@link TABLES_ERROR_CODES}. */
export type TablesErrorCode = (typeof TABLES_ERROR_CODES)[number];

/**
 * An error of `@statecraft/tables`: `output_exists` (an output folder or file is there and
 * `force` is not set), `duckdb_unavailable` (`@duckdb/node-api` is not installed),
 * `query_failed` (DuckDB refused a query; the message is DuckDB's).
 */
export class StatecraftTablesError extends StatecraftError<TablesErrorCode> {}
