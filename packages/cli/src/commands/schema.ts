import { JSON_SCHEMA_NAMES, type JsonSchemaName, toJsonSchema } from "@statecraft/core";
import { defineCommand } from "../command.js";
import { EXIT, UsageError } from "../errors.js";
import { didYouMean } from "../suggest.js";

export default defineCommand({
  name: "schema",
  summary: "Print the JSON Schema (draft 2020-12) of a record type or of a data file.",
  usage: ["statecraft schema [type]"],
  args: {
    type: { type: "positional", description: `One of ${JSON_SCHEMA_NAMES.join(", ")}; default: file (any data file layout)`, required: false },
  },
  examples: [
    ["statecraft schema", "the schema for any data file, for editors"],
    ["statecraft schema meeting > meeting.schema.json", "the schema of one record type"],
  ],
  notes: ["The schemas are generated from the same zod schemas the validator uses; `$id` points at the published copy."],
  async run({ args }) {
    const extra = (args._ as string[]).slice(1);
    if (extra.length > 0) throw new UsageError(`statecraft schema takes one type, not ${extra.length + 1}`);
    const name = (args.type as string | undefined) ?? "file";
    if (!(JSON_SCHEMA_NAMES as readonly string[]).includes(name)) {
      throw new UsageError(`unknown schema "${name}"${didYouMean(name, JSON_SCHEMA_NAMES)}; choose one of ${JSON_SCHEMA_NAMES.join(", ")}`);
    }
    process.stdout.write(`${JSON.stringify(toJsonSchema(name as JsonSchemaName), null, 2)}\n`);
    return EXIT.ok;
  },
});
