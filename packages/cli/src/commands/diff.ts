import { realpath } from "node:fs/promises";
import { resolve } from "node:path";
import {
  type DatasetDiff,
  diffDatasetStreams,
  diffDatasets,
  formatDiffMarkdown,
  formatDiffPretty,
  toDiffReport,
} from "@statecraft/compose";
import { defineCommand } from "../command.js";
import { loadConfig } from "../config.js";
import {
  InvalidSourceError,
  isNdjsonFile,
  loadSource,
  reportInvalid,
  resolveSpec,
  type SourceSpec,
  specName,
  streamNdjsonSource,
} from "../dataset-source.js";
import { EXIT, UsageError } from "../errors.js";
import { readIdMap } from "./merge.js";

const FORMATS = ["pretty", "markdown", "json"] as const;

async function samePath(a: string, b: string): Promise<boolean> {
  try {
    return (await realpath(a)) === (await realpath(b));
  } catch {
    return resolve(a) === resolve(b);
  }
}

export default defineCommand({
  name: "diff",
  summary: "Compare two versions of a dataset record by record, in the domain's terms.",
  usage: [
    "statecraft diff <old> [<new>] [--path <dir>]... [--format pretty|markdown|json] [--id-map <file>] [--exit-code]",
  ],
  positionals: [
    {
      name: "old",
      description: "A file, a folder, a git revision (read at --path) or <revision>:<path>",
    },
    {
      name: "new",
      description: "The same; default: the working tree at the old side's paths",
    },
  ],
  options: {
    path: {
      type: "string",
      multiple: true,
      description:
        "Where the dataset is, for a side given as a git revision; default: the configuration's paths",
      valueHint: "dir",
    },
    format: {
      type: "string",
      short: "f",
      choices: FORMATS,
      description:
        "pretty (default), markdown (for a pull request or $GITHUB_STEP_SUMMARY) or json",
      valueHint: "format",
    },
    "id-map": {
      type: "string",
      description: "An id map of a merge (old id → new id): its renames are reported as renames",
      valueHint: "file",
    },
    "exit-code": {
      type: "boolean",
      description: "Exit with 1 when the versions differ, as git diff --exit-code does",
    },
  },
  examples: [
    ["statecraft diff old/ new/", "two folders"],
    [
      "statecraft diff origin/main --path data",
      "the dataset on origin/main against the working tree",
    ],
    [
      "statecraft diff origin/main HEAD --path data --format markdown >> $GITHUB_STEP_SUMMARY",
      "a pull request's changes, for its summary",
    ],
  ],
  notes: [
    "Records are matched by id (renamed through --id-map): the order of records and keys, and the files they are in, make no difference. Each change is given per field and in words: a meeting's `status planned → held`, `participant added`, `office ended`, `duty raised from 7.5% to 25%`, `position added`, `citation removed`.",
    "Both sides are validated first, with the rule severities of statecraft.config.json (as statecraft validate).",
    "A git revision is read with git itself (git ls-tree, git cat-file), never checked out. The JSON output is described by docs/diff-report.schema.json.",
    "Exit codes: 0 compared (with --exit-code: no difference); 1 with --exit-code, the versions differ; or a side is invalid data; 2 usage or I/O error (a path or revision that does not exist, a dataset compared with itself).",
  ],
  async run({ options, positionals }) {
    const args = positionals.filter((a) => a !== "");
    if (args.length === 0 || args.length > 2)
      throw new UsageError("give the old side, and optionally the new side, of the diff");
    const cwd = process.cwd();
    const config = await loadConfig(cwd);
    let paths = options.path ?? [];
    if (paths.length === 0) paths = [...(config.paths ?? [])];
    const rules = config.rules === undefined ? {} : { rules: config.rules };
    const old = await resolveSpec(args[0]!, paths, cwd);
    if (old.kind === "revision" && old.paths.length === 0)
      throw new UsageError(
        `say where the dataset is in ${old.revision}: --path <dir>, or "paths" in statecraft.config.json`,
      );
    let now: SourceSpec;
    if (args[1] !== undefined) {
      now = await resolveSpec(args[1], old.kind === "revision" ? old.paths : paths, cwd);
      if (now.kind === "revision" && now.paths.length === 0)
        throw new UsageError(`say where the dataset is in ${now.revision}: --path <dir>`);
    } else if (old.kind === "revision") {
      if (old.paths.length !== 1)
        throw new UsageError("comparing with the working tree needs exactly one --path");
      now = { kind: "path", path: old.paths[0]! };
    } else {
      throw new UsageError(
        `give the new side too: statecraft diff ${args[0]} <new>; one side alone must be a git revision`,
      );
    }
    if (old.kind === "path" && now.kind === "path" && (await samePath(old.path, now.path)))
      throw new UsageError(
        `${old.path} is compared with itself; give two versions (two paths, or a git revision and a path)`,
      );
    if (
      old.kind === "revision" &&
      now.kind === "revision" &&
      old.revision === now.revision &&
      old.paths.join() === now.paths.join()
    )
      throw new UsageError(`${specName(old)} is compared with itself; give two versions`);
    const idMap = options["id-map"] === undefined ? undefined : await readIdMap(options["id-map"]);
    let diff: DatasetDiff;
    let names: { old: string; new: string };
    try {
      if ((await isNdjsonFile(old)) && (await isNdjsonFile(now))) {
        // Large NDJSON files: validated in a stream, then compared in passes, never held whole.
        const a = await streamNdjsonSource(specName(old), rules);
        const b = await streamNdjsonSource(specName(now), rules);
        diff = await diffDatasetStreams(a.records, b.records, idMap ? { idMap } : {});
        names = { old: a.name, new: b.name };
      } else {
        const a = await loadSource(old, cwd, rules);
        const b = await loadSource(now, cwd, rules);
        diff = diffDatasets(a.records, b.records, idMap ? { idMap } : {});
        names = { old: a.name, new: b.name };
      }
    } catch (error) {
      if (error instanceof InvalidSourceError) {
        reportInvalid(error, "fix it (statecraft validate) before comparing");
        return EXIT.invalid;
      }
      throw error;
    }
    const format = (options.format ?? "pretty") as (typeof FORMATS)[number];
    const text =
      format === "json"
        ? `${JSON.stringify(toDiffReport(diff, names), null, 2)}\n`
        : format === "markdown"
          ? formatDiffMarkdown(diff, names)
          : formatDiffPretty(diff, names);
    process.stdout.write(text);
    return options["exit-code"] === true && !diff.same ? EXIT.invalid : EXIT.ok;
  },
});
