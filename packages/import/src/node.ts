/**
 * `@statecraft/import/node`: reading inputs from disk and writing imported records as YAML,
 * JSON or NDJSON, for Node.js (the `statecraft import` command is built on these).
 *
 * @module
 */
import { stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { DATASET_KEYS, type RecordType, type StatecraftRecord } from "@statecraft/core";
import { isFolderPath, writeOutputFiles } from "@statecraft/core/node";
import { stringify } from "yaml";
import type { ImportOptions, ImportRun } from "./define-importer.js";
import { StatecraftImportError } from "./import-error.js";
import type { ImportInput, ReadInputOptions } from "./input.js";
import { expandPaths, fileInput } from "./internal/files.js";
import { IMPORTERS, type ImporterName, isImporterName } from "./registry.js";

/** The output formats {@link writeRecords} writes. */
export const OUTPUT_FORMATS = ["yaml", "json", "ndjson"] as const;

/** One of {@link OUTPUT_FORMATS}. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Where and how {@link writeRecords} writes. */
export interface WriteOptions {
  /** `yaml` (default), `json` or `ndjson`. */
  readonly format?: OutputFormat;
  /**
   * A folder (one file per record type, `actors.yaml`, `meetings.yaml`, ..., or one
   * `records.ndjson`) or a file (every record in one list, or one NDJSON stream). A path that
   * ends with `/`, exists as a folder, or has no extension is a folder.
   */
  readonly output: string;
  /**
   * Whether to replace the files of an earlier import (default `false`: an existing output file
   * fails the write with `EEXIST`, before anything is written). With `true`, the whole set is
   * replaced at once: the new files are renamed into place and the record files of the earlier
   * import that this one does not write are removed, so a folder never mixes two imports.
   */
  readonly overwrite?: boolean;
}

/** What {@link writeRecords} wrote. */
export interface WriteResult {
  /** The files written, in order. */
  readonly files: string[];
  /** The number of records written. */
  readonly records: number;
}

const TYPE_FILE: Record<RecordType, string> = DATASET_KEYS;

/** Every extension a record file of an import may have. */
const RECORD_FILE_EXTENSIONS = ["yaml", "yml", "json", "ndjson", "jsonl"] as const;

async function isFolderTarget(output: string): Promise<boolean> {
  if (isFolderPath(output)) return true;
  try {
    return (await stat(output)).isDirectory();
  } catch {
    return extname(output) === "";
  }
}

/**
 * The files {@link writeRecords} may write or replace for an output: the output file itself,
 * or, for a folder, every record file an import of any type and format puts there. Compare them
 * with the input files before importing, so an import never overwrites what it reads.
 *
 * @param output - The output, as given to {@link writeRecords}.
 * @returns The paths.
 * @example
 * ```ts
 * const inputs = ["data/actors.yaml"];
 * const clash = (await recordFilePaths("data/")).find((path) => inputs.includes(path));
 * if (clash) throw new Error(`the import would replace its input ${clash}`);
 * ```
 */
export async function recordFilePaths(output: string): Promise<string[]> {
  if (!(await isFolderTarget(output))) return [output];
  const names = [...Object.values(TYPE_FILE), "records"];
  return names.flatMap((name) =>
    RECORD_FILE_EXTENSIONS.map((extension) => join(output, `${name}.${extension}`)),
  );
}

function serialise(records: StatecraftRecord[], format: Exclude<OutputFormat, "ndjson">): string {
  return format === "yaml"
    ? stringify(records, { lineWidth: 0, aliasDuplicateObjects: false })
    : `${JSON.stringify(records, null, 2)}\n`;
}

async function* ndjsonLines(
  records: Iterable<StatecraftRecord> | AsyncIterable<StatecraftRecord>,
  counter: { count: number },
): AsyncGenerator<string> {
  let buffer = "";
  for await (const record of records) {
    buffer += `${JSON.stringify(record)}\n`;
    counter.count++;
    if (buffer.length >= 1 << 16) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer.length > 0) yield buffer;
}

/**
 * Writes records (from an import, or any iterable) as YAML, JSON or NDJSON, to a folder or a
 * file, safely: every file goes to a temporary name and is renamed into place only when all are
 * complete (`writeOutputFiles` of `@statecraft/core/node`), so a failure or an interruption
 * leaves no partial output and a folder never holds a mix of two imports. NDJSON streams record
 * by record. Existing output is refused unless `overwrite` is set.
 *
 * @param records - The records, e.g. an {@link ImportRun}.
 * @param options - Format, output path and whether to replace an earlier import.
 * @returns The files written and the record count.
 * @throws An `EEXIST` error naming the first existing file (without `overwrite`), or the I/O
 *   error; nothing is written then.
 * @example
 * ```ts
 * const run = IMPORTERS["hsg-travels"].import(await readInputs(["data/hsg-travels"], [".xml"]));
 * await writeRecords(run, { format: "yaml", output: "out/" });
 * ```
 */
export async function writeRecords(
  records: Iterable<StatecraftRecord> | AsyncIterable<StatecraftRecord>,
  options: WriteOptions,
): Promise<WriteResult> {
  const format = options.format ?? "yaml";
  const toFolder = await isFolderTarget(options.output);
  const candidates = await recordFilePaths(options.output);
  const overwrite = options.overwrite === true;
  const others = (written: readonly string[]): string[] =>
    candidates.filter((path) => !written.includes(path));
  if (!overwrite) {
    // Refuse before reading a single record: an import can take minutes.
    await writeOutputFiles([], { overwrite: false, remove: candidates });
  }
  if (format === "ndjson") {
    const path = toFolder ? join(options.output, "records.ndjson") : options.output;
    const counter = { count: 0 };
    await writeOutputFiles([{ path, content: ndjsonLines(records, counter) }], {
      overwrite,
      remove: others([path]),
    });
    return { files: [path], records: counter.count };
  }
  const byType = new Map<RecordType, StatecraftRecord[]>();
  const all: StatecraftRecord[] = [];
  for await (const record of records) {
    if (toFolder) {
      const list = byType.get(record.type) ?? [];
      list.push(record);
      byType.set(record.type, list);
    } else all.push(record);
  }
  const files = toFolder
    ? [...byType].map(([type, list]) => ({
        path: join(options.output, `${TYPE_FILE[type]}.${format}`),
        content: serialise(list, format),
        count: list.length,
      }))
    : [{ path: options.output, content: serialise(all, format), count: all.length }];
  const paths = files.map((file) => file.path);
  await writeOutputFiles(files, { overwrite, remove: others(paths) });
  return { files: paths, records: files.reduce((sum, file) => sum + file.count, 0) };
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
 * @throws {StatecraftImportError} `unknown_source` when `source` is not an importer name.
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
  if (!isImporterName(source)) {
    throw new StatecraftImportError(
      "unknown_source",
      `unknown importer ${JSON.stringify(source)}; the importers are ${Object.keys(IMPORTERS).join(", ")}`,
    );
  }
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
