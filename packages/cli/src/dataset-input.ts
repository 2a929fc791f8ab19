import { printable, type StatecraftRecord } from "@statecraft/core";
import { formatPretty } from "@statecraft/validate";
import { safeValidateFiles } from "@statecraft/validate/node";
import { stylesFor } from "./color.js";
import { datasetPaths, readOptions } from "./config.js";
import { EXIT } from "./errors.js";

/** A valid dataset as read: its records, and the files they came from. */
export interface ValidInput {
  readonly records: readonly StatecraftRecord[];
  readonly files: readonly string[];
  readonly stats: { readonly files: number };
}

/** The options of {@link validatedRecords}: those of `DATASET_OPTIONS`. */
export interface DatasetInputOptions {
  readonly config?: string | undefined;
  readonly "follow-symlinks"?: boolean | undefined;
  readonly "max-file-size"?: string | undefined;
}

/**
 * Validates the dataset at the paths given (or the config file's) as `statecraft validate` does,
 * and returns its records, or the exit code after printing the report when it is invalid or
 * unreadable. Warnings are counted on stderr and do not stop.
 */
export async function validatedRecords(
  options: DatasetInputOptions,
  positionals: readonly string[],
  verb: string,
  example: string,
  untouched?: string,
): Promise<{ result: ValidInput } | { exit: number }> {
  const read = readOptions(options);
  const cwd = process.cwd();
  const { config, paths } = await datasetPaths(
    cwd,
    { positionals, config: options.config },
    verb,
    example,
  );
  const result = await safeValidateFiles(paths, {
    cwd,
    collect: true,
    ...read,
    ...(config.rules ? { rules: config.rules } : {}),
    ...(config.failOn ? { failOn: config.failOn } : {}),
    ...(config.maxProblems !== undefined
      ? { maxProblems: config.maxProblems === 0 ? Number.POSITIVE_INFINITY : config.maxProblems }
      : { maxProblems: 100 }),
  });
  const styles = stylesFor(process.stderr);
  const unreadable = (result.counts.io_error ?? 0) > 0;
  if (!result.valid || unreadable) {
    process.stderr.write(formatPretty(result, styles ? { styles } : {}));
    process.stderr.write(
      `statecraft: nothing ${verb === "query" ? "queried" : "exported"}: ${unreadable ? "a path cannot be read" : "the data is invalid"}${untouched === undefined ? "" : ` (${printable(untouched)} is untouched)`}\n`,
    );
    return { exit: unreadable ? EXIT.usage : EXIT.invalid };
  }
  if (result.stats.errors + result.stats.warnings > 0) {
    process.stderr.write(formatPretty(result, { quiet: true, ...(styles ? { styles } : {}) }));
    process.stderr.write("(statecraft validate lists the warnings)\n");
  }
  return { result };
}
