import { isUtf8 } from "node:buffer";
import { createReadStream } from "node:fs";
import { open, readdir, readFile, realpath, stat } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import type { LoadedRecord, RecordPlace } from "./engine.js";
import {
  checkDocument,
  checkNdjsonRecord,
  type FileFormat,
  type FileSink,
  formatOf,
  ndjsonSyntaxError,
} from "./file-check.js";
import { loadFromDocument, loadFromNdjsonLine } from "./loader.js";
import { bytePosition, decodeUtf8, firstInvalidUtf8 } from "./text.js";
import { loadYaml } from "./yaml-loader.js";

/** A data file found on disk. */
export interface FoundFile {
  /** The absolute path. */
  readonly path: string;
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

function displayName(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  const name = rel === "" || rel.startsWith("..") || isAbsolute(rel) ? path : rel;
  return sep === "/" ? name : name.split(sep).join("/");
}

/** Explains a file-system error in words, without a stack. */
export function ioMessage(error: unknown): string {
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

/**
 * Expands files, folders and globs into the data files they name, sorted, without duplicates.
 * Folders are walked recursively (hidden folders and `node_modules` skipped); symbolic links to
 * folders already visited are skipped, so a link loop ends.
 */
export async function discoverFiles(
  paths: readonly string[],
  cwd: string,
): Promise<{ files: FoundFile[]; failures: IoFailure[] }> {
  const files = new Map<string, FoundFile>();
  const failures: IoFailure[] = [];
  const visited = new Set<string>();

  const addFile = async (path: string, explicit: boolean): Promise<void> => {
    const format = formatOf(path);
    if (!format) {
      if (explicit)
        failures.push({
          name: displayName(path, cwd),
          message: "not a data file: the name must end in .yaml, .yml, .json, .ndjson or .jsonl",
        });
      return;
    }
    try {
      const info = await stat(path);
      const real = await realpath(path);
      if (!files.has(real))
        files.set(real, { path, name: displayName(path, cwd), format, size: info.size });
    } catch (error) {
      failures.push({ name: displayName(path, cwd), message: ioMessage(error) });
    }
  };

  const walk = async (dir: string): Promise<void> => {
    let real: string;
    try {
      real = await realpath(dir);
    } catch (error) {
      failures.push({ name: displayName(dir, cwd), message: ioMessage(error) });
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    let entries: import("node:fs").Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      failures.push({ name: displayName(dir, cwd), message: ioMessage(error) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith(".") && !SKIP_DIRS.has(entry.name)) await walk(path);
      } else if (entry.isFile()) {
        await addFile(path, false);
      } else if (entry.isSymbolicLink()) {
        try {
          const info = await stat(path);
          if (info.isDirectory()) await walk(path);
          else await addFile(path, false);
        } catch (error) {
          failures.push({ name: displayName(path, cwd), message: ioMessage(error) });
        }
      }
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
          followSymbolicLinks: true,
        });
        const data = matches.filter((m) => formatOf(m)).sort();
        if (data.length === 0)
          failures.push({ name: arg, message: "no data files match this pattern" });
        for (const match of data) await addFile(match, false);
        continue;
      }
      failures.push({ name: arg, message: ioMessage(error) });
      continue;
    }
    if (info.isDirectory()) await walk(path);
    else await addFile(path, true);
  }
  const sorted = [...files.values()].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  return { files: sorted, failures };
}

/** How far a file check has got, for progress bars. */
export type ByteProgress = (bytes: number) => void;

/**
 * Checks one file from disk. Documents are read whole; NDJSON is streamed line by line, so memory
 * does not grow with the file.
 *
 * @returns The number of records read.
 */
export async function checkFile(
  file: FoundFile,
  sink: FileSink,
  progress?: ByteProgress,
): Promise<number> {
  if (file.format === "ndjson") return checkNdjsonFile(file, sink, progress);
  let bytes: Buffer;
  try {
    bytes = await readFile(file.path);
  } catch (error) {
    sink.problem({ code: "io_error", message: ioMessage(error), pointer: "" });
    return 0;
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
    return 0;
  }
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  return checkDocument(text, file.format, sink);
}

async function checkNdjsonFile(
  file: FoundFile,
  sink: FileSink,
  progress?: ByteProgress,
): Promise<number> {
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
  try {
    const stream = createReadStream(file.path, { highWaterMark: 1 << 20 });
    for await (const chunk of stream as AsyncIterable<Buffer>) {
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
          stream.destroy();
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
    sink.problem({ code: "io_error", message: ioMessage(error), pointer: "" });
    return records;
  }
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
  return records;
}

/** Reloads records from a file on disk to locate problems found after it was read. */
export async function loadRecords(
  file: FoundFile,
  places: readonly RecordPlace[],
): Promise<(LoadedRecord | undefined)[]> {
  if (file.format !== "ndjson") {
    const decoded = decodeUtf8(await readFile(file.path));
    if ("error" in decoded) return places.map(() => undefined);
    const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
    return loadFromDocument(
      text,
      file.format,
      places,
      file.format === "yaml" ? await loadYaml() : undefined,
    );
  }
  const handle = await open(file.path, "r");
  try {
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
  } finally {
    await handle.close();
  }
}
