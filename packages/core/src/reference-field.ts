import * as z from "zod";

/** The record types a dataset holds; every record's `type` is one of these. */
export const RECORD_TYPES = ["actor", "meeting", "issue", "tariff", "source"] as const;

/** One of {@link RECORD_TYPES}. */
export type RecordType = (typeof RECORD_TYPES)[number];

/** What a reference field may point at: a record type, optionally narrowed to some actor kinds. */
export interface ReferenceTarget {
  /** The record type the referenced id must have. */
  readonly type: RecordType;
  /** For actor references, the actor kinds allowed (all kinds when absent). */
  readonly kinds?: readonly ("person" | "state" | "organization")[];
}

/**
 * The registry that marks which schema fields are references to other records.
 *
 * Validation (dangling and wrong-kind references), the dataset index (reverse references)
 * and the JSON-LD export all read reference fields from here, so they never drift from the
 * schemas.
 */
export const referenceRegistry: z.core.$ZodRegistry<ReferenceTarget> =
  /* @__PURE__ */ z.registry<ReferenceTarget>();

/** The shape every record id and reference shares: a non-empty string without control characters. */
export const IdSchema = /* @__PURE__ */ z
  .string()
  .min(1, "an id cannot be empty")
  .max(256, "an id is at most 256 characters")
  .regex(
    /^\S(?:[^\p{Cc}]*\S)?$/u,
    "an id has no control characters and no leading or trailing space",
  )
  .meta({
    id: "Id",
    title: "Record id",
    description:
      "A stable identifier, unique within a dataset. Lower-case slugs such as `antony-blinken` are recommended; any text without control characters or leading/trailing space is accepted.",
    examples: ["antony-blinken", "meeting-2024-04-26-blinken-xi"],
  });

/**
 * Builds a reference field: an id that must resolve to a record of the given type (and kind).
 *
 * @param target - The record type (and actor kinds) the id must resolve to.
 * @param description - The field description shown in JSON Schema and the data dictionary.
 * @returns A string schema registered in {@link referenceRegistry}.
 * @example
 * ```ts
 * const host = reference({ type: "actor", kinds: ["state"] }, "The host state.");
 * ```
 */
export function reference(target: ReferenceTarget, description: string): z.ZodString {
  const schema = z.string().min(1, "a reference cannot be empty").meta({ description });
  referenceRegistry.add(schema, target);
  return schema;
}
