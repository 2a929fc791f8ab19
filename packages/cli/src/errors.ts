/**
 * The exit codes of the `statecraft` command, in one place.
 *
 * The CLI has no library API; this page documents what scripts and CI can rely on.
 *
 * @module
 */

/** The exit codes of `statecraft`: 0 valid, 1 invalid data, 2 usage or I/O error, 3 internal error. */
export const EXIT = {
  /** The data is valid (or the command succeeded). */
  ok: 0,
  /** The data is invalid. */
  invalid: 1,
  /** The command line, the configuration or a path is wrong, or a file cannot be read. */
  usage: 2,
  /** A bug in statecraft. */
  internal: 3,
} as const;

/** Marks usage errors, shared by every copy of this class (see {@link UsageError}). */
const USAGE_ERROR = Symbol.for("statecraft.cli.UsageError");

/**
 * An error the user can fix: printed as one line, without a stack, with exit code 2.
 *
 * Each command is a bundle of its own with its own copy of this class, so `instanceof` checks a
 * brand every copy shares rather than the prototype.
 */
export class UsageError extends Error {
  /** The brand `instanceof` checks. */
  readonly [USAGE_ERROR] = true;

  /** Whether a value is a usage error thrown by any bundle of the command. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && USAGE_ERROR in value;
  }

  /**
   * Creates the error.
   *
   * @param message - One line saying what is wrong and how to fix it.
   */
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
