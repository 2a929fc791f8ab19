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
} from "@statecraft/validate";
import { stylesFor } from "../color.js";
import { defineCommand } from "../command.js";
import { DATASET_ARGS, datasetPaths, READ_ARGS, readOptions } from "../config.js";
import { EXIT, UsageError } from "../errors.js";
import { ProgressBar } from "../progress.js";
import { didYouMean } from "../suggest.js";

const SEVERITIES = ["off", "warning", "error"] as const;

/** Pulls every `--rule CODE=SEVERITY` out of the arguments (the flag may repeat). */
function takeRules(rawArgs: readonly string[]): {
  rules: Partial<Record<RuleCode, SeverityOverride>>;
  rest: string[];
} {
  const rules: Partial<Record<RuleCode, SeverityOverride>> = {};
  const rest: string[] = [];
  for (let i = 0; i < rawArgs.length; i++) {
    const arg = rawArgs[i]!;
    let value: string | undefined;
    if (arg === "--rule") {
      value = rawArgs[++i];
      if (value === undefined)
        throw new UsageError("--rule needs a value such as orphaned_source=off");
    } else if (arg.startsWith("--rule=")) value = arg.slice("--rule=".length);
    else {
      rest.push(arg);
      continue;
    }
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
  return { rules, rest };
}

export default defineCommand({
  name: "validate",
  summary: "Check Statecraft data files against the schemas and the cross-record rules.",
  usage: ["statecraft validate [paths...] [options]"],
  args: {
    paths: DATASET_ARGS.paths,
    format: {
      type: "enum",
      alias: "f",
      options: ["pretty", "json", "github", "sarif"],
      default: "pretty",
      description: "Report format",
      valueHint: "format",
    },
    "fail-on": {
      type: "enum",
      options: ["error", "warning"],
      default: "error",
      description: "Exit 1 on problems of this severity or worse",
      valueHint: "severity",
    },
    "max-problems": {
      type: "string",
      default: "100",
      description: "Show at most N problems (all are counted); 0 shows all",
      valueHint: "N",
    },
    rule: {
      type: "string",
      description: "Set a rule's severity, e.g. orphaned_source=off; repeatable",
      valueHint: "CODE=off|warning|error",
    },
    quiet: {
      type: "boolean",
      alias: "q",
      description: "Print only the summary and counts (pretty format); no progress bar",
    },
    config: DATASET_ARGS.config,
    ...READ_ARGS,
    workers: {
      type: "string",
      description:
        "Worker threads for many files (0 = none); default: one per core but one, on 3+ cores",
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
  async run({ rawArgs, args }) {
    const { rules: ruleFlags } = takeRules(rawArgs);
    const cwd = process.cwd();
    const { config, paths } = await datasetPaths(
      cwd,
      args,
      "validate",
      "statecraft validate data/",
    );
    const maxText = args["max-problems"] as string;
    if (!/^\d+$/.test(maxText))
      throw new UsageError(`--max-problems must be a whole number, not "${maxText}"`);
    const maxFlag = rawArgs.some((a) => a === "--max-problems" || a.startsWith("--max-problems="));
    const max = maxFlag ? Number(maxText) : (config.maxProblems ?? Number(maxText));
    let workers: number | undefined;
    if (args.workers !== undefined) {
      if (!/^\d+$/.test(String(args.workers)))
        throw new UsageError(`--workers must be a whole number, not "${String(args.workers)}"`);
      workers = Number(args.workers);
    }
    const failOnFlag = rawArgs.some((a) => a === "--fail-on" || a.startsWith("--fail-on="));
    const failOn = failOnFlag
      ? (args["fail-on"] as "error" | "warning")
      : (config.failOn ?? "error");
    const read = readOptions(args);
    const format = args.format as "pretty" | "json" | "github" | "sarif";
    const quiet = args.quiet === true;

    const bar = !quiet && process.stderr.isTTY ? new ProgressBar(process.stderr) : undefined;
    let result: Awaited<ReturnType<typeof safeValidateFiles>>;
    try {
      result = await safeValidateFiles(paths, {
        cwd,
        rules: { ...config.rules, ...ruleFlags },
        maxProblems: max === 0 ? Number.POSITIVE_INFINITY : max,
        failOn,
        ...read,
        ...(workers !== undefined ? { workers } : {}),
        ...(bar ? { onProgress: (p) => bar.update(p) } : {}),
      });
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
