import { StatecraftError } from "@statecraft/core";

/** Stable codes of {@link StatecraftImportError}. */
export const IMPORT_ERROR_CODES = ["unknown_source"] as const;

/** One of {@link IMPORT_ERROR_CODES}. */
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/**
 * Thrown by `@statecraft/import` for a request it cannot carry out, such as an importer name it
 * does not know (`unknown_source`). Problems in the source data are never thrown: they are
 * warnings in the import report.
 *
 * @example
 * ```ts
 * try { await importFiles("hsg" as ImporterName, ["data/"]); }
 * catch (error) {
 *   if (error instanceof StatecraftImportError) error.code; // "unknown_source"
 * }
 * ```
 */
export class StatecraftImportError extends StatecraftError<ImportErrorCode> {}
