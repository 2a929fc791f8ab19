import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseByteSize } from "@statecraft/core/node";
import { isRuleCode, RULE_CODES, type RuleCode, type SeverityOverride } from "@statecraft/validate";
import * as z from "zod";
import type { OptionDefs, PositionalDef } from "./command.js";
import { UsageError } from "./errors.js";
import { didYouMean } from "./suggest.js";

/** The configuration file's schema: `statecraft.config.json`, or the `statecraft` key of package.json. */
export const ConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  paths: z.array(z.string().min(1)).min(1).optional(),
  rules: z.record(z.string(), z.enum(["off", "warning", "error"])).optional(),
  failOn: z.enum(["error", "warning"]).optional(),
  maxProblems: z.number().int().min(0).optional(),
});

/** The configuration, as read. */
export interface Config {
  readonly paths?: readonly string[];
  readonly rules?: Partial<Record<RuleCode, SeverityOverride>>;
  readonly failOn?: "error" | "warning";
  readonly maxProblems?: number;
  /** Where it came from, for messages. */
  readonly source?: string;
}

function describePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? "" : `${path.map(String).join(".")}: `;
}

/** Validates a configuration object; throws a {@link UsageError} naming the file and key. */
export function parseConfig(value: unknown, source: string): Config {
  const result = ConfigSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    let message = issue.message;
    if (issue.code === "unrecognized_keys") {
      message = `unknown key "${issue.keys[0]}"${didYouMean(issue.keys[0] ?? "", ["paths", "rules", "failOn", "maxProblems", "$schema"])}`;
    }
    throw new UsageError(`${source}: ${describePath(issue.path)}${message}`);
  }
  const { paths, rules, failOn, maxProblems } = result.data;
  const checked: Partial<Record<RuleCode, SeverityOverride>> = {};
  for (const [code, severity] of Object.entries(rules ?? {})) {
    if (!isRuleCode(code))
      throw new UsageError(
        `${source}: rules: unknown rule "${code}"${didYouMean(code, RULE_CODES)}`,
      );
    checked[code] = severity;
  }
  return {
    source,
    ...(paths ? { paths } : {}),
    ...(rules ? { rules: checked } : {}),
    ...(failOn ? { failOn } : {}),
    ...(maxProblems !== undefined ? { maxProblems } : {}),
  };
}

async function readJson(path: string, name: string): Promise<unknown | undefined> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new UsageError(
      `${name}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(
      `${name} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/**
 * Loads the configuration: the file given with `--config`, else `statecraft.config.json` in the
 * working directory, else the `statecraft` key of its package.json, else none.
 */
export async function loadConfig(cwd: string, explicit?: string): Promise<Config> {
  if (explicit !== undefined) {
    const value = await readJson(resolve(cwd, explicit), explicit);
    if (value === undefined) throw new UsageError(`${explicit}: no such file`);
    return parseConfig(value, explicit);
  }
  const file = await readJson(resolve(cwd, "statecraft.config.json"), "statecraft.config.json");
  if (file !== undefined) return parseConfig(file, "statecraft.config.json");
  const pkg = await readJson(resolve(cwd, "package.json"), "package.json");
  if (pkg !== null && typeof pkg === "object" && Object.hasOwn(pkg, "statecraft")) {
    return parseConfig((pkg as Record<string, unknown>).statecraft, 'package.json "statecraft"');
  }
  return {};
}

/** The positional argument of every command that reads a dataset: the paths to read. */
export const PATHS_ARGUMENT: PositionalDef = {
  name: "paths...",
  description:
    "Files, folders (searched recursively) or globs; default: `paths` from the config file",
};

/**
 * The options every command that reads a dataset shares: the config file that supplies paths
 * (and rule severities) when none are given, and how files are found and read.
 */
export const DATASET_OPTIONS = {
  config: {
    type: "string",
    description: "Read this config file instead of statecraft.config.json",
    valueHint: "file",
  },
  "follow-symlinks": {
    type: "boolean",
    description:
      "Walk into symbolic links to folders (never twice into one folder); by default they are skipped",
  },
  "max-file-size": {
    type: "string",
    description:
      "Read at most this much of one file, e.g. 512MB, 1GiB or bytes; default 256MiB for YAML/JSON, 16GiB for NDJSON",
    valueHint: "size",
  },
} as const satisfies OptionDefs;

/**
 * How the dataset is read, from {@link DATASET_OPTIONS}, as options of `safeValidateFiles`:
 * symbolic links to folders, and the read limit.
 *
 * @throws UsageError when `--max-file-size` is not a size.
 */
export function readOptions(options: {
  readonly "follow-symlinks"?: boolean | undefined;
  readonly "max-file-size"?: string | undefined;
}): { followSymlinks?: boolean; maxFileBytes?: number } {
  const size = options["max-file-size"];
  let maxFileBytes: number | undefined;
  if (size !== undefined) {
    maxFileBytes = parseByteSize(size);
    if (maxFileBytes === undefined || maxFileBytes === 0)
      throw new UsageError(
        `--max-file-size must be a size such as 512MB, 1GiB or a number of bytes, not "${size}"`,
      );
  }
  return {
    ...(options["follow-symlinks"] === true ? { followSymlinks: true } : {}),
    ...(maxFileBytes !== undefined ? { maxFileBytes } : {}),
  };
}

/**
 * Reads the configuration and the paths to read: those given, else the config file's `paths`.
 *
 * @param example - A command line that gives paths, for the message when there are none.
 * @throws UsageError when there are no paths at all.
 */
export async function datasetPaths(
  cwd: string,
  given: { readonly positionals: readonly string[]; readonly config?: string | undefined },
  verb: string,
  example: string,
): Promise<{ config: Config; paths: readonly string[] }> {
  const config = await loadConfig(cwd, given.config);
  const named = given.positionals.filter((a) => a !== "");
  const paths = named.length > 0 ? named : (config.paths ?? []);
  if (paths.length === 0) {
    throw new UsageError(
      `no paths to ${verb}: give files, folders or globs (${example}), or set "paths" in statecraft.config.json`,
    );
  }
  return { config, paths };
}
