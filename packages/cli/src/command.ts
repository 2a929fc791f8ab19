/** An option of a command, as `node:util`'s `parseArgs` takes it, plus what `--help` shows. */
export interface OptionDef {
  /** `string` takes a value; `boolean` is a switch. */
  readonly type: "string" | "boolean";
  /** A one-letter alias, e.g. `o` for `-o`. */
  readonly short?: string;
  /** Whether the option may be given more than once (its value is then a list). */
  readonly multiple?: boolean;
  /** One line for `--help`. */
  readonly description: string;
  /** The value's name in `--help`, e.g. `file`. */
  readonly valueHint?: string;
  /** The values allowed, checked with a "did you mean" message. */
  readonly choices?: readonly string[];
  /** The default shown in `--help` (applied by the command, which may also read the config). */
  readonly defaultText?: string;
}

/** A positional argument, for `--help`. */
export interface PositionalDef {
  /** Its name in `--help`, e.g. `paths...`. */
  readonly name: string;
  /** One line for `--help`. */
  readonly description: string;
}

/** The options of a command, by long name. */
export type OptionDefs = Readonly<Record<string, OptionDef>>;

/** The parsed value of each option: a string, a list of strings, or a boolean; absent if not given. */
export type OptionValues<T extends OptionDefs> = {
  readonly [K in keyof T]?: T[K]["type"] extends "boolean"
    ? boolean
    : T[K]["multiple"] extends true
      ? readonly string[]
      : string;
};

/** What a command's `run` receives. */
export interface CommandContext<T extends OptionDefs> {
  /** The options given. */
  readonly options: OptionValues<T>;
  /** The positional arguments, in order. */
  readonly positionals: readonly string[];
}

/** A `statecraft` command: its usage, arguments and what it runs. */
export interface Command<T extends OptionDefs = OptionDefs> {
  readonly name: string;
  readonly summary: string;
  /** Usage lines, e.g. `statecraft validate [paths...] [options]`. */
  readonly usage: readonly string[];
  readonly positionals: readonly PositionalDef[];
  readonly options: T;
  /** Example invocations with a comment each, shown in `--help`. */
  readonly examples: readonly (readonly [string, string])[];
  /** Extra help paragraphs, shown after the options. */
  readonly notes?: readonly string[];
  /** Runs the command; resolves to the exit code. */
  run(context: CommandContext<T>): Promise<number>;
}

/** Declares a command with its option types inferred. */
export function defineCommand<const T extends OptionDefs>(command: Command<T>): Command<T> {
  return command;
}
