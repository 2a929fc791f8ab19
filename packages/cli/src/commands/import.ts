import { stat } from "node:fs/promises";
import { extname, relative, resolve } from "node:path";
import { printable } from "@statecraft/core";
import { formatReport, IMPORTERS, type ImportRun, isImporterName } from "@statecraft/import";
import {
  importFiles,
  OUTPUT_FORMATS,
  type OutputFormat,
  writeRecords,
} from "@statecraft/import/node";
import { defineCommand } from "../command.js";
import { EXIT, UsageError } from "../errors.js";
import { ioMessage, isIoError } from "../io.js";
import { didYouMean } from "../suggest.js";

const SOURCES = Object.keys(IMPORTERS);

/** The output format a file name asks for, by its extension. */
const FORMAT_OF_EXTENSION: Readonly<Record<string, OutputFormat>> = {
  ".yaml": "yaml",
  ".yml": "yaml",
  ".json": "json",
  ".ndjson": "ndjson",
  ".jsonl": "ndjson",
};

function sourceList(): string {
  const width = Math.max(...SOURCES.map((s) => s.length));
  return [
    "Sources:",
    ...Object.entries(IMPORTERS).map(
      ([name, importer]) =>
        `  ${name.padEnd(width)}  ${importer.title} (${importer.extensions.join(", ")})`,
    ),
  ].join("\n");
}

/** Decides the output format: `--format`, else the output file's extension, else YAML. */
function outputFormat(flag: OutputFormat | undefined, output: string): OutputFormat {
  const byName = FORMAT_OF_EXTENSION[extname(output).toLowerCase()];
  if (flag !== undefined && byName !== undefined && flag !== byName) {
    throw new UsageError(
      `-o ${output} names a ${byName} file, but --format is ${flag}; change one of them`,
    );
  }
  return flag ?? byName ?? "yaml";
}

export default defineCommand({
  name: "import",
  summary: "Import a public dataset's files as Statecraft records (YAML, JSON or NDJSON).",
  usage: ["statecraft import <source> <files...> -o <dir|file> [--format yaml|json|ndjson]"],
  args: {
    source: {
      type: "positional",
      description: "The dataset the files come from; one of the sources below",
      required: false,
    },
    files: {
      type: "positional",
      description: "Files and folders to read (folders: their files with the source's extensions)",
      required: false,
    },
    output: {
      type: "string",
      alias: "o",
      description:
        "A folder (one file per record type: actors.yaml, meetings.yaml...) or a file (required)",
      valueHint: "dir|file",
    },
    format: {
      type: "enum",
      alias: "f",
      options: [...OUTPUT_FORMATS],
      description: "Output format; default: the -o file's extension, else yaml",
      valueHint: "format",
    },
  },
  examples: [
    [
      "statecraft import hsg-travels data/hsg-travels -o imported/",
      "one YAML file per record type in imported/",
    ],
    ["statecraft import icews events.tab -o icews.ndjson", "every record in one NDJSON file"],
    ["statecraft validate imported/", "then check the result"],
  ],
  notes: [
    sourceList(),
    "The import report (rows read, imported, merged and skipped, with the reasons, and warnings with the file and row of the first occurrence) goes to stderr. Every record cites the source dataset and its original row; a bad row is skipped with a warning, never a stop.",
    "Output files are written to a temporary name and renamed at the end, so a failure never leaves a half-written file. Input files are never modified.",
    "Exit codes: 0 imported; 2 usage or I/O error (an unknown source, a file that does not exist or cannot be read, an output that cannot be written); 3 internal error (a bug: please report it).",
    "Each source, its licence and its quirks: docs/importing-public-data.md.",
  ],
  async run({ args }) {
    const [source, ...files] = (args._ as string[]).filter((a) => a !== "");
    if (source === undefined)
      throw new UsageError(
        `name the source to import from: ${SOURCES.join(", ")}; see statecraft import --help`,
      );
    if (!isImporterName(source)) {
      throw new UsageError(
        `unknown source "${source}"${didYouMean(source, SOURCES)}; the sources are ${SOURCES.join(", ")}`,
      );
    }
    if (files.length === 0) throw new UsageError(`give the ${source} files or folders to import`);
    const output = args.output as string | undefined;
    if (output === undefined)
      throw new UsageError("-o is required: a folder or a file to write the records to");
    const format = outputFormat(args.format as OutputFormat | undefined, output);
    const cwd = process.cwd();
    for (const file of files) {
      if (resolve(cwd, file) === resolve(cwd, output))
        throw new UsageError(
          `-o ${output} is one of the input files; input files are never overwritten`,
        );
      try {
        await stat(resolve(cwd, file));
      } catch (error) {
        if (isIoError(error)) throw new UsageError(`${file}: ${ioMessage(error)}`);
        throw error;
      }
    }

    let run: ImportRun | undefined;
    try {
      // Paths stay as given (relative to the working directory), so the report names them so.
      run = await importFiles(source, files);
      const written = await writeRecords(run, { format, output });
      process.stderr.write(`${formatReport(run.report)}\n`);
      process.stderr.write(
        `wrote ${written.records} records to ${written.files.map(printable).join(", ")}\n`,
      );
    } catch (error) {
      if (isIoError(error)) {
        if (run) process.stderr.write(`${formatReport(run.report)}\n`);
        const where =
          error.path === undefined ? "" : `${relative(cwd, error.path) || error.path}: `;
        throw new UsageError(`${where}${ioMessage(error)}; nothing was written`);
      }
      throw error;
    }
    return EXIT.ok;
  },
});
