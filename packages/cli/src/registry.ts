import type { Command } from "./command.js";

/** A command of any options: each is generic in its own, the dispatcher treats them alike. */
// biome-ignore lint/suspicious/noExplicitAny: variance of each command's option types
type AnyCommand = Command<any>;

/** A command as the registry lists it: enough for `statecraft --help` without loading it. */
export interface CommandEntry {
  /** One line for the command list. */
  readonly summary: string;
  /** Loads the command: only the command run is loaded, with the libraries it needs. */
  readonly load: () => Promise<AnyCommand>;
}

/** Every `statecraft` command. To add one, write `commands/<name>.ts` exporting a `Command` as default and list it here. */
export const COMMANDS: Readonly<Record<string, CommandEntry>> = {
  validate: {
    summary: "Check data files (YAML, JSON, NDJSON) against the schemas and cross-record rules",
    load: async () => (await import("./commands/validate.js")).default,
  },
  export: {
    summary: "Validate, then export a dataset as linked data (JSON-LD, N-Quads) or as tables",
    load: async () => (await import("./commands/export.js")).default,
  },
  import: {
    summary: "Import public datasets (Office of the Historian, ICEWS, GDELT...) as Statecraft data",
    load: async () => (await import("./commands/import.js")).default,
  },
  merge: {
    summary: "Merge datasets into one: reconcile actors and events, report every disagreement",
    load: async () => (await import("./commands/merge.js")).default,
  },
  diff: {
    summary: "Compare two versions of a dataset (files, folders or git revisions) record by record",
    load: async () => (await import("./commands/diff.js")).default,
  },
  query: {
    summary: "Load a dataset into DuckDB and run SQL on its tables (who met whom, in one line)",
    load: async () => (await import("./commands/query.js")).default,
  },
  schema: {
    summary: "Print the JSON Schema of a record type or data file, for editors and other tools",
    load: async () => (await import("./commands/schema.js")).default,
  },
};
