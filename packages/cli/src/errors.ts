/**
 * The exit codes of the `statecraft` command, in one place.
 *
 * The CLI has no library API; this page documents what scripts and CI can rely on.
 *
 * @module
 */

import { StatecraftError } from "@statecraft/core";

/** The exit codes of `statecraft`: 0 valid, 1 invalid data, 2 usage or I/O error, 3 internal error. */
export const EXIT = {
  /** The data is valid (or the command succeeded). */
  ok: 0,
  /** The data is invalid. */
  invalid: 1,
  /** The command line, the configuration or a path is wrong, or a file cannot be read or written. */
  usage: 2,
  /** A bug in statecraft. */
  internal: 3,
} as const;

/**
 * An error the user can fix: printed as one line, without a stack, with exit code 2. The
 * command's own: scripts see only its exit code and message.
 *
 * @internal
 */
export class UsageError extends StatecraftError<"usage"> {
  /**
   * Creates the error.
   *
   * @param message - One line saying what is wrong and how to fix it.
   */
  constructor(message: string) {
    super("usage", message);
  }
}
