/** The exit codes of `statecraft`, in one place. */
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

/** An error the user can fix: printed as one line, without a stack, with exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
