/**
 * The error the exporter throws.
 *
 * @module
 */

import { StatecraftError } from "@statecraft/core";

/** Stable codes of {@link StatecraftJsonLdError}. */
export const JSONLD_ERROR_CODES = [
  "invalid_base",
  "invalid_id",
  "invalid_document",
  "invalid_option",
] as const;

/** One of {@link JSONLD_ERROR_CODES}. */
export type JsonLdErrorCode = (typeof JSONLD_ERROR_CODES)[number];

/**
 * Thrown for a base IRI, record id or document the exporter cannot handle.
 *
 * @example
 * ```ts
 * try { toJsonLd(dataset, { base: "not an iri" }); }
 * catch (error) {
 *   if (error instanceof StatecraftJsonLdError) error.code; // "invalid_base"
 * }
 * ```
 */
export class StatecraftJsonLdError extends StatecraftError<JsonLdErrorCode> {}
