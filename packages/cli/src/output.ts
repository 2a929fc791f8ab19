import { stat } from "node:fs/promises";
import { join, relative } from "node:path";
import { findOutputOverInput, isFolderPath } from "@statecraft/core/node";
import { UsageError } from "./errors.js";

/** Whether `-o` names a folder: it ends with `/`, or is a folder already. */
export async function namesFolder(path: string): Promise<boolean> {
  if (isFolderPath(path)) return true;
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The file `-o` names for a command that writes one file: the path itself, or, for a folder,
 * `<folder>/<name>` (`statecraft export data/ -o out/` writes `out/dataset.jsonld`).
 */
export async function outputFile(path: string, name: string): Promise<string> {
  return (await namesFolder(path)) ? join(path, name) : path;
}

/** A path as messages show it: relative to the working directory when inside it, else as is. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === "" || rel.startsWith("..") ? path : rel;
}

/**
 * Refuses, with exit 2, an output that would overwrite one of the files read, however either is
 * spelt (folders, globs, symbolic links, hard links).
 *
 * @param outputs - Every file the command may write.
 * @param inputs - Every file the command read.
 */
export async function refuseOverwritingInputs(
  option: string,
  outputs: readonly string[],
  inputs: readonly string[],
  cwd: string,
): Promise<void> {
  const clash = await findOutputOverInput(outputs, inputs);
  if (clash) {
    throw new UsageError(
      `-o ${option} would overwrite ${displayPath(clash.input, cwd)}, which is one of the input files; input files are never overwritten, choose another output`,
    );
  }
}
