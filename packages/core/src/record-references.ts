import type { z } from "zod";
import type { StatecraftRecord } from "./dataset.js";
import { IssueSchema } from "./issue.js";
import { MeetingSchema } from "./meeting.js";
import { OrganizationSchema } from "./organization.js";
import { PersonSchema } from "./person.js";
import { type RecordType, type ReferenceTarget, referenceRegistry } from "./reference-field.js";
import { EACH_ITEM, type SchemaPathStep, visitSchema } from "./schema-walk.js";
import { SourceSchema } from "./source.js";
import { StateSchema } from "./state.js";
import { TariffSchema } from "./tariff.js";

/** A reference from one record to another, found in a record's fields. */
export interface RecordReference {
  /** The id the field holds. */
  readonly id: string;
  /** The JSON Pointer of the field within the record, e.g. `/participants/0/actor`. */
  readonly pointer: string;
  /** What the id must resolve to. */
  readonly target: ReferenceTarget;
}

interface ReferencePath {
  readonly steps: readonly SchemaPathStep[];
  readonly target: ReferenceTarget;
  /** The field's path in the shape, `*` standing for list items, e.g. `participants/*\/actor`. */
  readonly field: string;
}

/** Collects the paths to the schemas {@link referenceRegistry} marks, by their field path. */
function collectPaths(schema: z.core.$ZodType, out: Map<string, ReferencePath>): void {
  visitSchema(schema, (s, steps) => {
    const target = referenceRegistry.get(s);
    if (!target) return true;
    const key = steps.map((step) => (step === EACH_ITEM ? "*" : step)).join("/");
    out.set(key, { steps: [...steps], target, field: key });
    return false;
  });
}

/** The shapes a record can have: an actor kind (`person`, `state`, `organization`) or another record type. */
export type RecordShape = "person" | "state" | "organization" | Exclude<RecordType, "actor">;

/**
 * The object schema of each record shape: actors by kind, other records by type. Validating a
 * record against its shape's schema gives sharper errors than the whole {@link RecordSchema} union.
 */
export const RECORD_SHAPE_SCHEMAS: Readonly<Record<RecordShape, z.core.$ZodType>> = {
  person: PersonSchema,
  state: StateSchema,
  organization: OrganizationSchema,
  meeting: MeetingSchema,
  issue: IssueSchema,
  tariff: TariffSchema,
  source: SourceSchema,
};

const pathCache = new Map<string, readonly ReferencePath[]>();

/**
 * The reference fields of a record shape, derived once from the schemas' {@link referenceRegistry} marks.
 *
 * @param shape - An actor kind (`person`, `state`, `organization`) or another record type.
 * @returns Paths such as `participants/*\/actor` with their targets; none for an unknown shape.
 * @internal
 */
export function getReferencePaths(shape: string): readonly ReferencePath[] {
  let paths = pathCache.get(shape);
  if (paths === undefined) {
    const schema = Object.hasOwn(RECORD_SHAPE_SCHEMAS, shape)
      ? RECORD_SHAPE_SCHEMAS[shape as RecordShape]
      : undefined;
    const out = new Map<string, ReferencePath>();
    if (schema) collectPaths(schema, out);
    paths = [...out.values()];
    pathCache.set(shape, paths);
  }
  return paths;
}

/**
 * The shape key of a record: its actor kind for actors, else its type.
 *
 * @internal
 */
export function recordShape(record: { readonly type?: unknown; readonly kind?: unknown }): string {
  return record.type === "actor" ? String(record.kind) : String(record.type);
}

function escapePointer(segment: string): string {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}

function walk(
  value: unknown,
  steps: readonly SchemaPathStep[],
  index: number,
  pointer: string,
  target: ReferenceTarget,
  out: RecordReference[],
): void {
  if (index === steps.length) {
    if (typeof value === "string") out.push({ id: value, pointer, target });
    return;
  }
  const step = steps[index];
  if (step === EACH_ITEM) {
    if (!Array.isArray(value)) return;
    for (let i = 0; i < value.length; i++)
      walk(value[i], steps, index + 1, `${pointer}/${i}`, target, out);
    return;
  }
  if (value === null || typeof value !== "object" || Array.isArray(value) || step === undefined)
    return;
  if (!Object.hasOwn(value, step)) return;
  walk(
    (value as Record<string, unknown>)[step],
    steps,
    index + 1,
    `${pointer}/${escapePointer(step)}`,
    target,
    out,
  );
}

/**
 * Lists every reference a record makes to other records, with the JSON Pointer of each.
 *
 * Works on any object shaped like a record, so it can run on input that failed structural
 * validation.
 *
 * @param record - A record (or record-shaped value).
 * @returns The references, in field order.
 * @example
 * ```ts
 * recordReferences(meeting).map((r) => r.pointer); // ["/sources/0/source", "/participants/0/actor", ...]
 * ```
 */
export function recordReferences(
  record: StatecraftRecord | Record<string, unknown>,
): RecordReference[] {
  const out: RecordReference[] = [];
  for (const path of getReferencePaths(recordShape(record)))
    walk(record, path.steps, 0, "", path.target, out);
  return out;
}

/** What {@link forEachReference} calls for each reference: the id, its target and its field. */
export type ReferenceVisitor = (id: string, target: ReferenceTarget, field: string) => void;

function visitSteps(
  value: unknown,
  path: ReferencePath,
  index: number,
  visit: ReferenceVisitor,
): void {
  const steps = path.steps;
  if (index === steps.length) {
    if (typeof value === "string") visit(value, path.target, path.field);
    return;
  }
  const step = steps[index];
  if (step === EACH_ITEM) {
    if (!Array.isArray(value)) return;
    for (let i = 0; i < value.length; i++) visitSteps(value[i], path, index + 1, visit);
    return;
  }
  if (value === null || typeof value !== "object" || Array.isArray(value) || step === undefined)
    return;
  if (!Object.hasOwn(value, step)) return;
  visitSteps((value as Record<string, unknown>)[step], path, index + 1, visit);
}

/**
 * Visits every reference a record makes, in the order of {@link recordReferences} (the n-th
 * call is its n-th reference), without building JSON Pointers or result objects: for code that
 * walks many records, such as validators. `field` is the reference field's path in the record's
 * shape, with `*` for list items (`participants/*\/actor`, `sources/*\/source`).
 *
 * @param record - A record (or record-shaped value; anything else has no references).
 * @param visit - Called with each reference's id, target and field.
 * @example
 * ```ts
 * const ids: string[] = [];
 * forEachReference(meeting, (id) => ids.push(id)); // the ids recordReferences(meeting) lists
 * ```
 */
export function forEachReference(
  record: StatecraftRecord | Record<string, unknown>,
  visit: ReferenceVisitor,
): void {
  for (const path of getReferencePaths(recordShape(record))) visitSteps(record, path, 0, visit);
}
