import { mkdir } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { printable } from "@statecraft/core";
import { DEFAULT_BASE, StatecraftJsonLdError, toJsonLd } from "@statecraft/jsonld";
import { EXPORT_FORMATS, type ExportFormat, writeExport } from "@statecraft/jsonld/node";
import { formatPretty, safeValidateFiles } from "@statecraft/validate";
import { stylesFor } from "../color.js";
import { defineCommand } from "../command.js";
import { DATASET_ARGS, datasetPaths } from "../config.js";
import { EXIT, UsageError } from "../errors.js";
import { ioMessage, isIoError } from "../io.js";

const FORMAT_NAMES: Readonly<Record<ExportFormat, string>> = {
  jsonld: "JSON-LD",
  nquads: "N-Quads",
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

/** Creates the output's folder; `mkdir` says EEXIST when a part of the path is a file. */
async function makeFolder(path: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true });
  } catch (error) {
    if (isIoError(error) && error.code === "EEXIST") error.code = "ENOTDIR";
    throw error;
  }
}

function kilobytes(bytes: number): string {
  return bytes < 1000 ? `${bytes} B` : `${(bytes / 1000).toFixed(1)} kB`;
}

export default defineCommand({
  name: "export",
  summary: "Validate a dataset, then export it as linked data: JSON-LD or N-Quads.",
  usage: [
    "statecraft export [paths...] --format jsonld|nquads [--base IRI] [--canonical] [-o FILE]",
  ],
  args: {
    paths: DATASET_ARGS.paths,
    format: {
      type: "enum",
      alias: "f",
      options: [...EXPORT_FORMATS],
      description: "Required: compacted JSON-LD 1.1 or N-Quads",
      valueHint: "format",
    },
    base: {
      type: "string",
      default: DEFAULT_BASE,
      description: "Base IRI of record IRIs (a record's IRI is the base plus its id)",
      valueHint: "IRI",
    },
    canonical: {
      type: "boolean",
      description:
        "Deterministic output for diffs: records sorted (JSON-LD), RDFC-1.0 canonical N-Quads",
    },
    output: {
      type: "string",
      alias: "o",
      description: "Write to this file, atomically (created with its folder); default: stdout",
      valueHint: "file",
    },
    config: DATASET_ARGS.config,
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
  ],
  notes: [
    "The data is validated first, with the same rules as statecraft validate (and the rules of statecraft.config.json). Invalid data is not exported: the validation report goes to stderr, and the output file, if it exists, is left untouched. Warnings do not stop the export: their counts are shown on stderr (statecraft validate lists them).",
    "The output file is written to a temporary file beside it and renamed over it at the end, so a failure never leaves a half-written file.",
    "Exit codes: 0 exported; 1 the data is invalid (nothing written); 2 usage or I/O error (a bad --base, a path that does not exist, an output that cannot be written); 3 internal error (a bug: please report it).",
    "The vocabulary, the context and how records become RDF: docs/linked-data.md.",
  ],
  async run({ args }) {
    const format = args.format as ExportFormat | undefined;
    if (format === undefined)
      throw new UsageError(`--format is required: ${EXPORT_FORMATS.join(" or ")}`);
    const base = (args.base as string | undefined) ?? DEFAULT_BASE;
    checkBase(base);
    const canonical = args.canonical === true;
    const output = args.output as string | undefined;

    const cwd = process.cwd();
    const { config, paths } = await datasetPaths(
      cwd,
      args,
      "export",
      "statecraft export data/ --format jsonld",
    );
    if (output !== undefined && paths.some((p) => resolve(cwd, p) === resolve(cwd, output)))
      throw new UsageError(
        `-o ${output} is one of the input files; input files are never overwritten`,
      );

    const result = await safeValidateFiles(paths, {
      cwd,
      collect: true,
      ...(config.rules ? { rules: config.rules } : {}),
      ...(config.failOn ? { failOn: config.failOn } : {}),
      ...(config.maxProblems !== undefined
        ? { maxProblems: config.maxProblems === 0 ? Number.POSITIVE_INFINITY : config.maxProblems }
        : { maxProblems: 100 }),
    });
    const styles = stylesFor(process.stderr);
    const problems = result.stats.errors + result.stats.warnings;
    if (!result.valid || (result.counts.io_error ?? 0) > 0) {
      process.stderr.write(formatPretty(result, styles ? { styles } : {}));
      process.stderr.write(
        `statecraft: nothing exported: ${(result.counts.io_error ?? 0) > 0 ? "a path cannot be read" : "the data is invalid"}${output === undefined ? "" : ` (${printable(output)} is untouched)`}\n`,
      );
      return (result.counts.io_error ?? 0) > 0 ? EXIT.usage : EXIT.invalid;
    }
    if (problems > 0) {
      // Warnings do not stop the export: their counts, and where to see them.
      process.stderr.write(formatPretty(result, { quiet: true, ...(styles ? { styles } : {}) }));
      process.stderr.write("(statecraft validate lists the warnings)\n");
    }

    const records = result.records ?? [];
    try {
      if (output !== undefined) await makeFolder(dirname(resolve(cwd, output)));
      const written = await writeExport(records, {
        format,
        base,
        canonical,
        output: output === undefined ? process.stdout : resolve(cwd, output),
      });
      if (output !== undefined) {
        process.stderr.write(
          `exported ${records.length} records from ${result.stats.files} file${result.stats.files === 1 ? "" : "s"} as ${canonical ? "canonical " : ""}${FORMAT_NAMES[format]} to ${printable(output)} (${kilobytes(written.bytes)})\n`,
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
        throw new UsageError(`cannot write ${output ?? "to stdout"}: ${ioMessage(error)}`);
      }
      throw error;
    }
    return EXIT.ok;
  },
});
