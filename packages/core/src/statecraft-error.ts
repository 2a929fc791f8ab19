/**
 * The base class of every error a Statecraft package throws on purpose. Each package has one
 * subclass (`StatecraftCoreError`, `ValidationError`, `StatecraftJsonLdError`,
 * `StatecraftImportError`, the CLI's `UsageError`), and every error carries a stable
 * `snake_case` `code` to branch on, so callers never parse messages.
 *
 * @example
 * ```ts
 * try { parsePartialDate("21 April 2024"); }
 * catch (error) { if (error instanceof StatecraftError) console.error(error.code, error.message); }
 * ```
 */
export class StatecraftError<Code extends string = string> extends Error {
  /** What went wrong, as a stable code. */
  readonly code: Code;

  /**
   * Creates the error.
   *
   * @param code - The stable code.
   * @param message - What went wrong, for people.
   * @param options - The underlying cause, if any.
   */
  constructor(code: Code, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** Stable codes of {@link StatecraftCoreError}. */
export const CORE_ERROR_CODES = ["invalid_date", "unsupported_nomenclature"] as const;

/** One of {@link CORE_ERROR_CODES}. */
export type CoreErrorCode = (typeof CORE_ERROR_CODES)[number];

/**
 * Thrown by `@statecraft/core`'s helpers for an argument they cannot take: a text that is not a
 * partial date (`invalid_date`), an HS nomenclature version not supported
 * (`unsupported_nomenclature`).
 *
 * @example
 * ```ts
 * try { parsePartialDate("2024-02-30"); }
 * catch (error) {
 *   if (error instanceof StatecraftCoreError) error.code; // "invalid_date"
 * }
 * ```
 */
export class StatecraftCoreError extends StatecraftError<CoreErrorCode> {}
