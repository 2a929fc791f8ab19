import { readFile } from "node:fs/promises";
import { extname, resolve } from "node:path";
import {
  formatIdMap,
  type IdMap,
  type MergeProblem,
  mergeDatasets,
  safeParseIdMap,
} from "@statecraft/compose";
import { printable } from "@statecraft/core";
import { writeOutputFile, writeOutputFiles } from "@statecraft/core/node";
import {
  OUTPUT_FORMATS,
  type OutputFormat,
  recordFilePaths,
  writeRecords,
} from "@statecraft/import/node";
import { defineCommand } from "../command.js";
import { loadConfig } from "../config.js";
import {
  InvalidSourceError,
  type LoadedSource,
  loadSource,
  reportInvalid,
  resolveSpec,
} from "../dataset-source.js";
import { EXIT, UsageError } from "../errors.js";
import { ioMessage, isIoError } from "../io.js";
import { displayPath, namesFolder, refuseOverwritingInputs } from "../output.js";

const FORMAT_OF_EXTENSION: Readonly<Record<string, OutputFormat>> = {
  ".yaml": "yaml",
  ".yml": "yaml",
  ".json": "json",
  ".ndjson": "ndjson",
  ".jsonl": "ndjson",
};

/** Reads `--id-map`: a usage error when it cannot be read or is not an id map. */
export async function readIdMap(path: string): Promise<IdMap> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if (isIoError(error)) throw new UsageError(`--id-map ${path}: ${ioMessage(error)}`);
    throw error;
  }
  const parsed = safeParseIdMap(text);
  if (!parsed.success) throw new UsageError(`--id-map ${path} is not an id map: ${parsed.message}`);
  return parsed.idMap;
}

/** Prints merge problems to stderr, errors first. */
export function printMergeProblems(problems: readonly MergeProblem[]): void {
  for (const problem of problems)
    process.stderr.write(
      `${printable(`${problem.severity} ${problem.code}: ${problem.message}`)}\n`,
    );
}

/** Loads datasets for a merge, printing the problems of every invalid one before failing. */
export async function loadAll(
  args: readonly string[],
  cwd: string,
): Promise<LoadedSource[] | undefined> {
  const config = await loadConfig(cwd);
  const rules = config.rules === undefined ? {} : { rules: config.rules };
  const out: LoadedSource[] = [];
  let invalid = false;
  for (const arg of args) {
    try {
      out.push(await loadSource(await resolveSpec(arg, [], cwd), cwd, rules));
    } catch (error) {
      if (!(error instanceof InvalidSourceError)) throw error;
      reportInvalid(error);
      invalid = true;
    }
  }
  return invalid ? undefined : out;
}

export default defineCommand({
  name: "merge",
  summary: "Merge datasets into one: reconcile actors and events, report every disagreement.",
  usage: [
    "statecraft merge <datasets...> -o <dir/|file> [--id-map <file>] [--write-id-map <file>] [--format yaml|json|ndjson] [--force]",
  ],
  positionals: [
    {
      name: "datasets...",
      description:
        "Two or more datasets (files or folders), in order of precedence: the first wins a disagreement",
    },
  ],
  options: {
    output: {
      type: "string",
      short: "o",
      description:
        "A folder (one file per record type) or a file for the merged dataset (required)",
      valueHint: "dir|file",
    },
    format: {
      type: "string",
      short: "f",
      choices: OUTPUT_FORMATS,
      description: "Output format; default: the -o file's extension, else yaml",
      valueHint: "format",
    },
    "id-map": {
      type: "string",
      description:
        "The id map of an earlier merge: its renames are applied first, so ids stay stable",
      valueHint: "file",
    },
    "write-id-map": {
      type: "string",
      description: "Where to write the new id map; default: <output>.id-map.json beside the output",
      valueHint: "file",
    },
    force: { type: "boolean", description: "Replace an earlier merge's files" },
  },
  examples: [
    [
      "statecraft merge travels/ visits/ -o merged/",
      "one dataset, each state once; the id map in merged.id-map.json",
    ],
    [
      "statecraft merge examples/blinken-china-2024 trip/ -o merged/ --id-map merged.id-map.json --write-id-map next.id-map.json",
      "merge again with the same ids",
    ],
  ],
  notes: [
    "Actors are merged when they are the same: states by ISO 3166 code, any actor by a shared Wikidata id or `identifiers` entry (Office of the Historian, Correlates of War, Popolo, CAMEO), any record by a shared id. Persons or organisations with the same name and office but no shared identifier are reported as possible duplicates, never merged. Meetings of later datasets that are the same event as one of an earlier dataset (the same persons, compatible states, kind and place, overlapping dates) are merged into it.",
    "A merged record keeps the id of the dataset given first, the union of the citations, participants and other lists, and, where two datasets disagree on a field, the first dataset's value: every disagreement is reported (warning), naming both values, both datasets and the sources each cites. References are rewritten to the merged ids. The output is deterministic: the same inputs give the same bytes.",
    "The id map (JSON: input id → merged id, for every id that changed) lets the next merge keep the ids: pass it with --id-map. An id map entry whose ids no input has is an error.",
    "Exit codes: 0 merged (warnings may be printed); 1 a dataset is invalid, or the datasets cannot be merged (one id for two different things, an id map entry pointing nowhere): nothing is written; 2 usage or I/O error.",
  ],
  async run({ options, positionals }) {
    const args = positionals.filter((a) => a !== "");
    if (args.length < 2) throw new UsageError("give at least two datasets to merge");
    if (options.output === undefined)
      throw new UsageError("-o is required: a folder or a file to write the merged dataset to");
    const cwd = process.cwd();
    const output = options.output;
    const toFolder = await namesFolder(output);
    const byName = toFolder ? undefined : FORMAT_OF_EXTENSION[extname(output).toLowerCase()];
    const flag = options.format as OutputFormat | undefined;
    if (flag !== undefined && byName !== undefined && flag !== byName)
      throw new UsageError(
        `-o ${output} names a ${byName} file, but --format is ${flag}; change one of them`,
      );
    const format = flag ?? byName ?? "yaml";
    const idMapOut = options["write-id-map"] ?? `${output.replace(/[\\/]+$/, "")}.id-map.json`;
    const idMap = options["id-map"] === undefined ? undefined : await readIdMap(options["id-map"]);

    const loaded = await loadAll(args, cwd);
    if (loaded === undefined) return EXIT.invalid;
    const inputFiles = args.map((a) => resolve(cwd, a));
    if (options["id-map"] !== undefined) inputFiles.push(resolve(cwd, options["id-map"]));
    await refuseOverwritingInputs(
      output,
      [...(await recordFilePaths(resolve(cwd, output))), resolve(cwd, idMapOut)],
      inputFiles,
      cwd,
    );

    const result = mergeDatasets(
      loaded.map((l) => ({ name: l.name, records: l.records })),
      idMap === undefined ? {} : { idMap },
    );
    printMergeProblems(result.problems);
    if (!result.ok) {
      process.stderr.write("the datasets cannot be merged: nothing was written\n");
      return EXIT.invalid;
    }
    try {
      // Refuse an existing id map before writing the records, so both or neither are written.
      if (options.force !== true)
        await writeOutputFiles([], { overwrite: false, remove: [idMapOut] });
      const written = await writeRecords(result.records, {
        format,
        output,
        overwrite: options.force === true,
      });
      await writeOutputFile(idMapOut, formatIdMap(result.idMap), { overwrite: true });
      const s = result.stats;
      process.stderr.write(
        `merged ${s.recordsIn} records of ${loaded.length} datasets into ${s.recordsOut}: ${s.actorsMerged} actors and ${s.meetingsMatched} meetings recognised in more than one, ${result.problems.length} problems\n`,
      );
      process.stderr.write(
        `wrote ${written.records} records to ${written.files.map(printable).join(", ")}, and the id map to ${printable(idMapOut)}\n`,
      );
    } catch (error) {
      if (isIoError(error)) {
        if (error.code === "EEXIST" && error.path !== undefined)
          throw new UsageError(
            `${displayPath(error.path, cwd)} already exists; nothing was written. Give --force to replace it, or choose another -o`,
          );
        throw new UsageError(
          `${error.path === undefined ? "" : `${displayPath(error.path, cwd)}: `}${ioMessage(error)}; nothing was written`,
        );
      }
      throw error;
    }
    return EXIT.ok;
  },
});
