/**
 * `@statecraft/import/node`: reading inputs from disk and writing imported records as YAML,
 * JSON or NDJSON, for Node.js (the `statecraft import` command is built on these).
 *
 * @module
 */
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, extname, join } from "node:path";
import { finished } from "node:stream/promises";
import { DATASET_KEYS, type RecordType, type StatecraftRecord } from "@statecraft/core";
import { stringify } from "yaml";
import type { ImportOptions, ImportRun } from "./importer.js";
import { IMPORTERS, type ImporterName } from "./importers.js";
import type { ImportInput } from "./input.js";
import { expandPaths, fileInput, type ReadInputOptions } from "./internal/files.js";

/** The output formats {@link writeRecords} writes. */
export const OUTPUT_FORMATS = ["yaml", "json", "ndjson"] as const;

/** One of {@link OUTPUT_FORMATS}. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Where and how {@link writeRecords} writes. */
export interface WriteOptions {
  /** `yaml` (default), `json` or `ndjson`. */
  readonly format?: OutputFormat;
  /**
   * A directory (one file per record type, `actors.yaml`, `meetings.yaml`, ..., or one
   * `records.ndjson`) or a file (every record in one list, or one NDJSON stream). A path that
   * exists as a directory, or has no extension, is a directory.
   */
  readonly output: string;
}

/** What {@link writeRecords} wrote. */
export interface WriteResult {
  /** The files written, in order. */
  readonly files: string[];
  /** The number of records written. */
  readonly records: number;
}

const TYPE_FILE: Record<RecordType, string> = DATASET_KEYS;

async function isDirectoryTarget(output: string): Promise<boolean> {
  try {
    return (await stat(output)).isDirectory();
  } catch {
    return extname(output) === "";
  }
}

function serialise(records: StatecraftRecord[], format: Exclude<OutputFormat, "ndjson">): string {
  return format === "yaml"
    ? stringify(records, { lineWidth: 0, aliasDuplicateObjects: false })
    : `${JSON.stringify(records, null, 2)}\n`;
}

/** Writes to a temporary sibling, then renames: a failed write never leaves a half-written file. */
async function writeAtomically(path: string, content: string): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temp, content);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Writes records (from an import, or any iterable) as YAML, JSON or NDJSON, to a directory or a
 * file. Files are written whole to a temporary name and renamed, so a failure leaves no partial
 * output; NDJSON streams record by record to its temporary file.
 *
 * @param records - The records, e.g. an {@link ImportRun}.
 * @param options - Format and output path.
 * @returns The files written and the record count.
 * @example
 * ```ts
 * const run = IMPORTERS["hsg-travels"].import(await readInputs(["data/hsg-travels"], ".xml"));
 * await writeRecords(run, { format: "yaml", output: "out/" });
 * ```
 */
export async function writeRecords(
  records: Iterable<StatecraftRecord> | AsyncIterable<StatecraftRecord>,
  options: WriteOptions,
): Promise<WriteResult> {
  const format = options.format ?? "yaml";
  const toDirectory = await isDirectoryTarget(options.output);
  if (toDirectory) await mkdir(options.output, { recursive: true });
  else await mkdir(dirname(options.output), { recursive: true });
  if (format === "ndjson") {
    const path = toDirectory ? join(options.output, "records.ndjson") : options.output;
    const temp = `${path}.${process.pid}.tmp`;
    const stream = createWriteStream(temp);
    let count = 0;
    try {
      for await (const record of records) {
        if (!stream.write(`${JSON.stringify(record)}\n`))
          await new Promise<void>((resolve) => stream.once("drain", () => resolve()));
        count++;
      }
      stream.end();
      await finished(stream);
      await rename(temp, path);
    } catch (error) {
      stream.destroy();
      await rm(temp, { force: true });
      throw error;
    }
    return { files: [path], records: count };
  }
  const byType = new Map<RecordType, StatecraftRecord[]>();
  const all: StatecraftRecord[] = [];
  for await (const record of records) {
    if (toDirectory) {
      const list = byType.get(record.type) ?? [];
      list.push(record);
      byType.set(record.type, list);
    } else all.push(record);
  }
  if (!toDirectory) {
    await writeAtomically(options.output, serialise(all, format));
    return { files: [options.output], records: all.length };
  }
  const files: string[] = [];
  let count = 0;
  for (const [type, list] of byType) {
    const path = join(options.output, `${TYPE_FILE[type]}.${format}`);
    await writeAtomically(path, serialise(list, format));
    files.push(path);
    count += list.length;
  }
  return { files, records: count };
}

/**
 * Turns paths into inputs: a file as is, a folder as its regular files with one of the
 * extensions (recursively, sorted by path). Devices, FIFOs and sockets in folders are left out;
 * symbolic links to files are followed, links to folders only with `followSymlinks` (and no
 * folder twice). A path given that is not a regular file or folder throws a
 * `NotRegularFileError` (from `@statecraft/core/node`) before anything is opened; each input
 * reads at most `maxFileBytes` (default 16 GiB), then fails with a `FileTooLargeError`.
 *
 * @param paths - Files and folders.
 * @param extensions - The extensions to keep from folders, e.g. `[".xml"]`.
 * @param options - Symbolic links to folders, the read limit.
 * @returns One input per file, streaming from disk.
 * @example
 * ```ts
 * const inputs = await readInputs(["../shared/data/hsg-travels"], [".xml"]);
 * ```
 */
export async function readInputs(
  paths: readonly string[],
  extensions: readonly string[],
  options: ReadInputOptions = {},
): Promise<ImportInput[]> {
  return (await expandPaths(paths, extensions, options)).map((path) => fileInput(path, options));
}

/**
 * Starts the named importer on files and folders from disk: what `statecraft import <source>
 * <files...>` runs.
 *
 * @param source - An importer name, e.g. `hsg-travels`.
 * @param paths - Files and folders to read (folders give their files with the importer's extensions).
 * @param options - Import options, and how inputs are read (`followSymlinks`, `maxFileBytes`).
 * @returns The running import.
 * @example
 * ```ts
 * const run = await importFiles("hsg-visits", ["../shared/data/hsg-visits/data"]);
 * await writeRecords(run, { format: "ndjson", output: "visits.ndjson" });
 * console.log(formatReport(run.report));
 * ```
 */
export async function importFiles(
  source: ImporterName,
  paths: readonly string[],
  options?: ImportOptions & ReadInputOptions,
): Promise<ImportRun> {
  const importer = IMPORTERS[source];
  const { followSymlinks, maxFileBytes, ...importOptions } = options ?? {};
  const read = {
    ...(followSymlinks !== undefined ? { followSymlinks } : {}),
    ...(maxFileBytes !== undefined ? { maxFileBytes } : {}),
  };
  return importer.import(
    await readInputs(paths, importer.extensions, read),
    options === undefined ? undefined : importOptions,
  );
}

export { fileInput, type ReadInputOptions };
