import type { ArgsDef, ParsedArgs } from "citty";

/** What a command's `run` receives. */
export interface CommandContext<T extends ArgsDef> {
  /** The parsed arguments. */
  readonly args: ParsedArgs<T>;
  /** The arguments as given, after the command name. */
  readonly rawArgs: readonly string[];
}

/** A `statecraft` command: its usage, arguments (citty definitions) and what it runs. */
export interface Command<T extends ArgsDef = ArgsDef> {
  readonly name: string;
  readonly summary: string;
  /** Usage lines, e.g. `statecraft validate [paths...] [options]`. */
  readonly usage: readonly string[];
  readonly args: T;
  /** Example invocations with a comment each, shown in `--help`. */
  readonly examples: readonly (readonly [string, string])[];
  /** Extra help paragraphs, shown after the options. */
  readonly notes?: readonly string[];
  /** Runs the command; resolves to the exit code. */
  run(context: CommandContext<T>): Promise<number>;
}

/** Declares a command with its argument types inferred. */
export function defineCommand<const T extends ArgsDef>(command: Command<T>): Command<T> {
  return command;
}
