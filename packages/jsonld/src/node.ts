/**
 * Writing exports to files and streams in Node.js: `@statecraft/jsonld/node`.
 *
 * @packageDocumentation
 */
import type { Writable } from "node:stream";
import { writeOutputFile } from "@statecraft/core/node";
import type { ExportInput } from "./export-input.js";
import { type JsonLdOptions, toJsonLdText } from "./json-ld.js";
import { toNQuads } from "./n-quads.js";

/** The export formats. */
export const EXPORT_FORMATS = ["jsonld", "nquads"] as const;

/** One of {@link EXPORT_FORMATS}. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Options of {@link writeExport}. */
export interface WriteExportOptions extends JsonLdOptions {
  /** `jsonld` (compacted JSON-LD, pretty-printed) or `nquads`. */
  readonly format: ExportFormat;
  /**
   * A file path, written safely (see {@link writeExport}), or a writable stream such as
   * `process.stdout`, which is not ended.
   */
  readonly output: string | Writable;
}

/** What {@link writeExport} wrote. */
export interface WriteExportResult {
  /** The file written, or `undefined` for a stream. */
  readonly path?: string;
  /** Bytes written (UTF-8). */
  readonly bytes: number;
}

/** Chunks are gathered to about this many characters per write. */
const CHUNK = 1 << 16;

function chunksOf(
  input: ExportInput,
  options: WriteExportOptions,
): Iterable<string> | AsyncIterable<string> {
  return options.format === "jsonld"
    ? toJsonLdText(input, options)
    : options.canonical
      ? toNQuads(input, { ...options, canonical: true })
      : toNQuads(input, { ...options, canonical: false });
}

async function* batched(
  chunks: Iterable<string> | AsyncIterable<string>,
): AsyncGenerator<string, void, undefined> {
  let buffer = "";
  for await (const chunk of chunks) {
    buffer += chunk;
    if (buffer.length >= CHUNK) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer.length > 0) yield buffer;
}

function writeToStream(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => reject(error);
    stream.once("error", onError);
    const done = (): void => {
      stream.off("error", onError);
      resolve();
    };
    if (stream.write(text)) done();
    else stream.once("drain", done);
  });
}

/**
 * Writes an export to a file or a stream, in chunks, so memory stays flat for large inputs.
 *
 * A file is written with `writeOutputFile` of `@statecraft/core/node`: a regular file goes to a
 * temporary file beside the target, flushed to disk and renamed over it, keeping the old file's
 * mode; missing folders are created; a symbolic link is written through; a device or FIFO
 * (`/dev/null`, a named pipe) is written in place. If anything fails — an I/O error, or an error
 * thrown while exporting (such as an unusable base IRI) — the temporary file is removed and the
 * target is left as it was: never half-written. Validate the dataset first
 * (`@statecraft/validate`); the exporter assumes valid records.
 *
 * @param input - A dataset, or records in any iterable.
 * @param options - Format, output and the export options of `toJsonLd` / `toNQuads`.
 * @returns Where it wrote and how many bytes.
 * @throws The I/O error (its `path` the target), or a `StatecraftJsonLdError` from the export;
 *   the target is untouched.
 * @example
 * ```ts
 * import { writeExport } from "@statecraft/jsonld/node";
 * await writeExport(dataset, { format: "nquads", base: "https://data.example.org/", canonical: true, output: "out/data.nq" });
 * await writeExport(dataset, { format: "jsonld", output: process.stdout });
 * ```
 */
export async function writeExport(
  input: ExportInput,
  options: WriteExportOptions,
): Promise<WriteExportResult> {
  const chunks = batched(chunksOf(input, options));
  if (typeof options.output !== "string") {
    let bytes = 0;
    for await (const text of chunks) {
      bytes += Buffer.byteLength(text);
      await writeToStream(options.output, text);
    }
    return { bytes };
  }
  return writeOutputFile(options.output, chunks);
}

export type { ExportInput } from "./export-input.js";
