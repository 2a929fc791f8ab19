import type { Stats } from "node:fs";
import { StatecraftError } from "../statecraft-error.js";

/**
 * What a path is, in words for a message: `a regular file`, `a directory`, `a character device`,
 * `a block device`, `a FIFO (named pipe)`, `a socket` or `a symbolic link`.
 *
 * @param stats - The path's `stat` (or `lstat`) result.
 * @returns The kind of file, with its article.
 * @example
 * ```ts
 * import { stat } from "node:fs/promises";
 *
 * describeFileKind(await stat("/dev/null")); // "a character device"
 * ```
 */
export function describeFileKind(stats: Stats): string {
  if (stats.isFile()) return "a regular file";
  if (stats.isDirectory()) return "a directory";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  if (stats.isFIFO()) return "a FIFO (named pipe)";
  if (stats.isSocket()) return "a socket";
  if (stats.isSymbolicLink()) return "a symbolic link";
  return "not a file";
}

/**
 * Thrown when a path that must be read as data is not a regular file: a device, a FIFO, a
 * socket or a directory. Such paths are refused before they are opened, since opening a FIFO
 * blocks until a writer comes and a device can be read forever.
 *
 * @example
 * ```ts
 * try { await readBoundedFile("/dev/zero"); }
 * catch (error) { if (error instanceof NotRegularFileError) console.error(error.message); } // not a regular file: a character device
 * ```
 */
export class NotRegularFileError extends StatecraftError<"ENOTREG"> {
  /** The path, as given. */
  readonly path: string;
  /** What the path is instead, from {@link describeFileKind}. */
  readonly kind: string;

  /**
   * Creates the error for a path that is not a regular file.
   *
   * @param path - The path, as given.
   * @param kind - What it is instead, from {@link describeFileKind}.
   */
  constructor(path: string, kind: string) {
    // The code reads like Node's errno codes, so I/O error handling treats it as one.
    super("ENOTREG", `not a regular file: ${kind}`);
    this.path = path;
    this.kind = kind;
  }
}
