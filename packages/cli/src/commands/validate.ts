import { availableParallelism } from "node:os";
import {
  formatGithub,
  formatJson,
  formatPretty,
  formatSarif,
  isRuleCode,
  RULE_CODES,
  type RuleCode,
  type SeverityOverride,
  safeValidateFiles,
  summaryLine,
  WorkersUnavailableError,
} from "@statecraft/validate/node";
import { stylesFor } from "../color.js";
import { defineCommand } from "../command.js";
import { DATASET_OPTIONS, datasetPaths, PATHS_ARGUMENT, readOptions } from "../config.js";
import { EXIT, UsageError } from "../errors.js";
import { ProgressBar } from "../progress.js";
import { didYouMean } from "../suggest.js";

const SEVERITIES = ["off", "warning", "error"] as const;
const FORMATS = ["pretty", "json", "github", "sarif"] as const;

/** Reads every `--rule CODE=SEVERITY` (the flag may repeat). */
function ruleFlags(values: readonly string[]): Partial<Record<RuleCode, SeverityOverride>> {
  const rules: Partial<Record<RuleCode, SeverityOverride>> = {};
  for (const value of values) {
    const [code = "", severity = ""] = value.split("=", 2);
    if (!isRuleCode(code))
      throw new UsageError(
        `--rule: unknown rule "${code}"${didYouMean(code, RULE_CODES)}; the rules are listed in docs/validation-rules.md`,
      );
    if (!(SEVERITIES as readonly string[]).includes(severity)) {
      throw new UsageError(
        `--rule ${code}=${severity}: the severity must be off, warning or error`,
      );
    }
    rules[code] = severity as SeverityOverride;
  }
  return rules;
}

/** Reads a whole number option. */
function wholeNumber(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new UsageError(`--${name} must be a whole number, not "${text}"`);
  return Number(text);
}

/**
 * The worker threads to start: as asked, but at most one per core and one per file (more would
 * only cost memory), with a note when that caps the request.
 */
function workerCount(asked: number | undefined): number | undefined {
  if (asked === undefined) return undefined;
  const cores = availableParallelism();
  if (asked > cores) {
    process.stderr.write(
      `statecraft: --workers ${asked}: using at most ${cores} (one per core, and never more than one per file)\n`,
    );
    return cores;
  }
  return asked;
}

export default defineCommand({
  name: "validate",
  summary: "Check Statecraft data files against the schemas and the cross-record rules.",
  usage: ["statecraft validate [paths...] [options]"],
  positionals: [PATHS_ARGUMENT],
  options: {
    format: {
      type: "string",
      short: "f",
      choices: FORMATS,
      defaultText: "pretty",
      description: "Report format",
      valueHint: "format",
    },
    "fail-on": {
      type: "string",
      choices: ["error", "warning"],
      defaultText: "error",
      description: "Exit 1 on problems of this severity or worse",
      valueHint: "severity",
    },
    "max-problems": {
      type: "string",
      defaultText: "100",
      description: "Show at most N problems (all are counted); 0 shows all",
      valueHint: "N",
    },
    rule: {
      type: "string",
      multiple: true,
      description: "Set a rule's severity, e.g. orphaned_source=off; repeatable",
      valueHint: "CODE=off|warning|error",
    },
    quiet: {
      type: "boolean",
      short: "q",
      description: "Print only the summary and counts (pretty format); no progress bar",
    },
    ...DATASET_OPTIONS,
    workers: {
      type: "string",
      defaultText: "0",
      description:
        "Check files on N worker threads (at most one per core and per file); helps with many large files on 3+ cores",
      valueHint: "N",
    },
  },
  examples: [
    ["statecraft validate data/", "every .yaml/.yml/.json/.ndjson/.jsonl file under data/"],
    ['statecraft validate "data/**/*.yaml" --format github', "annotations in a GitHub Actions log"],
    ["statecraft validate big.ndjson --format json --max-problems 0", "every problem, as JSON"],
    [
      "statecraft validate data/ --rule orphaned_source=off --fail-on warning",
      "fail on warnings, except orphans",
    ],
  ],
  notes: [
    "Exit codes: 0 the data is valid; 1 the data is invalid (problems at or above --fail-on); 2 usage, configuration or I/O error (a path that does not exist or cannot be read, a device or FIFO, a file over --max-file-size); 3 internal error (a bug: please report it).",
    "Folders are walked for regular .yaml/.yml/.json/.ndjson/.jsonl files (hidden folders and node_modules skipped; devices, FIFOs and sockets left out). Symbolic links to files are followed; links to folders only with --follow-symlinks.",
    'Configuration: statecraft.config.json (or the "statecraft" key of package.json) in the working directory may set paths, rules, failOn and maxProblems; command-line options win.',
    "Colour is used only when the output is a terminal and NO_COLOR is not set. The rules: docs/validation-rules.md.",
  ],
  async run({ options, positionals }) {
    const cwd = process.cwd();
    const { config, paths } = await datasetPaths(
      cwd,
      { positionals, config: options.config },
      "validate",
      "statecraft validate data/",
    );
    const rules = { ...config.rules, ...ruleFlags(options.rule ?? []) };
    const max = wholeNumber("max-problems", options["max-problems"]) ?? config.maxProblems ?? 100;
    const workers = workerCount(wholeNumber("workers", options.workers));
    const failOn =
      (options["fail-on"] as "error" | "warning" | undefined) ?? config.failOn ?? "error";
    const format = (options.format as (typeof FORMATS)[number] | undefined) ?? "pretty";
    const quiet = options.quiet === true;
    const read = readOptions(options);

    const bar = !quiet && process.stderr.isTTY ? new ProgressBar(process.stderr) : undefined;
    let result: Awaited<ReturnType<typeof safeValidateFiles>>;
    try {
      result = await safeValidateFiles(paths, {
        cwd,
        rules,
        ...read,
        maxProblems: max === 0 ? Number.POSITIVE_INFINITY : max,
        failOn,
        ...(workers !== undefined ? { workers } : {}),
        ...(bar ? { onProgress: (p) => bar.update(p) } : {}),
      });
    } catch (error) {
      if (error instanceof WorkersUnavailableError)
        throw new UsageError(`--workers: ${error.message}`);
      throw error;
    } finally {
      bar?.stop();
    }

    let out: string;
    switch (format) {
      case "json":
        out = formatJson(result);
        break;
      case "sarif":
        out = formatSarif(result, { version: __STATECRAFT_VERSION__ });
        break;
      case "github":
        out = formatGithub(result);
        break;
      default: {
        const styles = stylesFor(process.stdout);
        out = formatPretty(result, { quiet, ...(styles ? { styles } : {}) });
      }
    }
    process.stdout.write(out);
    if ((format === "json" || format === "sarif") && !quiet)
      process.stderr.write(`${summaryLine(result)}\n`);
    if ((result.counts.io_error ?? 0) > 0) return EXIT.usage;
    return result.valid ? EXIT.ok : EXIT.invalid;
  },
});
