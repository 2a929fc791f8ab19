import { extname, resolve } from "node:path";
import { mergeDatasets } from "@statecraft/compose";
import { printable, type StatecraftRecord } from "@statecraft/core";
import { formatReport, IMPORTERS, type ImportRun, isImporterName } from "@statecraft/import";
import {
  OUTPUT_FORMATS,
  type OutputFormat,
  readInputs,
  recordFilePaths,
  writeRecords,
} from "@statecraft/import/node";
import { defineCommand } from "../command.js";
import {
  InvalidSourceError,
  type LoadedSource,
  loadSource,
  reportInvalid,
} from "../dataset-source.js";
import { EXIT, UsageError } from "../errors.js";
import { ioMessage, isIoError } from "../io.js";
import { displayPath, namesFolder, refuseOverwritingInputs } from "../output.js";
import { didYouMean } from "../suggest.js";
import { printMergeProblems } from "./merge.js";

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
async function outputFormat(flag: OutputFormat | undefined, output: string): Promise<OutputFormat> {
  const byName = (await namesFolder(output))
    ? undefined
    : FORMAT_OF_EXTENSION[extname(output).toLowerCase()];
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
  usage: [
    "statecraft import <source> <files...> -o <dir/|file> [--format yaml|json|ndjson] [--force] [--into <dataset>]",
  ],
  positionals: [
    { name: "source", description: "The dataset the files come from; one of the sources below" },
    {
      name: "files...",
      description: "Files and folders to read (folders: their files with the source's extensions)",
    },
  ],
  options: {
    output: {
      type: "string",
      short: "o",
      description:
        "A folder (one file per record type: actors.yaml, meetings.yaml...) or a file (required)",
      valueHint: "dir|file",
    },
    format: {
      type: "string",
      short: "f",
      choices: OUTPUT_FORMATS,
      description: "Output format; default: the -o file's extension, else yaml",
      valueHint: "format",
    },
    force: {
      type: "boolean",
      description: "Replace the files of an earlier import (all of them, at once)",
    },
    into: {
      type: "string",
      description:
        "A dataset to import into: link to its states, people and meetings instead of minting new ones; -o then receives the whole dataset",
      valueHint: "dataset",
    },
  },
  examples: [
    [
      "statecraft import hsg-travels data/hsg-travels -o imported/",
      "one YAML file per record type in imported/",
    ],
    ["statecraft import icews events.tab -o icews.ndjson", "every record in one NDJSON file"],
    ["statecraft import hsg-travels data/hsg-travels -o imported/ --force", "import again"],
    ["statecraft validate imported/", "then check the result"],
    [
      "statecraft import hsg-visits data/hsg-visits -o data.next/ --into data/",
      "data/ with the visits merged in, in data.next/",
    ],
  ],
  notes: [
    sourceList(),
    "The import report (rows read, imported, merged and skipped, with the reasons, and warnings with the file and row of the first occurrence) goes to stderr. Every record cites the source dataset and its original row; a bad row is skipped with a warning, never a stop.",
    "Output (-o): a path ending in /, an existing folder or a name without an extension is a folder. Existing output is never replaced without --force; with --force the earlier import's files are replaced together (record files it wrote that this import does not write are removed), so a folder never mixes two imports. Files are written to temporary names and renamed at the end, so a failure or an interruption never leaves a half-written file. Input files are never modified, and an output that is an input is refused.",
    "Exit codes: 0 imported; 1 the --into dataset is invalid, or cannot take the import (one id for two different things); 2 usage or I/O error (an unknown source, a file that does not exist or cannot be read, an output that exists without --force, cannot be written or is an input); 3 internal error (a bug: please report it).",
    "With --into <dataset>, the imported records are merged into that dataset as `statecraft merge <dataset> <import>` would (the dataset's ids and values take precedence; every disagreement is reported) and -o receives the whole merged dataset; the dataset itself is never modified. Importing a file already imported changes nothing.",
    "Each source, its licence and its quirks: docs/importing-public-data.md.",
  ],
  async run({ options, positionals }) {
    const [source, ...files] = positionals.filter((a) => a !== "");
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
    if (options.output === undefined)
      throw new UsageError("-o is required: a folder or a file to write the records to");
    const output = options.output;
    const format = await outputFormat(options.format as OutputFormat | undefined, output);
    const cwd = process.cwd();
    const importer = IMPORTERS[source];
    let inputs: Awaited<ReturnType<typeof readInputs>>;
    try {
      // Paths stay as given (relative to the working directory), so the report names them so.
      inputs = await readInputs(files, importer.extensions);
    } catch (error) {
      if (isIoError(error))
        throw new UsageError(
          `${error.path === undefined ? "" : `${displayPath(error.path, cwd)}: `}${ioMessage(error)}`,
        );
      throw error;
    }
    await refuseOverwritingInputs(
      output,
      await recordFilePaths(resolve(cwd, output)),
      inputs.map((input) => resolve(cwd, input.name)),
      cwd,
    );

    let into: LoadedSource | undefined;
    if (options.into !== undefined) {
      try {
        into = await loadSource({ kind: "path", path: options.into }, cwd);
      } catch (error) {
        if (error instanceof InvalidSourceError) {
          reportInvalid(error);
          return EXIT.invalid;
        }
        throw error;
      }
      await refuseOverwritingInputs(
        output,
        await recordFilePaths(resolve(cwd, output)),
        [resolve(cwd, options.into)],
        cwd,
      );
    }

    let run: ImportRun | undefined;
    try {
      run = importer.import(inputs);
      let records: Iterable<StatecraftRecord> | AsyncIterable<StatecraftRecord> = run;
      if (into !== undefined) {
        const imported: StatecraftRecord[] = [];
        for await (const record of run) imported.push(record);
        const merged = mergeDatasets([
          { name: into.name, records: into.records },
          { name: `${source} import`, records: imported },
        ]);
        printMergeProblems(merged.problems);
        if (!merged.ok) {
          process.stderr.write(`${formatReport(run.report)}\n`);
          process.stderr.write(`the import cannot go into ${into.name}: nothing was written\n`);
          return EXIT.invalid;
        }
        records = merged.records;
      }
      const written = await writeRecords(records, {
        format,
        output,
        overwrite: options.force === true,
      });
      process.stderr.write(`${formatReport(run.report)}\n`);
      process.stderr.write(
        `wrote ${written.records} records to ${written.files.map(printable).join(", ")}\n`,
      );
    } catch (error) {
      if (isIoError(error)) {
        if (error.code === "EEXIST" && error.path !== undefined) {
          throw new UsageError(
            `${displayPath(error.path, cwd)} already exists (an earlier import?); nothing was written. Give --force to replace the earlier import's files, or choose another -o`,
          );
        }
        if (run?.report.done) process.stderr.write(`${formatReport(run.report)}\n`);
        const where = error.path === undefined ? "" : `${displayPath(error.path, cwd)}: `;
        throw new UsageError(`${where}${ioMessage(error)}; nothing was written`);
      }
      throw error;
    }
    return EXIT.ok;
  },
});
