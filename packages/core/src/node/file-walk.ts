import type { Dirent, Stats } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { describeFileKind } from "./file-kind.js";

/** Options of {@link walkFolder}. */
export interface FileWalkOptions {
  /**
   * Descend into symbolic links to folders. Default `false`: a link to a folder is not entered
   * (a link to a regular file is always followed). Even when following, no folder is entered
   * twice (folders are told apart by device and inode), so link loops end.
   */
  readonly followSymlinks?: boolean;
  /** Which file names to list; default every regular file. */
  readonly include?: (name: string) => boolean;
  /** Which folder names not to enter, such as `node_modules`; default none. */
  readonly skipFolder?: (name: string) => boolean;
  /**
   * Folders already entered, by {@link inodeKey}: pass the same set to several walks so that
   * none enters a folder another walk entered. Default a new set for this walk.
   */
  readonly visited?: Set<string>;
}

/** A regular file found by {@link walkFolder}. */
export interface WalkedFile {
  /** The path: the folder walked joined with the names below it (not resolved through links). */
  readonly path: string;
  /** What `stat` said of it (following a symbolic link). */
  readonly stats: Stats;
}

/** A path {@link walkFolder} could not look at, with the error. */
export interface WalkFailure {
  /** The path. */
  readonly path: string;
  /** The error from `readdir` or `stat`. */
  readonly error: unknown;
}

/**
 * The key that tells folders apart even through links: device and inode, `"dev:ino"`.
 *
 * @param stats - A `stat` result.
 * @returns The key.
 * @example
 * ```ts
 * import { stat } from "node:fs/promises";
 *
 * const seen = new Set<string>();
 * const key = inodeKey(await stat("data"));
 * if (!seen.has(key)) seen.add(key); // a folder reached twice through links is walked once
 * ```
 */
export function inodeKey(stats: Stats): string {
  return `${stats.dev}:${stats.ino}`;
}

const byName = (a: Dirent, b: Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Walks a folder recursively for the regular files in it, depth first, each folder's entries
 * sorted by name. Only regular files are listed — devices, FIFOs and sockets are left out, so
 * nothing listed can hang or never end when read. A symbolic link to a regular file is listed;
 * a link to a folder is entered only with `followSymlinks`; no folder is entered twice.
 *
 * A broken link, or a link loop, whose name `include` accepts is reported in `failures`; other
 * unreadable entries are left out.
 *
 * @param root - The folder.
 * @param options - Links, names to list, folders to skip.
 * @returns The files found, and the paths that could not be read.
 * @example
 * ```ts
 * import { walkFolder } from "@statecraft/core/node";
 *
 * const { files } = await walkFolder("data", { include: (name) => name.endsWith(".yaml") });
 * ```
 */
export async function walkFolder(
  root: string,
  options: FileWalkOptions = {},
): Promise<{ files: WalkedFile[]; failures: WalkFailure[] }> {
  const include = options.include ?? (() => true);
  const skipFolder = options.skipFolder ?? (() => false);
  const follow = options.followSymlinks === true;
  const visited = options.visited ?? new Set<string>();
  const files: WalkedFile[] = [];
  const failures: WalkFailure[] = [];

  const enter = async (dir: string, info: Stats): Promise<void> => {
    const key = inodeKey(info);
    if (visited.has(key)) return;
    visited.add(key);
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      failures.push({ path: dir, error });
      return;
    }
    entries.sort(byName);
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const wanted = include(entry.name);
      if (entry.isDirectory()) {
        if (skipFolder(entry.name)) continue;
        try {
          await enter(path, await stat(path));
        } catch (error) {
          failures.push({ path, error });
        }
      } else if (entry.isFile()) {
        if (!wanted) continue;
        try {
          const info = await stat(path);
          if (info.isFile()) files.push({ path, stats: info });
        } catch (error) {
          failures.push({ path, error });
        }
      } else if (entry.isSymbolicLink() && (wanted || follow)) {
        let target: Stats;
        try {
          target = await stat(path);
        } catch (error) {
          if (wanted) failures.push({ path, error });
          continue;
        }
        if (target.isFile()) {
          if (wanted) files.push({ path, stats: target });
        } else if (target.isDirectory()) {
          if (follow && !skipFolder(entry.name)) await enter(path, target);
        }
        // A link to a device, FIFO or socket is left out, like the thing itself.
      }
    }
  };

  try {
    const info = await stat(root);
    if (!info.isDirectory())
      throw Object.assign(new Error(`not a folder: ${describeFileKind(info)}`), {
        code: "ENOTDIR",
      });
    await enter(root, info);
  } catch (error) {
    failures.push({ path: root, error });
  }
  return { files, failures };
}
