import type { Command, OptionDef } from "./command.js";
import { COMMANDS } from "./registry.js";

/** The top-level help: what statecraft is, its commands, and where to start. */
export function mainHelp(version: string): string {
  const names = Object.keys(COMMANDS);
  const width = Math.max(...names.map((n) => n.length));
  return [
    `statecraft ${version} — validate and work with Statecraft diplomatic-engagement data`,
    "",
    "Usage:",
    "  statecraft <command> [options]",
    "",
    "Commands:",
    ...names.map((n) => `  ${n.padEnd(width)}  ${COMMANDS[n]!.summary}`),
    "",
    "Options:",
    "  -h, --help     Show help (also: statecraft <command> --help)",
    "  -v, --version  Print the version",
    "",
    "Start here:",
    "  statecraft validate data/          check every data file under data/",
    "  statecraft validate --help         all validation options and exit codes",
    "",
    "Environment:",
    "  NO_COLOR                     Never colour the output (colour is only used on a terminal)",
    "  STATECRAFT_DEBUG             Print a stack trace with an internal error",
    "  NODE_COMPILE_CACHE           Where Node 22+ keeps compiled code for faster starts",
    "  NODE_DISABLE_COMPILE_CACHE   Turn that cache off",
    "",
    "Docs: https://github.com/statecraft-data/statecraft/tree/main/docs",
    "",
  ].join("\n");
}

function flag(name: string, def: OptionDef): string {
  const value = def.type === "string" ? ` <${def.valueHint ?? "value"}>` : "";
  return `${def.short ? `-${def.short}, ` : "    "}--${name}${value}`;
}

/** A command's help: usage, arguments, options with defaults, examples and notes. */
export function commandHelp(command: Command): string {
  const lines = [command.summary, "", "Usage:", ...command.usage.map((u) => `  ${u}`), ""];
  if (command.positionals.length > 0) {
    lines.push("Arguments:");
    for (const { name, description } of command.positionals)
      lines.push(`  ${name.padEnd(28)}  ${description}`);
    lines.push("");
  }
  lines.push("Options:");
  const rows = Object.entries(command.options).map(([name, def]) => {
    let text = def.description;
    if (def.choices) text += ` (${def.choices.join(", ")})`;
    if (def.defaultText !== undefined) text += ` [default: ${def.defaultText}]`;
    return [flag(name, def), text] as const;
  });
  rows.push(["-h, --help", "Show this help"]);
  const width = Math.max(...rows.map(([f]) => f.length));
  for (const [f, text] of rows) lines.push(`  ${f.padEnd(width)}  ${text}`);
  lines.push("");
  if (command.examples.length > 0) {
    lines.push("Examples:");
    const w = Math.max(...command.examples.map(([e]) => e.length));
    for (const [example, comment] of command.examples)
      lines.push(`  ${example.padEnd(w)}  # ${comment}`);
    lines.push("");
  }
  for (const note of command.notes ?? []) lines.push(note, "");
  return lines.join("\n");
}
