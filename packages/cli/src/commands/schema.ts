import { relative, resolve, sep } from "node:path";
import { JSON_SCHEMA_NAMES, type JsonSchemaName, toJsonSchema } from "@statecraft/core";
import { writeOutputFiles } from "@statecraft/core/node";
import { defineCommand } from "../command.js";
import { EXIT, UsageError } from "../errors.js";
import { ioMessage, isIoError } from "../io.js";
import { didYouMean } from "../suggest.js";

/** Where `--write` puts the schemas when no folder is given, relative to the working directory. */
export const DEFAULT_SCHEMA_FOLDER = ".statecraft/schema";

function schemaText(name: JsonSchemaName): string {
  return `${JSON.stringify(toJsonSchema(name), null, 2)}\n`;
}

/** A path as a modeline or settings file writes it: forward slashes, `./` when relative. */
function portable(path: string): string {
  const slashed = path.split("\\").join("/");
  return /^(?:\.\.?(?:\/|$)|\/)/.test(slashed) ? slashed : `./${slashed}`;
}

/** Writes every schema into `folder` atomically, and says how to point an editor at them. */
async function writeSchemas(folder: string): Promise<number> {
  const cwd = process.cwd();
  const files = JSON_SCHEMA_NAMES.map((name) => ({
    path: resolve(cwd, folder, `${name}.json`),
    content: schemaText(name),
  }));
  try {
    await writeOutputFiles(files);
  } catch (error) {
    if (isIoError(error)) {
      throw new UsageError(`cannot write ${folder}: ${ioMessage(error)}; nothing was written`);
    }
    throw error;
  }
  const rel = relative(cwd, resolve(cwd, folder)).split(sep).join("/");
  const shown = portable(rel || ".");
  process.stdout.write(
    `wrote ${JSON_SCHEMA_NAMES.length} JSON Schemas to ${shown}/ (${JSON_SCHEMA_NAMES.map((n) => `${n}.json`).join(", ")})\n` +
      "Point a YAML file at them with a path relative to that file, e.g. in data/meetings/x.yaml:\n" +
      `  # yaml-language-server: $schema=../../${rel}/file.json\n` +
      "or once for every file, in .vscode/settings.json:\n" +
      `  "yaml.schemas": { "${shown}/file.json": ["**/*.yaml", "**/*.yml"] }\n`,
  );
  return EXIT.ok;
}

export default defineCommand({
  name: "schema",
  summary: "Print the JSON Schema (draft 2020-12) of a record type or of a data file.",
  usage: ["statecraft schema [type]", "statecraft schema --write [folder]"],
  positionals: [
    {
      name: "type",
      description: `One of ${JSON_SCHEMA_NAMES.join(", ")}; default: file (any data file layout)`,
    },
    {
      name: "folder",
      description: `With --write: where to write the schemas; default: ${DEFAULT_SCHEMA_FOLDER}`,
    },
  ],
  options: {
    write: {
      type: "boolean",
      description: "Write every schema into a folder of the project, for editors",
    },
  },
  examples: [
    ["statecraft schema", "the schema for any data file, for editors"],
    ["statecraft schema meeting > meeting.schema.json", "the schema of one record type"],
    [
      "statecraft schema --write",
      `write the schemas to ${DEFAULT_SCHEMA_FOLDER}/ (commit them; rerun after upgrading)`,
    ],
  ],
  notes: [
    "The schemas are generated from the same zod schemas the validator uses; `$id` points at the published copy.",
    "A modeline path is relative to the data file, so a written copy works from any folder: `# yaml-language-server: $schema=../.statecraft/schema/file.json` in data/x.yaml.",
  ],
  async run({ positionals, options }) {
    if (positionals.length > 1) {
      throw new UsageError(
        options.write
          ? `statecraft schema --write takes one folder, not ${positionals.length}`
          : `statecraft schema takes one type, not ${positionals.length}`,
      );
    }
    if (options.write) return writeSchemas(positionals[0] ?? DEFAULT_SCHEMA_FOLDER);
    const name = positionals[0] ?? "file";
    if (!(JSON_SCHEMA_NAMES as readonly string[]).includes(name)) {
      throw new UsageError(
        `unknown schema "${name}"${didYouMean(name, JSON_SCHEMA_NAMES)}; choose one of ${JSON_SCHEMA_NAMES.join(", ")}`,
      );
    }
    process.stdout.write(schemaText(name as JsonSchemaName));
    return EXIT.ok;
  },
});
