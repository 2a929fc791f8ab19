import { realpath, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

/** How a path is known to the file system: its device and inode when it exists, else its real path. */
async function identity(path: string): Promise<string> {
  try {
    const info = await stat(path);
    return `inode:${info.dev}:${info.ino}`;
  } catch {
    // Not there yet: the real path of its folder, plus its name, is where it would be created.
    let folder: string;
    try {
      folder = await realpath(dirname(resolve(path)));
    } catch {
      folder = dirname(resolve(path));
    }
    return `path:${join(folder, basename(path))}`;
  }
}

/** An output that is one of the inputs, found by {@link findOutputOverInput}. */
export interface OutputOverInput {
  /** The output path, as given. */
  readonly output: string;
  /** The input it would overwrite, as given. */
  readonly input: string;
}

/**
 * Finds an output file that is one of the input files, whatever the spelling: through
 * symbolic links, `..`, hard links, or a folder that holds both. Compare every file that will be
 * written (each file of an output folder) with every input file read (each file found in input
 * folders and globs), before writing.
 *
 * @param outputs - The files about to be written.
 * @param inputs - The files read.
 * @returns The first clash, or `undefined` when no output is an input.
 * @example
 * ```ts
 * const clash = await findOutputOverInput(["data/people.yaml"], ["data/actors.yaml", "data/people.yaml"]);
 * if (clash) throw new Error(`${clash.output} is the input ${clash.input}`);
 * ```
 */
export async function findOutputOverInput(
  outputs: readonly string[],
  inputs: readonly string[],
): Promise<OutputOverInput | undefined> {
  const read = new Map<string, string>();
  for (const input of inputs) read.set(await identity(input), input);
  for (const output of outputs) {
    const input = read.get(await identity(output));
    if (input !== undefined) return { output, input };
  }
  return undefined;
}
