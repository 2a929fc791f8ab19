import { printable } from "@statecraft/core";
import { parseCommandLine } from "./arguments.js";
import { EXIT, UsageError } from "./errors.js";
import { commandHelp, mainHelp } from "./help.js";
import { exitWhenOutputCloses } from "./io.js";
import { COMMANDS } from "./registry.js";
import { didYouMean } from "./suggest.js";

const VERSION = __STATECRAFT_VERSION__;
const ISSUES_URL = "https://github.com/statecraft-data/statecraft/issues";

async function run(argv: readonly string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === "--help" || first === "-h" || first === "help") {
    const topic = first === "help" ? rest[0] : undefined;
    const entry = topic === undefined ? undefined : COMMANDS[topic];
    if (entry) {
      process.stdout.write(commandHelp(await entry.load()));
      return EXIT.ok;
    }
    process.stdout.write(mainHelp(VERSION));
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === "--version" || first === "-v") {
    process.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  const entry = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (!entry) {
    const what = first.startsWith("-") ? `unknown option ${first}` : `unknown command "${first}"`;
    throw new UsageError(
      `${what}${didYouMean(first, Object.keys(COMMANDS))}; see statecraft --help`,
    );
  }
  const command = await entry.load();
  const end = rest.indexOf("--");
  const flags = end === -1 ? rest : rest.slice(0, end);
  if (flags.includes("--help") || flags.includes("-h")) {
    process.stdout.write(commandHelp(command));
    return EXIT.ok;
  }
  return command.run(parseCommandLine(command, rest));
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
