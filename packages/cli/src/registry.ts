import { loadBundle } from "./code-cache.js";
import type { Command } from "./command.js";

/** A command of any arguments: each is generic in its own, the dispatcher treats them alike. */
// biome-ignore lint/suspicious/noExplicitAny: variance of each command's argument types
type AnyCommand = Command<any>;

/** A command as the registry lists it: enough for `statecraft --help` without loading it. */
export interface CommandEntry {
  /** One line for the command list. */
  readonly summary: string;
  /** Loads the command (each command is its own bundle). */
  readonly load: () => Promise<AnyCommand>;
}

/** Loads a command's bundle, `dist/<name>.cjs`, built from `commands/<name>.ts`. */
async function loadCommand(name: string): Promise<AnyCommand> {
  // A command module has a default export only, which its bundle exports as `module.exports`.
  return loadBundle<AnyCommand>(`${name}.cjs`);
}

/**
 * Every `statecraft` command. To add one, write `commands/<name>.ts` exporting a `Command` as
 * default, list it here and add it to the bundles in tsup.config.ts.
 */
export const COMMANDS: Readonly<Record<string, CommandEntry>> = {
  validate: {
    summary: "Check data files (YAML, JSON, NDJSON) against the schemas and cross-record rules",
    load: () => loadCommand("validate"),
  },
  export: {
    summary: "Validate, then export a dataset as linked data: JSON-LD or N-Quads",
    load: () => loadCommand("export"),
  },
  import: {
    summary: "Import public datasets (Office of the Historian, ICEWS, GDELT...) as Statecraft data",
    load: () => loadCommand("import"),
  },
  schema: {
    summary: "Print the JSON Schema of a record type or data file, for editors and other tools",
    load: () => loadCommand("schema"),
  },
};
