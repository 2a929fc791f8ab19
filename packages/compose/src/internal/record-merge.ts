import type { Actor, StatecraftRecord } from "@statecraft/core";
import type { MergeProblem } from "../merge-problem.js";
import { canonicalJson, isPlainObject, jsonEqual } from "./canonical.js";
import { citedSources, recordNoun } from "./entries.js";

/** One side of a merge of two records: the record and where it comes from. */
export interface Side {
  readonly record: StatecraftRecord;
  /** The input's name. */
  readonly input: string;
  /** The record's id in that input. */
  readonly id: string;
}

/** The key that identifies an item of a list field, by the field's name; lists not named are merged as sets. */
const LIST_KEYS: Readonly<Record<string, (item: Record<string, unknown>) => string>> = {
  participants: (item) => String(item.actor),
  agenda: (item) => String(item.issue),
  offices: (item) =>
    `${String(item.title)}\u0000${String(item.organization)}\u0000${String(item.state)}`,
};

function display(value: unknown): string {
  const text = typeof value === "string" ? JSON.stringify(value) : canonicalJson(value);
  return text.length <= 80 ? text : `${text.slice(0, 77)}...`;
}

/** What a merge of two records needs to know beyond the records. */
export interface MergeContext {
  /** The merged actor of an id. */
  readonly actorOf: (id: string) => Actor | undefined;
  /** Where problems go. */
  readonly problems: MergeProblem[];
}

/**
 * Merges two records of one thing: `left` (from the input given first) wins every disagreement,
 * which is reported; lists are united; fields only one side has are kept.
 */
export function mergeRecords(left: Side, right: Side, context: MergeContext): StatecraftRecord {
  const merged = mergeValue(left.record, right.record, "", left, right, context);
  const out = merged as Record<string, unknown>;
  // A name the first input does not use is kept as an alternate name.
  const leftName = (left.record as { name?: unknown }).name;
  const rightName = (right.record as { name?: unknown }).name;
  if (
    left.record.type === "actor" &&
    typeof rightName === "string" &&
    typeof leftName === "string" &&
    leftName !== rightName
  ) {
    const names = (out.alternateNames as { name: string }[] | undefined) ?? [];
    if (!names.some((n) => n.name === rightName))
      out.alternateNames = [...names, { name: rightName, kind: "alias" }];
  }
  return out as unknown as StatecraftRecord;
}

function mergeValue(
  a: unknown,
  b: unknown,
  pointer: string,
  left: Side,
  right: Side,
  context: MergeContext,
): unknown {
  if (b === undefined) return a;
  if (a === undefined) return b;
  if (jsonEqual(a, b)) return a;
  if (Array.isArray(a) && Array.isArray(b)) return mergeList(a, b, pointer, left, right, context);
  if (isPlainObject(a) && isPlainObject(b) && a.kind === b.kind) {
    const out: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (pointer === "" && key === "id") {
        out.id = a.id;
        continue;
      }
      out[key] = mergeValue(a[key], b[key], `${pointer}/${key}`, left, right, context);
    }
    return out;
  }
  context.problems.push({
    code: "disagreement",
    severity: "warning",
    id: left.record.id,
    field: pointer,
    message: `${recordNoun(left.record)} ${left.record.id}: ${pointer.slice(1) || "the record"} is ${display(a)} in ${describe(left)} but ${display(b)} in ${describe(right)}; kept ${display(a)} (the input given first takes precedence)`,
    values: [
      { input: left.input, id: left.id, value: a, sources: citedSources(left.record) },
      { input: right.input, id: right.id, value: b, sources: citedSources(right.record) },
    ],
  });
  return a;
}

function describe(side: Side): string {
  const sources = citedSources(side.record);
  const as = side.id === side.record.id ? "" : ` as ${side.id}`;
  return `${side.input}${as}${sources.length === 0 ? "" : ` (citing ${sources.join(", ")})`}`;
}

/** Whether a participant that is a state is already there through an organisation of it or a `representing`. */
function coveredState(
  actorId: string,
  existing: readonly Record<string, unknown>[],
  context: MergeContext,
): boolean {
  if (context.actorOf(actorId)?.kind !== "state") return false;
  return existing.some((item) => {
    if (item.representing === actorId) return true;
    const actor = context.actorOf(String(item.actor));
    return actor?.kind === "organization" && actor.jurisdiction === actorId;
  });
}

function mergeList(
  a: readonly unknown[],
  b: readonly unknown[],
  pointer: string,
  left: Side,
  right: Side,
  context: MergeContext,
): unknown[] {
  const field = pointer.slice(pointer.lastIndexOf("/") + 1);
  const keyOf = LIST_KEYS[field];
  if (keyOf !== undefined && a.every(isPlainObject) && b.every(isPlainObject)) {
    const out = [...a] as Record<string, unknown>[];
    const index = new Map(out.map((item, i) => [keyOf(item), i]));
    for (const item of b as Record<string, unknown>[]) {
      const key = keyOf(item);
      const at = index.get(key);
      if (at !== undefined) {
        out[at] = mergeValue(out[at], item, `${pointer}/${at}`, left, right, context) as Record<
          string,
          unknown
        >;
      } else if (field === "participants" && coveredState(String(item.actor), out, context)) {
        // HSG names the host state; a hand-written record names its government: one party.
      } else {
        index.set(key, out.length);
        out.push(item);
      }
    }
    return out;
  }
  const seen = new Set(a.map(canonicalJson));
  const out = [...a];
  for (const item of b) {
    const key = canonicalJson(item);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(item);
    }
  }
  return out;
}
