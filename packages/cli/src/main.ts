import { printable } from "@statecraft/core";
import { type ArgsDef, parseArgs } from "citty";
import type { Command } from "./command.js";
import { EXIT, UsageError } from "./errors.js";
import { commandHelp, mainHelp } from "./help.js";
import { exitWhenOutputCloses } from "./io.js";
import { COMMANDS } from "./registry.js";
import { didYouMean } from "./suggest.js";

const VERSION = __STATECRAFT_VERSION__;
const ISSUES_URL = "https://github.com/statecraft-data/statecraft/issues";

/** Rejects options a command does not define, and checks enum values. */
function checkArgs(args: Record<string, unknown>, defs: ArgsDef, command: string): void {
  const known = new Set<string>(["_", "help", "h"]);
  const flags: string[] = [];
  for (const [name, def] of Object.entries(defs)) {
    known.add(name);
    if (def.type === "positional") continue;
    flags.push(`--${name}`);
    for (const alias of [("alias" in def ? def.alias : undefined) ?? []].flat()) known.add(alias);
    known.add(name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()));
  }
  for (const key of Object.keys(args)) {
    if (known.has(key)) continue;
    const given = key.length === 1 ? `-${key}` : `--${key}`;
    throw new UsageError(
      `unknown option ${given} for "statecraft ${command}"${didYouMean(given, flags)}; see statecraft ${command} --help`,
    );
  }
  for (const [name, def] of Object.entries(defs)) {
    const value = args[name];
    if (def.type === "string" || def.type === "enum") {
      if (value === true || value === "") throw new UsageError(`--${name} needs a value`);
      if (Array.isArray(value)) throw new UsageError(`--${name} was given more than once`);
    }
    if (
      def.type === "enum" &&
      value !== undefined &&
      def.options &&
      !def.options.includes(String(value))
    ) {
      throw new UsageError(
        `--${name} must be one of ${def.options.join(", ")}, not "${String(value)}"${didYouMean(String(value), def.options)}`,
      );
    }
  }
}

async function run(argv: readonly string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === "--help" || first === "-h" || first === "help") {
    const topic = first === "help" ? rest[0] : undefined;
    if (topic && COMMANDS[topic]) {
      process.stdout.write(commandHelp((await COMMANDS[topic].load()) as unknown as Command));
      return EXIT.ok;
    }
    process.stdout.write(mainHelp(VERSION));
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === "--version" || first === "-v") {
    process.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  const entry = COMMANDS[first];
  if (!entry) {
    const what = first.startsWith("-") ? `unknown option ${first}` : `unknown command "${first}"`;
    throw new UsageError(
      `${what}${didYouMean(first, Object.keys(COMMANDS))}; see statecraft --help`,
    );
  }
  const command = (await entry.load()) as unknown as Command;
  if (rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(commandHelp(command));
    return EXIT.ok;
  }
  let args: Record<string, unknown>;
  try {
    // Enums are checked by checkArgs, with our own message.
    const defs = Object.fromEntries(
      Object.entries(command.args).map(([k, d]) => [
        k,
        d.type === "enum" ? { ...d, type: "string" as const } : d,
      ]),
    );
    args = parseArgs(rest as string[], defs as ArgsDef);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  checkArgs(args, command.args, first);
  return command.run({ args: args as never, rawArgs: rest });
}

/**
 * Runs `statecraft` with the given arguments and sets the exit code: 0 valid, 1 invalid data,
 * 2 usage or I/O error, 3 internal error. User errors print one line, never a stack trace.
 *
 * Messages echo what the user gave (a command, an option, a path) and what the data holds, so
 * they are printed through `printable`: control characters cannot drive the terminal.
 */
export async function main(argv: readonly string[]): Promise<void> {
  exitWhenOutputCloses();
  try {
    process.exitCode = await run(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`statecraft: ${printable(error.message)}\n`);
      process.exitCode = EXIT.usage;
      return;
    }
    const detail = printable(error instanceof Error ? error.message : String(error));
    const trace = (error instanceof Error ? (error.stack ?? "") : "")
      .split("\n")
      .map(printable)
      .join("\n");
    process.stderr.write(
      `statecraft: internal error: ${detail}\n` +
        `This is a bug in statecraft, not a problem with your data. Please report it at ${ISSUES_URL}\n` +
        `with the command you ran, statecraft ${VERSION}, Node.js ${process.version}` +
        (process.env.STATECRAFT_DEBUG
          ? `, and this trace:\n${trace}\n`
          : ` (run again with STATECRAFT_DEBUG=1 for a trace).\n`),
    );
    process.exitCode = EXIT.internal;
  }
}
