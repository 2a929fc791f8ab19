import * as z from "zod";
import { type Actor, ActorSchema } from "./actor.js";
import type { Dataset, StatecraftRecord } from "./generated/types.js";
import { type Issue, IssueSchema } from "./issue.js";
import { type Meeting, MeetingSchema } from "./meeting.js";
import type { RecordType } from "./reference-field.js";
import { type Source, SourceSchema } from "./source.js";
import { type Tariff, TariffSchema } from "./tariff.js";

// The composite schemas below (and ActorSchema) have their types written out with `typeof` the
// schemas they are made of: inferred, the package's declarations would spell every record's zod
// shape out again inside each (DatasetFileSchema alone was 55 KB of index.d.ts), which a user's
// `tsc` checks from scratch and TypeDoc prints in full. An annotation that falls behind its schema
// fails the generated types' drift test (src/generated/types.test-d.ts).

/**
 * Any record, discriminated on `type` (and, for actors, on `kind`).
 *
 * @example
 * ```ts
 * const record = RecordSchema.parse(JSON.parse(text));
 * if (record.type === "meeting") console.log(record.participants.length);
 * ```
 */
export const RecordSchema: z.ZodDiscriminatedUnion<
  [
    typeof ActorSchema,
    typeof MeetingSchema,
    typeof IssueSchema,
    typeof TariffSchema,
    typeof SourceSchema,
  ],
  "type"
> = /* @__PURE__ */ z
  .discriminatedUnion("type", [ActorSchema, MeetingSchema, IssueSchema, TariffSchema, SourceSchema])
  .meta({
    id: "Record",
    title: "Record",
    description: "Any Statecraft record: actor, meeting, issue, tariff or source.",
  });

export type { StatecraftRecord } from "./generated/types.js";

/** The record type for each `type` value. */
export interface RecordTypeMap {
  /** Persons, states and organisations. */
  actor: Actor;
  /** Meetings. */
  meeting: Meeting;
  /** Issues. */
  issue: Issue;
  /** Tariffs. */
  tariff: Tariff;
  /** Sources. */
  source: Source;
}

/** The dataset key that holds each record type. */
export const DATASET_KEYS = {
  actor: "actors",
  meeting: "meetings",
  issue: "issues",
  tariff: "tariffs",
  source: "sources",
} as const satisfies Record<RecordType, string>;

/**
 * A whole dataset in one document: metadata plus a list per record type.
 *
 * @example
 * ```ts
 * const dataset = DatasetSchema.parse({ name: "Visits", actors: [], meetings: [], sources: [] });
 * ```
 */
export const DatasetSchema: z.ZodObject<
  {
    $schema: z.ZodOptional<z.ZodString>;
    name: z.ZodOptional<z.ZodString>;
    description: z.ZodOptional<z.ZodString>;
    license: z.ZodOptional<z.ZodString>;
    actors: z.ZodOptional<z.ZodArray<typeof ActorSchema>>;
    meetings: z.ZodOptional<z.ZodArray<typeof MeetingSchema>>;
    issues: z.ZodOptional<z.ZodArray<typeof IssueSchema>>;
    tariffs: z.ZodOptional<z.ZodArray<typeof TariffSchema>>;
    sources: z.ZodOptional<z.ZodArray<typeof SourceSchema>>;
  },
  z.core.$strict
> = /* @__PURE__ */ z
  .strictObject({
    $schema: z
      .string()
      .optional()
      .meta({ description: "The JSON Schema this file follows, for editors." }),
    name: z.string().min(1).optional().meta({ description: "The dataset's name." }),
    description: z.string().min(1).optional().meta({ description: "What the dataset covers." }),
    license: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "The dataset's licence, as an SPDX id or URL." }),
    actors: z
      .array(ActorSchema)
      .optional()
      .meta({ description: "Persons, states and organisations." }),
    meetings: z
      .array(MeetingSchema)
      .optional()
      .meta({ description: "Meetings, visits, summits and calls." }),
    issues: z
      .array(IssueSchema)
      .optional()
      .meta({ description: "Issues and the positions taken on them." }),
    tariffs: z
      .array(TariffSchema)
      .optional()
      .meta({ description: "Tariffs and other trade measures." }),
    sources: z.array(SourceSchema).optional().meta({ description: "The sources records cite." }),
  })
  .meta({
    id: "Dataset",
    title: "Statecraft dataset",
    description: "A whole Statecraft dataset in one document.",
  });

export type { Dataset } from "./generated/types.js";

/**
 * Any file a dataset may be kept in: a whole dataset, one record, or a list of records.
 *
 * This is the schema to point a file's `$schema` at for editor completion.
 */
export const DatasetFileSchema: z.ZodUnion<
  readonly [typeof DatasetSchema, typeof RecordSchema, z.ZodArray<typeof RecordSchema>]
> = /* @__PURE__ */ z.union([DatasetSchema, RecordSchema, z.array(RecordSchema)]).meta({
  id: "DatasetFile",
  title: "Statecraft data file",
  description: "A Statecraft data file: a whole dataset, a single record, or a list of records.",
});

export type { DatasetFile } from "./generated/types.js";

/**
 * Lists every record of a dataset, in the order actors, meetings, issues, tariffs, sources.
 *
 * @param dataset - A parsed dataset.
 * @returns All its records.
 * @example
 * ```ts
 * for (const record of datasetRecords(dataset)) console.log(record.type, record.id);
 * ```
 */
export function datasetRecords(dataset: Dataset): StatecraftRecord[] {
  return [
    ...(dataset.actors ?? []),
    ...(dataset.meetings ?? []),
    ...(dataset.issues ?? []),
    ...(dataset.tariffs ?? []),
    ...(dataset.sources ?? []),
  ];
}

/**
 * Groups records into a dataset, keeping their order within each type.
 *
 * @param records - Records of any type.
 * @param metadata - Optional dataset metadata (name, description, license).
 * @returns A dataset with one list per record type present.
 * @example
 * ```ts
 * const dataset = toDataset(records, { name: "Blinken in China, April 2024" });
 * dataset.meetings?.length; // the meetings among the records, in their order
 * ```
 */
export function toDataset(
  records: Iterable<StatecraftRecord>,
  metadata: Pick<Dataset, "name" | "description" | "license"> = {},
): Dataset {
  const dataset: Dataset = { ...metadata };
  for (const record of records) {
    const key = DATASET_KEYS[record.type];
    // The record's type matches the key by construction of DATASET_KEYS.
    const list = (dataset[key] ?? []) as StatecraftRecord[];
    list.push(record);
    (dataset as Record<string, unknown>)[key] = list;
  }
  return dataset;
}
