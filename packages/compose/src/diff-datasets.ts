import {
  actorDisplayName,
  type Duty,
  formatDuty,
  RECORD_TYPES,
  type RecordType,
  type StatecraftRecord,
} from "@statecraft/core";
import { type IdMap, resolveId } from "./id-map.js";
import { canonicalJson, isPlainObject, jsonEqual } from "./internal/canonical.js";
import { recordNoun } from "./internal/entries.js";

/** How a field changed: it appeared, disappeared, or took another value. */
export type FieldChangeKind = "added" | "removed" | "changed";

/** One change inside a record, with its meaning in words. */
export interface FieldChange {
  /** Where: the field's path, list items named by their key (`/participants/wang-yi/attendance`). */
  readonly path: string;
  /** Whether the value was added, removed or changed. */
  readonly change: FieldChangeKind;
  /** The value before (absent for `added`). */
  readonly old?: unknown;
  /** The value after (absent for `removed`). */
  readonly new?: unknown;
  /** The change in the domain's words: `status planned → held`, `participant added: wang-yi`. */
  readonly summary: string;
}

/** How a record changed between two versions of a dataset. */
export type RecordChangeKind = "added" | "removed" | "renamed" | "changed";

/** One record that differs between two versions of a dataset. */
export interface RecordChange {
  /** Added, removed, renamed (through the id map; its fields may have changed too) or changed. */
  readonly change: RecordChangeKind;
  /** The record type. */
  readonly type: RecordType;
  /** The record's kind in words: `person`, `state`, `meeting`... */
  readonly noun: string;
  /** The record's id (in the new version, except for a removed record). */
  readonly id: string;
  /** The id in the old version, for a renamed record. */
  readonly oldId?: string;
  /** A name to show: a meeting's title, an actor's name... */
  readonly label: string;
  /** The field changes (none for an added or removed record). */
  readonly fields: readonly FieldChange[];
}

/** The counts of one record type in a {@link DatasetDiff}. */
export interface ChangeCounts {
  /** Records added. */
  added: number;
  /** Records removed. */
  removed: number;
  /** Records renamed. */
  renamed: number;
  /** Records changed (renamed ones not counted). */
  changed: number;
  /** Field changes, over the records changed and renamed. */
  fields: number;
}

/** The difference between two versions of a dataset, in the domain's terms. */
export interface DatasetDiff {
  /** The records that differ: by record type (in the order of `RECORD_TYPES`), then by id. */
  readonly records: readonly RecordChange[];
  /** Counts by record type (types without a change left out). */
  readonly counts: Partial<Record<RecordType, ChangeCounts>>;
  /** Whether the versions are the same (no record differs). */
  readonly same: boolean;
}

/** Options of {@link diffDatasets}. */
export interface DiffOptions {
  /** An id map (old id → new id, as `mergeDatasets` writes it): its renames are reported as such. */
  readonly idMap?: IdMap;
}

/** What identifies an item of a list field, by field name; lists not named compare as sets. */
const LIST_KEYS: Readonly<Record<string, (item: Record<string, unknown>) => string>> = {
  participants: (item) => String(item.actor),
  agenda: (item) => String(item.issue),
  offices: (item) =>
    [item.title, item.organization, item.state, item.start]
      .filter((x) => x !== undefined)
      .join(" "),
};

/** Nouns for the items of list fields, for summaries. */
const ITEM_NOUNS: Readonly<Record<string, string>> = {
  participants: "participant",
  agenda: "agenda item",
  offices: "office",
  positions: "position",
  sources: "citation",
  alternateNames: "alternate name",
  identifiers: "identifier",
  outcomes: "outcome",
  products: "product",
  targets: "target",
  exclusions: "exclusion",
  schedule: "phase",
  claims: "claim",
  nationality: "nationality",
};

function label(record: StatecraftRecord): string {
  if (record.type === "actor") return actorDisplayName(record);
  const named = record as { title?: unknown; name?: unknown };
  if (typeof named.title === "string") return named.title;
  if (typeof named.name === "string") return named.name;
  return record.id;
}

function show(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return canonicalJson(value);
}

function describeItem(field: string, item: unknown): string {
  if (!isPlainObject(item)) return show(item);
  switch (field) {
    case "participants":
      return `${show(item.actor)}${item.role === undefined ? "" : ` (${show(item.role)})`}`;
    case "positions":
      return `${show(item.actor)} ${show(item.stance)}${item.summary === undefined ? "" : `: ${show(item.summary)}`}`;
    case "sources":
      return `${show(item.source)}${item.locator === undefined ? "" : ` (${show(item.locator)})`}`;
    case "offices":
      return `${show(item.title)}${item.start === undefined ? "" : ` from ${show(item.start)}`}`;
    case "agenda":
      return show(item.issue);
    default:
      return show(item);
  }
}

function dutySummary(field: string, old: unknown, now: unknown): string {
  const name = field === "priorDuty" ? "prior duty" : "duty";
  if (old === undefined) return `${name} set to ${formatDuty(now as Duty)}`;
  if (now === undefined) return `${name} removed (was ${formatDuty(old as Duty)})`;
  const a = old as Duty;
  const b = now as Duty;
  const verb =
    a.kind === "ad_valorem" && b.kind === "ad_valorem"
      ? b.rate > a.rate
        ? "raised"
        : b.rate < a.rate
          ? "lowered"
          : "changed"
      : "changed";
  return `${name} ${verb} from ${formatDuty(a)} to ${formatDuty(b)}`;
}

function scalarSummary(path: string, field: string, old: unknown, now: unknown): string {
  const name = path.slice(1);
  if (old === undefined) {
    if (field === "end") {
      const office = /^offices\/(.*)\/end$/.exec(name);
      if (office) return `office ended: ${office[1]} on ${show(now)}`;
      return `${name.replace(/\/end$/, "")} ended: ${show(now)}`;
    }
    return `${name} set: ${show(now)}`;
  }
  if (now === undefined) return `${name} removed (was ${show(old)})`;
  return `${name} ${show(old)} → ${show(now)}`;
}

function compareValues(
  old: unknown,
  now: unknown,
  path: string,
  field: string,
  out: FieldChange[],
): void {
  if (jsonEqual(old, now)) return;
  const change: FieldChangeKind =
    old === undefined ? "added" : now === undefined ? "removed" : "changed";
  if (field === "duty" || field === "priorDuty") {
    out.push({ path, change, ...values(old, now), summary: dutySummary(field, old, now) });
    return;
  }
  if (Array.isArray(old) || Array.isArray(now)) {
    const a = Array.isArray(old) ? old : [];
    const b = Array.isArray(now) ? now : [];
    if ((old === undefined || Array.isArray(old)) && (now === undefined || Array.isArray(now))) {
      compareLists(a, b, path, field, out);
      return;
    }
  }
  if (isPlainObject(old) && isPlainObject(now) && old.kind === now.kind) {
    for (const key of new Set([...Object.keys(old), ...Object.keys(now)]))
      compareValues(old[key], now[key], `${path}/${key}`, key, out);
    return;
  }
  out.push({ path, change, ...values(old, now), summary: scalarSummary(path, field, old, now) });
}

function values(old: unknown, now: unknown): { old?: unknown; new?: unknown } {
  return { ...(old === undefined ? {} : { old }), ...(now === undefined ? {} : { new: now }) };
}

function compareLists(
  a: readonly unknown[],
  b: readonly unknown[],
  path: string,
  field: string,
  out: FieldChange[],
): void {
  const noun = ITEM_NOUNS[field] ?? `${field} item`;
  const keyOf = LIST_KEYS[field];
  const key = (item: unknown): string =>
    keyOf !== undefined && isPlainObject(item) ? keyOf(item) : canonicalJson(item);
  const before = new Map(a.map((item) => [key(item), item]));
  const after = new Map(b.map((item) => [key(item), item]));
  for (const [k, item] of before) {
    const other = after.get(k);
    if (other === undefined) {
      out.push({
        path: `${path}/${k}`,
        change: "removed",
        old: item,
        summary: `${noun} removed: ${describeItem(field, item)}`,
      });
    } else if (keyOf !== undefined) {
      compareValues(item, other, `${path}/${k}`, "", out);
    }
  }
  for (const [k, item] of after) {
    if (!before.has(k))
      out.push({
        path: `${path}/${k}`,
        change: "added",
        new: item,
        summary: `${noun} added: ${describeItem(field, item)}`,
      });
  }
}

/**
 * The field changes between two versions of one record, in the domain's words.
 *
 * @param old - The record before.
 * @param now - The record after.
 * @returns The changes (none when the records are equal, whatever the order of their keys).
 * @example
 * ```ts
 * compareRecords({ ...meeting, status: "planned" }, { ...meeting, status: "held" });
 * // [{ path: "/status", change: "changed", old: "planned", new: "held", summary: "status planned → held" }]
 * ```
 */
export function compareRecords(old: StatecraftRecord, now: StatecraftRecord): FieldChange[] {
  const out: FieldChange[] = [];
  const a = old as unknown as Record<string, unknown>;
  const b = now as unknown as Record<string, unknown>;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (key === "id") continue;
    compareValues(a[key], b[key], `/${key}`, key, out);
  }
  return out;
}

const TYPE_ORDER = new Map<string, number>(RECORD_TYPES.map((type, i) => [type, i]));

/**
 * Compares two versions of a dataset record by record: records added, removed, renamed (an id
 * the id map renames) and changed, each change per field and in the domain's words (a meeting's
 * `status planned → held`, `participant added`, `office ended`, `duty raised from 7.5% to 25%`,
 * `position added`, `citation removed`). Records are matched by id, so the order of records and
 * of keys, and the files they are in, make no difference.
 *
 * @param old - The records of the old version.
 * @param now - The records of the new version.
 * @param options - An id map, to report renamed records.
 * @returns The changes, with counts by record type.
 * @example
 * ```ts
 * const diff = diffDatasets(records, records.map((r) => (r.id === meeting.id ? { ...meeting, status: "held" as const } : r)));
 * diff.same; // false
 * ```
 */
export function diffDatasets(
  old: Iterable<StatecraftRecord>,
  now: Iterable<StatecraftRecord>,
  options: DiffOptions = {},
): DatasetDiff {
  const after = new Map<string, StatecraftRecord>();
  for (const record of now) after.set(record.id, record);
  const matched = new Set<string>();
  const records: RecordChange[] = [];
  for (const record of old) {
    const target = options.idMap ? (resolveId(options.idMap, record.id) ?? record.id) : record.id;
    const other = after.get(target) ?? after.get(record.id);
    if (other === undefined || (other.type !== record.type && other.id === record.id)) {
      records.push({
        change: "removed",
        type: record.type,
        noun: recordNoun(record),
        id: record.id,
        label: label(record),
        fields: [],
      });
      continue;
    }
    matched.add(other.id);
    const fields = compareRecords(record, other);
    if (other.id !== record.id) {
      records.push({
        change: "renamed",
        type: other.type,
        noun: recordNoun(other),
        id: other.id,
        oldId: record.id,
        label: label(other),
        fields,
      });
    } else if (fields.length > 0) {
      records.push({
        change: "changed",
        type: other.type,
        noun: recordNoun(other),
        id: other.id,
        label: label(other),
        fields,
      });
    }
  }
  for (const record of after.values()) {
    if (matched.has(record.id)) continue;
    records.push({
      change: "added",
      type: record.type,
      noun: recordNoun(record),
      id: record.id,
      label: label(record),
      fields: [],
    });
  }
  records.sort(
    (x, y) =>
      (TYPE_ORDER.get(x.type) ?? 99) - (TYPE_ORDER.get(y.type) ?? 99) ||
      (x.id < y.id ? -1 : x.id > y.id ? 1 : 0) ||
      (x.change < y.change ? -1 : x.change > y.change ? 1 : 0),
  );
  const counts: Partial<Record<RecordType, ChangeCounts>> = {};
  for (const record of records) {
    const c = counts[record.type] ?? { added: 0, removed: 0, renamed: 0, changed: 0, fields: 0 };
    counts[record.type] = c;
    c[record.change]++;
    c.fields += record.fields.length;
  }
  return { records, counts, same: records.length === 0 };
}
