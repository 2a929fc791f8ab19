import * as z from "zod";
import { ActorSchema } from "./actor.js";
import { DatasetFileSchema, DatasetSchema, RecordSchema } from "./dataset.js";
import { IssueSchema } from "./issue.js";
import { MeetingSchema } from "./meeting.js";
import { SourceSchema } from "./source.js";
import { TariffSchema } from "./tariff.js";

/** Where the published JSON Schema files live; each file's `$id` is this plus its name. */
export const JSON_SCHEMA_BASE_URL = "https://cdn.jsdelivr.net/npm/@statecraft/core/schema/";

/**
 * The schemas shipped as JSON Schema files, by file name (`schema/<name>.json` in the package).
 *
 * `file` accepts every layout a data file may have (a dataset, a record, a list of records) and is
 * the one to point an editor at.
 */
export const JSON_SCHEMA_NAMES = [
  "actor",
  "meeting",
  "issue",
  "tariff",
  "source",
  "record",
  "dataset",
  "file",
] as const;

/** One of {@link JSON_SCHEMA_NAMES}. */
export type JsonSchemaName = (typeof JSON_SCHEMA_NAMES)[number];

const SCHEMAS: Record<JsonSchemaName, z.ZodType> = {
  actor: ActorSchema,
  meeting: MeetingSchema,
  issue: IssueSchema,
  tariff: TariffSchema,
  source: SourceSchema,
  record: RecordSchema,
  dataset: DatasetSchema,
  file: DatasetFileSchema,
};

/**
 * Generates the JSON Schema (draft 2020-12) of a record type or file layout from the zod schemas.
 *
 * The result describes the input accepted (`io: "input"`); rules that JSON Schema cannot express
 * (date validity, cross-record rules) are checked by `@statecraft/validate`.
 *
 * @param name - Which schema; see {@link JSON_SCHEMA_NAMES}.
 * @returns A JSON Schema object with `$id`, `$schema` and shared definitions in `$defs`.
 * @example
 * ```ts
 * const schema = toJsonSchema("meeting");
 * schema.$id; // "https://cdn.jsdelivr.net/npm/@statecraft/core/schema/meeting.json"
 * ```
 */
export function toJsonSchema(name: JsonSchemaName): Record<string, unknown> {
  const generated = z.toJSONSchema(SCHEMAS[name], {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "any",
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: `${JSON_SCHEMA_BASE_URL}${name}.json`, ...rest };
}
