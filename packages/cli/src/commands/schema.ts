import { JSON_SCHEMA_NAMES, type JsonSchemaName, toJsonSchema } from "@statecraft/core";
import { defineCommand } from "../command.js";
import { EXIT, UsageError } from "../errors.js";
import { didYouMean } from "../suggest.js";

export default defineCommand({
  name: "schema",
  summary: "Print the JSON Schema (draft 2020-12) of a record type or of a data file.",
  usage: ["statecraft schema [type]"],
  positionals: [
    {
      name: "type",
      description: `One of ${JSON_SCHEMA_NAMES.join(", ")}; default: file (any data file layout)`,
    },
  ],
  options: {},
  examples: [
    ["statecraft schema", "the schema for any data file, for editors"],
    ["statecraft schema meeting > meeting.schema.json", "the schema of one record type"],
  ],
  notes: [
    "The schemas are generated from the same zod schemas the validator uses; `$id` points at the published copy.",
  ],
  async run({ positionals }) {
    if (positionals.length > 1)
      throw new UsageError(`statecraft schema takes one type, not ${positionals.length}`);
    const name = positionals[0] ?? "file";
    if (!(JSON_SCHEMA_NAMES as readonly string[]).includes(name)) {
      throw new UsageError(
        `unknown schema "${name}"${didYouMean(name, JSON_SCHEMA_NAMES)}; choose one of ${JSON_SCHEMA_NAMES.join(", ")}`,
      );
    }
    process.stdout.write(`${JSON.stringify(toJsonSchema(name as JsonSchemaName), null, 2)}\n`);
    return EXIT.ok;
  },
});
