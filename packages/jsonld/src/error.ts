/**
 * The error the exporter throws.
 *
 * @module
 */

/** Stable codes of {@link StatecraftJsonLdError}. */
export const JSONLD_ERROR_CODES = ["invalid_base", "invalid_id", "invalid_document", "invalid_option"] as const;

/** One of {@link JSONLD_ERROR_CODES}. */
export type JsonLdErrorCode = (typeof JSONLD_ERROR_CODES)[number];

/**
 * Thrown for a base IRI, record id or document the exporter cannot handle.
 *
 * @example
 * ```ts
 * try { toJsonLd(dataset, { base: "not an iri" }); }
 * catch (error) { if (error instanceof StatecraftJsonLdError) error.code; // "invalid_base" }
 * ```
 */
export class StatecraftJsonLdError extends Error {
  /** What went wrong, as a stable code. */
  readonly code: JsonLdErrorCode;

  /**
   * @param code - The stable error code.
   * @param message - What went wrong, for people.
   * @param options - The underlying cause, if any.
   */
  constructor(code: JsonLdErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StatecraftJsonLdError";
    this.code = code;
  }
}
