import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { ImportInput } from "../input.js";

/** An input that streams a file from disk. */
export function fileInput(path: string): ImportInput {
  return {
    name: path,
    async *read() {
      yield* createReadStream(path) as AsyncIterable<Uint8Array>;
    },
  };
}

/** Expands paths to files: a folder gives its files with one of the extensions, recursively, sorted by path. */
export async function expandPaths(
  paths: readonly string[],
  extensions: readonly string[],
): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    if ((await stat(path)).isDirectory()) {
      const entries = await readdir(path, { recursive: true, withFileTypes: true });
      const found = entries
        .filter((e) => e.isFile() && extensions.some((ext) => e.name.toLowerCase().endsWith(ext)))
        .map((e) => join(e.parentPath, e.name))
        .sort();
      out.push(...found);
    } else {
      out.push(path);
    }
  }
  return out;
}
