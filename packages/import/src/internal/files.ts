import { stat } from "node:fs/promises";
import {
  DEFAULT_MAX_STREAM_BYTES,
  describeFileKind,
  FileTooLargeError,
  NotRegularFileError,
  streamBoundedFile,
  walkFolder,
} from "@statecraft/core/node";
import type { ImportInput, ReadInputOptions } from "../input.js";

/**
 * An input that streams a regular file from disk, never more than the read limit. A device,
 * FIFO or socket is refused (before it is opened) with a `NotRegularFileError`.
 * @example
 * ```ts
 * import { fileInput, writeRecords } from "@statecraft/import/node";
 * import { hsgTravels } from "@statecraft/import";
 *
 * const run = hsgTravels.import([fileInput("data/blinken-antony-j.xml", { maxFileBytes: 64 * 1024 ** 2 })]);
 * await writeRecords(run, { output: "out/" });
 * ```
 */
export function fileInput(path: string, options: ReadInputOptions = {}): ImportInput {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_STREAM_BYTES;
  return {
    name: path,
    async *read() {
      try {
        yield* streamBoundedFile(path, { maxBytes });
      } catch (error) {
        if (error instanceof FileTooLargeError)
          error.message += "; raise the limit with the maxFileBytes option";
        throw error;
      }
    },
  };
}

/**
 * Expands paths to files: a folder gives its regular files with one of the extensions,
 * recursively, sorted by path (devices, FIFOs and sockets left out; symbolic links to folders
 * entered only with `followSymlinks`, and no folder twice). A path given that is neither a folder
 * nor a regular file is refused with a `NotRegularFileError`; a folder that cannot be read
 * throws its error.
 */
export async function expandPaths(
  paths: readonly string[],
  extensions: readonly string[],
  options: ReadInputOptions = {},
): Promise<string[]> {
  const out: string[] = [];
  const visited = new Set<string>();
  for (const path of paths) {
    const info = await stat(path);
    if (info.isDirectory()) {
      const { files, failures } = await walkFolder(path, {
        include: (name) => extensions.some((ext) => name.toLowerCase().endsWith(ext)),
        visited,
        ...(options.followSymlinks !== undefined ? { followSymlinks: options.followSymlinks } : {}),
      });
      if (failures.length > 0) throw failures[0]!.error;
      out.push(...files.map((f) => f.path).sort());
    } else if (info.isFile()) {
      out.push(path);
    } else {
      throw new NotRegularFileError(path, describeFileKind(info));
    }
  }
  return out;
}
