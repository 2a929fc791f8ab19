import { constants } from "node:fs";
import { type FileHandle, open, stat } from "node:fs/promises";
import { StatecraftError } from "../statecraft-error.js";
import { formatByteSize } from "./byte-size.js";
import { describeFileKind, NotRegularFileError } from "./file-kind.js";

/**
 * The default most bytes read from a file that is read whole into memory (a YAML or JSON
 * document): 256 MiB. V8 cannot hold a string longer than about 512 MiB, so a document much
 * bigger could not be decoded anyway, and parsing one takes several times its size in memory.
 */
export const DEFAULT_MAX_FILE_BYTES = 256 * 1024 ** 2;

/**
 * The default most bytes read from a file that is streamed (NDJSON, importer inputs): 16 GiB.
 * Streaming keeps memory flat, so the cap is only a guard against an input that never ends.
 */
export const DEFAULT_MAX_STREAM_BYTES = 16 * 1024 ** 3;

/** Options of the bounded readers. */
export interface BoundedReadOptions {
  /** The most bytes to read; a file with more is refused with {@link FileTooLargeError}. */
  readonly maxBytes?: number;
}

/** Options of {@link streamBounded} and {@link streamBoundedFile}. */
export interface BoundedStreamOptions extends BoundedReadOptions {
  /** The size of each chunk read; default 1 MiB. */
  readonly chunkBytes?: number;
}

/**
 * Thrown when a file holds more bytes than the read limit. The size is checked on the opened
 * descriptor before reading, and the count of bytes read is checked while reading, since
 * `/proc` files and some devices report a size of 0.
 *
 * @example
 * ```ts
 * try { await readBoundedFile("big.json", { maxBytes: 1024 }); }
 * catch (error) { if (error instanceof FileTooLargeError) console.error(error.message); } // larger than the read limit of 1 KiB
 * ```
 */
export class FileTooLargeError extends StatecraftError<"EFBIG"> {
  /** The path, as given. */
  readonly path: string;
  /** The limit passed, in bytes. */
  readonly limit: number;

  /**
   * Creates the error for a file over the read limit.
   *
   * @param path - The path, as given.
   * @param limit - The limit passed, in bytes.
   */
  constructor(path: string, limit: number) {
    // EFBIG is how Node names a file too large, so I/O error handling treats it as one.
    super("EFBIG", `larger than the read limit of ${formatByteSize(limit)}`);
    this.path = path;
    this.limit = limit;
  }
}

// Opening a FIFO without O_NONBLOCK blocks until a writer comes; with it, open returns at once
// (and the descriptor is refused below). Windows has no such flag and no FIFOs to speak of.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Opens a regular file for reading, refusing anything else before opening it: `stat` first (a
 * device, FIFO, socket or directory is refused with {@link NotRegularFileError} and never
 * opened), then the file is opened without blocking and checked again with `fstat`, in case it
 * was swapped in between.
 *
 * @param path - The file; a symbolic link to a regular file is followed.
 * @returns The open handle; the caller closes it.
 * @throws {NotRegularFileError} When the path is not a regular file.
 * @throws The `stat` or `open` error (`ENOENT`, `EACCES`, …) otherwise.
 * @example
 * ```ts
 * const handle = await openRegularFile("data/meetings.yaml"); // refuses /dev/zero, a FIFO, a folder
 * try {
 *   const bytes = await readBounded(handle, "data/meetings.yaml", { maxBytes: 1024 ** 2 });
 * } finally {
 *   await handle.close();
 * }
 * ```
 */
export async function openRegularFile(path: string): Promise<FileHandle> {
  const before = await stat(path);
  if (!before.isFile()) throw new NotRegularFileError(path, describeFileKind(before));
  const handle = await open(path, OPEN_FLAGS);
  try {
    const after = await handle.stat();
    if (!after.isFile()) throw new NotRegularFileError(path, describeFileKind(after));
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/**
 * Reads an open file whole, but never more than `maxBytes`: the size reported by `fstat` is
 * checked first, and reading stops as soon as more than the limit has come.
 *
 * @param handle - An open file, read from its start.
 * @param path - The file's path, for the error.
 * @param options - The limit (default {@link DEFAULT_MAX_FILE_BYTES}).
 * @returns The bytes, in a buffer of their own (its `ArrayBuffer` can be transferred).
 * @throws {FileTooLargeError} When the file holds more than the limit.
 * @example
 * ```ts
 * const handle = await openRegularFile("data/meetings.yaml");
 * try {
 *   const text = (await readBounded(handle, "data/meetings.yaml", { maxBytes: 1024 ** 2 })).toString("utf8");
 * } finally {
 *   await handle.close();
 * }
 * ```
 */
export async function readBounded(
  handle: FileHandle,
  path: string,
  options: BoundedReadOptions = {},
): Promise<Buffer> {
  const max = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  const { size } = await handle.stat();
  if (size > max) throw new FileTooLargeError(path, max);
  // One byte more than the size, to see the end without a second buffer.
  let buffer = Buffer.allocUnsafeSlow(Math.min(size, max) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      const grown = Buffer.allocUnsafeSlow(Math.min(buffer.length * 2 + 64 * 1024, max + 1));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
    if (bytesRead === 0) break;
    length += bytesRead;
    if (length > max) throw new FileTooLargeError(path, max);
  }
  return buffer.subarray(0, length);
}

/**
 * Streams an open file in chunks, but never more than `maxBytes`: the size reported by `fstat`
 * is checked first, and the stream fails before yielding the chunk that passes the limit.
 *
 * @param handle - An open file, read from its start; the caller closes it.
 * @param path - The file's path, for the error.
 * @param options - The limit (default {@link DEFAULT_MAX_STREAM_BYTES}) and chunk size.
 * @returns The chunks, each in a buffer of its own.
 * @throws {FileTooLargeError} When the file holds more than the limit.
 * @example
 * ```ts
 * const handle = await openRegularFile("events.csv");
 * try {
 *   for await (const chunk of streamBounded(handle, "events.csv", { chunkBytes: 1 << 16 }))
 *     process.stdout.write(chunk);
 * } finally {
 *   await handle.close();
 * }
 * ```
 */
export async function* streamBounded(
  handle: FileHandle,
  path: string,
  options: BoundedStreamOptions = {},
): AsyncGenerator<Buffer, void, undefined> {
  const max = options.maxBytes ?? DEFAULT_MAX_STREAM_BYTES;
  const chunk = options.chunkBytes ?? 1 << 20;
  const { size } = await handle.stat();
  if (size > max) throw new FileTooLargeError(path, max);
  let total = 0;
  for (;;) {
    const buffer = Buffer.allocUnsafeSlow(chunk);
    const { bytesRead } = await handle.read(buffer, 0, chunk, total);
    if (bytesRead === 0) return;
    total += bytesRead;
    if (total > max) throw new FileTooLargeError(path, max);
    yield bytesRead === chunk ? buffer : buffer.subarray(0, bytesRead);
  }
}

/**
 * Reads a regular file whole, safely: {@link openRegularFile}, then {@link readBounded}.
 *
 * @param path - The file.
 * @param options - The limit (default {@link DEFAULT_MAX_FILE_BYTES}).
 * @returns The bytes.
 * @throws {NotRegularFileError} When the path is a device, FIFO, socket or directory.
 * @throws {FileTooLargeError} When the file holds more than the limit.
 * @example
 * ```ts
 * import { readBoundedFile } from "@statecraft/core/node";
 *
 * const bytes = await readBoundedFile("data/meetings.yaml", { maxBytes: 64 * 1024 ** 2 });
 * ```
 */
export async function readBoundedFile(
  path: string,
  options: BoundedReadOptions = {},
): Promise<Buffer> {
  const handle = await openRegularFile(path);
  try {
    return await readBounded(handle, path, options);
  } finally {
    await handle.close();
  }
}

/**
 * Streams a regular file in chunks, safely: {@link openRegularFile}, then {@link streamBounded};
 * the file is closed when the stream ends or is left.
 *
 * @param path - The file.
 * @param options - The limit (default {@link DEFAULT_MAX_STREAM_BYTES}) and chunk size.
 * @returns The chunks.
 * @throws {NotRegularFileError} When the path is a device, FIFO, socket or directory.
 * @throws {FileTooLargeError} When the file holds more than the limit.
 * @example
 * ```ts
 * import { streamBoundedFile } from "@statecraft/core/node";
 *
 * for await (const chunk of streamBoundedFile("events.csv")) process.stdout.write(chunk);
 * ```
 */
export async function* streamBoundedFile(
  path: string,
  options: BoundedStreamOptions = {},
): AsyncGenerator<Buffer, void, undefined> {
  const handle = await openRegularFile(path);
  try {
    yield* streamBounded(handle, path, options);
  } finally {
    await handle.close();
  }
}
