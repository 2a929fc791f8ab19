import { isUtf8 } from "node:buffer";
import type { FileHandle } from "node:fs/promises";
import { realpath, stat } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
import {
  DEFAULT_MAX_FILE_BYTES,
  DEFAULT_MAX_STREAM_BYTES,
  describeFileKind,
  FileTooLargeError,
  NotRegularFileError,
  openRegularFile,
  readBoundedFile,
  streamBounded,
  walkFolder,
} from "@statecraft/core/node";
import type { LoadedRecord, RecordPlace } from "./engine.js";
import { checkDocument, type FileFormat, type FileSink, formatOf } from "./file-check.js";
import { loadFromDocument, loadFromNdjsonLine } from "./loader.js";
import { checkNdjsonRecord, ndjsonSyntaxError } from "./ndjson-check.js";
import { bytePosition, decodeUtf8, firstInvalidUtf8 } from "./text.js";
import { loadYaml } from "./yaml-loader.js";

/** A data file found on disk. */
export interface FoundFile {
  /** The absolute path. */
  readonly path: string;
  /** The path with every symbolic link resolved (`realpath`). */
  readonly realPath: string;
  /** The name shown in reports: relative to the working directory, with `/` separators. */
  readonly name: string;
  readonly format: FileFormat;
  readonly size: number;
}

/** A path that could not be read, with the reason. */
export interface IoFailure {
  readonly name: string;
  readonly message: string;
}

/** How files are found and read. */
export interface ReadOptions {
  /** Descend into symbolic links to folders (never twice into one folder); default `false`. */
  readonly followSymlinks?: boolean;
  /** The most bytes read from one file; default 256 MiB for YAML and JSON, 16 GiB for NDJSON. */
  readonly maxFileBytes?: number;
}

function displayName(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  const name = rel === "" || rel.startsWith("..") || isAbsolute(rel) ? path : rel;
  return sep === "/" ? name : name.split(sep).join("/");
}

/** Explains a file-system error in words, without a stack. */
export function ioMessage(error: unknown): string {
  if (error instanceof NotRegularFileError) return error.message;
  if (error instanceof FileTooLargeError)
    return `the file is ${error.message}; raise the limit with the maxFileBytes option (--max-file-size in the CLI)`;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ELOOP":
      return "too many levels of symbolic links (a symbolic link loop)";
    case "EISDIR":
      return "is a directory";
    case "ENOTDIR":
      return "a part of the path is not a directory";
    case "EMFILE":
    case "ENFILE":
      return "too many open files";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

const SKIP_DIRS = new Set(["node_modules", ".git"]);
const skipFolder = (name: string): boolean => name.startsWith(".") || SKIP_DIRS.has(name);
const isDataName = (name: string): boolean => formatOf(name) !== undefined;

/**
 * Expands files, folders and globs into the data files they name, sorted, without duplicates.
 * Folders are walked recursively for regular files (hidden folders and `node_modules`
 * skipped; devices, FIFOs and sockets left out); symbolic links to files are followed, links to
 * folders only with `followSymlinks`, and no folder is entered twice. A path named explicitly
 * that is not a regular file or folder (a device, a FIFO, a socket) is a failure, found
 * without opening it.
 */
export async function discoverFiles(
  paths: readonly string[],
  cwd: string,
  options: ReadOptions = {},
): Promise<{ files: FoundFile[]; failures: IoFailure[] }> {
  const files = new Map<string, FoundFile>();
  const failures: IoFailure[] = [];
  const visited = new Set<string>();
  const followSymlinks = options.followSymlinks === true;

  const addFile = async (path: string, size: number): Promise<void> => {
    const format = formatOf(path)!;
    try {
      const real = await realpath(path);
      if (!files.has(real))
        files.set(real, { path, realPath: real, name: displayName(path, cwd), format, size });
    } catch (error) {
      failures.push({ name: displayName(path, cwd), message: ioMessage(error) });
    }
  };

  for (const arg of paths) {
    const path = resolve(cwd, arg);
    let info: import("node:fs").Stats | undefined;
    try {
      info = await stat(path);
    } catch (error) {
      // The glob matcher is loaded only for a path that is not a file or folder.
      const { glob, isDynamicPattern } = await import("tinyglobby");
      if (isDynamicPattern(arg)) {
        const matches = await glob(arg, {
          cwd,
          absolute: true,
          onlyFiles: true,
          dot: false,
          followSymbolicLinks: followSymlinks,
        });
        const data = matches.filter((m) => formatOf(m)).sort();
        let found = 0;
        for (const match of data) {
          // Regular files only, as in a folder walk.
          let matched: import("node:fs").Stats;
          try {
            matched = await stat(match);
          } catch (error) {
            failures.push({ name: displayName(match, cwd), message: ioMessage(error) });
            continue;
          }
          if (!matched.isFile()) continue;
          found++;
          await addFile(match, matched.size);
        }
        if (found === 0) failures.push({ name: arg, message: "no data files match this pattern" });
        continue;
      }
      failures.push({ name: arg, message: ioMessage(error) });
      continue;
    }
    if (info.isDirectory()) {
      const walked = await walkFolder(path, {
        followSymlinks,
        include: isDataName,
        skipFolder,
        visited,
      });
      for (const failure of walked.failures)
        failures.push({ name: displayName(failure.path, cwd), message: ioMessage(failure.error) });
      for (const file of walked.files) await addFile(file.path, file.stats.size);
    } else if (!info.isFile()) {
      failures.push({
        name: displayName(path, cwd),
        message: `not a regular file: ${describeFileKind(info)}`,
      });
    } else if (!formatOf(path)) {
      failures.push({
        name: displayName(path, cwd),
        message: "not a data file: the name must end in .yaml, .yml, .json, .ndjson or .jsonl",
      });
    } else await addFile(path, info.size);
  }
  const sorted = [...files.values()].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  return { files: sorted, failures };
}

/**
 * What a file check keeps of a file to locate, after every file is read, the problems the
 * cross-record rules find in it — so the file is never read again by its path (it may have been
 * deleted or replaced since). A YAML or JSON document keeps the bytes read (it was held whole
 * anyway); NDJSON, streamed, keeps its open descriptor, so memory stays flat.
 */
export type KeptFile =
  | { readonly kind: "bytes"; readonly bytes: Uint8Array }
  | { readonly kind: "handle"; readonly handle: FileHandle };

/** What {@link checkFile} returns: the number of records read, and what is kept to locate problems. */
export interface CheckedFile {
  readonly records: number;
  /** Absent when the file held no records (nothing to locate in it). */
  readonly kept?: KeptFile;
}

/** How far a file check has got, for progress bars. */
export type ByteProgress = (bytes: number) => void;

/**
 * Checks one file from disk. Documents are read whole; NDJSON is streamed line by line, so memory
 * does not grow with the file. Either way no more than the read limit is read.
 *
 * @returns The number of records read, and what is kept of the file to locate problems later
 * (the caller releases it with {@link releaseKept}).
 */
export async function checkFile(
  file: FoundFile,
  sink: FileSink,
  progress?: ByteProgress,
  options: ReadOptions = {},
): Promise<CheckedFile> {
  if (file.format === "ndjson") return checkNdjsonFile(file, sink, progress, options);
  let bytes: Buffer;
  try {
    bytes = await readBoundedFile(file.path, {
      maxBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    });
  } catch (error) {
    sink.problem({ code: "io_error", message: ioMessage(error), pointer: "" });
    return { records: 0 };
  }
  progress?.(bytes.length);
  const decoded = decodeUtf8(bytes);
  if ("error" in decoded) {
    sink.problem({
      code: "invalid_encoding",
      message: decoded.error,
      pointer: "",
      ...bytePosition(bytes, decoded.offset),
    });
    return { records: 0 };
  }
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  const records = await checkDocument(text, file.format, sink);
  return records > 0 ? { records, kept: { kind: "bytes", bytes } } : { records };
}

async function checkNdjsonFile(
  file: FoundFile,
  sink: FileSink,
  progress?: ByteProgress,
  options: ReadOptions = {},
): Promise<CheckedFile> {
  let records = 0;
  let lineNumber = 0;
  let lineOffset = 0; // byte offset of the current line's start in the file
  let carry: Buffer | undefined;
  let first = true;
  let stop = false;
  /**
   * Checks the line `buffer[from, to)` (without its newline). `utf8` is true when the caller
   * already knows the bytes are valid UTF-8 (checked for a whole chunk at once).
   */
  const handleLine = (buffer: Buffer, from: number, to: number, utf8: boolean): void => {
    lineNumber++;
    let end = to;
    if (end > from && buffer[end - 1] === 0x0d) end--;
    let start = from;
    if (
      lineNumber === 1 &&
      buffer[from] === 0xef &&
      buffer[from + 1] === 0xbb &&
      buffer[from + 2] === 0xbf
    )
      start += 3;
    if (!utf8) {
      const body = buffer.subarray(start, end);
      if (!isUtf8(body)) {
        const at = firstInvalidUtf8(body);
        const { column } = bytePosition(body, at);
        sink.problem({
          code: "invalid_encoding",
          message: `the line is not valid UTF-8: byte 0x${body[at]!.toString(16).toUpperCase().padStart(2, "0")} at column ${column} does not start or continue a character`,
          pointer: "",
          line: lineNumber,
          column,
        });
        return;
      }
    }
    const text = buffer.toString("utf8", start, end);
    // A record line starts with "{"; only other lines can be blank.
    if (text.charCodeAt(0) !== 0x7b && text.trim() === "") return;
    records++;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      ndjsonSyntaxError(text, lineNumber, sink);
      return;
    }
    checkNdjsonRecord(text, value, lineNumber, lineOffset + start - from, sink);
  };
  let handle: FileHandle | undefined;
  try {
    handle = await openRegularFile(file.path);
    const stream = streamBounded(handle, file.path, {
      maxBytes: options.maxFileBytes ?? DEFAULT_MAX_STREAM_BYTES,
    });
    for await (const chunk of stream) {
      if (first) {
        first = false;
        const nul = chunk.indexOf(0);
        if (nul !== -1) {
          sink.problem({
            code: "invalid_encoding",
            message: `the file looks binary: it contains a NUL byte at byte ${nul}`,
            pointer: "",
            ...bytePosition(chunk, nul),
          });
          stop = true;
          break;
        }
      }
      progress?.(chunk.length);
      let start = 0;
      if (carry) {
        // Only the line split across chunks is copied, not the whole chunk.
        const nl = chunk.indexOf(10);
        if (nl === -1) {
          carry = Buffer.concat([carry, chunk]);
          continue;
        }
        const line = Buffer.concat([carry, chunk.subarray(0, nl)]);
        carry = undefined;
        handleLine(line, 0, line.length, false);
        lineOffset += line.length + 1;
        start = nl + 1;
      }
      // One UTF-8 check for all the chunk's whole lines (a newline byte never falls inside a
      // character); lines are checked one by one only when that fails, to locate the bad byte.
      const last = chunk.lastIndexOf(10);
      const utf8 = last >= start && isUtf8(chunk.subarray(start, last));
      for (;;) {
        const nl = chunk.indexOf(10, start);
        if (nl === -1) break;
        handleLine(chunk, start, nl, utf8);
        lineOffset += nl - start + 1;
        start = nl + 1;
      }
      if (start < chunk.length) carry = Buffer.from(chunk.subarray(start));
    }
    if (!stop && carry && carry.length > 0) handleLine(carry, 0, carry.length, false);
  } catch (error) {
    await handle?.close();
    sink.problem({ code: "io_error", message: ioMessage(error), pointer: "" });
    return { records };
  }
  if (records === 0) await handle!.close();
  if (!stop && records === 0 && lineNumber <= 1 && !carry) {
    sink.problem({
      code: "empty_file",
      message: "the file is empty",
      pointer: "",
      line: 1,
      column: 1,
    });
  } else if (!stop && records === 0) {
    sink.problem({
      code: "empty_file",
      message: "the file holds no records (only blank lines)",
      pointer: "",
      line: 1,
      column: 1,
    });
  }
  return records > 0 ? { records, kept: { kind: "handle", handle: handle! } } : { records };
}

/** Releases what a file check kept (closes a kept descriptor). */
export async function releaseKept(kept: KeptFile | undefined): Promise<void> {
  if (kept?.kind === "handle") await kept.handle.close();
}

/**
 * Reloads records to locate problems found after the file was read, from what the check kept
 * of it: the bytes read, or the descriptor it was read through — never by opening the path
 * again, which may have been deleted or replaced since. Without anything kept, the records are
 * not located.
 */
export async function loadRecords(
  file: FoundFile,
  kept: KeptFile | undefined,
  places: readonly RecordPlace[],
): Promise<(LoadedRecord | undefined)[]> {
  if (kept === undefined) return places.map(() => undefined);
  if (kept.kind === "bytes") {
    if (file.format === "ndjson") return places.map(() => undefined);
    const decoded = decodeUtf8(kept.bytes);
    if ("error" in decoded) return places.map(() => undefined);
    const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
    return loadFromDocument(
      text,
      file.format,
      places,
      file.format === "yaml" ? await loadYaml() : undefined,
    );
  }
  const handle = kept.handle;
  const out: (LoadedRecord | undefined)[] = [];
  for (const place of places) {
    const chunks: Buffer[] = [];
    let position = place.offset;
    for (;;) {
      const buffer = Buffer.alloc(64 * 1024);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
      if (bytesRead === 0) break;
      const nl = buffer.subarray(0, bytesRead).indexOf(10);
      if (nl !== -1) {
        chunks.push(buffer.subarray(0, nl));
        break;
      }
      chunks.push(buffer.subarray(0, bytesRead));
      position += bytesRead;
    }
    const line = Buffer.concat(chunks).toString("utf8").replace(/\r$/, "");
    out.push(loadFromNdjsonLine(line, place.line));
  }
  return out;
}
