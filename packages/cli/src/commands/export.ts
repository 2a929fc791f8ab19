import { resolve } from "node:path";
import { printable } from "@statecraft/core";
import { DEFAULT_BASE, StatecraftJsonLdError, toJsonLd } from "@statecraft/jsonld";
import { EXPORT_FORMATS, type ExportFormat, writeExport } from "@statecraft/jsonld/node";
import { defineCommand } from "../command.js";
import { DATASET_OPTIONS, PATHS_ARGUMENT } from "../config.js";
import { validatedRecords } from "../dataset-input.js";
import { EXIT, UsageError } from "../errors.js";
import { ioMessage, isIoError } from "../io.js";
import { outputFile, refuseOverwritingInputs } from "../output.js";
import {
  exportTables,
  isTableFormat,
  TABLE_EXPORT_OPTIONS,
  TABLE_FORMATS,
} from "../tables-export.js";

const FORMAT_NAMES: Readonly<Record<ExportFormat, string>> = {
  jsonld: "JSON-LD",
  nquads: "N-Quads",
};

/** The file written in a folder given as `-o`. */
const FILE_IN_FOLDER: Readonly<Record<ExportFormat, string>> = {
  jsonld: "dataset.jsonld",
  nquads: "dataset.nq",
};

/** Checks the base IRI before any data is read: the exporter refuses it on its first record. */
function checkBase(base: string): void {
  try {
    toJsonLd([], { base });
  } catch (error) {
    if (error instanceof StatecraftJsonLdError && error.code === "invalid_base")
      throw new UsageError(`--base: ${error.message}`);
    throw error;
  }
}

/** `--context embed|URL`: how the JSON-LD document gets its context. */
function contextOption(
  value: string | undefined,
  format: ExportFormat,
): "embed" | { readonly url: string } {
  if (value === undefined || value === "embed") return "embed";
  if (format !== "jsonld") throw new UsageError("--context applies to --format jsonld only");
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|^`\\]+$/.test(value))
    throw new UsageError(
      `--context: ${JSON.stringify(value)} is neither "embed" nor an absolute URL such as https://example.org/statecraft/context.jsonld`,
    );
  return { url: value };
}

function kilobytes(bytes: number): string {
  return bytes < 1000 ? `${bytes} B` : `${(bytes / 1000).toFixed(1)} kB`;
}

export default defineCommand({
  name: "export",
  summary: "Validate a dataset, then export it as linked data (JSON-LD, N-Quads) or as tables.",
  usage: [
    "statecraft export [paths...] --format jsonld|nquads [--base IRI] [--canonical] [-o FILE|DIR/]",
    "statecraft export [paths...] --format csv|datapackage|parquet|duckdb -o DIR|FILE [--force]",
  ],
  positionals: [PATHS_ARGUMENT],
  options: {
    format: {
      type: "string",
      short: "f",
      choices: [...EXPORT_FORMATS, ...TABLE_FORMATS],
      description:
        "Required: compacted JSON-LD 1.1, N-Quads, or tables: csv, datapackage, parquet, duckdb",
      valueHint: "format",
    },
    base: {
      type: "string",
      defaultText: DEFAULT_BASE,
      description: "Base IRI of record IRIs (a record's IRI is the base plus its id)",
      valueHint: "IRI",
    },
    context: {
      type: "string",
      defaultText: "embed",
      description:
        "JSON-LD only: embed the context in the document, or reference it at this URL (a copy of @statecraft/jsonld/context.jsonld you serve)",
      valueHint: "embed|URL",
    },
    canonical: {
      type: "boolean",
      description:
        "Deterministic output for diffs: records sorted (JSON-LD), RDFC-1.0 canonical N-Quads",
    },
    output: {
      type: "string",
      short: "o",
      description:
        "Write to this file (a folder, with a trailing /: dataset.jsonld or dataset.nq in it); default: stdout",
      valueHint: "file",
    },
    ...TABLE_EXPORT_OPTIONS,
    ...DATASET_OPTIONS,
  },
  examples: [
    [
      "statecraft export data/ --format jsonld -o out/data.jsonld",
      "validate data/, then write JSON-LD",
    ],
    [
      "statecraft export data/ -f nquads --canonical --base https://example.org/ -o data.nq",
      "canonical N-Quads under your own IRIs",
    ],
    ["statecraft export data/meetings.yaml --format jsonld | jq .", "one file, to stdout"],
    [
      "statecraft export data/ -f jsonld --context https://example.org/ctx.jsonld -o out/",
      "reference a context you serve",
    ],
    [
      "statecraft export data/ --format parquet -o out/parquet",
      "tables for analysts (docs/analysing-the-data.md)",
    ],
  ],
  notes: [
    "The data is validated first, with the same rules as statecraft validate (and the rules of statecraft.config.json). Invalid data is not exported: the validation report goes to stderr, and the output file, if it exists, is left untouched. Warnings do not stop the export: their counts are shown on stderr (statecraft validate lists them).",
    "Output (-o): a regular file is written to a temporary file beside it and renamed over it at the end, keeping its mode, so a failure or an interruption never leaves a half-written file; missing folders are created; a path ending in / is a folder. A symbolic link is written through, and a device or named pipe (/dev/null, a FIFO) is written in place, never replaced. An output that is one of the input files is refused.",
    "Exit codes: 0 exported; 1 the data is invalid (nothing written); 2 usage or I/O error (a bad --base, a path that does not exist, an output that cannot be written or is an input); 3 internal error (a bug: please report it).",
    "The vocabulary, the context and how records become RDF: docs/linked-data.md.",
    "Tables (csv, datapackage, parquet, duckdb): -o names a folder (a database file for duckdb) that appears whole or not at all; an existing one is refused without --force. The tables and their columns: docs/analysing-the-data.md.",
  ],
  async run({ options, positionals }) {
    if (isTableFormat(options.format)) return exportTables(options.format, options, positionals);
    const format = options.format as ExportFormat | undefined;
    if (format === undefined)
      throw new UsageError(`--format is required: ${EXPORT_FORMATS.join(" or ")}`);
    const base = options.base ?? DEFAULT_BASE;
    checkBase(base);
    const context = contextOption(options.context, format);
    const canonical = options.canonical === true;
    const cwd = process.cwd();
    const output =
      options.output === undefined
        ? undefined
        : resolve(cwd, await outputFile(options.output, FILE_IN_FOLDER[format]));
    const input = await validatedRecords(
      options,
      positionals,
      "export",
      "statecraft export data/ --format jsonld",
      options.output,
    );
    if ("exit" in input) return input.exit;
    const { result } = input;
    if (output !== undefined)
      await refuseOverwritingInputs(options.output!, [output], result.files, cwd);

    const { records } = result;
    try {
      const written = await writeExport(records, {
        format,
        base,
        canonical,
        context,
        output: output ?? process.stdout,
      });
      if (output !== undefined) {
        process.stderr.write(
          `exported ${records.length} records from ${result.stats.files} file${result.stats.files === 1 ? "" : "s"} as ${canonical ? "canonical " : ""}${FORMAT_NAMES[format]} to ${printable(options.output!)} (${kilobytes(written.bytes)})\n`,
        );
      }
    } catch (error) {
      if (error instanceof StatecraftJsonLdError) {
        if (error.code === "invalid_base") throw new UsageError(`--base: ${error.message}`);
        if (error.code === "invalid_id") {
          process.stderr.write(`statecraft: nothing exported: ${printable(error.message)}\n`);
          return EXIT.invalid;
        }
      }
      if (isIoError(error)) {
        // The reader of stdout went away (`| head`): not an error of ours.
        if (output === undefined && error.code === "EPIPE") return EXIT.ok;
        throw new UsageError(
          `cannot write ${options.output ?? "to standard output"}: ${ioMessage(error)}${output === undefined ? "" : "; nothing was written"}`,
        );
      }
      throw error;
    }
    return EXIT.ok;
  },
});
