import type { Command } from "./command.js";

/** A command as the registry lists it: enough for `statecraft --help` without loading it. */
export interface CommandEntry {
  /** One line for the command list. */
  readonly summary: string;
  /** Loads the command's module (each command is its own chunk). */
  // Commands are generic in their own arguments; the dispatcher treats them uniformly.
  // biome-ignore lint/suspicious/noExplicitAny: variance of each command's argument types
  readonly load: () => Promise<Command<any>>;
}

/**
 * Every `statecraft` command. To add one, write `commands/<name>.ts` exporting a `Command` as
 * default and list it here.
 */
export const COMMANDS: Readonly<Record<string, CommandEntry>> = {
  validate: {
    summary: "Check data files (YAML, JSON, NDJSON) against the schemas and cross-record rules",
    load: () => import("./commands/validate.js").then((m) => m.default),
  },
  export: {
    summary: "Validate, then export a dataset as linked data: JSON-LD or N-Quads",
    load: () => import("./commands/export.js").then((m) => m.default),
  },
  import: {
    summary: "Import public datasets (Office of the Historian, ICEWS, GDELT...) as Statecraft data",
    load: () => import("./commands/import.js").then((m) => m.default),
  },
  schema: {
    summary: "Print the JSON Schema of a record type or data file, for editors and other tools",
    load: () => import("./commands/schema.js").then((m) => m.default),
  },
};
