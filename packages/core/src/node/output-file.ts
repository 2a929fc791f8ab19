import { randomBytes } from "node:crypto";
import type { Stats } from "node:fs";
import { renameSync, unlinkSync } from "node:fs";
import {
  type FileHandle,
  lstat,
  mkdir,
  open,
  readlink,
  realpath,
  rm,
  stat,
} from "node:fs/promises";
import { basename, dirname, join, resolve, sep } from "node:path";
import { releaseTemporaryFile, trackTemporaryFile } from "./temporary-files.js";

/** What an output file holds: text or bytes, whole or as chunks (streamed, never gathered). */
export type OutputContent =
  | string
  | Uint8Array
  | Iterable<string | Uint8Array>
  | AsyncIterable<string | Uint8Array>;

/** One file of a set written by {@link writeOutputFiles}. */
export interface OutputFile {
  /** Where to write it. */
  readonly path: string;
  /** What to write. */
  readonly content: OutputContent;
}

/** Options of {@link writeOutputFile} and {@link writeOutputFiles}. */
export interface OutputOptions {
  /**
   * Whether existing files may be replaced (default `true`). When `false`, an existing regular
   * file among the targets (or among {@link OutputOptions.remove}) fails the write with `EEXIST`
   * before anything is written; devices and FIFOs are written all the same.
   */
  readonly overwrite?: boolean;
  /**
   * Files that belong to the set but are not written this time (the output of an earlier run):
   * removed together with the commit of the new files, so a folder never holds a mix of two
   * runs. Paths that do not exist are ignored.
   */
  readonly remove?: readonly string[];
}

/** A file written by {@link writeOutputFile} or {@link writeOutputFiles}. */
export interface WrittenFile {
  /** The path as given. */
  readonly path: string;
  /** Bytes written. */
  readonly bytes: number;
}

/**
 * Whether a path names a folder by its spelling: it ends with a path separator (`out/`).
 *
 * @param path - A path as the user typed it.
 * @example
 * ```ts
 * isFolderPath("out/"); // true
 * isFolderPath("out/data.yaml"); // false
 * isFolderPath("out"); // false: the spelling does not say
 * ```
 */
export function isFolderPath(path: string): boolean {
  return path.endsWith("/") || path.endsWith(sep);
}

/** Where a write really goes, after symbolic links, and what is there now. */
interface Target {
  /** The path as given. */
  readonly path: string;
  /** The path to write: the target of a symbolic link, or the path itself. */
  readonly real: string;
  /** `regular`: replaced atomically; `special`: written in place (devices, FIFOs). */
  readonly kind: "missing" | "regular" | "special" | "directory";
  /** The existing file's status, to keep its mode and owner. */
  readonly stats?: Stats;
}

function errnoError(code: string, message: string, path: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: ${message}, '${path}'`);
  error.code = code;
  error.path = path;
  return error;
}

function isErrno(error: unknown, ...codes: string[]): boolean {
  return codes.includes((error as NodeJS.ErrnoException | null)?.code ?? "");
}

/** Follows a symbolic link that may dangle, to the path a write through it would create. */
async function followLink(path: string, depth = 0): Promise<string> {
  if (depth > 32) throw errnoError("ELOOP", "too many symbolic links", path);
  let info: Stats;
  try {
    info = await lstat(path);
  } catch (error) {
    if (isErrno(error, "ENOENT")) return path;
    throw error;
  }
  if (!info.isSymbolicLink()) return path;
  try {
    return await realpath(path);
  } catch (error) {
    if (!isErrno(error, "ENOENT")) throw error;
    // A dangling link: writing through it creates its target.
    return followLink(resolve(dirname(path), await readlink(path)), depth + 1);
  }
}

async function targetOf(path: string): Promise<Target> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch (error) {
    if (!isErrno(error, "ENOENT")) throw error;
    return { path, real: await followLink(path), kind: "missing" };
  }
  if (info.isDirectory()) return { path, real: path, kind: "directory", stats: info };
  // Devices, FIFOs and sockets are written where they are (never replaced by a regular file).
  if (!info.isFile()) return { path, real: path, kind: "special", stats: info };
  return { path, real: await realpath(path), kind: "regular", stats: info };
}

function chunksOf(
  content: OutputContent,
): Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array> {
  return typeof content === "string" || content instanceof Uint8Array ? [content] : content;
}

/** Writes every chunk to an open file; resolves to the bytes written. */
async function writeChunks(handle: FileHandle, content: OutputContent): Promise<number> {
  let bytes = 0;
  for await (const chunk of chunksOf(content)) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    if (buffer.length === 0) continue;
    await handle.write(buffer);
    bytes += buffer.length;
  }
  return bytes;
}

/** Makes an error about a temporary file speak of the target the user named. */
function naming(error: unknown, temporary: string, target: string): unknown {
  const io = error as NodeJS.ErrnoException | null;
  if (io && typeof io === "object" && typeof io.message === "string") {
    if (io.path === temporary) io.path = target;
    if (io.message.includes(temporary)) io.message = io.message.split(temporary).join(target);
  }
  return error;
}

/** The mode a new file gets: what `open` would give it under the process's umask. */
function newFileMode(): number {
  return 0o666 & ~process.umask();
}

/** A regular file written to a temporary sibling, waiting to be renamed into place. */
interface Staged {
  readonly target: Target;
  readonly temporary: string;
  readonly bytes: number;
}

function temporaryName(real: string): string {
  return join(
    dirname(real),
    `.${basename(real)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`,
  );
}

async function removeTemporary(path: string): Promise<void> {
  await rm(path, { force: true });
  releaseTemporaryFile(path);
}

/**
 * Writes a file's content to a temporary sibling (readable only by its owner while written),
 * flushed to disk, with the existing file's mode and owner (or a new file's usual mode).
 */
async function stage(target: Target, content: OutputContent): Promise<Staged> {
  await makeFolder(dirname(target.real));
  const temporary = temporaryName(target.real);
  trackTemporaryFile(temporary);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temporary, "wx", 0o600);
    const bytes = await writeChunks(handle, content);
    await handle.sync();
    if (target.stats) {
      await handle.chmod(target.stats.mode & 0o7777);
      try {
        await handle.chown(target.stats.uid, target.stats.gid);
      } catch (error) {
        // Only the superuser may give a file away; the mode is kept all the same.
        if (!isErrno(error, "EPERM", "EINVAL")) throw error;
      }
    } else await handle.chmod(newFileMode());
    await handle.close();
    handle = undefined;
    return { target, temporary, bytes };
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await removeTemporary(temporary);
    throw naming(error, temporary, target.path);
  }
}

/** Writes straight into a device or FIFO, which cannot be replaced and need not be. */
async function writeInPlace(target: Target, content: OutputContent): Promise<number> {
  const handle = await open(target.path, "w");
  try {
    return await writeChunks(handle, content);
  } finally {
    await handle.close();
  }
}

/** Creates a folder and its parents; `mkdir` says EEXIST when a part of the path is a file. */
async function makeFolder(path: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true });
  } catch (error) {
    if (isErrno(error, "EEXIST")) (error as NodeJS.ErrnoException).code = "ENOTDIR";
    throw error;
  }
}

function backupName(real: string): string {
  return join(
    dirname(real),
    `.${basename(real)}.${process.pid}.${randomBytes(6).toString("hex")}.old`,
  );
}

/**
 * Renames staged files into place, and removes the files to remove, all or none: existing files
 * are first moved aside, and moved back if any rename fails. Synchronous, so no signal handler
 * or other task runs in the middle.
 */
function commit(staged: readonly Staged[], removed: readonly Target[]): void {
  if (staged.length === 1 && removed.length === 0) {
    const [only] = staged as [Staged];
    renameSync(only.temporary, only.target.real);
    return;
  }
  const undo: (() => void)[] = [];
  const backups: string[] = [];
  try {
    for (const { real, kind } of [...staged.map((s) => s.target), ...removed]) {
      if (kind !== "regular") continue;
      const backup = backupName(real);
      renameSync(real, backup);
      backups.push(backup);
      undo.push(() => renameSync(backup, real));
    }
    for (const { temporary, target } of staged) {
      renameSync(temporary, target.real);
      undo.push(() => renameSync(target.real, temporary));
    }
  } catch (error) {
    for (const step of undo.reverse()) {
      try {
        step();
      } catch {
        // Best effort: the remaining steps still run.
      }
    }
    throw error;
  }
  for (const backup of backups) {
    try {
      unlinkSync(backup);
    } catch {
      // The new files are in place; a backup left behind is only litter.
    }
  }
}

/**
 * Writes a set of files together: every regular file is written to a temporary sibling first,
 * then all are renamed into place at once, so the set is replaced whole or not at all. If
 * anything fails — an I/O error, or an error thrown by the content while it is produced — the
 * temporary files are removed and the targets are left as they were. Temporary files are also
 * removed when the process is interrupted (SIGINT, SIGTERM, SIGHUP).
 *
 * - A target that is a symbolic link is written through: the link stays, its target is replaced.
 * - A device, FIFO or socket is written in place, after the regular files are committed; it is
 *   never replaced by a regular file.
 * - An existing file keeps its mode and, where permitted, its owner.
 * - Missing parent folders are created.
 *
 * @param files - The files and their content.
 * @param options - Whether to overwrite, and files of an earlier set to remove.
 * @returns Each file written, in order, with its size.
 * @throws An `EEXIST` error (with `overwrite: false`) or `EISDIR` error naming the target, or
 *   the I/O error, its `path` the target (never the temporary file).
 * @example
 * ```ts
 * import { writeOutputFiles } from "@statecraft/core/node";
 * await writeOutputFiles(
 *   [
 *     { path: "out/actors.json", content: JSON.stringify(dataset.actors) },
 *     { path: "out/meetings.json", content: JSON.stringify(dataset.meetings) },
 *   ],
 *   { overwrite: false },
 * );
 * ```
 */
export async function writeOutputFiles(
  files: readonly OutputFile[],
  options: OutputOptions = {},
): Promise<WrittenFile[]> {
  const targets = await Promise.all(files.map((file) => targetOf(file.path)));
  const removed = (await Promise.all((options.remove ?? []).map(targetOf))).filter(
    (target) => target.kind !== "missing",
  );
  for (const target of [...targets, ...removed]) {
    if (target.kind === "directory") throw errnoError("EISDIR", "is a directory", target.path);
    // A device or FIFO is a destination, not an earlier output to protect.
    if (options.overwrite === false && target.kind === "regular")
      throw errnoError("EEXIST", "file already exists", target.path);
  }
  const staged: Staged[] = [];
  const bytes = new Map<string, number>();
  try {
    for (const [index, file] of files.entries()) {
      const target = targets[index]!;
      if (target.kind === "special") continue;
      const done = await stage(target, file.content);
      staged.push(done);
      bytes.set(file.path, done.bytes);
    }
    commit(staged, removed);
  } finally {
    await Promise.all(staged.map((s) => removeTemporary(s.temporary)));
  }
  for (const [index, file] of files.entries()) {
    const target = targets[index]!;
    if (target.kind === "special") bytes.set(file.path, await writeInPlace(target, file.content));
  }
  return files.map((file) => ({ path: file.path, bytes: bytes.get(file.path) ?? 0 }));
}

/**
 * Writes one file safely: a regular file is written to a temporary sibling and renamed over the
 * target only when complete, so it is never half-written; see {@link writeOutputFiles} for
 * symbolic links, devices and FIFOs, modes and interrupted writes.
 *
 * @param path - The file to write.
 * @param content - Text or bytes, whole or as (async) chunks.
 * @param options - Whether an existing file may be replaced (default yes).
 * @returns The path and the bytes written.
 * @throws The I/O error, naming the target.
 * @example
 * ```ts
 * import { writeOutputFile } from "@statecraft/core/node";
 * await writeOutputFile("out/ids.txt", records.map((record) => `${record.id}\n`)); // any iterable of chunks
 * ```
 */
export async function writeOutputFile(
  path: string,
  content: OutputContent,
  options: Omit<OutputOptions, "remove"> = {},
): Promise<WrittenFile> {
  const [written] = await writeOutputFiles([{ path, content }], options);
  return written!;
}
