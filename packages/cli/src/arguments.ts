import { type ParseArgsConfig, parseArgs } from "node:util";
import type { Command, OptionDefs, OptionValues } from "./command.js";
import { UsageError } from "./errors.js";
import { didYouMean } from "./suggest.js";

/** What {@link parseCommandLine} finds: the options and the positional arguments. */
export interface CommandLine<T extends OptionDefs> {
  readonly options: OptionValues<T>;
  readonly positionals: readonly string[];
}

/** How an option is named in messages: `-o/--output`, or `--format` when it has no short form. */
function flagName(name: string, short: string | undefined): string {
  return short ? `-${short}/--${name}` : `--${name}`;
}

/** The option "Unknown option '--fomat'. …" names, as given. */
function unknownOption(message: string): string {
  return /^Unknown option '(.*?)'\. /s.exec(message)?.[1] ?? "";
}

/** The long name of the option "Option '-f, --format <value>' argument missing" names. */
function namedOption(message: string): string {
  return /--[\w-]+/.exec(message)?.[0] ?? "";
}

/**
 * Parses a command's arguments with `node:util`'s `parseArgs` (strict: unknown options are
 * errors), then checks what it leaves to us: an option given twice that is not repeatable, an
 * empty value, a value outside the option's choices. Every problem is a {@link UsageError}.
 */
export function parseCommandLine<T extends OptionDefs>(
  command: Command<T>,
  args: readonly string[],
): CommandLine<T> {
  // Every string option is parsed as a list, so that a repeat is seen rather than overwritten.
  const options: NonNullable<ParseArgsConfig["options"]> = {};
  for (const [name, def] of Object.entries(command.options)) {
    options[name] = {
      type: def.type,
      multiple: def.type === "string" || def.multiple === true,
      ...(def.short ? { short: def.short } : {}),
    };
  }
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = error instanceof Error ? error.message : String(error);
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const given = unknownOption(message);
      const flags = Object.keys(command.options).map((name) => `--${name}`);
      throw new UsageError(
        `unknown option ${given} for "statecraft ${command.name}"${didYouMean(given, flags)}; see statecraft ${command.name} --help`,
      );
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      const given = namedOption(message);
      throw new UsageError(
        /does not take/.test(message) ? `${given} does not take a value` : `${given} needs a value`,
      );
    }
    throw new UsageError(message);
  }
  const values: Record<string, string | boolean | readonly string[]> = {};
  for (const [name, def] of Object.entries(command.options)) {
    const value = parsed.values[name];
    if (value === undefined) continue;
    if (def.type === "boolean") {
      values[name] = true;
      continue;
    }
    const list = value as string[];
    if (list.length > 1 && def.multiple !== true)
      throw new UsageError(
        `${flagName(name, def.short)} was given more than once ("${list.join('", "')}"); give it once`,
      );
    for (const item of list) {
      if (item === "") throw new UsageError(`--${name} needs a value`);
      if (def.choices && !def.choices.includes(item))
        throw new UsageError(
          `--${name} must be one of ${def.choices.join(", ")}, not "${item}"${didYouMean(item, def.choices)}`,
        );
    }
    values[name] = def.multiple === true ? list : list[0]!;
  }
  return { options: values as OptionValues<T>, positionals: parsed.positionals };
}
